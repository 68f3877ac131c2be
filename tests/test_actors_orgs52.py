"""Issue orgs52: errors found on CoNLL-2003 eng.train (before its last 200 documents) and fixed
by general rules: results lines with scorers in brackets and standings rows are tables, a
dateline's town and a venue stay places beside the team named after the town, counties are
places (in sport, county teams). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from actorkit import SPORTS_REPORT, names, types_of

from generator.nlp.actors import lexicon
from generator.nlp.actors.tables import read_tables


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_a_result_with_scorers_in_brackets_gives_teams_and_scorers():
    text = "Riverton 2 ( Baker 12th , Tom Hale 55th penalty ) Oakfield Rovers 1 ( Lowe 80th ) .\n"
    tables = read_tables(text, lexicon().table_labels, sports=True)
    assert _texts(text, tables.teams) == ["Riverton", "Oakfield Rovers"]
    assert _texts(text, tables.players) == ["Baker", "Tom Hale", "Lowe"]


def test_a_standings_row_is_a_team_and_a_golfers_row_a_player():
    text = "MILWAUKEE 60 68 .469 16 1/2\nBOSTON 72 53 .576 -\nBilly Smith 66 71 70 70\n"
    lex = lexicon()
    tables = read_tables(text, lex.table_labels, sports=True, given_names=lex.given_names)
    assert _texts(text, tables.teams) == ["MILWAUKEE", "BOSTON"]
    assert _texts(text, tables.players) == ["Billy Smith"]


def test_a_batting_average_row_is_no_standings_row():
    text = "Atherton 7 1 20 1 20.00\n"  # a decimal average, not a winning percentage
    assert not read_tables(text, lexicon().table_labels, sports=True).teams


STANDINGS = (
    "BOSTON 1996-08-22\n"
    "Results of Major League Baseball games played on Wednesday ( home team in CAPS ) :\n"
    "AMERICAN LEAGUE\n"
    "BOSTON 72 53 .576 -\n"
    "SEATTLE 64 61 .512 8\n"
    "CHICAGO 69 59 .539 7 1/2\n"
    "The Seattle Mariners lost 5-3 to the White Sox in Chicago on Wednesday .\n"
)


@pytest.mark.model
def test_the_datelines_town_and_the_venue_stay_places_beside_the_team(nlp):
    found = names(nlp, STANDINGS)
    assert [t for n, t in found if n == "BOSTON"] == ["place", "organization"]  # dateline, row
    assert types_of(found, "CHICAGO") == {"organization"}  # the standings row
    assert types_of(found, "Chicago") == {"place"}  # where the game was played


@pytest.mark.model
def test_counties_are_county_teams_in_sport(nlp):
    text = ("Yorkshire beat Hampshire by six wickets on Monday and Essex drew with Kent ."
            + SPORTS_REPORT)
    found = names(nlp, text)
    assert types_of(found, "Hampshire") == {"organization"}


@pytest.mark.model
def test_a_county_outside_sport_is_a_place(nlp):
    found = names(nlp, "Floods closed roads across Derbyshire on Monday, police said.")
    assert types_of(found, "Derbyshire") == {"place"}


@pytest.mark.model
@pytest.mark.parametrize("town, text", [
    ("DOHUK", "Police free hostages in the north .\nDOHUK , Iraq 1996-08-23\nKurdish police "
              "freed eight Turkish hostages on Friday , officials said .\n"),
    ("VERONA", "Farmer confesses to five murders .\nVERONA , Italy 1996-08-24\nA farmer "
               "confessed on Friday to killing five women , his lawyer said .\n"),
])
def test_a_capitals_dateline_town_is_no_acronym_and_no_person(nlp, town, text):
    assert types_of(names(nlp, text), town) == {"place"}


@pytest.mark.model
def test_a_name_after_daily_or_weekly_is_a_newspaper(nlp):
    text = ("Minister ill\nAccording to the best-selling daily Gazeta Wyborcza , Rosati told "
            "parliament he was ill .\n")
    assert types_of(names(nlp, text), "Gazeta Wyborcza") == {"organization"}


@pytest.mark.model
def test_a_proper_noun_the_model_calls_a_nationality_before_a_body_noun_is_a_body(nlp):
    text = "Report\nThe pilot told the private Ihlas news agency in English that he was safe .\n"
    assert types_of(names(nlp, text), "Ihlas") == {"organization"}


@pytest.mark.model
def test_a_nationality_adjective_before_party_is_no_body(nlp):  # a guard
    text = "Casey\n\" I believe the Democratic party ought to be pro-woman , \" Casey said .\n"
    assert "Democratic" not in {n for n, _ in names(nlp, text)}


def test_a_cricket_batting_line_gives_players():
    text = ("J. Baker c Tom Hale b Sam Carter 35\nR. Lowe c and b Fenwick 53\n"
            "G. Pratt lbw b Ian Grey 4\nD. Moss not out 1\n")
    tables = read_tables(text, lexicon().table_labels, sports=True)
    assert _texts(text, tables.players) == ["J. Baker", "Tom Hale", "Sam Carter", "R. Lowe",
                                            "Fenwick", "G. Pratt", "Ian Grey", "D. Moss"]
    assert not tables.teams


def test_a_result_whose_last_bracket_runs_on_and_a_scorer_with_a_particle():
    text = "Riverton 1 ( Frank de Boer 30th ) Oakfield 3 ( Baker 9th , Lowe\n"
    tables = read_tables(text, lexicon().table_labels, sports=True)
    assert _texts(text, tables.teams) == ["Riverton", "Oakfield"]
    assert _texts(text, tables.players) == ["Frank de Boer", "Baker", "Lowe"]


@pytest.mark.model
def test_a_nationality_the_model_cut_from_a_party_name_is_no_body(nlp):  # a guard
    text = 'Schools\nLiberal Democrat education spokesman Phil Willis added: "It is too late."\n'
    assert "organization" not in types_of(names(nlp, text), "Democrat")
