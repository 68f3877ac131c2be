"""Actor names GUM news showed read wrong, as rules of English news (real parses; sentences
written for the test): a seat of power named where one goes is the building, a place, and the
body it houses when it acts; a firm's name after a noun for its kind keeps the country that
ends it ("the company Hitwise UK")."""

from __future__ import annotations

from actorkit import names, read_as, types_of


def test_a_seat_of_power_one_goes_to_is_a_place(nlp):
    text = "The president invited the winning team to the White House next week."
    assert read_as(nlp, text, "White House") == ["place"]
    text = "Hundreds of protesters gathered outside the Kremlin on Sunday."
    assert read_as(nlp, text, "Kremlin") == ["place"]
    text = "Senior officers visited the Pentagon on Monday to discuss the budget."
    assert read_as(nlp, text, "Pentagon") == ["place"]


def test_a_seat_of_power_that_acts_is_the_body(nlp):
    text = ("The prime minister will meet union leaders. Downing Street said more talks would "
            "follow next week.")
    assert read_as(nlp, text, "Downing Street") == ["organization"]


def test_a_seat_of_power_that_speaks_stays_a_body(nlp):
    """A guard: "the White House said" and "a statement from the White House" are the body."""
    text = ("The White House said the president would sign the bill. A statement from the "
            "White House gave no date.")
    assert read_as(nlp, text, "White House") == ["organization", "organization"]


def test_a_firms_name_after_its_kind_keeps_its_country(nlp):
    found = names(nlp, "The site rose to third place in the research firm Hitwise UK's rankings "
                       "of news sites.")
    assert types_of(found, "Hitwise UK") == {"organization"}
    found = names(nlp, "Figures from the company Hitwise UK, which tracks web traffic, show a "
                       "rise in visits.")
    assert types_of(found, "Hitwise UK") == {"organization"}

