"""The names of a match report's team sheets join the players named in full above them:
another case of a particle ("Van Persie"), a space for a hyphen ("Sinama Pongolle") and an
initial ("G Poll") (``person_joins``)."""

from __future__ import annotations

from actorkit import group_of

_REPORT = (
    "Portsmouth 0-1 Arsenal\nA mistake by Arjan de Zeeuw let Thierry Henry in behind the Pompey "
    "defence. But a delightful touch by Robin van Persie gave Henry a sight of goal. Van Persie "
    "blasted over a good opportunity after Henry had shot. Referee Graham Poll booked Florent "
    "Sinama-Pongolle.\n\nPortsmouth: Hislop, Griffin, Primus, De Zeeuw, Taylor, Stone.\n\n"
    "Arsenal: Almunia, Lauren, Toure, Campbell, Cole, Pires, Van Persie, Henry.\n\n"
    "Liverpool: Dudek, Finnan, Mellor (Sinama Pongolle 75).\n\nReferee: G Poll (Hertfordshire).\n"
)


def test_a_particle_written_with_a_capital_joins(nlp):
    assert group_of(nlp, _REPORT, "Robin van Persie") == {"Robin van Persie", "Van Persie"}


def test_a_surname_written_without_its_hyphen_joins(nlp):
    assert group_of(nlp, _REPORT, "Florent Sinama-Pongolle") == {
        "Florent Sinama-Pongolle", "Sinama Pongolle"}


def test_an_initial_and_a_surname_join_the_full_name(nlp):
    assert group_of(nlp, _REPORT, "Graham Poll") == {"Graham Poll", "G Poll"}


def test_guard_an_initial_of_another_given_name_stays_apart(nlp):
    text = ("Smith twins\nJohn Smith and his brother Mark Smith run the firm. P Smith, a cousin, "
            "was not there.")
    assert group_of(nlp, text, "P Smith") == {"P Smith"}
