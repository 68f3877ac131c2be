"""In a sports report that names the club, its nickname is the club ("Pompey" is Portsmouth);
elsewhere the word keeps its own sense (``club_nicknames`` in ``actors.yml``)."""

from __future__ import annotations

from actorkit import SPORTS_REPORT

from generator.nlp.actors import extract_actor_mentions


def _name_of(nlp, text: str, written: str) -> set[str]:
    return {m.name for m in extract_actor_mentions(nlp(text)) if m.text == written}


def test_pompey_is_portsmouth_in_a_match_report(nlp):
    text = ("Portsmouth 0-1 Arsenal\nSol Campbell earned Arsenal a hard-fought win at Portsmouth. "
            "The best two chances of the game fell to Pompey striker Ricardo Fuller."
            + SPORTS_REPORT)
    assert _name_of(nlp, text, "Pompey") == {"Portsmouth"}


def test_guard_saints_outside_sport_are_not_southampton(nlp):
    text = ("Relics shown\nThe Saints of the old church were honoured at a service in York, "
            "where the archbishop spoke.")
    assert "Southampton" not in _name_of(nlp, text, "Saints")


def test_spurs_is_the_club_tottenham(nlp):
    text = ("Spurs to sign Iceland star\nTottenham are primed to snap up Iceland Under-21 "
            "international Emil Hallfredsson. Spurs have agreed a fee for the player. \"He "
            "decided to come to Tottenham,\" said Spurs sporting director Frank Arnesen."
            + SPORTS_REPORT)
    found = [m for m in extract_actor_mentions(nlp(text)) if m.text in ("Spurs", "Tottenham")]
    assert {(m.name, m.type) for m in found} == {("Tottenham", "organization")}


def test_man_utd_in_a_business_story_is_manchester_united(nlp):
    text = ("Mixed reaction to offer\nThe board of Man Utd is expected to meet this week to "
            "discuss the latest proposal from the US tycoon that values Manchester United at "
            "£800m. Shares in the company rose 2%.")
    assert {m.name for m in extract_actor_mentions(nlp(text))
            if m.text in ("Man Utd", "Manchester United")} == {"Manchester United"}


def test_guard_a_nickname_of_a_club_the_report_never_names_stays_apart(nlp):
    text = ("Spurs beat Lakers\nThe Spurs beat the Los Angeles Lakers 102-95 in San Antonio, and "
            "Tim Duncan scored 30 points in the match." + SPORTS_REPORT)
    assert "Tottenham" not in _name_of(nlp, text, "Spurs")
