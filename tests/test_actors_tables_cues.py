"""Issue 15: sports tables read as lists (teams and players), and the context cues that overrule
the model's type of a name. The table reader is pure text; the cue tests run the real model on
sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from generator.nlp.actors import extract_actor_mentions, lexicon
from generator.nlp.actors.tables import has_results, read_tables

REPORT = (
    "Riverton 3-1 Oakfield Utd\n\n"
    "Riverton beat Oakfield United at home on Saturday. Tom Baker scored twice and Oakfield "
    "boss Ian Grey was unhappy.\n\n"
    "Riverton: Pratt, Lowe, Ndiaye (Sam Carter 70), Fenwick, Hale, Baker. Subs Not Used: Dean, "
    "Moss. Booked: Lowe. Goals: Baker 12, 40, Hale 55. Att: 12,345 Ref: P Walton (Essex).\n"
)


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_a_results_line_gives_two_teams_and_a_line_up_gives_players():
    tables = read_tables(REPORT, lexicon().table_labels, sports=False)
    assert has_results(REPORT)
    teams = _texts(REPORT, tables.teams)
    assert teams[:2] == ["Riverton", "Oakfield Utd"] and "Riverton" in teams[2:]
    players = set(_texts(REPORT, tables.players))
    assert {"Pratt", "Lowe", "Ndiaye", "Sam Carter", "Baker", "Dean", "Moss",
            "P Walton"} <= players
    assert not players & {"Subs Not Used", "Booked", "Goals", "Att", "Ref", "Essex", "12,345"}


def test_prose_is_no_table():
    text = ("Labour won 3-1 in the vote. Mr Brown said: Britain, France, Germany, Italy, Spain "
            "and Poland agreed.\n")
    tables = read_tables(text, lexicon().table_labels, sports=False)
    assert not has_results(text) and not tables.regions


def test_a_bare_line_up_with_semicolons_and_initials_is_players():
    text = "G Thomas (capt); H Luscombe, T Shanklin, G Henson, S Williams; R de Marigny, D Peel.\n"
    tables = read_tables(text, lexicon().table_labels, sports=True)
    assert _texts(text, tables.players) == ["G Thomas", "H Luscombe", "T Shanklin", "G Henson",
                                            "S Williams", "R de Marigny", "D Peel"]


def _actors(nlp, text):
    """{name: type} of the shown named mentions."""
    return {m.name: str(m.type) for m in extract_actor_mentions(nlp(text)) if m.kind == "name"}


@pytest.mark.model
def test_teams_of_a_report_are_organizations_and_labels_no_actors(nlp):
    found = _actors(nlp, REPORT)
    assert found.get("Riverton") == "organization"
    assert found.get("Oakfield United") == "organization"  # "Oakfield Utd" spelled out
    assert "Oakfield Utd" not in found
    assert found.get("Sam Carter") == "person" and found.get("Ndiaye") == "person"
    assert not {"Att", "Ref", "Booked", "Subs Not Used"} & set(found)


@pytest.mark.model
def test_context_cues_overrule_the_model(nlp):
    # the model reads both firms as people and "Mini" as a person
    which = "The MSP had been a partner for Hollis Grant which has a client opposing the plan."
    employs = ("He was a partner at Gordon Rennie. Alan Stark, executive partner of Gordon "
               "Rennie, said the firm was content.")
    thing = "Last year one in six cars the group sold was a Mini. A new Mini costs more now."
    assert _actors(nlp, which).get("Hollis Grant") == "organization"
    found = _actors(nlp, employs)
    assert found.get("Gordon Rennie") == "organization" and found.get("Alan Stark") == "person"
    assert "Mini" not in _actors(nlp, thing)


@pytest.mark.model
def test_a_name_owning_a_lead_is_a_team_in_a_sports_report(nlp):
    text = REPORT + "\nMansfield's Premiership lead grew. Mansfield boss Jo Kerr was pleased.\n"
    found = _actors(nlp, text)
    assert found.get("Mansfield") == "organization" and found.get("Jo Kerr") == "person"


def test_reading_tables_is_linear_on_hostile_input():
    import time

    labels = lexicon().table_labels
    for text in ("Aa " * 30000 + "1-2 Bb", "Aa Bb " * 20000 + ": x", "Team: " + "Ab, " * 50000):
        began = time.perf_counter()
        read_tables(text, labels, sports=True)
        has_results(text, labels)
        assert time.perf_counter() - began < 10  # 0.2 s here; minutes before the bound
