"""Issue 15, part 5 (GUM news and CoNLL): a title or nationality the model took into a name it
tagged as a body, and sports series read as bodies. Each test runs the real model on sentences
written for it (no corpus text); where the model's label varies with the wording, the test
sets the label it gave such names on news text ("General Anatoly Shkirko" tagged ORG)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from generator.nlp.actors import extract_actor_mentions


def _names_with_org(nlp, text, name):
    """[(text, type)] of the named mentions once ``name`` is tagged ORG, as the model tags
    it in news text."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label="ORG")]
    return [(m.text, str(m.type)) for m in extract_actor_mentions(doc) if m.kind == "name"]


@pytest.mark.model
@pytest.mark.parametrize("text, name, person", [
    ("The commander of the forces in the east, General Viktor Marchenko, told reporters "
     "he had been ordered to stop.", "General Viktor Marchenko", "Viktor Marchenko"),
    ("The army commander in the area, Col Pradit Somchai, told reporters the rebels had left.",
     "Col Pradit Somchai", "Pradit Somchai"),
    ("Frenchman Luc Moreau finished third in the race on Sunday.",
     "Frenchman Luc Moreau", "Luc Moreau"),
])
def test_a_title_taken_into_a_body_name_leaves_a_person(nlp, text, name, person):
    found = _names_with_org(nlp, text, name)
    assert (person, "person") in found
    assert not [n for n in found if n[1] == "organization" and person in n[0]]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    # "Dean" is a title and a given name: "Dean Witter Reynolds" is a firm
    ("Dean Holt Reynolds said on Monday its profits rose.", "Dean Holt Reynolds"),
    # a nationality after an article opens a body's name
    ("The scheme was backed by the British Red Cross in September.", "British Red Cross"),
    # after a nationality, only a given name opens a person's name
    ("The plant is run by British Atomic Fuels, which said the leak was small.",
     "British Atomic Fuels"),
])
def test_a_body_opening_with_a_given_name_title_or_after_an_article_stays_a_body(
    nlp, text, name
):
    found = _names_with_org(nlp, text, name)
    assert (name, "organization") in found
    assert not [n for n in found if n[1] == "person"]


@pytest.mark.model
def test_a_sports_series_or_grand_prix_is_no_actor(nlp):
    text = ("Sri Lanka won the opening match of the Pepsi World Series on Monday. "
            "Michael Hart won the Hungarian Grand Prix on Sunday.")
    found = [m.text for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]
    assert not [n for n in found if "Series" in n or "Prix" in n]


@pytest.mark.model
def test_the_acronym_of_an_illness_or_a_law_is_no_actor_where_it_stands_again(nlp):
    # the model tags the acronym a body each time; its long form is no actor, nor is it
    text = ("Children lacking iodine suffer from Iodine Deficiency Disorders (IDD). "
            "The most common effects of IDD are goitre and poor growth.")
    found = [m.text for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]
    assert "IDD" not in found
