"""Names the model did not tag at all: people and news outlets.

``untagged_people``: "Maurice Cheeks was officially introduced as coach"; "Lord Browne said".

Two or three capitalised proper nouns that open with a given name (``given_names.txt``) and
that no entity covers are a person's name, when no word of them is a body's, place's,
product's or event's (``Lexicon.non_person_words``), a country, a region, a nationality or a
title, and the name stands alone: not in a sentence written in capitals, and no capitalised
word right before it but a nationality ("Cuban Maria Lopez"; not a title-case headline, a
longer name) or right after it ("Ronald McDonald
House"). So are one or two capitalised proper nouns no entity covers right after an honorific
("Lord Browne", "Mr Haskins"), a given name that is also a word before a surname the
document writes after an honorific ("Will Davies ... Mr Davies"), and one or two that open a
sentence, where the model tags few one-word names, as its subject with a person's role
apposed ("Jones, a teacher from Leeds, said"). Run before names are found again, so the
surname alone ("Cheeks said") is found too.

``untagged_outlets``: "According to the FT, ...", "London's Evening Standard quoted ...". A news
outlet the claim extractor knows by name (``outlets: names`` in ``attribution.yml``) is an
organisation where no entity covers it: written in capitals when one word ("FT", "AP"; a single
title-case word such as "Times" or "Post" is too often something else), in title case when
several, and standing alone (no capitalised word right before or after it: not part of a
longer name). A place's possessive before it is no part of its name. The short forms readers
know an outlet by are in the ``aliases`` table ("FT" is the Financial Times).

``untagged_bodies``: "a research director at analyst firm IDC", "the Yugoslav news agency
Tanjug", "The IFPI industry body said", "technology analysts IDC" (a plural noun before an
acronym). A name no entity covers, one word in capitals (2 to 6
letters) or one to three title-case proper nouns, right after a lower-case noun for a kind of
body (``org_classifiers``) that it names, or an acronym right before such a noun it modifies,
is an organisation: not in a sentence written in capitals, and not part of a longer name (no
capitalised word right after it, nor "in", "of" ... before one), nor a listed non-actor.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from generator.nlp.actors.context import ActorContext, Candidate, is_country, is_title_word
from generator.nlp.actors.described import role_noun
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def _word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.text.replace("-", "").replace("'", "").isalpha()
        and not tok.ent_type_
    )


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _no_name_word(ctx: ActorContext, tok: Token) -> bool:
    """A word no untagged person's name has: a body's, place's, product's or event's word
    (``Lexicon.non_person_words``), a title, a country, a region or a nationality."""
    lex, key = ctx.lex, fold(tok.text)
    return (tok.lower_ in lex.non_person_words or tok.lower_ in lex.titles
            or key in lex.countries or key in lex.regions or key in lex.demonyms)


def untagged_people(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates and the untagged people's names found."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        tok = toks[i]
        if (
            i in taken
            or ctx.caps[i]
            or not _word(tok)
            or fold(tok.text) not in lex.given_names
            or (i > 0 and _capitalised(toks[i - 1]) and not is_title_word(toks[i - 1], lex)
                and not toks[i - 1].is_sent_start
                and fold(toks[i - 1].text) not in lex.demonyms)  # "Cuban Maria Lopez"
        ):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and end not in taken and _word(toks[end]):
            end += 1
        words = doc_tokens(doc).span(i, end)
        after = toks[end] if end < len(doc) else None
        if (
            len(words) >= 2
            and (after is None or not _capitalised(after))
            and not any(_no_name_word(ctx, t) for t in words[1:])
        ):
            cand = Candidate(i, end, ActorType.PERSON)
            cand.votes = Counter({ActorType.PERSON: 1})
            found.append(cand)
        i = end
    found += _word_given_names(ctx, taken | {i for c in found for i in range(c.start, c.end)})
    found += _after_honorifics(ctx, taken | {i for c in found for i in range(c.start, c.end)})
    found += _apposed_openers(ctx, taken | {i for c in found for i in range(c.start, c.end)})
    return sorted(cands + found, key=lambda c: (c.start, -c.end)) if found else cands


def _word_given_names(ctx: ActorContext, taken: set[int]) -> list[Candidate]:
    """"Will Davies, senior research fellow at the IPPR ... Mr Davies": a given name that is
    also a word (``word_given_names``: the model reads "Will" as a modal verb and may tag the
    pair a work) before a title-case word the document writes after an honorific elsewhere is
    a person's name, when no candidate covers them, it opens no sentence and no capitalised
    word stands right before or after the pair."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    surnames = ctx.honorific_surnames
    found: list[Candidate] = []
    if not surnames:
        return found
    for i in range(1, len(doc) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if (
            i in taken or i + 1 in taken or ctx.caps[i] or tok.is_sent_start
            or not tok.is_title or tok.lower_ not in lex.word_given_names
            or not (nxt.is_title and nxt.is_alpha) or fold(nxt.text) not in surnames
            or _capitalised(toks[i - 1])
            or (i + 2 < len(doc) and _capitalised(toks[i + 2]))
        ):
            continue
        cand = Candidate(i, i + 2, ActorType.PERSON)
        cand.votes = Counter({ActorType.PERSON: 1})
        found.append(cand)
    return found


def _apposed_openers(ctx: ActorContext, taken: set[int]) -> list[Candidate]:
    """"Jones, a teacher from Leeds, said ...", "Wainwright, the chief executive, said": one or
    two capitalised proper nouns that open a sentence (where the model tags few one-word names)
    and are the subject of its verb, with a person's role or description apposed after a
    comma, and no listed non-person word among them."""
    doc, lex = ctx.doc, ctx.lex
    roles = lex.employer_nouns | lex.spokesperson_nouns | lex.kin_nouns | lex.body_head_nouns
    found: list[Candidate] = []
    for sent in doc_tokens(doc).sents:
        start = sent.start
        while start < sent.end and doc[start].is_punct and doc[start].text != ",":
            start += 1  # an opening quote mark
        end = start
        while end < sent.end and end - start < 2 and end not in taken and _word(doc[end]):
            end += 1
        if end == start or end >= sent.end or doc[end].text != "," or ctx.caps[start]:
            continue
        name = doc_tokens(doc).span(start, end)
        if any(t.is_stop or _no_name_word(ctx, t) for t in name) or name.root.dep_ not in (
                "nsubj", "nsubjpass"):
            continue
        nouns = [ch for ch in name.root.children
                 if ch.dep_ == "appos" and end < ch.i <= end + 6 and ch.pos_ == "NOUN"]
        if nouns and (role_noun(ctx, nouns[0]) or nouns[0].lower_ in roles):
            cand = Candidate(start, end, ActorType.PERSON)
            cand.votes = Counter({ActorType.PERSON: 1})
            found.append(cand)
    return found


def _after_honorifics(ctx: ActorContext, taken: set[int]) -> list[Candidate]:
    """"Lord Browne said ...", "Mr Haskins": one or two capitalised proper nouns right after an
    honorific (up to three after a cleric's title: "Cardinal Cormac Murphy O'Connor"), that no
    entity covers, no title, country, region, nationality or listed non-person word, and no
    capitalised word after them (not a longer name)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    found: list[Candidate] = []
    for tok in toks[:-1]:
        i = tok.i + 1
        word = tok.lower_.rstrip(".")
        clerical = word in lex.clerical_titles
        if ((word not in lex.honorifics and not clerical) or not tok.is_title or i in taken
                or ctx.caps[i] or not _word(toks[i]) or toks[i].is_stop):  # "Dr No": a film
            continue
        end = i + 1
        # a cleric's full name may run to three words ("Cardinal Cormac Murphy O'Connor")
        while (end < len(doc) and end - i < (3 if clerical else 2) and end not in taken
               and _word(toks[end])):
            end += 1
        words = doc_tokens(doc).span(i, end)
        after = toks[end] if end < len(doc) else None
        if after is not None and (_capitalised(after) and not after.is_sent_start or (
                after.text in ("-", "–") and not toks[end - 1].whitespace_)):
            continue  # a longer name: "Mr Kilroy-Silk" (found again later)
        if any(_no_name_word(ctx, t) for t in words):
            continue
        cand = Candidate(i, end, ActorType.PERSON)
        cand.votes = Counter({ActorType.PERSON: 1})
        found.append(cand)
    return found


_OUTLET_WORDS = 4  # the longest outlet name looked for, in tokens ("Wall Street Journal Europe")
_NAME_JOINERS = frozenset({"of", "on", "and", "&", "'s", "’s", "-", "."})


def _outlet_words(span) -> bool:
    """Are these tokens written as a name: one word in capitals, or title-case words?"""
    if len(span) == 1:  # initials ("FT", "CNN"), not a word written in capitals ("TIME")
        return span[0].is_alpha and span[0].is_upper and 2 <= len(span[0]) <= 3
    return span[0].text[:1].isupper() and span[-1].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in _NAME_JOINERS for t in span
    )


def untagged_outlets(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates and the known news outlets no entity covers."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    if not lex.outlet_names:
        return cands
    taken = {i for c in cands for i in range(c.start, c.end)}
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        if i in taken or ctx.caps[i] or not toks[i].text[:1].isupper():
            i += 1
            continue
        end = next(
            (
                i + n
                for n in range(min(_OUTLET_WORDS, len(doc) - i), 0, -1)
                if not taken.intersection(range(i, i + n))
                and fold(dt.span_text(i, i + n)) in lex.outlet_names
                and _outlet_words(doc_tokens(doc).span(i, i + n))
            ),
            None,
        )
        before = toks[i - 1] if i > 0 else None
        after = toks[end] if end is not None and end < len(doc) else None
        if (
            end is None
            or (before is not None and _capitalised(before) and not before.is_sent_start)
            # "a New Yorker": a person; "an Evening Standard journalist" names the paper
            or (before is not None and before.lower_ in ("a", "an")
                and not (after is not None and after.pos_ == "NOUN"))
            or (after is not None and _capitalised(after))
        ):
            i += 1
            continue
        cand = Candidate(i, end, ActorType.ORGANIZATION, strong=True)
        cand.votes = Counter({ActorType.ORGANIZATION: 3})
        found.append(cand)
        i = end
    return sorted(cands + found, key=lambda c: (c.start, -c.end)) if found else cands


_BODY_WORDS = 3  # the longest untagged body name looked for after its kind ("news agency X")


def _acronym(tok: Token) -> bool:
    return tok.is_alpha and tok.is_upper and 2 <= len(tok.text) <= 6 and not tok.ent_type_


def _kind_noun(ctx: ActorContext, tok: Token) -> bool:
    return tok.is_lower and tok.pos_ == "NOUN" and tok.lower_ in ctx.lex.org_classifiers


def _plural_kind(toks, i: int) -> bool:
    """"According to technology analysts IDC": a lower-case plural noun right before an
    acronym names the kind of body it is one of (not after a verb: "told reporters ...")."""
    prev = toks[i - 1]
    before = toks[i - 2] if i >= 2 else None
    return (
        not toks[i].is_stop  # "public services AND lower taxes": a word written in capitals
        and prev.tag_ == "NNS" and prev.is_lower and prev.is_alpha and bool(prev.whitespace_)
        and (before is None or before.pos_ not in ("VERB", "AUX"))
    )


def _modified_noun(tok: Token) -> Token:
    """The noun a modifier hangs on, through compounds ("IFPI" of "IFPI industry body":
    "body")."""
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head if head.i > tok.i else tok


def _branch_country(ctx: ActorContext, cands: list[Candidate], start: int, end: int) -> int | None:
    """Where a body's untagged name after a noun for its kind ends when a country's name follows
    it as the last word of the name ("the company Hitwise UK's figures", "the retailer Argos
    Ireland"): the end of that country's candidate, else None."""
    if not _kind_noun(ctx, ctx.doc[start - 1]):
        return None  # "The IFPI industry body": the name is before the noun
    for c in cands:
        if c.start == end and c.end - c.start <= 2 and is_country(ctx, c.start, c.end):
            after = ctx.doc[c.end] if c.end < len(ctx.doc) else None
            return None if after is not None and _capitalised(after) else c.end
    return None


def untagged_bodies(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates and the untagged bodies named beside a noun for their kind."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    found: list[Candidate] = []
    for i in range(1, len(doc)):
        if i in taken or ctx.caps[i] or toks[i].ent_type_:
            continue
        start = end = None
        if (_kind_noun(ctx, toks[i - 1]) and (_acronym(toks[i]) or _word(toks[i]))) or (
                _acronym(toks[i]) and _plural_kind(toks, i)):
            end = i + 1
            if not _acronym(toks[i]):
                while end < len(doc) and end - i < _BODY_WORDS and end not in taken and _word(
                        toks[end]):
                    end += 1
            start = i
        elif _acronym(toks[i]) and _kind_noun(ctx, head := _modified_noun(toks[i])) and all(
                t.is_lower for t in toks[i + 1 : head.i + 1]):
            start, end = i, i + 1  # "The IFPI industry body"
        if start is None or end is None:
            continue
        branch = _branch_country(ctx, cands, start, end)
        if branch is not None:  # "the company Hitwise UK": a branch named by its country
            cands = [c for c in cands if not (end <= c.start and c.end <= branch)]
            end = branch
        after = toks[end] if end < len(doc) else None
        longer = after is not None and (_capitalised(after) or (
            after.lower_ in lex.name_open_words and end + 1 < len(doc)
            and _capitalised(toks[end + 1])))  # "Human Rights in China": a longer name
        if longer or len(dt.span_text(start, end)) < 2 or fold(dt.span_text(start, end)) in (
                lex.non_actors) or any(t.lower_ in lex.titles for t in toks[start:end]):
            continue
        cand = Candidate(start, end, ActorType.ORGANIZATION, strong=True)
        cand.votes = Counter({ActorType.ORGANIZATION: 3})
        found.append(cand)
        taken.update(range(start, end))
    return sorted(cands + found, key=lambda c: (c.start, -c.end)) if found else cands
