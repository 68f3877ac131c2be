"""Awards and works are not actors: prizes, films, books and series that are named like people.

Each rule reads one candidate and its words; the word lists are data in ``actors.yml``:

- An award: a name in ``award_names`` ("Oscar", "Bafta", "Grammy": a short list of the prizes
  news reports name alone), unless a person of the document is named in full with it ("Oscar
  Wilde"); a name ending in an award's head word ("Turner Prize", ``award_heads``); a name
  glued to "-winning" or "-nominated" ("an Emmy-winning actress", ``award_adjectives``).
- A work: a person's name that a creative role and another person's name follow ("the Harry
  Potter director Jane Doe", ``work_roles``: a person has no director); a person's name
  between an ordinal and a work noun ("the third Harry Potter film": instalments of a series).

``products.mark_products`` types such a name ``PRODUCT`` firmly, so its whole actor (also
"Harry" and "Potter" alone) follows and is not shown.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.vocab import ActorType


def full_name_words(ctx: ActorContext, cands: list[Candidate]) -> frozenset[str]:
    """Folded words of the people the document names in two words or more."""
    doc = ctx.doc
    return frozenset(
        fold(t.text)
        for c in cands
        if c.type == ActorType.PERSON and c.end - c.start >= 2
        for t in doc[c.start : c.end]
    )


def is_award(ctx: ActorContext, c: Candidate, people: frozenset[str]) -> bool:
    """"Oscar", "two Baftas", "Turner Prize", "Emmy-winning": an award, not an actor."""
    doc, lex = ctx.doc, ctx.lex
    key = fold(doc[c.start : c.end].text)
    if key in lex.award_names and not set(key.split()) & people:
        return True
    if c.end - c.start >= 2 and doc[c.end - 1].lower_ in lex.award_heads:
        return True
    return (
        c.end + 1 < len(doc)
        and doc[c.end].text in ("-", "–")
        and not doc[c.end - 1].whitespace_
        and not doc[c.end].whitespace_
        and doc[c.end + 1].lower_ in lex.award_adjectives
    )


def _person_starts(cands: list[Candidate]) -> frozenset[int]:
    return frozenset(c.start for c in cands if c.type == ActorType.PERSON)


def _ordinal_before(doc: Doc, i: int) -> bool:
    return i >= 0 and doc[i].ent_type_ == "ORDINAL" and doc[i].is_lower


def is_work(ctx: ActorContext, c: Candidate, person_starts: frozenset[int]) -> bool:
    """"Harry Potter director Jane Doe", "the third Harry Potter film": a work, not a person."""
    doc, lex = ctx.doc, ctx.lex
    if c.type != ActorType.PERSON or c.titled or c.end >= len(doc):
        return False
    nxt = doc[c.end]
    if nxt.is_lower and nxt.lower_ in lex.work_roles and c.end + 1 in person_starts:
        return True
    root = doc[c.start : c.end].root
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.i == c.end
        and nxt.lemma_.lower() in lex.work_classifiers
        and _ordinal_before(doc, c.start - 1)
    )


def people_facts(ctx: ActorContext, cands: list[Candidate]) -> tuple[frozenset, frozenset]:
    """What the two rules read from the whole document (full names' words, people's starts)."""
    return full_name_words(ctx, cands), _person_starts(cands)
