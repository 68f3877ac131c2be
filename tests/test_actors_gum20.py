"""Issue 15, part 5 (GUM news, fourth session): people named by nation or faith, and two names
the model ran into one entity. Each test runs the real model on sentences written for it (no
corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names

from generator.nlp.actors import extract_actor_mentions


def _senses(nlp, text):
    """[(text, type as scored)] of the named mentions: the sense when there is one."""
    return [
        (m.text, str(m.sense or m.type))
        for m in extract_actor_mentions(nlp(text))
        if m.kind == "name"
    ]




@pytest.mark.model
def test_people_named_by_nation_are_persons(nlp):
    found = _senses(nlp, "Many Hungarians moved to the capital after the factory closed, "
                         "and local officials welcomed them.")
    assert ("Hungarians", "person") in found


@pytest.mark.model
def test_people_named_by_nation_in_sport_are_a_side(nlp):
    found = _senses(nlp, "The Hungarians scored twice in the second half and won the football "
                         "match 3-1 to top the tournament group.")
    assert ("Hungarians", "organization") in found


@pytest.mark.model
def test_two_names_joined_by_or_are_two(nlp):
    # the model tags "Fidelity or Sterling" as one organization
    found = names(nlp, "A buyer has to come in and grab Fidelity or Sterling.")
    assert ("Fidelity", "organization") in found and ("Sterling", "organization") in found


@pytest.mark.model
def test_names_after_a_plural_noun_are_several(nlp):
    # the model tags "Fidelity and Sterling" as one organization
    found = names(nlp, "It focuses attention on the banks Fidelity and Sterling, analysts said.")
    assert ("Fidelity", "organization") in found and ("Sterling", "organization") in found


@pytest.mark.model
def test_a_known_name_with_and_stays_whole(nlp):
    # "Bosnia" is named alone too, but the lexicon knows the whole name
    found = [t for t, _ in names(nlp, "Leaders of Bosnia and Herzegovina met in Sarajevo. "
                                       "Bosnia wants to join the union.")]
    assert "Bosnia and Herzegovina" in found


@pytest.mark.model
def test_a_surname_named_before_lets_run_together_names_split(nlp):
    # the model tags "Carragher and Brown" as one organization; "Carragher" is the surname of
    # a person named in the article
    found = names(nlp, "The defence of Carragher and Brown held firm until the break. "
                        "Jamie Carragher was booked later.")
    assert ("Carragher", "person") in found


@pytest.mark.model
def test_a_part_of_run_together_names_takes_its_type_from_its_other_mentions(nlp):
    # the model tags "Petkov and Ronaldinho" as one organization: that label gives "Petkov"
    # no vote beside his other mention, a person in the line-up
    found = names(nlp, "But Petkov and Ronaldinho combined brilliantly to make it 3-0 on the "
                        "hour. The keeper saved from Sutton and Ronaldinho. Team: Douglas, "
                        "Ronaldinho Silva, Petkov.")
    assert found[0] == ("Petkov", "person")


@pytest.mark.model
def test_a_spaced_dash_ends_a_name(nlp):
    # the model tags "Romania - Adrian Costa" as one organization
    found = names(nlp, "Scorers: Romania - Adrian Costa ( 31st ), Lithuania - Tomas Daunys "
                        "( 13th ).")
    assert ("Romania", "place") in found
    assert "Adrian Costa" in [t for t, _ in found]


@pytest.mark.model
def test_a_dash_inside_an_open_name_stays(nlp):
    # "on" leaves the name open: the dash joins its two halves
    found = [t for t, _ in names(nlp, "The Council on Arab - American Affairs said the "
                                       "report was late.")]
    assert not [t for t in found if t.endswith("Arab")]


@pytest.mark.model
def test_a_name_ends_before_a_lower_case_connector(nlp):
    # the model tags "the Republic of Ireland v" as one place (the lower-case rule below)
    found = names(nlp, "He will lead the Republic of Ireland v Latvia game on Saturday.")
    assert ("Republic of Ireland", "place") in found


@pytest.mark.model
def test_a_name_ends_before_lower_case_words(nlp):
    # the model tags "the Premier League commission" as one organization
    found = names(nlp, "Members of the Premier League commission met on Monday.")
    assert ("Premier League", "organization") in found


@pytest.mark.model
def test_names_listed_with_a_side_in_brackets_are_people(nlp):
    # the model reads several of these players as bodies or places
    found = names(nlp, "Results: Tamara Velkova (Russia) beat Ines Morillo (Argentina) 6-4 6-2, "
                        "Oriana Pastine (Italy) beat Nadia Reuss (Germany) 6-3 7-5, Lidia "
                        "Marsan (Spain) beat Hanna Kovac (Croatia) 6-1 6-1.")
    people = {t for t, typ in found if typ == "person"}
    assert {"Tamara Velkova", "Ines Morillo", "Oriana Pastine", "Nadia Reuss", "Lidia Marsan",
            "Hanna Kovac"} <= people


@pytest.mark.model
def test_an_acronym_in_brackets_is_no_side(nlp):
    # a name defined by its acronym keeps the model's reading, however many are listed
    found = names(nlp, "Shares of Grand Meridian (GMR), Quiet Falcon (QFN) and Silver Lantern "
                        "(SLT) rose on Monday.")
    assert ("Grand Meridian", "organization") in found
    assert ("Silver Lantern", "organization") in found
