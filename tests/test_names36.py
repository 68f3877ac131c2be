"""Name boundaries on BBC entertainment, tech and business pages, names36: a sentence-opening
adverb or adjective is no part of a name ("Nevertheless Franz Ferdinand"), a title word between
a given name and a surname is ("Sacha Baron Cohen"), the last word of a work's title "X of
the Y" is no actor ("the Lord of the Rings trilogy"), a station named alone joins the outlet
the text writes before it ("a BBC Radio 3 award"), and one company written with or without a
space, or short of its last name word, is one actor ("JPMorgan", "JP Morgan Chase").
Sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names


def _groups(nlp, text: str) -> dict[str, int]:
    from generator.nlp.actors import extract_actor_mentions

    return {m.text: m.group for m in extract_actor_mentions(nlp(text)) if m.kind == "name"}


@pytest.mark.model
def test_a_sentence_opening_adverb_leaves_the_name(nlp):
    found = names(nlp, "Kaiser Chiefs won two prizes at the ceremony. Nevertheless Kaiser "
                       "Chiefs were not the band of the night.")
    assert not any(n.startswith("Nevertheless") for n, _ in found)
    found = names(nlp, "Hackers sell Hollywood films online. Legitimate Hollywood studios say "
                       "they lose millions.")
    assert not any(n.startswith("Legitimate") for n, _ in found)


@pytest.mark.model
def test_a_word_of_the_name_at_a_sentence_start_stays(nlp):
    found = names(nlp, "Only Fools and Horses returns to BBC One at Christmas.")
    assert not any(n in ("Fools and Horses", "Horses") for n, _ in found)


@pytest.mark.model
def test_a_title_word_inside_a_name_stays_in_it(nlp):
    found = names(nlp, "The critic praised comedian Sacha Baron Cohen for his new character.")
    assert ("Sacha Baron Cohen", "person") in found
    assert "Cohen" not in {n for n, _ in found}


@pytest.mark.model
def test_the_last_word_of_a_work_title_is_no_actor(nlp):
    found = names(nlp, "The final film in the Lord of the Rings trilogy made a fortune. "
                       "Lord of the Rings also sold well on DVD.")
    assert "Rings" not in {n for n, _ in found}
    found = names(nlp, "Shoppers bought The Lord of the Rings: The Return of the King on DVD.")
    assert not {"Rings", "King"} & {n for n, _ in found}


@pytest.mark.model
def test_an_office_of_a_body_keeps_the_body(nlp):
    found = names(nlp, "The Secretary of the Treasury said the President of the United States "
                       "was right.")
    assert "Treasury" in {n for n, _ in found}


@pytest.mark.model
def test_a_station_joins_the_outlet_written_before_it_in_a_longer_name(nlp):
    groups = _groups(nlp, "The singer won a BBC Radio 3 World Music Award. The prize was "
                          "chosen by Radio 3 and BBC World Service listeners.")
    assert groups["Radio 3"] == groups["BBC World Service"]


@pytest.mark.model
def test_a_company_written_apart_or_short_is_one_actor(nlp):
    groups = _groups(nlp, "JP Morgan Chase raised its forecast. JPMorgan said profits rose. "
                          "Analysts at JP Morgan agreed.")
    assert groups["JPMorgan"] == groups["JP Morgan"] == groups["JP Morgan Chase"]


@pytest.mark.model
def test_a_company_part_ending_in_a_body_word_stays_apart(nlp):
    groups = _groups(nlp, "JP Morgan raised its forecast. Analysts at JP Morgan Securities "
                          "did not agree.")
    assert groups["JP Morgan"] != groups["JP Morgan Securities"]
