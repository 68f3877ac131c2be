"""The place of a dateline ("LINZ, Austria 1996-08-28", "FREETOWN 1996-08-28") is a place.

The dateline names where the story was filed, whatever the text's other mentions voted for
(the small model reads many towns as bodies: "in Linz" tagged ORG). A body the lexicon knows
("UNITED NATIONS 1996-08-28", the UN's headquarters) keeps its type. A town in capitals the
model tagged as a person is read the same way when a date follows ("VERONA, Italy 1996-08-24").
Run once the names the model missed are found again: the model often leaves a capitals
dateline untagged.
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.classify import dateline
from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def dateline_place(ctx: ActorContext, c: Candidate) -> bool:
    """Is the candidate a dateline's place the lexicon does not know as something else?"""
    dt = doc_tokens(ctx.doc)
    text = dt.span_text(c.start, c.end)
    # "VERONA, Italy 1996-08-24" tagged PERSON: a name in capitals before a date is a dateline
    capital_person = c.type == ActorType.PERSON and text.isupper()
    if c.strong or (c.type not in (ActorType.PLACE, ActorType.ORGANIZATION)
                    and not capital_person):
        return False
    key = fold(text)
    if key in ctx.lex.types or key in ctx.lex.alias_to_canonical:
        return False
    # a body's name before a dash is a heading ("Group G — Belgium 3 – 0 Panama"): a body
    # needs the date
    return dateline(ctx, c.start, c.end, dated=c.type != ActorType.PLACE)


def dateline_places(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Type the dateline places as strong places."""
    for c in cands:
        if dateline_place(ctx, c):
            c.type, c.strong, c.gpe = ActorType.PLACE, True, True
            c.votes = Counter({ActorType.PLACE: 3})
