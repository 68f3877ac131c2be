"""People listed with their side in brackets: "Gaston Avila (Argentina)", "Yann Morel (Castres)",
"Adrian Costa (31st)".

Squads, draws and results list players so, and the model often reads the name as a body or a
place. A name of two words or more (no word of a body, place, product, event, law or title, no
country or nationality) right before a bracket holding a country, a capitalised name or an
ordinal is a person when the article lists at least ``min_listed`` such names. An acronym in
the bracket ("World Boxing Council (WBC)") is no side.
"""

from __future__ import annotations

import re

from generator.nlp.actors.context import ActorContext, Candidate, is_country
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_MAX_SIDE_WORDS = 3


def _side_after(ctx: ActorContext, end: int) -> bool:
    """Does a bracket with a side (country, capitalised name, ordinal) follow token ``end``?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if end >= len(doc) or toks[end].text != "(":
        return False
    close = next((i for i in range(end + 1, min(end + 2 + _MAX_SIDE_WORDS, len(doc)))
                  if toks[i].text == ")"), None)
    if close is None or close == end + 1:
        return False
    inside = doc_tokens(doc).span(end + 1, close)
    if is_country(ctx, end + 1, close) or (len(inside) == 1 and _ORDINAL.match(inside[0].text)):
        return True
    return all(t.is_title and t.is_alpha for t in inside)


def _person_shaped(ctx: ActorContext, c: Candidate) -> bool:
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    words = [t for t in toks[c.start : c.end] if not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return False
    lists = (lex.org_heads, lex.place_heads, lex.product_heads, lex.event_heads, lex.law_heads,
             lex.title_last_words, lex.countries)
    return not any(
        t.lower_ in words_ or fold(t.text) in lex.demonyms
        for t in words
        for words_ in lists
    ) and not is_country(ctx, c.start, c.end)


def listed_people(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype the names listed with a side in brackets as people (see the module text)."""
    listed = [
        c for c in cands
        if not c.strong and _person_shaped(ctx, c) and _side_after(ctx, c.end)
    ]
    if len(listed) < ctx.settings.min_listed:
        return
    for c in listed:
        c.type, c.strong, c.gpe = ActorType.PERSON, True, False
        c.votes.clear()
        c.votes[ActorType.PERSON] = 3
