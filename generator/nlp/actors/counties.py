"""Counties: "Yorkshire", "Gloucestershire" are never people; in sport they are county teams.

A one-word name ending as English (and Scottish) counties' names do (``county_suffixes``:
"-shire") is a place, whatever the model tagged it (the small model reads "Hampshire" as a
person and "Gloucestershire" as a work). In a sports document such a county, and the counties
named without the suffix (``sports_counties``: "Essex", "Kent", "Surrey"), is the county's team
("Yorkshire rekindled their title hopes"), unless a preposition that places take comes before
it ("rain at Leicester", "in Yorkshire"). Names a rule typed surely are left alone.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate, retype
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def county_names(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Type one-word county names: places, or in a sports document teams."""
    lex = ctx.lex
    toks = doc_tokens(ctx.doc).tokens
    for c in cands:
        if c.end - c.start != 1 or c.strong or c.nested or not toks[c.start].is_alpha:
            continue
        key = fold(toks[c.start].text)
        suffixed = any(key.endswith(s) and len(key) > len(s) + 2 for s in lex.county_suffixes)
        if not suffixed and not (ctx.sports and key in lex.sports_counties):
            continue
        placed = c.start > 0 and toks[c.start - 1].lower_ in lex.place_prepositions
        if ctx.sports and not placed:
            retype(c, ActorType.ORGANIZATION, strong=False)
        elif c.type != ActorType.PLACE:
            retype(c, ActorType.PLACE, strong=False)
            c.gpe = True
