"""A rugby squad list names each player's club in brackets ("Mike Blair (Edinburgh Rugby)"):
the club is a team, the player a person; "The Glasgow forward" is the club's player
(``nlp.actors.tables``, ``clubs``)."""

from __future__ import annotations

from actorkit import group_of, names, types_of

_SQUAD = (
    "Murray back in squad\nEuan Murray has been named in the Scotland squad for the Six Nations "
    "match with Ireland.\n\nThe Glasgow forward's ban ended on 2 February.\n\n"
    "Backs: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby), Chris Cusiter (The "
    "Borders), Marcus Di Rollo (Edinburgh Rugby), Calvin Howarth (Glasgow Rugby), Ben "
    "Hinshelwood (Worcester Warriors), Rory Lamont (Glasgow Rugby).\n"
)


def test_a_club_in_brackets_in_a_squad_list_is_a_team(nlp):
    found = names(nlp, _SQUAD)
    assert types_of(found, "Glasgow Rugby") == {"organization"}
    assert types_of(found, "Worcester Warriors") == {"organization"}
    assert types_of(found, "Andy Craig") == {"person"}


def test_guard_a_clubs_forward_names_the_club(nlp):
    """A guard: grouped before (both people), still grouped as the team."""
    assert "Glasgow" in group_of(nlp, _SQUAD, "Glasgow Rugby")


def test_guard_a_substitute_with_his_minute_stays_a_player(nlp):
    text = ("Chelsea 2-0 Arsenal\nChelsea won.\n\nChelsea: Cech, Ferreira, Terry, Carvalho, "
            "Gallas, Makelele, Lampard, Duff (Jarosik 77), Robben, Drogba, Gudjohnsen.\n")
    assert types_of(names(nlp, text), "Jarosik") == {"person"}
