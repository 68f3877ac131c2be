"""Players the model reads as bodies or places, in a sports report.

- "would consider signing Adrian Mutu" (untagged) beside "Mutu" tagged ORG elsewhere, "in Arjen
  Robben he has the player" ("Arjen" tagged GPE, "Robben" found again as a body): a given name
  (``given_names``) right before a one-word body or place, either untagged or a one-word name
  of its own, makes one person's full name (``given_name_players``).
- Then a one-word body or place that is the surname of a person named in full in the report
  ("Mutu faces a ban", "the double threat of Robben and Damien Duff") is that person
  (``players_by_surname``), unless it is a country or typed by a rule.

- "American Davenport", "Veteran Spaniard Conchita Martinez" read as one body: the nationality
  and description words before a player's name leave it (``described_players``) when what is
  left is a person's name the report uses (its last word a person's name alone or the surname
  of a person named in full, or a given name first).

Outside sport the same shapes are firms named after their founders ("Henry Ford" and "Ford"),
so these rules read sports reports only.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate, is_country, retype
from generator.nlp.actors.described import readings
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_NOT_PEOPLE = (ActorType.ORGANIZATION, ActorType.PLACE)


def _given_name(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a given name, written as one, that no country or region shares?"""
    toks = doc_tokens(ctx.doc).tokens
    tok = toks[i]
    key = fold(tok.text)
    return (
        tok.is_title
        and tok.is_alpha
        and not ctx.caps[i]
        and key in ctx.lex.given_names
        and key not in ctx.lex.countries
        and key not in ctx.lex.regions
        and key not in ctx.lex.types
    )


def _surname(ctx: ActorContext, c: Candidate) -> bool:
    """A one-word body or place the model guessed (no rule typed it), not a country."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return (
        c.end - c.start == 1
        and c.type in _NOT_PEOPLE
        and not c.strong
        and not c.nested
        and toks[c.start].is_title
        and toks[c.start].is_alpha
        and not is_country(ctx, c.start, c.end)
        and fold(toks[c.start].text) not in ctx.lex.regions
    )


def given_name_players(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Join a given name to the one-word body or place after it as one person (see the
    module's doc); the candidates, with the given names joined, in order."""
    if not ctx.sports:
        return cands
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    dropped: set[int] = set()
    for c in cands:
        if id(c) in dropped or not _surname(ctx, c) or c.start < 1:
            continue
        i = c.start - 1
        if toks[i].whitespace_ != " " or not _given_name(ctx, i):
            continue
        first = next((d for d in cands if d.start == i and d.end == c.start), None)
        if first is None and i in taken:
            continue  # part of a longer name
        if first is not None and (first.strong or first.nested or is_country(ctx, i, i + 1)):
            continue
        if first is not None:
            dropped.add(id(first))
        c.start = i
        retype(c, ActorType.PERSON)
    return [c for c in cands if id(c) not in dropped]


def _full_name_surnames(ctx: ActorContext, cands: list[Candidate]) -> set[str]:
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return {
        fold(toks[c.end - 1].text)
        for c in cands
        if c.type == ActorType.PERSON and 2 <= c.end - c.start <= 3 and not c.nested
        and all(t.is_title and t.is_alpha for t in toks[c.start : c.end])
    }


def described_players(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Trim nationality and description words off a body's or place's name when a player's
    name is left (see the module's doc)."""
    if not ctx.sports:
        return
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    descriptions = readings()["person_descriptions"]
    surnames = _full_name_surnames(ctx, cands) | {  # "The veteran Martinez found herself"
        fold(toks[c.start].text) for c in cands
        if c.type == ActorType.PERSON and c.end - c.start == 1 and not c.nested
    }
    for c in cands:
        if c.strong or c.nested or c.type not in _NOT_PEOPLE or c.end - c.start < 2:
            continue
        start = c.start
        while start < c.end - 1 and (fold(toks[start].text) in lex.demonyms
                                     or toks[start].lower_ in descriptions):
            start += 1
        if start == c.start or not all(t.is_title and t.is_alpha for t in toks[start : c.end]):
            continue
        if fold(toks[c.end - 1].text) in surnames or (
            c.end - start >= 2 and _given_name(ctx, start)
        ):
            c.start = start
            retype(c, ActorType.PERSON)


def players_by_surname(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype as people the one-word bodies and places that are the surname of a person named
    in full in a sports report."""
    if not ctx.sports:
        return
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    surnames = _full_name_surnames(ctx, cands)
    for c in cands:
        if _surname(ctx, c) and fold(toks[c.start].text) in surnames:
            retype(c, ActorType.PERSON, strong=False)
