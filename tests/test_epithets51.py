"""Outside sport, the descriptions of performers and of MPs ("The pop star", "the 41-year-old
chart-topper", "The MP for Sittingbourne") stand for the person named just before, under the
same rules as a player's (``nlp.actors.epithets``)."""

from __future__ import annotations

from actorkit import epithets


def test_a_singers_description_is_the_singer_named_before(nlp):
    text = ("Singer quits\nSinger Marta Jenkins has said that a new film about her life is the "
            "start of a retirement from public view.\n\nThe pop star said it would be a much "
            "quieter affair.")
    assert epithets(nlp, text).get("The pop star") == "Marta Jenkins"


def test_an_age_and_a_hyphenated_noun_make_one_description(nlp):
    text = ("Star to retire\nThe film chronicles Dean Walton's life and career from the 1980s. "
            "The 41-year-old chart-topper told reporters in Berlin that he wanted to move on.")
    assert epithets(nlp, text).get("The 41-year-old chart-topper") == "Dean Walton"


def test_an_mp_is_the_member_named_before(nlp):
    text = ("Campaign slow\nHowever, Mr Pryor predicted the campaign would get under way once the "
            "budget was out. The MP for Sittingbourne and Sheppey said the prime minister had "
            "been trying very hard.")
    assert epithets(nlp, text).get("The MP") == "Mr Pryor"


def test_guard_a_presenter_is_not_the_minister_named_before(nlp):
    text = ("Show axed\nCulture Secretary Tessa Brook criticised the decision. The presenter said "
            "she was sad to leave.")
    assert "Tessa Brook" not in epithets(nlp, text).values()


def test_a_hyphenated_adjective_belongs_to_the_description(nlp):
    text = ("Presenter quits\nKate Dooley has resigned as host of the children's show.\n\nDooley "
            "will host her last show in March.\n\nThe long-running presenter said she was sad.")
    assert epithets(nlp, text).get("The long-running presenter") == "Kate Dooley"
