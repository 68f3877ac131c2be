"""Works 38: a club named by its town vouches for a player's bare surname across articles
(merge.joins ``_vouched``); a town read as a place, or a country's side, does not."""

from __future__ import annotations

from test_merge import article, mention

from generator.curation import Curation
from generator.merge import merge

T1 = "Blackburn beat Norwich 2-0 and Matt Jansen scored twice."
T2 = "Jansen scored again as Blackburn drew with Fulham."


def _town(text: str, name: str, **extra) -> dict:
    return mention(name, text.index(name), type_="place", group=5, **extra)


def _actors(t2: str, sense1: str | None, sense2: str | None, town: str = "Blackburn") -> list:
    a1 = article("a1", T1.replace("Blackburn", town),
                 [mention("Matt Jansen", T1.index("Matt")),
                  _town(T1.replace("Blackburn", town), town, sense=sense1)])
    a2 = article("a2", t2, [mention("Jansen", 0), _town(t2, town, sense=sense2)])
    return sorted(a.name for a in merge([a1, a2], Curation()).actors)


def test_a_club_named_by_its_town_vouches_for_a_surname() -> None:
    assert _actors(T2, "organization", "organization") == ["Blackburn", "Matt Jansen"]


def test_a_town_read_as_a_place_vouches_for_nobody() -> None:
    t2 = "Jansen opened a shop in Blackburn on Friday."
    assert _actors(t2, "organization", None) == ["Blackburn", "Jansen", "Matt Jansen"]


def test_a_country_playing_vouches_for_nobody() -> None:
    t1 = T2.replace("Blackburn", "Scotland")
    assert _actors(t1, "organization", "organization", town="Scotland") == [
        "Jansen", "Matt Jansen", "Scotland"]
