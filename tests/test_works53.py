"""Works named like actors: what a prize or a part is for, and the same title across articles."""

from __future__ import annotations

import pytest
from actorkit import names, types_of

from generator.build import Builder
from generator.settings import BuildSettings

# Two work nouns make an article one about works (``works.about_works``).
_FILMS = " The film opens next month, and the movie has been praised by critics."


def _corpus_actors(tmp_path, texts: dict[str, str]) -> dict[str, str]:
    content = tmp_path / "content"
    content.mkdir(parents=True)
    for stem, text in texts.items():
        (content / f"{stem}.txt").write_text(text, encoding="utf-8")
    corpus = Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus
    return {a.name: a.type for a in corpus.actors}


@pytest.mark.parametrize("sentence, title", [
    ("Jamie Foxx is tipped to win best actor for Ray.", "Ray"),
    ("Clint Eastwood got his third nomination for Sideways.", "Sideways"),
    ("Foxx is unbeatable for his performance as Ray Charles in Ray.", "Ray"),
    ("Jamie Foxx has also starred in Collateral this year.", "Collateral"),
])
def test_what_a_prize_or_a_part_is_for_is_a_work(nlp, sentence, title):
    found = names(nlp, sentence + _FILMS)
    assert not types_of(found, title), found


def test_a_person_a_prize_is_for_stays_a_person(nlp):
    # guard: a person named in full is no title
    found = names(nlp, "The prize went to Clint Eastwood, with a nomination for Jamie Foxx."
                  + _FILMS)
    assert types_of(found, "Jamie Foxx") == {"person"}


def test_a_title_one_article_shows_is_no_actor_in_another(nlp, tmp_path):
    shown = "Oscar hopes\nThe critics loved the biopic Ray, and the film did well." + _FILMS
    guessed = ("Box office\nRay took more money than expected in its first week in Paris. "
               "Analysts said Ray would do well abroad.")
    before = _corpus_actors(tmp_path / "one", {"b": guessed})
    assert "Ray" in before, before  # the model alone reads it as an actor
    after = _corpus_actors(tmp_path / "two", {"a": shown, "b": guessed})
    assert "Ray" not in after, after


def test_a_person_named_in_full_outweighs_one_article_s_title(nlp, tmp_path):
    # guard: "Ray's Taylor Hackford" took him for a film once; two articles name the director
    texts = {
        "a": "Directors\nTaylor Hackford directed the film. Taylor Hackford said he was proud."
             + _FILMS,
        "b": "Shortlist\nThe favourite is the biopic Ray. Taylor Hackford was also praised.",
    }
    actors = _corpus_actors(tmp_path, texts)
    assert actors.get("Taylor Hackford") == "person", actors


def test_a_cast_list_names_people(nlp):
    found = names(nlp, "The sequel, also starring Robert De Niro, Blythe Danner and Dustin "
                  "Hoffman, opened on Friday. She then made a drama starring Denzel Washington."
                  + _FILMS)
    assert types_of(found, "Blythe Danner") == {"person"}, found
    assert types_of(found, "Denzel Washington") == {"person"}, found


def test_a_name_that_says_he_did_is_a_person(nlp):
    found = names(nlp, "Rio Ferdinand has said he is unsure of Malcolm Glazer's motives.")
    assert types_of(found, "Rio Ferdinand") == {"person"}, found


def test_a_body_that_says_he_stays_a_body(nlp):
    # guard: a club speaks of a player as "he"
    found = names(nlp, "Manchester United has said he will stay at the club until June.")
    assert types_of(found, "Manchester United") == {"organization"}, found


def test_a_ground_is_a_place_not_the_manager(nlp):
    found = names(nlp, "There have been highs and lows during his time in charge at Anfield, "
                  "and he had a busy summer." + " The club won 2-0 in the league match.")
    assert types_of(found, "Anfield") == {"place"}, found


def test_an_honorific_before_a_surname_that_is_a_title(nlp):
    # "Dean" and "King" are titles too; after "Mr" they are the surname of the one named in full
    text = ("For Rick Dean, a director of a digital content firm, the future is bright. The "
            "project can take three months, says Mr Dean.")
    found = [n for n, _ in names(nlp, text)]
    assert found.count("Dean") == 1, found


@pytest.mark.parametrize("text", [
    ("Chelsea won the match.\n\nCech, Ferreira, Gallas, Terry, Lampard.\n\nSubs Not "
     "Used: Johnson, Smertin, Cudicini.\n\nMakelele, Gudjohnsen.\n\nMartyn, Hibbert, Yobo, "
     "Weir.\n\nSubs Not Used: Wright, Pistone, Osman."),
    ("Celtic won the match.\n\nDouglas, Agathe, Balde, Varga, McNamara.\n\nSubs: Marshall, "
     "Henchoz, Lambert.\n\nRangers\n\nWaterreus, Ricksen, Andrews, Vignal.\n\nSubs: "
     "McGregor, Burke, Malcolm."),
])
def test_a_team_sheet_line_is_no_speaker_label(nlp, text):
    from claimkit import claims

    assert not [c for c in claims(nlp, text, classifier=True) if c.cue_text == ":"]


def test_claiming_a_result_is_no_claim(tmp_path):
    from claimkit import speakers

    text = ("Group four\nIreland look strong after claiming away draws in Basel and Paris. "
            "Arsenal claimed the title last year. The minister claimed the plan was working.\n")
    shown = speakers(tmp_path, {"group": text}, "group")
    assert set(shown) == {"the plan was working"}, shown


def test_a_maker_named_with_an_honorific_later_is_a_person(nlp):
    text = ("Leading British computer games maker Peter Molyneux has been made an OBE. Mr "
            "Molyneux has been behind many of the games.")
    assert types_of(names(nlp, text), "Peter Molyneux") == {"person"}


def test_a_maker_never_given_an_honorific_stays_a_firm(nlp):
    # guard
    text = "Parts maker Robert Bosch said sales rose. Robert Bosch employs thousands."
    assert types_of(names(nlp, text), "Robert Bosch") == {"organization"}


def test_a_bookmaker_is_a_firm(nlp):
    text = "Clive Owen is second favourite at William Hill to take the award, at odds of 5/1."
    assert types_of(names(nlp, text), "William Hill") == {"organization"}


def test_a_prize_category_is_no_actor(nlp):
    found = names(nlp, "Hilary Swank won Best Actress for Million Dollar Baby." + _FILMS)
    assert not types_of(found, "Best Actress"), found


def test_bt_is_a_firm(nlp):
    text = ("More people signed up for broadband in the last three months. Most get their "
            "service direct from BT or via the companies that re-sell BT lines.")
    assert types_of(names(nlp, text), "BT") == {"organization"}


def test_a_rock_band_with_a_star_stays_a_body_elsewhere(nlp, tmp_path):
    # guard: "Rolling Stones star Ronnie Wood" read as a work in one article does not remove the
    # band from another
    texts = {
        "a": "Awards\nThe Thrills played, featuring Rolling Stones star Ronnie Wood. The film "
             "and the movie awards were also given.",
        "b": "Studio\nAlbums recorded there include the Rolling Stones' Emotional Rescue. The "
             "Rolling Stones said they were sad.",
    }
    assert "Rolling Stones" in _corpus_actors(tmp_path, texts)


def test_one_of_a_nation_in_a_sports_report_is_no_group(nlp):
    from actorkit import SPORTS_REPORT

    found = names(nlp, "Sir Alex Ferguson surprised everyone by selling Jaap Stam to Lazio. The "
                  "Dutchman was furious." + SPORTS_REPORT)
    assert not types_of(found, "Dutchman"), found


def test_a_band_of_a_letter_and_a_digit(nlp):
    found = names(nlp, "U2 have released a new single, and Bono said U2 would tour next year.")
    assert types_of(found, "U2") == {"organization"}, found


def test_as_far_as_someone_knows_is_no_claim(tmp_path):
    from claimkit import speakers

    text = ("Blogging\nAs far as Ms Simonetti knows, there is no company policy on blogs. Ms "
            "Simonetti said she was shocked.\n")
    assert set(speakers(tmp_path, {"b": text}, "b")) == {"she was shocked"}
