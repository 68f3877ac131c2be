"""Two names side by side: "Ubisoft, Microsoft, and PlayStation VR".

In a pair of names joined by a comma or "and", a one-word name read as a place (not a country
or a region the lexicon lists, not after "from" or "in") beside a body the lexicon lists is a
body too: companies are listed with companies. ``lists.type_lists`` finds the pairs.
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.context import ActorContext, Candidate, is_country, prev_word
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def _after_from_or_in(ctx: ActorContext, c: Candidate) -> bool:
    prev = prev_word(ctx.doc, c.start - 1)
    return prev is not None and prev.lower_ in ("from", "in")


def beside_a_known_body(ctx: ActorContext, pair: list[Candidate]) -> None:
    """"Ubisoft and Microsoft": a one-word name read as a place (not a country or region the
    lexicon lists) beside a body the lexicon lists is a body too."""
    dt = doc_tokens(ctx.doc)
    lex = ctx.lex
    for c, other in (pair, pair[::-1]):
        key = fold(dt.span_text(c.start, c.end))
        if (
            other.strong
            and other.type == ActorType.ORGANIZATION
            and lex.types.get(fold(dt.span_text(other.start, other.end))) == other.type
            and not c.strong
            and c.type == ActorType.PLACE
            and c.end - c.start == 1
            and key not in lex.regions
            and not is_country(ctx, c.start, c.end)
            and not _after_from_or_in(ctx, c)
        ):
            c.type, c.strong, c.gpe = ActorType.ORGANIZATION, False, False
            c.votes = Counter({ActorType.ORGANIZATION: 2})
