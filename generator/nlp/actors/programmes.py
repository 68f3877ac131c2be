"""Broadcast programmes named after a channel's possessive are works, not actors.

"He told BBC One's Breakfast with Frost programme", "Lord Falconer told BBC1's Breakfast With
Frost": the title-case run a candidate stands in (words joined by "with", "of", "and" or "the")
follows a possessive ("One's", "BBC1's") and either comes before a noun for a programme
(``programme_nouns`` in ``actors.yml``), or holds a capitalised "With" or "Of" a person's name
never has, or a "with" when it opens with no given name ("BBC One's Breakfast with Frost,").
"Frost" and "Breakfast" are then the programme, not a person and a place; "the BBC's Nick
Robinson said" keeps its reporter.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens

_JOINERS = frozenset({"with", "of", "and", "the"})
_TITLE_JOINERS = frozenset({"With", "Of"})


def _run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The title-case run around ``start:end`` on one line: capitalised words, and joining
    words between two of them."""
    toks = doc_tokens(doc).tokens
    def word(i: int) -> bool:
        return toks[i].is_alpha and toks[i].text[:1].isupper()

    def joins(i: int) -> bool:
        return toks[i].lower_ in _JOINERS and 0 < i < len(doc) - 1 and word(i + 1)

    while start > 0 and "\n" not in toks[start - 1].whitespace_ and (
            word(start - 1) or (joins(start - 1) and start >= 2 and word(start - 2))):
        start -= 1
    while end < len(doc) and "\n" not in toks[end - 1].whitespace_ and (
            word(end) or joins(end)):
        end += 1
    return start, end


def broadcast_title(ctx: ActorContext, c: Candidate) -> bool:
    """Is the candidate (part of) a programme's title after a channel's possessive?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    start, end = _run(doc, c.start, c.end)
    if start < 1 or end - start < 2 or not (
            toks[start - 1].tag_ == "POS" or toks[start - 1].lower_ in ("'s", "’s")):  # "BBC 1's"
        return False
    after = toks[end] if end < len(doc) else None
    before_noun = after is not None and after.is_lower and after.lower_ in ctx.lex.programme_nouns
    titled = any(t.text in _TITLE_JOINERS for t in toks[start + 1 : end - 1]) or (
        # "BBC One's Breakfast with Frost": a title opening with no given name ("the BBC's
        # Andrew Marr with ..." is the reporter)
        any(t.lower_ == "with" for t in toks[start + 1 : end - 1])
        and fold(toks[start].text) not in ctx.lex.given_names)
    return before_noun or titled or _outlets_show(ctx, start, end)


def _outlets_show(ctx: ActorContext, start: int, end: int) -> bool:
    """"Speaking to the BBC's Westminster Hour", "Radio 4's Any Questions": two or three
    title-case words after a news outlet's possessive that end in a programme's title word
    (``programme_heads``; the outlet's reporter is no show: "the BBC's Zubair Ahmed")."""
    lex = ctx.lex
    toks = doc_tokens(ctx.doc).tokens
    owner = start - 2
    words = toks[start:end]
    return (
        owner >= 0 and end - start <= 3
        and fold(toks[owner].text) in lex.outlet_names
        and all(t.is_alpha and t.is_title for t in words)
        and words[-1].lower_ in lex.programme_heads
    )
