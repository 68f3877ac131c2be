"""A full name the model read as a body, whose surname the text uses alone for a person.

"incumbent Lennart Meri ... Meri secured 45 votes": the model tags the full name ORG and the
surname alone PERSON. A name of two or three capitalised words, none of them a body's, place's
or product's word (``Lexicon.non_person_words``), typed an organization on the model's word
only, whose last word stands alone elsewhere as a person twice or more, and more often than as
a body (and whose first word does not stand alone for a body: "Mozilla Firefox"), is that
person.
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.context import ActorContext, Candidate, is_country
from generator.nlp.actors.lexicon import fold
from generator.vocab import ActorType


def people_by_surname(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype as people the full names typed organizations whose surname is a person's."""
    doc, lex = ctx.doc, ctx.lex
    alone: dict[str, Counter] = {}
    for c in cands:
        if c.end - c.start == 1 and not c.nested:
            alone.setdefault(fold(doc[c.start].text), Counter())[c.type] += 1
    for c in cands:
        if c.strong or c.type != ActorType.ORGANIZATION or not 2 <= c.end - c.start <= 3:
            continue
        span = doc[c.start : c.end]
        if not all(t.is_title and t.is_alpha for t in span):
            continue
        if any(t.lower_ in lex.non_person_words or fold(t.text) in lex.countries
               or fold(t.text) in lex.demonyms for t in span):
            continue
        first = alone.get(fold(span[0].text))
        if first and first[ActorType.ORGANIZATION] >= first[ActorType.PERSON]:
            continue  # "Mozilla Firefox" beside "Mozilla": the body's product
        seen = alone.get(fold(span[-1].text))
        if (
            seen
            and seen[ActorType.PERSON]
            and seen[ActorType.PERSON] >= 2  # once may be the model's slip ("Firefox")
            and seen[ActorType.PERSON] > seen[ActorType.ORGANIZATION]
            and not is_country(ctx, c.end - 1, c.end)
        ):
            c.type, c.gpe = ActorType.PERSON, False
            c.votes = Counter({ActorType.PERSON: 2})
