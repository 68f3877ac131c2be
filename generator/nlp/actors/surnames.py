"""A full name the model read as a body, whose surname the text uses alone for a person.

"incumbent Lennart Meri ... Meri secured 45 votes": the model tags the full name ORG and the
surname alone PERSON. A name of two or three capitalised words, none of them a body's, place's
or product's word (``Lexicon.non_person_words``), typed an organization on the model's word
only, whose last word stands alone elsewhere as a person twice or more, and more often than as
a body (and whose first word does not stand alone for a body: "Mozilla Firefox"), is that
person.

"Dublin-born director Neil Jordan ... Jordan defends his decision": the surname alone the model
reads as a place (``surnames_read_as_places``; a country or a town such as "Jordan",
"Holland"). A one-word name typed a place, after a person's full name in the document that
ends in it, is that person, unless the document also uses the word where a place stands:
after a preposition of place that governs it ("flew to Jordan", not "a role in Jordan's
film"), in a list with other places, or before a noun it modifies ("the Jordan border").

"miner Barrick Gold ... Highland Gold ... Russia's Gold": a one-word "person" found again only
as the surname of a full name a description then made a body is no one
(``drop_orphan_surnames``).
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.context import ActorContext, Candidate, is_country
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def people_by_surname(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype as people the full names typed organizations whose surname is a person's."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    alone: dict[str, Counter] = {}
    for c in cands:
        if c.end - c.start == 1 and not c.nested:
            alone.setdefault(fold(toks[c.start].text), Counter())[c.type] += 1
    for c in cands:
        if c.strong or c.type != ActorType.ORGANIZATION or not 2 <= c.end - c.start <= 3:
            continue
        span = doc_tokens(doc).span(c.start, c.end)
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


def _placed(ctx: ActorContext, c: Candidate, places: set[int]) -> bool:
    """Does the one-word name stand where a place does: after a preposition of place that
    governs it, before a noun it modifies, or in a list with places?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    tok, before = toks[c.start], toks[c.start - 1]
    conj = [t for t in (tok.head, *tok.conjuncts) if t.i != tok.i]
    return (
        (before.lower_ in ctx.lex.place_prepositions and tok.head.i == before.i)
        or (tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i)
        or any(t.i in places for t in conj if tok.dep_ == "conj" or t.dep_ == "conj")
    )


def surnames_read_as_places(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype as people the one-word places that are the surname of a person named in full
    before them (see the module text)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    first_full: dict[str, int] = {}
    for c in cands:
        if (c.type == ActorType.PERSON and not c.nested and 2 <= c.end - c.start <= 3
                and all(t.is_title and t.is_alpha for t in toks[c.start : c.end])):
            first_full.setdefault(fold(toks[c.end - 1].text), c.start)
    if not first_full:
        return
    places = {i for c in cands if c.type == ActorType.PLACE for i in range(c.start, c.end)}
    alone = [
        c for c in cands
        if c.type == ActorType.PLACE and c.end - c.start == 1 and not c.nested
        and c.start > first_full.get(fold(toks[c.start].text), len(doc)) and toks[c.start].is_title
    ]
    # A word the document also uses as a place somewhere is left as the model read it.
    placed = {fold(toks[c.start].text) for c in alone if _placed(ctx, c, places)}
    for c in alone:
        if fold(toks[c.start].text) not in placed:
            c.type, c.gpe, c.strong = ActorType.PERSON, False, False
            c.votes = Counter({ActorType.PERSON: 2})


def drop_orphan_surnames(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """"Miner Highland Gold said ... Barrick Gold": a one-word "person" found again only as the
    surname of a full name that a description then made a body ("miner Barrick Gold") names
    no one: the model never tagged it a person there, and no person of the document ends in
    it. Run after ``described.described_names``."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    bodies = {fold(toks[d.end - 1].text) for d in cands
              if d.end - d.start >= 2 and d.type == ActorType.ORGANIZATION and d.strong}
    people = {fold(toks[d.end - 1].text) for d in cands
              if d.end - d.start >= 2 and d.type == ActorType.PERSON}
    return [c for c in cands if not (
        c.end - c.start == 1 and c.type == ActorType.PERSON and not c.strong and not c.titled
        and toks[c.start].ent_type_ != "PERSON"
        and (key := fold(toks[c.start].text)) in bodies and key not in people)]
