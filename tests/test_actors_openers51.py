"""A preposition or a gerund that opens a sentence is not part of the name it governs
("Without Charles, ...", "Entering Westminster, ..."; ``nlp.actors.spans``), and Westminster is
a place, never a person."""

from __future__ import annotations

from actorkit import group_of, names, types_of


def test_a_preposition_opening_the_sentence_is_not_the_persons_name(nlp):
    text = ("Singer dies at 73\nRoy Dalton was born in Georgia in 1930.\n\nWithout Dalton, it is "
            "hard to imagine the soul music of the sixties.")
    found = names(nlp, text)
    assert "Without Dalton" not in {n for n, _ in found}
    assert "Dalton" in group_of(nlp, text, "Roy Dalton")


def test_a_gerund_opening_the_sentence_is_not_the_name_it_takes(nlp):
    text = ("Profile\nIn 1983 he took Dunfermline East, a new seat.\n\nEntering Westminster, he "
            "came to share an office with a newly elected MP.")
    found = names(nlp, text)
    assert "Entering Westminster" not in {n for n, _ in found}
    assert types_of(found, "Westminster") == {"place"}


def test_guard_a_name_that_opens_a_sentence_keeps_its_first_word(nlp):
    text = ("Deal agreed\nFollowing the talks, Martin Kemp said the deal was agreed.\n\nBrowning "
            "Smith, the firm's owner, agreed.")
    assert "Martin Kemp" in {n for n, _ in names(nlp, text)}


def test_a_cleric_the_model_missed_is_a_person_with_his_title_apart(nlp):
    text = ("Abortion row\nHis words came as Cardinal Cormac Murphy O'Connor, the Archbishop of "
            "Westminster, backed the stance.\n\nCardinal O'Connor claimed Labour had changed.")
    found = names(nlp, text)
    assert types_of(found, "Cormac Murphy O'Connor") == {"person"}
    assert "O'Connor" in group_of(nlp, text, "Cormac Murphy O'Connor")


def test_a_stage_name_also_known_as_a_full_name_is_a_person(nlp):
    text = ("DJs take over chart show\nDJ duo JK and Joel are taking over the chart show on "
            "Sunday.\n\n\"The chart show is an institution,\" says JK, also known as Jason King.")
    found = names(nlp, text)
    assert types_of(found, "JK") == {"person"}
    assert "JK" in group_of(nlp, text, "Jason King")


def test_a_wife_named_by_her_given_name_is_mrs_and_the_husbands_surname(nlp):
    text = ("Howard's wife to campaign\nMichael Howard's ex-model wife, Sandra, is to play a "
            "leading role in the campaign.\n\nMrs Howard will make solo visits to target seats.")
    assert group_of(nlp, text, "Sandra") >= {"Sandra", "Howard"}
    assert "Michael Howard" not in group_of(nlp, text, "Sandra")
