"""Music news: a band a plural verb follows at the opening of its sentence ("Snow Patrol are
working ..."), a track or single named right after its kind word ("His track Candy Shop",
"U2's latest single Sometimes You Can't Make It On Your Own") and a hotel are not people
(``nlp.actors.bands``, ``work_cues``, ``products``)."""

from __future__ import annotations

from actorkit import names, types_of

_MUSIC = (" The band's new album is out next month, and the single went into the chart at number "
          "two. Their tour starts in May.")


def test_a_two_word_band_opening_a_sentence_with_a_plural_verb_is_a_body(nlp):
    text = ("Band sacks bassist\nSnow Drift had no other course of action but to ask their "
            "co-founder to leave.\n\nSnow Drift are currently working on their fourth album."
            + _MUSIC)
    assert types_of(names(nlp, text), "Snow Drift") == {"organization"}


def test_guard_a_singer_in_a_list_before_a_plural_verb_stays_a_person(nlp):
    text = ("Stars record charity single\nSir Cliff Richard, Russell Watson and Boy George are "
            "among those who recorded it." + _MUSIC)
    assert types_of(names(nlp, text), "Cliff Richard") == {"person"}


def test_a_track_named_after_its_kind_word_is_no_one(nlp):
    text = ("Rapper tops chart\nHis track Candy Shop remained at the top of the charts for a "
            "third week." + _MUSIC)
    assert "Candy Shop" not in {n for n, _ in names(nlp, text)}


def test_a_single_named_after_adjectives_is_no_one(nlp):
    text = ("Keane back at top\nThe Killers' latest single Sometimes You Can't Make It took the "
            "top spot in the singles chart." + _MUSIC)
    assert not {n for n, _ in names(nlp, text)} & {"Sometimes You", "Sometimes"}


def test_guard_the_singer_after_every_track_is_still_shown(nlp):
    text = ("Song voted best\nRobbie Williams won the award. Like every track Robbie has released "
            "as a single, it is catchy." + _MUSIC)
    assert "Robbie" in {n for n, _ in names(nlp, text)}


def test_a_hotel_is_a_place_not_the_singer(nlp):
    text = ("Spears sues insurers\nThe pop star cancelled her Onyx Hotel tour last June after a "
            "knee injury. She is now seeking to be reimbursed.")
    assert types_of(names(nlp, text), "Onyx Hotel") == {"place"}


def test_a_film_apposed_with_its_own_article_is_no_one(nlp):
    text = ("Singer's film\nSinger Dean Walton has said a new film is the start of a retirement. "
            "The film, A Different Story, chronicles Walton's life and career.")
    assert "Different Story" not in {n for n, _ in names(nlp, text)}


def test_a_name_opening_with_a_number_keeps_it(nlp):
    text = ("Rapper sacks protege\nUS rap star 50 Cent has said he has thrown his protege out of "
            "his gang.\n\nRapper 50 Cent appeared on the debut album. The row over 50 Cent's "
            "label grew.")
    found = {n for n, _ in names(nlp, text)}
    assert "50 Cent" in found and "Cent" not in found


def test_guard_a_count_before_a_name_is_no_part_of_it(nlp):
    text = ("Shirts sold\nThe club sold 3 Arsenal shirts on Monday.\n\nThe Arsenal shop was busy "
            "and the Arsenal manager said the kit was popular.")
    assert "3 Arsenal" not in {n for n, _ in names(nlp, text)}
