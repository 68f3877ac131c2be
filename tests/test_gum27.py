"""GUM news, gum27: general type and recall rules for people and organisations. Each test runs
the real model on sentences written for it (no corpus text); the first test of each rule
fails without it."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_an_age_between_commas_makes_a_person(nlp):
    # the model reads the first name as a place, the second as a body
    assert ("Okonkwo", "person") in names(
        nlp, "Okonkwo, 37, was arrested on Tuesday after he drove away from the scene.")
    assert ("Dunleavy", "person") in names(
        nlp, "Police said Dunleavy, 62, of Springfield, had been missing since May.")


@pytest.mark.model
def test_a_who_clause_makes_a_person(nlp):
    # the model reads the name as a place
    found = names(nlp, "The club then turned to Mo Tabbert, who had coached in Spain.")
    assert ("Mo Tabbert", "person") in found


@pytest.mark.model
def test_a_one_word_name_with_a_who_clause_may_be_a_band(nlp):
    found = names(nlp, "The evening belonged to Kasabian, who played their new album "
                       "in full.")
    assert ("Kasabian", "person") not in found



@pytest.mark.model
def test_a_full_name_read_as_a_place_is_the_person_named_by_its_surname(nlp):
    # the model reads the full name as a place and the surname alone as a person
    found = names(nlp, "Down the road, the club hired Mo Pruszek. Pruszek said he was delighted.")
    assert ("Mo Pruszek", "person") in found


@pytest.mark.model
def test_a_region_stays_a_place_beside_a_person_named_like_its_end(nlp):
    found = names(nlp, "Carolina said she would move to North Carolina next year.")
    assert ("North Carolina", "place") in found


@pytest.mark.model
def test_a_surname_with_an_apostrophe_is_a_name(nlp):
    # one token, not alphabetic: it was taken for no word at all
    found = names(nlp, "The coach, O'Sullivan, was fired on Monday.")
    assert ("O'Sullivan", "person") in found


@pytest.mark.model
def test_a_name_after_a_person_and_of_is_where_they_live(nlp):
    # the model reads the town as a person
    found = names(nlp, "Marla Jennings, of Hadley, was hurt in the crash.")
    assert ("Hadley", "place") in found


@pytest.mark.model
def test_a_body_after_a_person_and_of_stays_a_body(nlp):
    found = names(nlp, "Tom Lee, of Acme, said the deal was off.")
    assert ("Acme", "organization") in found


@pytest.mark.model
def test_a_hometown_is_a_place(nlp):
    found = names(nlp, "The mourners gathered in his hometown of Ashwell, the priest said.")
    assert ("Ashwell", "place") in found


_COMPANY = ("{n}'s shares fell sharply on Tuesday after a profit warning.\n"
            "{n} plans to close two plants in Ohio.\n"
            "About 400 jobs will go, {n} said.")


@pytest.mark.model
def test_a_name_with_a_stock_is_a_company_in_the_whole_article(nlp):
    # the model reads "Corvin" as a person
    found = names(nlp, _COMPANY.format(n="Corvin"))
    assert found.count(("Corvin", "organization")) == 3


@pytest.mark.model
def test_a_titled_person_keeps_her_shares(nlp):
    found = names(nlp, "Ms Kessler's shares in the bank were sold on Friday. Kessler said she "
                       "was pleased.")
    assert not any(typ == "organization" for name, typ in found if "Kessler" in name)


@pytest.mark.model
def test_a_treaty_defined_by_its_initials_is_no_actor(nlp):
    found = names(nlp, "Both countries refused to sign the Northern Waters Fishing Treaty (NWFT) "
                       "on Monday.")
    assert not any("Treaty" in name for name, _ in found)


@pytest.mark.model
def test_an_agreement_is_no_actor(nlp):
    found = names(nlp, "The Coastal Trade Agreement was signed in 1994.")
    assert not any("Agreement" in name for name, _ in found)


@pytest.mark.model
def test_an_illness_is_no_actor_but_a_centre_for_it_is(nlp):
    found = names(nlp, "Doctors say Crowther Syndrome is rare.")
    assert not any("Syndrome" in name for name, _ in found)
    found = names(nlp, "She chairs the National Centre for Sleep Disorders in Leeds.")
    assert ("National Centre for Sleep Disorders", "organization") in found


@pytest.mark.model
def test_spacecraft_are_no_actors(nlp):
    found = names(nlp, "The Mars Reconnaissance Orbiter sent new images on Monday, while "
                       "astronomers used the Kepler Space Telescope.")
    assert not any("Orbiter" in name or "Telescope" in name for name, _ in found)


@pytest.mark.model
def test_an_alias_inside_a_name_is_the_place_the_article_names(nlp):
    found = names(nlp, "Police in Los Angeles said the suspect spoke to LA Weekly on Friday.")
    assert ("LA", "place") in found
    assert ("LA", "place") not in names(nlp, "The suspect spoke to LA Weekly on Friday.")
