"""Where people come from: "a Perth man", "a Huntsville woman", "the Leeds couple".

A name of one to three words between "a", "an" or "the" and a noun for ordinary people
(``hometown_nouns``: man, woman, couple, resident ...) that it modifies is the town they come
from, a place, however the model tagged it (the small model reads many towns as bodies).
Parties, companies and clubs the lexicon knows are strong already and never reach this rule.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate


def hometown(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name the town of the person noun right after it ("a Perth man")?"""
    doc = ctx.doc
    if c.end - c.start > 3 or c.start < 1 or c.end >= len(doc):
        return False
    det, noun = doc[c.start - 1], doc[c.end]
    if det.lower_ not in ("a", "an", "the") or not noun.is_lower:
        return False
    if noun.lower_ not in ctx.lex.hometown_nouns:
        return False
    span = doc[c.start : c.end]
    return all(t.is_title for t in span) and span.root.head.i == noun.i
