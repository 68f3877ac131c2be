"""GUM news, gum28b: type rules found on CoNLL-2003 train (documents 500-745) and checked on GUM
tune. Each test runs the real model on sentences written for it (no corpus text); each fails
without its rule."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_a_town_the_model_reads_as_a_body_after_in_is_a_place(nlp):
    # the model tags "Bristol" ORG here; right after "in" it is where the talk happened
    found = names(nlp, "AS Heagle said the plan would fail. Heagle spoke to reporters in "
                       "Bristol.")
    assert ("Bristol", "place") in found
    assert ("Bristol", "organization") not in found


@pytest.mark.model
def test_a_body_after_in_stays_a_body_after_a_stake(nlp):
    found = names(nlp, "Lindqvist Holdings bought a stake in Marrowgate last year. Marrowgate "
                       "said profits rose.")
    assert ("Marrowgate", "place") not in found


@pytest.mark.model
def test_a_persons_spokesman_keeps_the_person(nlp):
    # the full name never appears; the model reads the surname as a person's
    assert names(nlp, "Talks stalled on Monday. Ramaphosa's spokesman said the president would "
                      "not travel.") == [("Ramaphosa", "person")]
    assert names(nlp, "Kohl's spokesman denied the report.") == [("Kohl", "person")]


@pytest.mark.model
def test_a_companys_spokeswoman_keeps_the_company(nlp):
    assert names(nlp, "Microsoft's spokeswoman declined to comment.") == [
        ("Microsoft", "organization")
    ]


@pytest.mark.model
def test_a_headline_verb_ends_a_name(nlp):
    # the model reads "Kerry Meets Netanyahu" and "Angela Merkel Wins" as one person's name
    found = names(nlp, "Kerry Meets Netanyahu in Jerusalem\n\nSecretary of State John Kerry met "
                       "Prime Minister Benjamin Netanyahu on Sunday. Kerry said talks would go on.")
    assert found[:2] == [("Kerry", "person"), ("Netanyahu", "person")]
    found = names(nlp, "Angela Merkel Wins Third Term as German Chancellor\n\nMerkel's party won "
                       "41 percent of the vote on Sunday.")
    assert found[0] == ("Angela Merkel", "person")


@pytest.mark.model
def test_a_headline_keeps_what_follows_the_verb_only_when_the_text_names_it(nlp):
    found = names(nlp, "Sarkozy Visits Troops in Afghanistan\n\nFrench President Nicolas Sarkozy "
                       "arrived in Kabul on Saturday.")
    assert found[0] == ("Sarkozy", "person")
    assert all("Troops" not in text for text, _ in found)
