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
