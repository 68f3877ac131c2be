"""The words of a source phrase: from its head token to the span the pages quote.

``source_span`` is the head's subtree, as a contiguous run around the head (``own_run``),
without a dateline the parse ran into it (``dateline_end``), a possessive "'s", a quotation
run into the name after it (``quote_end``) or a closing relative clause that reports speech
(``reported_aside``), with a title the parse hung on the verb (``stranded_title``) and the
comma, bracket or quote mark that closes it (``closed``). ``source_phrase`` also leaves out a
clause that holds the phrase's own cue, a relative clause after a comma whose verb is a cue
the classifier confirmed (``_before_claim``), a participle, adjective or adverb aside and an
opening "even".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from generator.nlp.dates import MONTHS, WEEKDAYS
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.nlp.tokens import hyphen_end

from .spans import CharSpan, span_of_ids, subtree_ids

_DASHES = frozenset({"-", "--", "—", "–"})


def dateline_end(tok: Token) -> int:
    """The index of the first word of ``tok``'s phrase after a dateline the parse ran into it
    ("WASHINGTON -- President Obama": the president; "BEIRUT, Lebanon - Officials", "Paris
    (AFP) – Officials"): the words before a dash at the start of the phrase, none in lower
    case, with a word in capitals or a bracketed agency (the parse may make the place the
    head and the name its apposition). The phrase's own first index when there is none."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    start = tok.left_edge.i
    for i in range(start, min(tok.right_edge.i, start + 10)):  # "BERLIN -- Anna Weber": appos
        if toks[i].text in _DASHES and toks[i - 1].whitespace_:  # not "US-backed"
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
    toks = doc_tokens(doc).tokens
    run = subtree_ids(tok) if hull else own_run(tok)
    ids = [i for i in run if not (toks[i].dep_ == "case" and toks[i].head.i == tok.i)]
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
    when = when_start(tok)
    if when is not None:  # "The Labour leader on Monday night told …": the leader
        ids = [i for i in ids if i < when]
    span = span_of_ids(doc, ids)
    if span is None:
        return None
    if aside is not None:
        return _closed_in(doc, span)
    end = hyphen_end(doc, max(ids) + 1)  # the parse cut "The Tory co" off "-chairman"
    if end > max(ids) + 1:
        span = (span[0], toks[end - 1].idx + len(toks[end - 1]))
    last = tok.right_edge
    inner = {t.text for t in toks[tok.left_edge.i : last.i]}
    if last.text == "," and "," in inner and last.idx >= span[1]:
        return (span[0], last.idx + 1)
    if last.text == ")" and "(" in inner and last.idx >= span[1]:
        return (span[0], last.idx + 1)
    return _closed_in(doc, _closing_comma(doc, span))


def _closing_comma(doc: Doc, span: CharSpan) -> CharSpan:
    """``span`` with the comma right after it when a comma inside it opens an aside the
    parse closed on the verb ("Ann Lee, the head of the group, argued"; "said Ann Lee, the
    head of the group, adding"): PolNeAR's sources keep that comma two times in three."""
    toks = doc_tokens(doc).tokens
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or words.end >= len(doc) or not any(t.text == "," for t in words[:-1]):
        return span
    after = toks[words.end]
    if after.text == "," and after.idx == span[1]:
        return (span[0], after.idx + 1)
    return span


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
        if c.pos_ in ("PROPN", "NOUN") and c.left_edge.i >= sent_of(tok).start and all(
            (t.pos_ in _TITLE_POS or t.dep_ == "case") and t.ent_type_ not in _NOT_TITLE
            and not t.is_punct and t.lower_.rstrip(".") not in MONTHS
            and t.lower_ not in WEEKDAYS and t.lower_ not in _TIME_WORDS for t in words
        ):
            return c.left_edge.i
    return None


_WHEN_PREPS = frozenset({"on", "in", "at", "during", "last", "this", "early", "late", "earlier",
                         "later"})


def when_start(tok: Token) -> int | None:
    """The index of the first word of a time phrase that ends a source phrase headed by
    ``tok`` ("the minister on Tuesday", "The firm last week"): a preposition or an adverbial
    noun hung on the head after it whose words are a date or time (a weekday, a month, "last
    week"). None when there is none; "the summit on climate" keeps its words."""
    end = tok.right_edge.i
    for c in children_of(tok):
        if c.i <= tok.i or c.right_edge.i < end - 1 or c.dep_ not in ("prep", "npadvmod"):
            continue
        if c.dep_ == "prep" and c.lower_ not in _WHEN_PREPS:
            continue
        words = [t for t in c.subtree if not t.is_punct]
        if words and all(_is_when(t) or t.pos_ in ("DET", "ADP") for t in words) and any(
                _is_when(t) and t.pos_ in ("NOUN", "PROPN") for t in words):
            return c.left_edge.i
    return None


def _is_when(tok: Token) -> bool:
    """Whether a word tells when: in a date or time, or a weekday, month or time word."""
    low = tok.lower_.rstrip(".")
    return (tok.ent_type_ in ("DATE", "TIME") or low in WEEKDAYS or low in MONTHS
            or low in _TIME_WORDS)


CLOSE_AFTER = frozenset({",", ".", "!", "?", "—", "–", "-", "--", "…"})
_OPENING = frozenset({"“", "‘"})


def quote_end(doc: Doc, ids: Sequence[int]) -> int | None:
    """The index of the last closing quote mark among a source phrase's words that has a
    word after it and whose opening mark is not among them: the parse ran a quotation into
    the phrase of the name that follows it ('“That's a fair concern,” Sarandon, 69, told
    …'). A mark closes when a comma or stop comes right before it; a title quoted inside
    the phrase ('the author of “Destiny and Power,” a biography') and a nickname ('Marcia
    "Cia" Price') stay. None when there is none."""
    toks = doc_tokens(doc).tokens
    found = None
    marks = 0
    for i in sorted(ids):
        if not toks[i].is_quote:
            continue
        marks += 1
        if (marks % 2 and i > 0 and toks[i - 1].text in CLOSE_AFTER
                and toks[i].text not in _OPENING):  # a curly opening mark never closes
            found = i  # an odd mark that closes: its opening is before the phrase
    if found is None or not any(i > found and toks[i].is_alpha for i in ids):
        return None
    return found


def reported_aside(tok: Token) -> int | None:
    """The index of the comma that opens a relative clause reporting speech of its own at the
    end of a source phrase ("Ann Lee, who said last week that the plan would fail, argued"):
    the clause has a reported clause under it and is a claim of its own, not a part of the
    name (PolNeAR leaves it out of the source about nine times in ten). None when there is
    none; a restrictive clause ("those who say that …", no comma) is kept."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    end = tok.right_edge.i
    for t in toks[tok.i + 1 : end + 1]:
        if t.dep_ != "relcl" or not tok.left_edge.i <= t.head.i <= end:
            continue
        comma = t.left_edge.i - 1
        if toks[comma].text != "," or not any(c.dep_ == "ccomp" for c in children_of(t)):
            continue
        if t.right_edge.i >= end - 1:  # the clause ends the phrase (or its closing comma)
            return comma
    return None


# An opening mark and the closing mark that may follow a source phrase's end
_PAIRS = (("(", ")"), ("“", "”"))
_CLOSING = re.compile(r"[.,]?[)”]")


def _closed_in(doc: Doc, span: CharSpan) -> CharSpan:
    """``closed`` on the words of ``span`` and the few after it, not on the whole text
    (``Doc.text`` joins every token at each call: once per source was most of the time)."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return span
    region = doc[words.start : min(len(doc), words.end + 3)]
    base = region.start_char
    start, end = closed(region.text, (span[0] - base, span[1] - base))
    return start + base, end + base


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


# Quantifiers that float after a subject ("Smith and Jones both argued", "they all said")
_FLOATING = frozenset({"both", "all", "each"})
# A focusing adverb that opens a subject ("even some of his admirers say"): not the source's
_FOCUS = frozenset({"even"})
# An adjective or adverb phrase set off by a comma after the head ("Christie, eager all evening
# to jab senators, said"; "the firm, two months later, said"): how or when, not who
_ASIDE_DEPS = frozenset({"amod", "advmod"})


def source_phrase(
    tok: Token, cue: Sequence[Token] = (), cues: frozenset[int] = frozenset()
) -> CharSpan | None:
    """The span of a source phrase (``source_span``) without a clause on its head that holds
    the phrase's own cue: "a statement saying …" is the statement's, "directives instructing
    them to …" the directives'. (Cutting also a relative clause after a comma, a participle or
    an "including …" aside lowered PolNeAR's source figures: its annotators keep them about
    as often as not; the pages drop a relative clause from a source's name themselves.) A
    participle, adjective or adverb phrase after a comma is cut ("Trump, speaking to a veterans
    group, said"; "Republicans, concerned about the party's appeal, said"; "the firm, a week
    later, said"), and so are a quantifier the parse hung on the phrase's end ("Clinton and
    Sanders both said") and an "even" that opens it ("even some of his admirers")."""
    span = source_span(tok)
    if span is not None and cues:
        span = _before_claim(tok, span, cues)
    cue_ids = {t.i for t in cue}
    cut = [c for c in children_of(tok) if c.i > tok.i and cue_ids & set(subtree_ids(c))]
    for c in children_of(tok):  # "Trump, speaking to a veterans group in Virginia, said"
        if c.i <= tok.i or c in cut or tok.doc[c.left_edge.i - 1].text != ",":
            continue
        if (c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN")) or c.dep_ in _ASIDE_DEPS:
            cut.append(c)
    last = tok.right_edge
    if last.i > tok.i and last.head.i == tok.i and last.lower_ in _FLOATING and last not in cut:
        cut.append(last)  # "The three candidates all said": the candidates, not "all"
    span = _without_focus(tok, span)
    if span is None or not cut:
        return span
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    end = min(c.left_edge.i for c in cut)
    while end > tok.i + 1 and toks[end - 1].text == ",":
        end -= 1
    ids = [i for i in range(tok.left_edge.i, end)
           if not (toks[i].dep_ == "case" and toks[i].head.i == tok.i)]
    trimmed = span_of_ids(doc, ids)
    if trimmed is None:
        return span
    if span[0] >= trimmed[1]:  # a cut before where the span starts (after a quotation)
        return trimmed
    return (span[0], min(span[1], trimmed[1]))


def _without_focus(tok: Token, span: CharSpan | None) -> CharSpan | None:
    """``span`` without a focusing adverb on ``tok`` that opens it ("even some of his
    admirers": some of his admirers)."""
    if span is None:
        return None
    doc = tok.doc
    first = doc.char_span(span[0], span[1], alignment_mode="expand")
    if first is None or len(first) < 2:
        return span
    word = first[0]
    if word.dep_ == "advmod" and word.head.i == tok.i and word.lower_ in _FOCUS:
        return (first[1].idx, span[1])
    return span


_RELATIVES = frozenset({"who", "which", "that", "whom"})


def _before_claim(tok: Token, span: CharSpan, cues: frozenset[int]) -> CharSpan:
    """``span`` without a relative clause after a comma on ``tok`` whose verb is a cue the
    classifier confirmed ("Reid, who endorsed Clinton in February, reiterated …": Reid; the
    endorsement is a claim of its own, whose source is "who"). A clause with no comma says
    who is meant ("Republicans who agree that …") and stays."""
    doc = tok.doc
    for c in children_of(tok):
        if c.dep_ != "relcl" or c.i < tok.i or tok.pos_ in ("PRON", "DET"):
            continue
        first = c.left_edge
        if first.lower_ not in _RELATIVES or first.i == 0 or doc[first.i - 1].text != ",":
            continue
        if not any(t.i in cues for t in c.subtree if t.i == c.i or t.head.i == c.i):
            continue  # the clause's verb (or a word on it: "has endorsed") is no cue
        end = doc[first.i - 1].idx
        if span[0] < end < span[1]:
            return (span[0], end)
    return span
