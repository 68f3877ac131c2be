"""A plural "they"/"them" that no actor resolves is said, in an event's summary, as the group
its sentence named before it ("..., urging them to leave": the workers), never as the subject
of its own clause, a date or an amount; with nothing before it in the sentence it stays."""

from __future__ import annotations

import pytest

from generator.nlp.events import extract_events
from generator.nlp.events.antecedents import plural_antecedent


def summaries(nlp, text):
    return {e.trigger: e.summary for e in extract_events(nlp(text))}


def test_an_object_pronoun_is_said_as_the_group_named_before(nlp):
    said = summaries(nlp, "The union wrote to the striking dockers on Monday, urging them to "
                          "return to work.")
    assert "dockers" in said["urge"] and "them" not in said["urge"]
    assert said["return"].startswith("The striking dockers")


def test_a_subject_pronoun_in_a_later_clause(nlp):
    said = summaries(nlp, "The ministers were asked to resign, but they refused.")
    assert said["refuse"] == "The ministers refuse"


@pytest.mark.parametrize("text", [
    "Officials urged them to leave the building.",  # its own clause's subject: not them
    "After three years, they left the company.",  # a date is no group
    "They closed the factories last week.",  # nothing before it
])
def test_no_antecedent(nlp, text):
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ in ("they", "them"))
    assert plural_antecedent(pronoun) is None


@pytest.mark.parametrize("text, pronoun, meant", [
    ("The nurses said they would strike in March.", "they", "nurses"),
    ("Shoppers will be charged more if they pay by card.", "they", "Shoppers"),
    ("The charity urged parents to check that they had registered.", "they", "parents"),
])
def test_a_subject_they_is_the_subject_of_the_clause_it_depends_on(nlp, text, pronoun, meant):
    doc = nlp(text)
    found = plural_antecedent(next(t for t in doc if t.lower_ == pronoun))
    assert found is not None and found.text == meant


@pytest.mark.parametrize("text", [
    "Prices will rise sharply next year, they warned.",  # the clause they report
    "Like their rivals, they offer cheap flights to Spain.",  # a comparison
    "The scheme gives pupils easier ways to share them online.",  # a phrase holding it
    "The council put up posters near the stations, and they were torn down.",  # a thing
])
def test_no_safe_antecedent(nlp, text):
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ in ("they", "them"))
    assert plural_antecedent(pronoun) is None
