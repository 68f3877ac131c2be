"""Competitions are events, not actors (issue 15: "legislation, products, events and
nationalities are not actors").

- A name that is, or ends in, one of ``competition_names``: "Champions League", "RBS Six
  Nations", "Barclays Premiership" (a sponsor's name may open it), in any document.
- A name whose last word is an event head (``event_heads``) when the whole name modifies a noun
  after it: "Britain's youngest-ever Davis Cup player" (the parse hangs both words on "player",
  so the span's root is "Davis", not "Cup").
- A group of a draw: "Group A", "Pool B" (``draw_groups`` and one capital letter).
- In a sports document: a name of two words or more ending in ``competition_heads`` ("Australian
  Open", "Kooyong Classic").
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext
from generator.nlp.actors.lexicon import fold


def competition(ctx: ActorContext, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` the name of a competition (see the module's doc)?"""
    doc, lex = ctx.doc, ctx.lex
    words = fold(doc[start:end].text).split()
    if any(" ".join(words[i:]) in lex.competition_names for i in range(len(words))):
        return True
    if _draw_group(ctx, start, end):
        return True
    if end - start < 2:
        return False
    last = doc[end - 1]
    span = doc[start:end]
    if last.lower_ in lex.event_heads and span.root.dep_ == "compound" and last.head.i >= end:
        return True  # "Davis Cup player"
    # "Australian Open", not "Hewitt and Henman ... open"
    return ctx.sports and last.lower_ in lex.competition_heads and last.is_title


def _draw_group(ctx: ActorContext, start: int, end: int) -> bool:
    """"qualified from Group A", "the other Group B game" (the letter may be left out of the
    span): a group of a draw, a part of a competition."""
    doc = ctx.doc
    if doc[start].lower_ not in ctx.lex.draw_groups or end - start > 2:
        return False
    letter = doc[start + 1] if start + 1 < len(doc) else None
    return letter is not None and len(letter.text) == 1 and letter.text.isupper()
