"""Which firm "the company" or "the group" stands for in a claim's source: the firm the passage
is about (a subject before it, or the one the article names most), not the last one named."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from generator.nlp.doc_tokens import children_of, doc_tokens

from .context import Context
from .spans import children, sentences_back


def described_firm(ctx: Context, tok: Token) -> Span | None:
    """The firm "the company" or "the group" stands for: the latest firm that is the subject
    of a main clause, else of any clause, in its sentence or the three before ("TimeWarner is
    to restate its accounts ... in a deal under review by the SEC. The company said": the
    firm the passage is about, not the regulator named last), or whose people are
    ("Rosneft officials were unavailable. But the company has said"); else the firm the
    article names most often before it, when one is named more than any other; else the
    latest firm that was any subject before it; else None, not the firm named last, which is
    as often one the company deals with ("sued Morgan Stanley ... The company has also
    sued")."""
    first = sentences_back(tok)
    return (_firm_subject(ctx, tok, first, True) or _firm_subject(ctx, tok, first, False)
            or _most_named_firm(ctx, tok) or _firm_subject(ctx, tok, 0, False))


def _firm_subject(ctx: Context, tok: Token, first: int, main: bool) -> Span | None:
    """The latest firm from token ``first`` to ``tok`` that is the subject of a clause (of
    a main clause if ``main``), or whose word is compounded on one ("Rosneft officials")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    for i in range(tok.i - 1, first - 1, -1):
        cand = toks[i]
        if cand.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if main and not (cand.head.dep_ == "ROOT" or (
                cand.head.dep_ == "conj" and cand.head.head.dep_ == "ROOT")):
            continue
        for part in (cand, *_named_within(cand)):
            k = ctx.name_at[part.i]
            if k >= 0 and _is_firm(ctx, ctx.names[k]):
                return ctx.names[k]
            if k < 0 and part is not cand and (part.pos_ == "PROPN" or part.is_title):
                # "Rosneft officials" (the tagger may read "Rosneft" as a common noun)
                named = _firm_named(ctx, part, tok)
                if named is not None:
                    return named
    return None


def _named_within(subject: Token) -> list[Token]:
    """The words of a subject that may name a firm it is about: compounded on it, its
    possessor, or the object of its preposition ("Shares in Continental Airlines")."""
    out = [c for c in children_of(subject) if c.dep_ in ("compound", "poss")]
    for prep in children(subject, "prep"):
        out += children(prep, "pobj")
    return out


def _firm_named(ctx: Context, word: Token, tok: Token) -> Span | None:
    """The firm named before ``tok`` whose last word is ``word`` (a name the actor
    extractor did not mark in "Rosneft officials")."""
    ends, spans = ctx.by_label.get("FIRM", ((), ()))
    for span in reversed(spans[: bisect.bisect_right(ends, tok.idx)]):
        if span[-1].text == word.text:
            return span
    return None


def _is_firm(ctx: Context, name: Span) -> bool:
    """Whether a name is an organisation that is no news outlet."""
    return name.label_ == "ORG" and not ctx.lex.is_outlet_name(name)


def _most_named_firm(ctx: Context, tok: Token) -> Span | None:
    """The last mention of the firm named most often before ``tok`` (at least twice, and
    more often than any other), or None."""
    ends, spans = ctx.by_label.get("FIRM", ((), ()))
    last: dict[str, Span] = {}
    counts: dict[str, int] = {}
    for span in spans[: bisect.bisect_right(ends, tok.idx)]:
        name = span.text.lower()
        # "Continental" and "Continental Airlines" are one firm, "General Motors" and "General
        # Electric" two: a name counts for the longer one named before that opens with it
        key = next((k for k in counts if k == name or k.startswith(name + " ")
                    or name.startswith(k + " ")), name)
        counts[key] = counts.get(key, 0) + 1
        last[key] = span
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return next(last[k] for k, n in counts.items() if n == ranked[0])
