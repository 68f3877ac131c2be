"""bbc28: actors a reader sees on a BBC news site: a nationality put into a person's name,
an athlete after a lower-case title read as a body. Each test runs the real model on
sentences written for it (no corpus text) and fails without its rule."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_a_nationality_before_a_full_name_is_not_part_of_it(nlp):
    found = names(nlp, "The Briton held off Kenyan Mary Wanjiru in a thrilling finish. "
                       "Wanjiru was second.")
    assert ("Mary Wanjiru", "person") in found
    assert not any(name.startswith("Kenyan") for name, _ in found), found
    found = names(nlp, "Welshman Tom Price won ahead of Scot Jenny Hall and Christian Slater.")
    assert ("Tom Price", "person") in found and ("Jenny Hall", "person") in found
    assert ("Christian Slater", "person") in found  # a given name stays


@pytest.mark.model
def test_a_name_after_a_lower_case_title_is_a_person(nlp):
    # the model tags the name ORG; "Carolina" is no listed given name (a place too)
    found = names(nlp, "Swedish heptathlon gold medallist Carolina Kvast will contest the "
                       "hurdles. Kvast said she was happy.")
    assert ("Carolina Kvast", "person") in found, found
    assert ("Carolina Kvast", "organization") not in found


@pytest.mark.model
def test_a_name_tagged_a_place_and_found_after_in_is_a_place(nlp):
    # the model reads "Manchester" twice as a man's name and once as a place
    found = names(nlp, "The charity said it chose Manchester because Manchester offered the "
                       "best deal. The gala will be held in Manchester in May.")
    assert found and all(typ == "place" for name, typ in found if name == "Manchester"), found


def _groups(nlp, text: str) -> dict[str, set[int]]:
    from generator.nlp.actors import extract_actor_mentions

    out: dict[str, set[int]] = {}
    for m in extract_actor_mentions(nlp(text)):
        if m.kind == "name":
            out.setdefault(m.text, set()).add(m.group)
    return out


@pytest.mark.model
def test_an_honorific_outweighs_a_pronoun_about_someone_else(nlp):
    # "he" after her name is the mayor; the text calls her only "Ms Hale"
    groups = _groups(nlp, "TV presenter Anne Hale said as mayor he gave the impression he "
                          "would like to ban cars. Ms Hale, a friend of the mayor, also "
                          "revealed that he was kind.")
    assert groups["Anne Hale"] == groups["Hale"], groups


@pytest.mark.model
def test_a_surname_of_two_words_after_an_honorific_joins_the_full_name(nlp):
    groups = _groups(nlp, "Charles Saumarez Smith, the gallery's director, said he was "
                          "delighted. Mr Saumarez Smith added that the new square had helped.")
    assert groups["Charles Saumarez Smith"] == groups["Saumarez Smith"], groups


@pytest.mark.model
def test_a_name_of_several_words_joins_the_full_name_it_ends(nlp):
    groups = _groups(nlp, "Actor Robert De Niro is back at the top. In the thriller, De Niro "
                          "plays a widower.")
    assert groups["Robert De Niro"] == groups["De Niro"], groups
    found = names(nlp, "Hicham El Guerrouj won the race. Later, El Guerrouj said he was happy.")
    assert ("El Guerrouj", "person") in found, found


@pytest.mark.model
def test_a_full_name_opening_with_a_body_word_is_the_body(nlp):
    # the model reads the full name as a man's; "Pernaud shares" say it is a company
    text = ("Drinks firm Allied Domecq could be bought by France's Pernaud Ricour. Allied "
            "shares in London rose 4%, while Pernaud shares in Paris slipped 1.2%. Pernaud "
            "said it was seeking acquisitions.")
    found = names(nlp, text)
    assert ("Pernaud Ricour", "organization") in found, found
    groups = _groups(nlp, text)
    assert groups["Pernaud Ricour"] == groups["Pernaud"], groups
