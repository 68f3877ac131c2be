"""Issue people53: person and organisation errors found in the prose of CoNLL-2003 eng.train
(before its last 200 documents) and BBC articles, fixed by general rules. The sentences are
written for these tests."""

from __future__ import annotations

from actorkit import SPORTS_REPORT, names, types_of


def test_a_team_cue_on_a_name_found_again_or_tagged_a_body_decides_the_team(nlp):
    # "Groningen striker Paul Lowe": the model read the town as a person elsewhere; the cue
    # on the mention it tagged a body (or missed) is a verdict, not a guess outvoted
    text = ("Groningen lose at home\nUtrecht beat Groningen 3-1 on Sunday. Groningen took the "
            "lead early when Tom Baker shot home. Groningen striker Paul Lowe was sent off "
            "after the break." + SPORTS_REPORT)
    found = names(nlp, text)
    assert types_of(found, "Groningen") == {"organization"}
    assert types_of(found, "Paul Lowe") == {"person"}


def test_a_plural_verb_on_a_name_tagged_a_body_makes_the_team(nlp):
    text = ("Auxerre held to a draw\nAuxerre held the champions to a goalless draw on Tuesday. "
            "Auxerre are not playing with any fluidity this season and Auxerre now lie "
            "seventh." + SPORTS_REPORT)
    assert types_of(names(nlp, text), "Auxerre") == {"organization"}


def test_a_role_word_opening_the_line_after_a_headline_is_not_the_name(nlp):
    # the parse runs the headline into the next line's sentence; the role word's capital is
    # still the sentence's
    text = ("Leeds win at home\nWinger Tom Baker hit a fine shot from the edge of the area to "
            "give Leeds the lead." + SPORTS_REPORT)
    found = {n for n, _ in names(nlp, text)}
    assert "Tom Baker" in found
    assert "Winger Tom Baker" not in found


def test_a_participle_opening_the_sentence_is_not_the_persons_name(nlp):
    text = ("Open results\nMichael Chang won in four sets on Monday. Unseeded Patrick Rafter "
            "recorded the best result of the day. Joining Chang in the second round was the "
            "eleventh seed." + SPORTS_REPORT)
    found = {n for n, _ in names(nlp, text)}
    assert "Patrick Rafter" in found
    assert not {"Unseeded Patrick Rafter", "Joining Chang"} & found


def test_guard_a_surname_shaped_as_a_gerund_keeps_its_name(nlp):
    text = ("Deal agreed\nThe firm's owner agreed the deal on Monday.\nBrowning Smith, the firm's "
            "owner, said it was a good day.")
    assert "Browning Smith" in {n for n, _ in names(nlp, text)}


def test_a_party_member_or_titled_person_in_a_list_a_body_opens_stays_a_person(nlp):
    text = ("Lords reform\nThe group, including Tories Ken Clarke and Sir George Young, is "
            "confident.\n")
    found = names(nlp, text)
    assert types_of(found, "Ken Clarke") == {"person"}
    assert types_of(found, "George Young") == {"person"}
    assert types_of(found, "Tories") == {"organization"}


def test_a_persons_name_the_model_missed_after_a_nationality_is_found(nlp):
    text = ("Athletics\nBailey won ahead of Cuban Maria Lopez and Namibian Frankie Fredericks on "
            "Sunday.\n")
    found = names(nlp, text)
    assert types_of(found, "Frankie Fredericks") == {"person"}
    assert "Namibian Frankie Fredericks" not in {n for n, _ in found}


def test_a_named_storm_is_no_actor(nlp):
    text = ("Storm grows\nHurricane Edouard grew stronger on Saturday as it crossed the Atlantic, "
            "forecasters said. Typhoon Maria reached the coast.\n")
    found = {n for n, _ in names(nlp, text)}
    assert not {"Hurricane Edouard", "Edouard", "Typhoon Maria", "Maria"} & found


def test_a_town_a_who_clause_gives_a_plural_verb_is_a_team_in_a_sports_report(nlp):
    text = ("Bundesliga\nBayern lead the table, a point ahead of Stuttgart, who have a game in "
            "hand." + SPORTS_REPORT)
    assert types_of(names(nlp, text), "Stuttgart") == {"organization"}
