"""Issue 15, general error classes seen on BBC pages and CoNLL text (branch gumact): ranks of
two words before a name, bodies named in a person's role, slogans read as names. Each test runs
the real model on sentences written for it (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names, types_of  # noqa: F401 (used below)
from spacy.tokens import Span

from generator.nlp.actors import extract_actor_mentions


def _names_labelled(nlp, text, name, label):
    """[(text, type)] of the named mentions once ``name`` is tagged ``label``, as the model
    tags such names in news text."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label=label)]
    return [(m.text, str(m.type)) for m in extract_actor_mentions(doc) if m.kind == "name"]


@pytest.mark.model
@pytest.mark.parametrize("text, name, person", [
    ("The head of the air force, Air Marshal Keith Halloran, said the raids had worked.",
     "Air Marshal Keith Halloran", "Keith Halloran"),
    ("Rear Admiral Peter Lindqvist told reporters the ships would sail on Monday.",
     "Rear Admiral Peter Lindqvist", "Peter Lindqvist"),
])
def test_a_rank_of_two_words_taken_into_a_body_name_leaves_a_person(nlp, text, name, person):
    found = _names_labelled(nlp, text, name, "ORG")
    assert (person, "person") in found
    assert not [n for n in found if n[1] == "organization" and person in n[0]]


@pytest.mark.model
def test_a_rank_tagged_apart_from_the_name_after_it_is_no_body(nlp):
    text = "Lance Corporal Darren Whitby was given the medal for bravery on Friday."
    doc = nlp(text)
    rank = doc.char_span(0, len("Lance Corporal"))
    person = doc.char_span(text.index("Darren"), text.index(" was"))
    doc.ents = [Span(doc, rank.start, rank.end, label="ORG"),
                Span(doc, person.start, person.end, label="PERSON")]
    found = [(m.text, str(m.type)) for m in extract_actor_mentions(doc) if m.kind == "name"]
    assert found == [("Darren Whitby", "person")]
