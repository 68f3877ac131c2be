"""Epithets of sports reports ("The England defender", "said the Old Trafford boss", "the
27-year-old") stand for the person named just before, and only when one person fits
(``nlp.actors.epithets``)."""

from __future__ import annotations

from actorkit import SPORTS_REPORT, epithets

from generator.build import Builder
from generator.settings import BuildSettings


def test_a_players_epithet_is_the_player_named_before(nlp):
    text = ("Portsmouth 0-1 Arsenal\nSol Campbell proved to be an unlikely match-winner to earn "
            "Arsenal a hard-fought win at Portsmouth.\n\nThe England defender lashed home a "
            "25-yard shot for his first goal in 16 months.")
    assert epithets(nlp, text) == {"defender": "Sol Campbell"}


def test_an_age_is_an_epithet_in_a_sports_report(nlp):
    text = ("Gronkjaer agrees switch\nJesper Gronkjaer has agreed a move to Atletico Madrid from "
            "Birmingham City.\n\nThe 27-year-old winger spent just five months at St Andrews."
            + SPORTS_REPORT)
    assert epithets(nlp, text).get("The 27-year-old winger") == "Jesper Gronkjaer"


def test_a_referee_is_not_the_player(nlp):
    text = ("Cueto puzzled\nMark Cueto was also puzzled as to why his try had been disallowed by "
            "referee Jonathan Kaplan. \"I was behind the ball,\" said the Sale player."
            + SPORTS_REPORT)
    assert epithets(nlp, text).get("player") == "Mark Cueto"


def test_guard_he_as_subject_decides_who_is_meant(nlp):
    text = ("Pearce promoted\nStuart Pearce joined City as a player in 2001. He was promoted to "
            "assistant manager following the departure of Arthur Cox last summer. The former "
            "England defender had a year as player-boss." + SPORTS_REPORT)
    assert epithets(nlp, text).get("defender") != "Arthur Cox"


def test_guard_a_manager_is_not_the_defender(nlp):
    text = ("Dunne talks\nHe was once threatened with the sack by City boss Kevin Keegan. Early "
            "talks have taken place and the defender said he was happy." + SPORTS_REPORT)
    assert "Kevin Keegan" not in epithets(nlp, text).values()


def test_guard_a_name_in_the_same_sentence_leaves_it_unresolved(nlp):
    text = ("Liverpool win\nBaros slid a perfect pass into Mellor's path for the youngster to "
            "score." + SPORTS_REPORT)
    assert "youngster" not in epithets(nlp, text)


def test_guard_a_name_after_a_comma_is_the_epithets_own(nlp):
    text = ("O'Neill unhappy\nMartin O'Neill said the game was badly timed. \"I spoke with the "
            "Bulgarian manager, Hristo Stoichkov,\" he said. Later the Bulgarian manager, Hristo "
            "Stoichkov, agreed." + SPORTS_REPORT)
    assert "Martin O'Neill" not in {v for k, v in epithets(nlp, text).items()
                                    if k == "manager"}


def test_guard_no_epithet_of_a_general_noun_outside_sport(nlp):
    text = ("Yukos affair\nMikhail Khodorkovsky handed his stake to Leonid Nevzlin. The former "
            "boss is in prison in Moscow, where the company has its offices.")
    assert epithets(nlp, text) == {}


def test_an_event_of_an_epithet_says_the_persons_name(nlp, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(
        "Gronkjaer agrees switch\nJesper Gronkjaer has agreed a move to Atletico Madrid from "
        "Birmingham City.\n\nThe 27-year-old winger spent just five months at St Andrews."
        + SPORTS_REPORT + "\n", encoding="utf-8")
    corpus = Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus
    summaries = [e.summary for e in corpus.events]
    assert any(s.startswith("Jesper Gronkjaer spends") for s in summaries), summaries
