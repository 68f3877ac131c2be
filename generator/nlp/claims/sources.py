"""Who says it: the source of a cue read off the parse, and the spans that name it.

``subject_of`` finds a cue's source: its subject, or the one it inherits from the verb that
governs it ("X reacted by saying", "X wants to argue"), or a name right before the verb that
the parse hung elsewhere. ``source_span`` and ``speaker_parts`` give the phrase as the pages
quote it and where in it the one who speaks is named; ``expletive`` tells the empty "it" of "it
emerged that", which names no one. The small parse shapes the cue finders share for sources
(objects of given prepositions, an outlet among objects, an addressee) live here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from generator.nlp.dates import MONTHS, WEEKDAYS
from generator.nlp.tokens import hyphen_end

from .context import Context
from .resolve import kind_of
from .spans import CharSpan, children, span_of_ids, subtree_ids

SUBJECTS = ("nsubj", "nsubjpass", "csubj")

# Predicates whose subject "it" stands for the clause after them: "it emerged that", "it became
# clear that" (a passive with "it" always does: "it is understood that").
_EXTRAPOSING = frozenset(
    {"emerge", "appear", "seem", "transpire", "turn", "become", "be", "remain"}
)


def subject_of(ctx: Context, tok: Token) -> Token | None:
    """The subject of ``tok``, inherited from the governing verb for conj/xcomp/advcl (not
    for a bare past participle: "Asked why …, Lord Butler said") and "by saying" (a pcomp
    of a preposition on a verb); else a name that ends right before
    the verb, which the parse attached elsewhere ("On top of the deal with Tanzania Mr
    Brown said ...")."""
    cur = tok
    for _ in range(4):
        subj = children(cur, "nsubj", "csubj")
        if len(subj) > 1 and inverted_aside(cur):
            return max(subj, key=lambda t: t.i)  # "The plan, said the minister, is late"
        if len(subj) > 1:  # a misparse gave two: a word outside any quote, the nearest
            words = [t for t in subj if not t.is_punct] or subj
            outside = [t for t in words if ctx.quotes.containing(t.idx, t.idx + 1) is None]
            subj = sorted(outside or words, key=lambda t: abs(cur.i - t.i))
        if subj:
            return subj[0]
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
            if cur.tag_ == "VBN" and cur.doc[cur.i - 1].text != ",":
                break  # "Any foreign national suspected of links": the national is
                # suspected (but "Vincent Cable, for the Lib Dems, called on" is a misparse)
            return cur.head  # "a statement saying ..."
        if cur.dep_ == "advcl" and cur.tag_ == "VBN" and not children(cur, "aux", "auxpass"):
            break  # "Asked why …, Lord Butler said": Butler was asked, he did not ask
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
            cur = cur.head
            continue
        prep = cur.head
        if cur.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
            cur = prep.head  # "Chirac reacted by saying ..."
            continue
        break
    return name_before(ctx, tok) or name_after_quote(ctx, tok)


def name_before(ctx: Context, tok: Token) -> Token | None:
    """The root of a person or organisation name that ends right before ``tok`` (its
    auxiliaries and adverbs skipped), or whose phrase a comma right before it closes, and is
    no subject of another verb."""
    doc = ctx.doc
    i = tok.i - 1
    while i >= 0 and doc[i].head.i == tok.i and doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < 0 or tok.pos_ != "VERB" or tok.dep_ != "ROOT":
        return None
    if doc[i].text == "," and i > tok.sent.start:  # "Marc Morial, the chief executive of
        return _closed_name(ctx, doc[i])  # the League, forcefully told" (hung on "In …")
    if ctx.ent_at[i] < 0:
        return None
    ent = ctx.ents[ctx.ent_at[i]]
    if ent.end != i + 1 or ent.label_ not in ("PERSON", "ORG") or ent.root.dep_ in SUBJECTS:
        return None
    return ent.root


def _closed_name(ctx: Context, comma: Token) -> Token | None:
    """The person or organisation whose phrase ``comma`` closes (the comma its last word),
    when that phrase is no subject: the parse hung it elsewhere."""
    head = comma.head
    k = ctx.ent_at[head.i]
    if head.right_edge.i != comma.i or k < 0 or head.dep_ in SUBJECTS:
        return None
    ent = ctx.ents[k]
    return head if ent.label_ in ("PERSON", "ORG") and ent.root.i == head.i else None


def name_after_quote(ctx: Context, tok: Token) -> Token | None:
    """The root of the first person (else organisation) name between a closing quote mark and
    the verb ``tok`` (its auxiliaries and adverbs skipped), when the parse hung the name
    inside the quotation and left the verb with no subject ('“…,” Senate Majority Leader
    Mitch McConnell, R-Ky., said Tuesday'); None for any other shape."""
    doc = ctx.doc
    if tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "parataxis"):
        return None
    i = tok.i - 1
    while i > tok.sent.start and doc[i].head.i == tok.i and doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    start = max(tok.sent.start + 1, tok.i - _NAME_AFTER_QUOTE)
    quote = next((j for j in range(i, start - 1, -1)
                  if doc[j].is_quote and doc[j - 1].text in _CLOSE_AFTER), None)
    if quote is None:
        return None
    ents = [ctx.ents[ctx.ent_at[k]] for k in range(quote + 1, i + 1) if ctx.ent_at[k] >= 0]
    for label in ("PERSON", "ORG"):  # a person first: "Senate Majority Leader Mitch …"
        for ent in ents:
            if ent.label_ == label and ent.end <= i + 1:
                return ent.root
    return None


# How far before its verb a name after a quotation may start, in words
_NAME_AFTER_QUOTE = 25


def inverted_aside(verb: Token) -> bool:
    """Whether ``verb`` is a parenthetical "said Y" whose parse also took the host clause's
    subject for its own ("The tone of the campaign, said Mr Milburn, would be …")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        verb.dep_ == "parataxis"
        and any(t.i < verb.i for t in subjects)
        and any(t.i > verb.i for t in subjects)
    )


def prep_objects(tok: Token, preps: Sequence[str]) -> list[Token]:
    """Objects of the given prepositions under ``tok`` ("told to X", "a report by X")."""
    return [
        o
        for p in children(tok, "prep", "agent")
        if p.lower_ in preps
        for o in children(p, "pobj")
    ]


def outlet_among(ctx: Context, toks: Iterable[Token]) -> Token | None:
    """The first of ``toks`` whose phrase names a news outlet."""
    for t in toks:
        if kind_of(ctx, t) == "outlet":
            return t
    return None


def is_person_like(ctx: Context, tok: Token) -> bool:
    """Whether a token looks like a person or group addressed (the object of "told")."""
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return tok.lemma_.lower() in ctx.lex.anonymous_heads or tok.lower_ in (
        "reporters",
        "journalists",
        "supporters",
        "crowd",
        "audience",
    )


def expletive(tok: Token) -> bool:
    """Whether ``tok`` is the empty "it" of an extraposed clause, which names no source."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() not in _EXTRAPOSING:
        return False
    # "it would be premature to say": a copula with its adjective or noun and an infinitive
    copula = head.lemma_.lower() in ("be", "become", "remain") and any(
        c.dep_ in ("acomp", "attr") for c in head.children
    )
    return any(
        c.i > head.i and (c.dep_ == "ccomp" or (copula and c.dep_ == "xcomp") or (
            c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)))
        for c in head.children
    )  # fmt: skip


_DASHES = frozenset({"-", "--", "—", "–"})


def dateline_end(tok: Token) -> int:
    """The index of the first word of ``tok``'s phrase after a dateline the parse ran into it
    ("WASHINGTON -- President Obama": the president; "BEIRUT, Lebanon - Officials", "Paris
    (AFP) – Officials"): the words before a dash at the start of the phrase, none in lower
    case, with a word in capitals or a bracketed agency (the parse may make the place the
    head and the name its apposition). The phrase's own first index when there is none."""
    doc = tok.doc
    start = tok.left_edge.i
    for i in range(start, min(tok.right_edge.i, start + 10)):  # "BERLIN -- Anna Weber": appos
        if doc[i].text in _DASHES and doc[i - 1].whitespace_:  # not "US-backed"
            before = doc[start:i]
            capitals = any(t.is_alpha and t.is_upper and len(t) > 1 for t in before)
            agency = any(t.text == "(" for t in before)  # "Paris (AFP) -", "May 2 (Reuters) -"
            lower = any(t.is_alpha and t.text[0].islower() for t in before)
            return i + 1 if (capitals or agency) and not lower else start
    return start


def source_span(tok: Token, hull: bool = False) -> CharSpan | None:
    """The span of a source phrase: its subtree without a possessive "'s" or a closing
    relative clause that reports speech (``reported_aside``), with a title the parse hung on
    the verb (``stranded_title``), keeping the comma or bracket that closes an appositive
    ("Jane Roe, a spokeswoman,"). Its words are the run of the subtree around ``tok``
    (``own_run``), or with ``hull`` every word from the subtree's first to its last (as
    the cue classifier was trained to see sources)."""
    doc = tok.doc
    run = subtree_ids(tok) if hull else own_run(tok)
    ids = [i for i in run if not (doc[i].dep_ == "case" and doc[i].head.i == tok.i)]
    first = dateline_end(tok)
    ids = [i for i in ids if i >= first]
    title = stranded_title(tok)
    if title is not None:  # "Texas Sen. Ted Cruz", "Tennis great Billie Jean King"
        ids = [*range(title, tok.left_edge.i), *ids]
    aside = reported_aside(tok)
    if aside is not None:  # "Ann Lee, who said last week that …,": the name without it
        ids = [i for i in ids if i < aside]
    quoted = quote_end(doc, ids)
    if quoted is not None:  # '“Good reporter, this guy,” Trump, the frontrunner, said'
        ids = [i for i in ids if i > quoted]
    span = span_of_ids(doc, ids)
    if span is None:
        return None
    if aside is not None:
        return closed(doc.text, span)
    end = hyphen_end(doc, max(ids) + 1)  # the parse cut "The Tory co" off "-chairman"
    if end > max(ids) + 1:
        span = (span[0], doc[end - 1].idx + len(doc[end - 1]))
    last = tok.right_edge
    inner = {t.text for t in doc[tok.left_edge.i : last.i]}
    if last.text == "," and "," in inner and last.idx >= span[1]:
        return (span[0], last.idx + 1)
    if last.text == ")" and "(" in inner and last.idx >= span[1]:
        return (span[0], last.idx + 1)
    return closed(doc.text, span)


def own_run(tok: Token) -> range:
    """The run of ``tok``'s subtree around it with no word of another phrase inside: a
    non-projective parse can hang on a pronoun a list after the colon that ends its clause
    ("he boasts about them: the war, the bailout …"), and the source is "he"."""
    words = {t.i for t in tok.subtree}
    start = end = tok.i
    while start - 1 in words:
        start -= 1
    while end + 1 in words:
        end += 1
    return range(start, end + 1)


# A word the parse hung on the verb right before a subject can be the start of its name or
# title ("Trump senior adviser Jason Miller said", "Tennis great Billie Jean King said")
_STRANDED_DEPS = frozenset({"npadvmod", "nsubj", "advcl", "compound", "dep", "nmod"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})
_NOT_TITLE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_TIME_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow", "now", "then", "week",
                         "month", "year", "morning", "afternoon", "evening", "night", "day"})


def stranded_title(tok: Token) -> int | None:
    """The index of the first word of a title or name the parse hung on the verb right before
    the subject ``tok``'s phrase ("Trump senior adviser Jason Miller said": "Trump" an
    adverbial clause; "Breitbart London's Raheem Kassam": "Raheem" an adverbial noun):
    a phrase of nouns, names and adjectives with no punctuation but a possessive, and no
    date, time or number ("Yesterday Trump said" keeps the day out). None when there is none."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = tok.left_edge.i
    for c in tok.head.lefts:
        if c.i == tok.i or c.right_edge.i != start - 1 or c.dep_ not in _STRANDED_DEPS:
            continue
        words = list(c.subtree)
        if c.pos_ in ("PROPN", "NOUN") and c.left_edge.i >= tok.sent.start and all(
            (t.pos_ in _TITLE_POS or t.dep_ == "case") and t.ent_type_ not in _NOT_TITLE
            and not t.is_punct and t.lower_.rstrip(".") not in MONTHS
            and t.lower_ not in WEEKDAYS and t.lower_ not in _TIME_WORDS for t in words
        ):
            return c.left_edge.i
    return None


_CLOSE_AFTER = frozenset({",", ".", "!", "?", "—", "–", "-", "--", "…"})


def quote_end(doc: Doc, ids: Sequence[int]) -> int | None:
    """The index of the last closing quote mark among a source phrase's words that has a
    word after it: the parse ran a quotation into the phrase of the name that follows it
    ('“That's a fair concern,” Sarandon, 69, told …'). A mark closes when a comma or stop
    comes right before it (a nickname's marks do not: 'Marcia "Cia" Price'). None when
    there is none."""
    found = None
    for i in sorted(ids):
        if doc[i].is_quote and i > 0 and doc[i - 1].text in _CLOSE_AFTER:
            found = i
    if found is None or not any(i > found and doc[i].is_alpha for i in ids):
        return None
    return found


def reported_aside(tok: Token) -> int | None:
    """The index of the comma that opens a relative clause reporting speech of its own at the
    end of a source phrase ("Ann Lee, who said last week that the plan would fail, argued"):
    the clause has a reported clause under it and is a claim of its own, not a part of the
    name (PolNeAR leaves it out of the source about nine times in ten). None when there is
    none; a restrictive clause ("those who say that …", no comma) is kept."""
    doc = tok.doc
    end = tok.right_edge.i
    for t in doc[tok.i + 1 : end + 1]:
        if t.dep_ != "relcl" or not tok.left_edge.i <= t.head.i <= end:
            continue
        comma = t.left_edge.i - 1
        if doc[comma].text != "," or not any(c.dep_ == "ccomp" for c in t.children):
            continue
        if t.right_edge.i >= end - 1:  # the clause ends the phrase (or its closing comma)
            return comma
    return None


# An opening mark and the closing mark that may follow a source phrase's end
_PAIRS = (("(", ")"), ("“", "”"))
_CLOSING = re.compile(r"[.,]?[)”]")


def closed(text: str, span: CharSpan) -> CharSpan:
    """``span`` taken on to the bracket or quote mark it leaves open when the mark closes
    right after it ("Rep. Ann Lee (D-Va.)", "host of the “Morning Show,”": the parse hung
    the closing mark on the verb and the edge trimming cut the "." or "," before it)."""
    start, end = span
    inner = text[start:end]
    if not any(inner.count(a) > inner.count(b) for a, b in _PAIRS):
        return span
    found = _CLOSING.match(text, end)
    return (start, found.end()) if found else span


def source_phrase(tok: Token, cue: Sequence[Token] = ()) -> CharSpan | None:
    """The span of a source phrase (``source_span``) without a clause on its head that holds
    the phrase's own cue: "a statement saying …" is the statement's, "directives instructing
    them to …" the directives'. (Cutting also a relative clause after a comma, a participle or
    an "including …" aside lowered PolNeAR's source figures: its annotators keep them about
    as often as not; the pages drop a relative clause from a source's name themselves.) A
    participle after a comma is cut ("Trump, speaking to a veterans group, said")."""
    span = source_span(tok)
    cue_ids = {t.i for t in cue}
    cut = [c for c in tok.children if c.i > tok.i and cue_ids & set(subtree_ids(c))]
    for c in tok.children:  # "Trump, speaking to a veterans group in Virginia, said"
        if (c.i > tok.i and c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN")
                and c not in cut and tok.doc[c.left_edge.i - 1].text == ","):
            cut.append(c)
    if span is None or not cut:
        return span
    doc = tok.doc
    end = min(c.left_edge.i for c in cut)
    while end > tok.i + 1 and doc[end - 1].text == ",":
        end -= 1
    ids = [i for i in range(tok.left_edge.i, end)
           if not (doc[i].dep_ == "case" and doc[i].head.i == tok.i)]
    trimmed = span_of_ids(doc, ids)
    return span if trimmed is None else (span[0], min(span[1], trimmed[1]))


def speaker_parts(
    tok: Token, org_heads: frozenset[str], role_heads: frozenset[str] = frozenset()
) -> tuple[CharSpan, ...]:
    """Where the one who speaks is named in a source phrase headed by ``tok``: the head word,
    then what stands in apposition to it ("His manager Robert Voice") or, when the head is
    an organisation word (``org_heads``: "The Labour party"), is compounded with it; not a
    name further inside ("The five unions meeting Mr Prescott", "the leadership of President
    Lula", "A spokesman for Michael Howard") nor a role's affiliation ("The United boss")."""
    parts = [(tok.idx, tok.idx + len(tok))]
    # "The Labour party" is the party, "angry Labour MPs" are not (``role_heads``)
    lemma = tok.lemma_.lower()  # "MPs" is its own lemma to the tagger
    role = lemma in role_heads or lemma.removesuffix("s") in role_heads
    compounds = (tok.pos_ == "PROPN" and not role) or (
        tok.lower_ in org_heads)
    for child in tok.children:
        if child.dep_ == "appos" or (compounds and child.dep_ in ("compound", "flat")):
            span = span_of_ids(tok.doc, subtree_ids(child))
            if span is not None:
                parts.append(span)
    return tuple(parts)
