"""Actor names read wrong in news text, fixed as rules of English news (real parses; sentences
written for the test): a seat of power named where one goes is the building, a place, and the
body it houses when it acts; a firm's name after a noun for its kind keeps the country that
ends it ("the company Hitwise UK"); a sentence's untagged opening name with a person's role
apposed is a person ("Jones, a teacher from Leeds, said"); a known name is found again before
a hyphen and a participle ("Greenpeace-funded"); a name after a capitalised title is a person
("President Thabo Mbeki", tagged GPE); "Corporation" is a company's legal form; a list that a
plural noun for firms opens ("retailers including ...") is of firms."""

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



def test_a_sentences_opening_name_with_a_role_apposed_is_a_person(nlp):
    text = ("Wainwright, the chief executive, said profits had doubled. The shares rose by a "
            "tenth, and Wainwright added that the firm would hire more staff.")
    found = names(nlp, text)
    assert types_of(found, "Wainwright") == {"person"}
    assert len([n for n, _ in found if n == "Wainwright"]) == 2
    found = names(nlp, "Pemberton, a teacher from Leeds, said she was shocked by the closure.")
    assert types_of(found, "Pemberton") == {"person"}


def test_an_opening_name_with_no_persons_role_apposed_is_no_person(nlp):
    """A guard: a town or a firm described after a comma keeps its type."""
    found = names(nlp, "Leeds, a city in the north, has grown fast in the past decade.")
    assert types_of(found, "Leeds") == {"place"}
    found = names(nlp, "Apple, the technology giant, said sales rose in the autumn.")
    assert types_of(found, "Apple") == {"organization"}


def test_a_known_name_before_a_hyphen_and_a_participle_is_found_again(nlp):
    text = ("Greenpeace said the ship was unsafe. Greenpeace-funded research found the reef was "
            "dying.")
    found = names(nlp, text)
    assert found.count(("Greenpeace", "organization")) == 2


def test_a_name_glued_to_a_capitalised_word_is_not_found_again(nlp):
    """A guard: "Kilroy" in "Kilroy-Silk" is part of a longer name."""
    found = names(nlp, "Robert Kilroy-Silk said he would stand. Kilroy-Silk, a former MP, spoke.")
    assert "Kilroy" not in {n for n, _ in found}



def test_a_name_after_a_capitalised_title_is_a_person_whatever_the_model_tagged(nlp):
    found = names(nlp, "UK Prime Minister Tony Blair and South African President Thabo Mbeki "
                       "are among the leaders at the forum.")
    assert types_of(found, "Thabo Mbeki") == {"person"}


def test_a_place_after_a_title_word_stays_a_place(nlp):
    """A guard: "Prince Edward Island" is no person named after a title."""
    found = names(nlp, "Fishermen in Prince Edward Island said the season had been poor.")
    assert "person" not in {t for n, t in found if "Edward" in n}


def test_a_name_ending_in_corporation_is_a_company(nlp):
    found = names(nlp, "Shares in its major shareholder, Patrick Corporation - which owns 46% of "
                       "the airline - had dropped 31%.")
    assert types_of(found, "Patrick Corporation") == {"organization"}


def test_a_list_that_a_plural_noun_for_firms_opens_is_of_firms(nlp):
    found = names(nlp, "Other retailers - including HMV, Monsoon, Jessops and Tesco - reported "
                       "that sales were up.")
    assert types_of(found, "Monsoon") == {"organization"}
    assert types_of(found, "Jessops") == {"organization"}
