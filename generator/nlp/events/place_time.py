"""Where and when: the place name and the date an event's clause or noun phrase gives.

``find_place`` searches breadth-first below the trigger (and its arguments) through a few
prepositions for a place-name object of "in"/"at" (or of a movement's "to"); ``find_date``
takes a DATE entity attached to the trigger ("in February", "last week"). The date text is
resolved to ISO when the mention is made (``generator.nlp.dates``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from generator.nlp.doc_tokens import children_of
from generator.nlp.events.context import EventContext, children

DATE_PREPS = {"in", "on", "at", "during"}
# Prepositions followed from a verb or noun down to a place ("an invitation to a summit in X").
PLACE_PATH_PREPS = {"to", "of", "in", "at", "for", "from", "with", "on", "into"}


def find_place(
    ctx: EventContext, head: Token, args: Sequence[Token], movement: bool = False
) -> Token | None:
    """Find a place-name object of in/at (or a movement's "to") near ``head`` or its args."""
    preps = set(ctx.lex.place_preps) | ({"to", "into"} if movement else set())
    frontier: list[tuple[Token, int]] = [(head, 0)] + [(a, 1) for a in args]
    seen: set[int] = set()
    while frontier:
        node, depth = frontier.pop(0)
        if node.i in seen:
            continue
        seen.add(node.i)
        for prep in children(node, "prep"):
            for pobj in children(prep, "pobj"):
                if prep.lower_ in preps and ctx.index.is_place(pobj):
                    return pobj
                if depth < ctx.settings.place_path_depth and prep.lower_ in PLACE_PATH_PREPS:
                    frontier.append((pobj, depth + 1))
    return None


def find_date(ctx: EventContext, head: Token | None) -> Span | None:
    """Find a DATE entity attached to ``head`` ("in February", "last week")."""
    if head is None:
        return None
    index = ctx.index
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
            for pobj in children(child, "pobj"):
                if index.is_date(pobj):
                    return index.ent[pobj.i]
        elif child.dep_ in ("npadvmod", "tmod", "nmod", "advmod", "pobj") and index.is_date(child):
            return index.ent[child.i]
    return None
