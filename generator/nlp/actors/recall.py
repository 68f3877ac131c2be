"""Names the document vouches for: capital sentences, names found again, names inside names.

Sentences written in capitals (headlines, results tables) fool the model, so an entity there
is kept only when the rest of the document, the lexicon, a sports table or a dateline vouches
for it (``resolve_caps``). A name seen once is then found again where the model missed it,
also in capital sentences, as a person's surname alone, and before a hyphen and a word that
makes it a modifier ("Scientology-related", "Kremlin-backed": ``name_suffixes``) (``find_more``);
and a known name inside a longer one becomes a nested candidate (``nested.py``). An untagged
surname naming a government ("the Prodi government") is a person (``government_leaders``), and
an untagged name before a kind of place ("the Donetsk region") is a place (``region_names``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from generator.nlp.actors.classify import dateline, sports_team
from generator.nlp.actors.clubs import club_towns
from generator.nlp.actors.context import (
    ActorContext,
    Candidate,
    glued,
    is_country,
)
from generator.nlp.actors.datelines import dateline_place, dateline_places
from generator.nlp.actors.lexicon import CONNECTORS, Lexicon, fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

# How political and national adjectives end ("Socialist", "Republican", "Maltese"): such a word
# before "government" is no leader's surname.
_ADJECTIVE_ENDINGS = ("ist", "an", "ese", "ic", "ish", "ive", "al", "ite")
_RECALLED_TYPES = (ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE, ActorType.GROUP)


def names_from(ctx: ActorContext, cands: Iterable[Candidate]) -> dict[str, Counter]:
    """Folded names seen in mixed-case text, with their type votes."""
    dt = doc_tokens(ctx.doc)
    names: dict[str, Counter] = {}
    for c in cands:
        if ctx.caps[c.start]:
            continue
        names.setdefault(fold(dt.span_text(c.start, c.end)), Counter()).update(c.votes)
    return names


def resolve_caps(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Keep a capital-sentence entity only when something else vouches for it."""
    dt = doc_tokens(ctx.doc)
    lex = ctx.lex
    known = names_from(ctx, cands)
    kept: list[Candidate] = []
    for c in cands:
        if dateline_place(ctx, c):
            dateline_places(ctx, [c])  # "LINZ, Austria 1996-08-28", however "in Linz" reads
            kept.append(c)
            continue
        if not ctx.caps[c.start]:
            kept.append(c)
            continue
        key = fold(dt.span_text(c.start, c.end))
        if key in known:
            c.votes = Counter(known[key])
            c.type = c.votes.most_common(1)[0][0]
            kept.append(c)
        elif c.strong:
            kept.append(c)
        elif (
            ctx.sports
            and c.type in (ActorType.PLACE, ActorType.ORGANIZATION)
            and sports_team(ctx, c.start, c.end)
        ):
            c.type, c.votes = ActorType.ORGANIZATION, Counter({ActorType.ORGANIZATION: 2})
            kept.append(c)
        elif key in lex.alias_to_canonical:
            kept.append(c)
    return kept


def government_leaders(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """"the Prodi government", "the Assad regime": a capitalised word the model left untagged
    (or read as a nationality, when it does not end as adjectives do), between "the" and a
    ``leader_nouns`` word it modifies, is the leader's surname (a person). A place or a body
    keeps the model's reading ("the Texas government"), and so does a known country, party,
    nationality or name of the lexicon ("the Socialist government", "the Tory cabinet")."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    added: list[Candidate] = []
    for tok in toks:
        i = tok.i
        if (
            i in taken
            or tok.ent_type_ not in ("", "NORP")
            or (tok.ent_type_ == "NORP" and tok.lower_.endswith(_ADJECTIVE_ENDINGS))
            or not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN")
            or i == 0
            or toks[i - 1].lower_ != "the"
            or i + 1 >= len(doc)
            or toks[i + 1].lower_ not in lex.leader_nouns
            or tok.head.i != i + 1
            or ctx.caps[i]
        ):
            continue
        key = fold(tok.text)
        if (
            key in lex.types
            or key in lex.alias_to_canonical
            or key in lex.demonyms
            or is_country(ctx, i, i + 1)
        ):
            continue
        cand = Candidate(i, i + 1, ActorType.PERSON)
        cand.votes[ActorType.PERSON] += 1
        added.append(cand)
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def _region_word(ctx: ActorContext, tok) -> bool:
    """A word of a place's name before a kind of place ("Donetsk" of "the Donetsk region"): a
    title-case word the model left untagged or read as a nationality, a proper noun or (as the
    tagger reads "the Lombardy region") an adjective that does not end as adjectives and
    compass words do ("the Jewish state", "the Southern region"), and no head word of a body or
    a place."""
    adjective = tok.pos_ == "ADJ" or tok.ent_type_ == "NORP"
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ in ("PROPN", "ADJ")
        and tok.ent_type_ in ("", "NORP")
        and not (adjective and tok.lower_.endswith((*_ADJECTIVE_ENDINGS, "ern")))
        and fold(tok.text) not in ctx.lex.demonyms
        and tok.lower_ not in ctx.lex.org_heads
        and tok.lower_ not in ctx.lex.place_heads
    )


def region_names(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """"the Donetsk region", "the Sichuan province": one to three title-case words the model
    left untagged (``_region_word``), between "the" and a ``place_kind_nouns`` word they
    modify, name a place; a nationality the model found there becomes that place ("the Punjab
    state"). Not a name the lexicon knows as something else."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    by_span = {(c.start, c.end): c for c in cands}
    taken = {i for c in cands for i in range(c.start, c.end)}
    added: list[Candidate] = []
    for noun in toks:
        if noun.lower_ not in lex.place_kind_nouns or noun.pos_ != "NOUN" or ctx.caps[noun.i]:
            continue
        end = start = noun.i
        while start > 0 and end - start < 3 and _region_word(ctx, toks[start - 1]):
            start -= 1
        if start == end or start == 0 or toks[start - 1].lower_ != "the":
            continue
        if toks[end - 1].head.i != end:
            continue
        key = fold(dt.span_text(start, end))
        if lex.types.get(key, ActorType.PLACE) != ActorType.PLACE or (
            key in lex.alias_to_canonical and not is_country(ctx, start, end)
        ):
            continue
        found = by_span.get((start, end))
        if found is not None and found.type == ActorType.GROUP:
            found.type, found.gpe = ActorType.PLACE, True
            found.votes = Counter({ActorType.PLACE: 2})
        elif not any(i in taken for i in range(start, end)):
            cand = Candidate(start, end, ActorType.PLACE, gpe=True)
            cand.votes[ActorType.PLACE] += 2
            added.append(cand)
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def _person_subject(tok, votes: Counter) -> bool:
    """A person's one-word name (known, or the surname of a full name) the tagger reads as a
    common noun or a verb where it is the subject ("Rathbun requested donations"): still the
    name."""
    return (
        tok.pos_ in ("NOUN", "VERB")
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.is_title
        and votes[ActorType.PERSON] >= max(votes.values())
    )


def after_the(doc, start: int, end: int, votes: Counter) -> bool:
    """A person's name found again after "the" ("the Hubble", "the Forbes"): a person's name
    takes no article, so the words there name something else; not when the name modifies a
    noun after it ("the Obama administration")."""
    toks = doc_tokens(doc).tokens
    if start == 0 or toks[start - 1].lower_ != "the":
        return False
    if votes.most_common(1)[0][0] != ActorType.PERSON:
        return False
    return not (end < len(doc) and toks[end].pos_ == "NOUN" and toks[end].is_lower)


def _kind_of_place_end(ctx: ActorContext, end: int, votes: Counter, taken: list[bool]) -> int:
    """A place found again goes on through the capitalised kind of place after it ("Taipei
    City", "Orange County"; ``place_kind_nouns`` but "state", which also names universities
    and teams): that is the place's full name."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if (
        end < len(doc)
        and not taken[end]
        and votes.most_common(1)[0][0] == ActorType.PLACE
        and toks[end].is_title
        and toks[end].lower_ in ctx.lex.place_kind_nouns
        and toks[end].lower_ != "state"
        and toks[end - 1].whitespace_ == " "
    ):
        return end + 1
    return end


@dataclass(frozen=True)
class ListedNames:
    """The lexicon's names ``find_more`` looks for in every document, with their votes (shared
    by the documents: never changed), and by first word: (name, number of words)."""

    votes: dict[str, Counter]
    by_first: dict[str, list[tuple[str, int]]]


_LISTED: dict[bool, tuple[Lexicon, ListedNames]] = {}


def lexicon_names(lex: Lexicon, sports: bool) -> ListedNames:
    """The countries, the regions (not in a sports document: "Colorado", "Florida" are as
    often teams there as places) and the typed names of the lexicon, in that order (the first
    listing of a name gives its votes); built once per lexicon."""
    memo = _LISTED.get(sports)
    if memo is not None and memo[0] is lex:
        return memo[1]
    votes: dict[str, Counter] = {}
    for key in lex.countries:
        votes.setdefault(key, Counter({ActorType.PLACE: 3}))
    if not sports:
        for key in lex.regions:
            votes.setdefault(key, Counter({ActorType.PLACE: 3}))
    for key, typ in lex.types.items():
        if typ in _RECALLED_TYPES:
            votes.setdefault(key, Counter({typ: 3}))
    by_first: dict[str, list[tuple[str, int]]] = {}
    for key in votes:
        words = key.split()
        by_first.setdefault(words[0], []).append((key, len(words)))
    listed = ListedNames(votes, by_first)
    _LISTED[sports] = (lex, listed)
    return listed


def find_more(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Find known names again where the model missed them (also in capital sentences)."""
    doc, lex, caps = ctx.doc, ctx.lex, ctx.caps
    dt = doc_tokens(doc)
    toks = dt.tokens
    taken = [False] * (len(doc) + 1)
    for c in cands:
        for i in range(c.start, c.end):
            taken[i] = True
    known = names_from(ctx, cands)
    # A name found again is certain of its type when the lexicon gives it, or when a mention
    # it repeats was certain; the article's votes alone are not (one "Sky" the model took for
    # a person among several it took for an organisation would outvote them all).
    sure = {(fold(dt.span_text(c.start, c.end)), c.type) for c in cands
            if c.strong and not caps[c.start]}
    surnames: dict[str, Counter] = {}
    for c in cands:
        if c.type == ActorType.PERSON and c.end - c.start >= 2 and not caps[c.start]:
            last = toks[c.end - 1]
            if last.is_alpha and len(last) > 2 and last.is_title and not glued(doc, c.end - 1):
                surnames.setdefault(last.lower_, Counter())[ActorType.PERSON] += 1
    for town, votes in club_towns(ctx, cands).items():
        known.setdefault(town, votes)  # "Yeading v Newcastle" beside "Newcastle United"
    seen = set(known)  # the article's own names; the others come from the lexicon
    by_first: dict[str, list[tuple[str, int]]] = {}
    for key in known:
        words = key.split()
        by_first.setdefault(words[0], []).append((key, len(words)))
    listed = lexicon_names(lex, ctx.sports)
    for key, votes in listed.votes.items():
        if key not in known:
            known[key] = votes
    token_lengths: dict[str, set[int]] = {}
    for c in cands:
        token_lengths.setdefault(fold(dt.span_text(c.start, c.end)), set()).add(c.end - c.start)
    acronyms = {toks[c.start].text for c in cands if c.end - c.start == 1 and not caps[c.start]
                and toks[c.start].is_upper}
    added: list[Candidate] = []
    blocked = {
        t.i
        for t in toks
        if t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT")
        # "Mr Tellier" tagged DATE: after an honorific it is a name
        and not (t.i > 0 and toks[t.i - 1].lower_.rstrip(".") in lex.honorifics)
    }
    i = 0
    n = len(doc)
    while i < n:
        tok = toks[i]
        if taken[i] or tok.is_space or not tok.text[:1].isupper() or i in blocked:
            i += 1
            continue
        match = None
        if glued(doc, i, "before"):
            i += 1
            continue
        first = fold(tok.text)
        names = by_first.get(first, []) + [
            kv for kv in listed.by_first.get(first, ()) if kv[0] not in seen]
        for key, length in sorted(names, key=lambda kv: -kv[1]):
            # Token lengths seen for this name ("Kilroy-Silk" is three tokens), else its words.
            ends = [i + k for k in sorted(token_lengths.get(key, {length}), reverse=True)]
            end = next((e for e in ends if e <= n and fold(dt.span_text(i, e)) == key), None)
            if end is None or any(taken[j] for j in range(i, end)):
                continue
            # "Scientology-related": a modifier the model may read as a common noun
            suffixed = (glued(doc, end - 1, "after") and doc[end + 1].lower_ in lex.name_suffixes
                        and not (i > 0 and doc[i - 1].text[:1].isupper()
                                 and not doc[i].is_sent_start))  # not "Pop Idol-style"
            if glued(doc, end - 1, "after") and not suffixed:
                continue  # "Kilroy" in "Kilroy-Silk": part of a longer hyphenated word
            if not caps[i] and not all(
                t.text[:1].isupper() or t.lower_ in CONNECTORS for t in toks[i:end]
            ):
                continue
            if (
                length == 1
                and not caps[i]
                and tok.pos_ != "PROPN"
                and not suffixed
                and not _person_subject(tok, known[key])
                # "WHO say ...": an acronym the article wrote in capitals is its name anywhere
                and not (len(tok) > 1 and tok.is_upper and tok.text in acronyms)
            ):
                continue
            if after_the(doc, i, end, known[key]):
                continue
            if key in lex.regions and key not in seen and (
                caps[i] or (end < n and toks[end].is_title and toks[end].pos_ == "PROPN")
            ):
                continue  # "KANSAS CITY 61 74", "Indiana Jones": a region only when named alone
            typ = known[key].most_common(1)[0][0]
            match = (_kind_of_place_end(ctx, end, known[key], taken), known[key],
                     key not in seen or (key, typ) in sure)
            break
        if (
            match is None
            and not caps[i]
            and tok.lower_ in surnames
            and (tok.pos_ == "PROPN" or _person_subject(tok, surnames[tok.lower_]))
        ):
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is None or not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
                match = (i + 1, surnames[tok.lower_], surnames[tok.lower_][ActorType.PERSON] >= 3)
        if match is not None:
            end, votes, strong = match
            typ = votes.most_common(1)[0][0]
            # "BOSTON 1996-08-22" above "BOSTON 72 53 .576": the team's name found again at a
            # dateline is left for ``dateline_places`` to read as the town
            strong = strong and not dateline(ctx, i, end, dated=True)
            cand = Candidate(i, end, typ, strong)
            cand.gpe = typ == ActorType.PLACE
            cand.votes = Counter(votes)
            added.append(cand)
            for j in range(i, end):
                taken[j] = True
            i = end
        else:
            i += 1
    return sorted(cands + added, key=lambda c: c.start)
