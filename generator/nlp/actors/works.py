"""Awards and works are not actors: prizes, films, books and series that are named like people.

Each rule reads one candidate and its words; the word lists are data in ``actors.yml``:

- An award: a name in ``award_names`` ("Oscar", "Bafta", "Grammy": a short list of the prizes
  news reports name alone), unless a person of the document is named in full with it ("Oscar
  Wilde"); a name ending in an award's head word ("Turner Prize", ``award_heads``); a name
  glued to "-winning" or "-nominated" ("an Emmy-winning actress", ``award_adjectives``).
- A work: a person's name that a creative role and another person's name follow ("the Harry
  Potter director Jane Doe", ``work_roles``: a person has no director); a person's name
  after an ordinal, before a work noun or ending the phrase ("the third Harry Potter film",
  "the sixth Harry Potter": instalments of a series; not "the second Bush administration");
  a full name that "and the" and an untagged capitalised run, no title, join into one title
  ("Harry Potter and the Prisoner of Azkaban"; not "Jane Doe and the Chancellor").

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


_ORDINALS = frozenset(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth")
)


def _ordinal_before(doc: Doc, i: int) -> bool:
    return i >= 0 and doc[i].is_lower and (
        doc[i].ent_type_ == "ORDINAL" or doc[i].lower_ in _ORDINALS
    )


def _and_the_title(ctx: ActorContext, c: Candidate) -> bool:
    """"Harry Potter and the Prisoner of Azkaban": a name, "and the", and a capitalised word
    the model tags as no name and that is no title ("Smith and the Chancellor"), joined to the
    name: one title of a work."""
    doc, lex = ctx.doc, ctx.lex
    i = c.end
    if i + 2 >= len(doc) or doc[i].lower_ != "and" or doc[i + 1].lower_ != "the":
        return False
    j = i + 2
    while j < len(doc) and doc[j].is_title and doc[j].ent_iob_ == "O" and (
        doc[j].lower_ not in lex.title_last_words
    ):
        j += 1
    if j < len(doc) and doc[j].text in ("-", "–"):
        j = j + 2 if j + 2 < len(doc) and doc[j + 1].is_title else j
        while j < len(doc) and doc[j].is_title and doc[j].ent_iob_ == "O":
            j += 1  # "the Half-Blood Prince": a title word inside the title is its own
    end_word = doc[j - 1]
    return (
        j > i + 2
        and end_word.dep_ == "conj"
        and c.start <= end_word.head.i < c.end
    )


def is_work(ctx: ActorContext, c: Candidate, person_starts: frozenset[int]) -> bool:
    """"Harry Potter director Jane Doe", "the third Harry Potter film": a work, not a person."""
    doc, lex = ctx.doc, ctx.lex
    if c.type != ActorType.PERSON or c.titled or c.end >= len(doc):
        return False
    nxt = doc[c.end]
    if nxt.is_lower and nxt.lower_ in lex.work_roles and c.end + 1 in person_starts:
        return True
    if c.end - c.start >= 2 and _and_the_title(ctx, c):
        return True
    root = doc[c.start : c.end].root
    if not _ordinal_before(doc, c.start - 1):
        return False
    if root.dep_ in ("compound", "nmod"):
        # "the third Harry Potter film"; "the second Bush administration" is no work
        return root.head.i == c.end and nxt.lemma_.lower() in lex.work_classifiers
    return c.start >= 2 and (doc[c.start - 2].lower_ == "the" or doc[c.start - 2].tag_ == "POS")


def people_facts(ctx: ActorContext, cands: list[Candidate]) -> tuple[frozenset, frozenset]:
    """What the two rules read from the whole document (full names' words, people's starts)."""
    return full_name_words(ctx, cands), _person_starts(cands)
