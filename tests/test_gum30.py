"""GUM news, gum30: where a name stands says it is a place ("met at X", "the capital X", "fled
to X", "the town of X"), and a doctrine or a fear is no actor. Each test runs the real model
on sentences written for it (no corpus text); each fails without its rule."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_a_body_after_at_on_a_verb_or_an_event_is_a_place(nlp):
    # the model tags "Dushanbe" and "Dalbury" ORG in all of these
    assert names(nlp, "The two leaders met at Dushanbe on Tuesday to discuss the border.") == [
        ("Dushanbe", "place")
    ]
    assert names(nlp, "The summit at Dushanbe ended without a deal.") == [("Dushanbe", "place")]
    assert names(nlp, "The protest at Dalbury turned violent.") == [("Dalbury", "place")]
    found = names(nlp, "The sides meet again at Murrayfield on Saturday.")
    assert found == [("Murrayfield", "place")]


@pytest.mark.model
def test_a_body_one_works_at_stays_a_body(nlp):
    assert names(nlp, "He has worked at Dushanbe for a decade.") == [("Dushanbe", "organization")]
    # "at" may belong to the verb's object ("profits at Dalbury"), and in sport a team is named
    # for its ground ("won at Fulham")
    found = names(nlp, "Strong sales helped boost profits at Dalbury last year.")
    assert found == [("Dalbury", "organization")]
    found = names(nlp, "Chelsea won 2-0 at Fulham on Saturday. Fulham had lost three games in a "
                       "row.")
    assert ("Fulham", "place") not in found
    assert names(nlp, "The summit at Dushanbe ended without a deal.") == [("Dushanbe", "place")]


@pytest.mark.model
def test_an_untagged_name_after_the_town_of_is_a_place(nlp):
    assert names(nlp, "Fighting broke out in the town of Uyo last night.") == [("Uyo", "place")]


@pytest.mark.model
def test_a_name_right_after_a_kind_of_place_is_a_place(nlp):
    found = names(nlp, "Aid reached the provincial capital Dushanbe on Friday.")
    assert found == [("Dushanbe", "place")]


@pytest.mark.model
def test_a_name_one_travels_from_or_to_is_a_place(nlp):
    assert names(nlp, "He flew from Dushanbe to Kabul.") == [
        ("Dushanbe", "place"),
        ("Kabul", "place"),
    ]
    assert names(nlp, "The refugees fled to Zarqa.") == [("Zarqa", "place")]


@pytest.mark.model
def test_a_doctrine_or_a_fear_is_no_actor(nlp):
    assert names(nlp, "Critics said Islamophobia was rising across the country.") == []


@pytest.mark.model
def test_a_venue_named_by_generic_words_holds_no_place(nlp):
    found = names(nlp, "Astronauts aboard the International Space Station filmed the storm.")
    assert found == [("International Space Station", "place")]
    found = names(nlp, "Crowds gathered outside Central Station in the evening.")
    assert found == [("Central Station", "place")]
    # a venue named after its town still holds the town
    found = names(nlp, "Fans packed the Volgograd Arena for the final.")
    assert ("Volgograd", "place") in found


@pytest.mark.model
def test_a_body_tagged_from_its_head_word_takes_the_words_before(nlp):
    # the model tags only "Society of Canada"; the club's name is from GUM's GUM_news_expo
    # (Wikinews, CC BY 2.5), in a sentence written for the test
    found = names(nlp, "Other groups included the Ontario Anglers, Doctor Who Society of Canada, "
                       "and the Klingon Club.")
    assert ("Doctor Who Society of Canada", "organization") in found
    assert ("Society of Canada", "organization") not in found


@pytest.mark.model
def test_a_station_named_after_a_place_holds_that_place(nlp):
    found = names(nlp, "The parade began outside Union Square Station at noon.")
    assert found == [("Union Square", "place"), ("Union Square Station", "place")]
    found = names(nlp, "Commuters crowded into Ada Brown Memorial Hall Station on Monday.")
    assert ("Ada Brown Memorial Hall", "place") in found
    assert ("Ada Brown", "person") in found  # the memorial still honours her


@pytest.mark.model
def test_a_national_team_holds_no_country(nlp):
    found = names(nlp, "Fans cheered as Team Canada took the lead.")
    assert found == [("Team Canada", "organization")]


@pytest.mark.model
def test_a_sentence_opener_before_a_kind_of_body_is_no_actor(nlp):
    # the model reads "Volunteer" as a person's name
    found = names(nlp, "Volunteer group Book Buddies of Canada collects donations of books for "
                       "children.")
    assert [n for n, _ in found if n.startswith("Volunteer")] == []
