"""Issue 15, part 5 (GUM news, person): titles used as names, long names cut by the model, and
software read as people. Each test runs the real model on sentences written for it (no corpus
text)."""

from __future__ import annotations

import pytest

from generator.nlp.actors import extract_actor_mentions


def _mentions(nlp, text):
    return extract_actor_mentions(nlp(text))


def _names(nlp, text):
    """[(text, type)] of the shown named mentions, in order."""
    return [(m.text, str(m.type)) for m in _mentions(nlp, text) if m.kind == "name"]


@pytest.mark.model
def test_a_title_used_as_a_name_joins_its_holder(nlp):
    text = ("On Monday, Home Secretary Maria Collins told reporters the plan would work. "
            "An update would follow: \"The Home Secretary and I are working on it,\" "
            "one official said.")
    mentions = _mentions(nlp, text)
    collins = next(m for m in mentions if m.text == "Maria Collins")
    titles = [m for m in mentions if m.kind == "title"]
    assert [(m.text, m.group, str(m.type)) for m in titles] == [
        ("Home Secretary", collins.group, "person")]


@pytest.mark.model
def test_a_title_held_by_no_one_or_before_a_name_is_no_mention(nlp):
    # no person of the text is a president; "the President Donald Hale" is a title before a name
    text = ("The Prime Minister met Maria Collins in Paris. Later the President Donald Hale "
            "spoke, and the President of the club left.")
    assert not [m for m in _mentions(nlp, text) if m.kind == "title"]


@pytest.mark.model
def test_the_portfolio_of_a_title_is_no_first_name(nlp):
    # the model tags "State" alone as an organization, right before "Maria Collins"
    text = "Secretary of State Maria Collins met the Iranian foreign minister on Monday."
    mentions = _mentions(nlp, text)
    assert [(m.text, m.role) for m in mentions if m.kind == "name"] == [
        ("Maria Collins", "Secretary of State")]


@pytest.mark.model
def test_a_place_keeps_its_initials_and_holds_no_place_before_them(nlp):
    # the model ends the first place before "D.C."; the second is whole, and "Washington" is
    # a place of its own in the last sentence
    text = ("The girls competed in Washington D.C. The six - member team, which consists of "
            "girls, won.\nThe team will return to Washington D.C. next month. "
            "Washington welcomed them.")
    found = _names(nlp, text)
    assert found == [("Washington D.C.", "place"), ("Washington D.C.", "place"),
                     ("Washington", "place")]


@pytest.mark.model
def test_a_memorial_holds_the_person_it_honours(nlp):
    text = ("Crowds gathered at the Chiang Kai Shek Memorial and at the Lincoln Memorial. "
            "The Holocaust Memorial was closed.")
    people = [t for t, typ in _names(nlp, text) if typ == "person"]
    assert people == ["Chiang Kai Shek", "Lincoln"]


@pytest.mark.model
def test_a_vr_game_and_a_cave_after_the_are_no_people(nlp):
    # the model tags both "Arkham VR" and "the Bat Cave" as persons
    text = ("In the demonstration of Batman: Arkham VR, players are dropped down a secret "
            "elevator in Bruce Wayne's manor, to the Bat Cave, to suit up.")
    found = _names(nlp, text)
    assert ("Bruce Wayne", "person") in found
    assert ("Bat Cave", "place") in found
    assert not [t for t, _ in found if "Arkham" in t]


@pytest.mark.model
def test_a_known_surname_read_as_a_word_is_still_the_subjects_name(nlp):
    # the tagger reads the last "Rathbun" as a verb
    text = ("Mark Rathbun left the group in 2004. According to Rathbun, the files were "
            "returned. Rathbun requested donations via a statement made on his blog, in order "
            "to help Montalvo with his legal defense financing.")
    rathbun = [m for m in _mentions(nlp, text) if m.text == "Rathbun"]
    assert len(rathbun) == 2 and all(m.type == "person" for m in rathbun)


@pytest.mark.model
def test_a_title_before_a_possessive_is_its_holder_and_the_words_before_it_a_place(nlp):
    # the model tags "the Los Angeles Sheriff's" as one organization and "Sheriff" as a facility
    text = ("According to Rathbun, a detective for the Los Angeles Sheriff's office was given "
            "material to build a case. Officials plied the Sheriff's detective with a theory.")
    found = _names(nlp, text)
    assert ("Los Angeles", "place") in found
    assert [t for t, typ in found if typ == "person" and "Sheriff" in t] == ["Sheriff", "Sheriff"]


@pytest.mark.model
def test_a_first_name_takes_the_untagged_surname_it_hangs_on(nlp):
    # the model tags "Johnnie" alone; "Cabinet" names a body and stays out of "Merkel"
    text = ("Atwood was there to launch her novel, with illustrator Johnnie Christmas. "
            "Later the Merkel Cabinet met.")
    people = [t for t, typ in _names(nlp, text) if typ == "person"]
    assert "Johnnie Christmas" in people and "Johnnie" not in people
    assert not [t for t in people if "Cabinet" in t]


@pytest.mark.model
def test_a_name_a_browser_is_ranked_after_is_a_product(nlp):
    # the model tags both "Firefox" as persons
    text = ("Usually, Internet Explorer is the second browser after Firefox, a few points "
            "behind the leader. Firefox grew fast.")
    assert not [t for t, _ in _names(nlp, text) if t == "Firefox"]


@pytest.mark.model
def test_a_shadow_or_former_holder_does_not_take_the_title(nlp):
    text = ("Tory shadow chancellor Maria Collins said the plan would fail. On Wednesday, "
            "ahead of the Chancellor's report, former President Tom Hale spoke. The President "
            "did not answer.")
    assert not [m for m in _mentions(nlp, text) if m.kind == "title"]
