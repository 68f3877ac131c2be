"""Competitions are events, not actors (issue 15: "legislation, products, events and
nationalities are not actors").

- A name that is, or ends in, one of ``competition_names``: "Champions League", "RBS Six
  Nations", "Barclays Premiership" (a sponsor's name may open it), in any document.
- A name whose last word is an event head (``event_heads``) when the whole name modifies a noun
  after it: "Britain's youngest-ever Davis Cup player" (the parse hangs both words on "player",
  so the span's root is "Davis", not "Cup").
- A group of a draw: "Group A", "Pool B" (``draw_groups`` and one capital letter).
- A name of two words or more ending in ``competition_heads`` ("Australian Open"); in a sports
  document also in ``competition_heads_sports`` ("Kooyong Classic", and "Sydney International"
  after a place's name).
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens


def competition(ctx: ActorContext, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` the name of a competition (see the module's doc)?"""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    words = fold(dt.span_text(start, end)).split()
    if any(" ".join(words[i:]) in lex.competition_names for i in range(len(words))):
        return True
    if _draw_group(ctx, start, end):
        return True
    if end - start < 2:
        return False
    last = toks[end - 1]
    span = doc_tokens(doc).span(start, end)
    if last.lower_ in lex.event_heads and span.root.dep_ == "compound" and last.head.i >= end:
        return True  # "Davis Cup player"
    if not last.is_title:
        return False  # "Hewitt and Henman ... open"
    if last.lower_ in lex.competition_heads:
        return True  # "Australian Open", "Volvo Women's Open"
    if not ctx.sports or last.lower_ not in lex.competition_heads_sports:
        return False
    # "Kooyong Classic"; "Sydney International", not "Amnesty International"
    return last.lower_ != "international" or _place_opens(ctx, start, end - 1)


def _place_opens(ctx: ActorContext, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` a place's name (a country, a region, or tagged a place or a
    facility: the model reads "Sydney International" as a stadium)?"""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    key = fold(dt.span_text(start, end))
    return (
        key in ctx.lex.countries
        or key in ctx.lex.regions
        or all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in toks[start:end])
    )


def _draw_group(ctx: ActorContext, start: int, end: int) -> bool:
    """"qualified from Group A", "the other Group B game" (the letter may be left out of the
    span): a group of a draw, a part of a competition."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if toks[start].lower_ not in ctx.lex.draw_groups or end - start > 2:
        return False
    letter = toks[start + 1] if start + 1 < len(doc) else None
    return letter is not None and len(letter.text) == 1 and letter.text.isupper()
