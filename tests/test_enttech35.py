"""BBC entertainment and tech pages, enttech35: a numbered name keeps its number ("Channel 4"
was the actor "Channel"), a station named without its outlet is the outlet ("Radio 1" after
"BBC Radio 1"), a person's noun opening a sentence is no part of the name ("Rapper Eminem"),
and an abbreviation the text spells out as a common phrase is no actor ("radio frequency ID
(RFID)"). Sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names, types_of


@pytest.mark.model
def test_a_numbered_name_keeps_its_number(nlp):
    found = names(nlp, "The quiz was screened on Channel 4 last year. It beat Channel 4's own "
                       "drama in the ratings.")
    assert "Channel" not in {n for n, _ in found}
    assert types_of(found, "Channel 4") == {"organization"}


@pytest.mark.model
def test_a_station_named_without_its_outlet_is_the_outlet(nlp):
    from generator.nlp.actors import extract_actor_mentions

    doc = nlp("The new show starts on BBC Radio 1 in March. Radio 1 said the show would "
              "bring fresh music to its listeners.")
    groups = {m.text: m.group for m in extract_actor_mentions(doc) if m.kind == "name"}
    assert groups["Radio 1"] == groups["BBC Radio 1"]


@pytest.mark.model
def test_a_persons_noun_opening_a_sentence_is_no_part_of_the_name(nlp):
    found = names(nlp, "Rapper Eminem is to play a small gig in Leeds on Friday. Eminem "
                       "flew in from Detroit.")
    assert types_of(found, "Eminem") == {"person"}
    assert not any(n.startswith("Rapper") for n, _ in found)
    found = names(nlp, "Singers Jennifer Lopez and Marc Anthony are to make a film together.")
    assert types_of(found, "Jennifer Lopez") == {"person"}
    found = names(nlp, "Broadcaster Chris Evans has opened a shop in Leeds. Evans said he "
                       "was happy.")
    assert types_of(found, "Chris Evans") == {"person"}
    assert not any(n.startswith("Broadcaster") for n, _ in found)


@pytest.mark.model
def test_a_name_opening_a_sentence_keeps_its_given_name(nlp):
    found = names(nlp, "Tony Blair said the plan would work. Director Martin Scorsese agreed.")
    assert types_of(found, "Tony Blair") == {"person"}
    assert types_of(found, "Martin Scorsese") == {"person"}


@pytest.mark.model
def test_an_abbreviation_spelt_out_as_a_common_phrase_is_no_actor(nlp):
    found = names(nlp, "Shoppers worry about radio frequency ID (RFID) tags in stores, a poll "
                       "says. The firm backs RFID technology. RFID is cheap.")
    assert "RFID" not in {n for n, _ in found}
    found = names(nlp, "Spain is to launch a digital terrestrial TV (DTT) service. Last year "
                       "DTT had a poor image, said Ana Lopez of Telemadrid.")
    assert "DTT" not in {n for n, _ in found}
    found = names(nlp, "The Internet Engineering Task Force (IETF) met in Paris.")
    assert types_of(found, "IETF") == {"organization"}


@pytest.mark.model
def test_a_show_is_an_event_and_its_initials_no_actor(nlp):
    found = names(nlp, "Buyers gathered in Berlin for the yearly Home Gadgets Show (HGS). "
                       "Sales rose, according to figures released by HGS organisers.")
    assert not any("Show" in n or n == "HGS" for n, _ in found)
    assert types_of(found, "Berlin") == {"place"}


@pytest.mark.model
def test_a_name_after_robot_or_program_is_a_product(nlp):
    found = names(nlp, "Carmaker Toyota's walking robot Kobo has got faster. Kobo can now "
                       "climb stairs, said Toyota.")
    assert "Kobo" not in {n for n, _ in found}
    found = names(nlp, "Most pirates were using the file-sharing program ShareBox, the study "
                       "said. ShareBox is hard to stop.")
    assert "ShareBox" not in {n for n, _ in found}


@pytest.mark.model
def test_a_title_after_its_kind_keeps_its_article_when_the_parse_splits_there(nlp):
    found = names(nlp, "Jane Dorey is writing an episode of hit US cartoon The Simpsons, "
                       "following an invitation from its creator Joe Smith.")
    assert "Simpsons" not in {n for n, _ in found}
    assert types_of(found, "Joe Smith") == {"person"}


@pytest.mark.model
def test_a_companys_name_before_robots_is_a_product(nlp):
    found = names(nlp, "Fujitsu showed a robot to rival Sony's Kiro robots. Sony's Kiro can "
                       "dance. It is faster than Kiro.")
    assert "Kiro" not in {n for n, _ in found}
    assert types_of(found, "Sony") == {"organization"}


@pytest.mark.model
def test_a_nationality_derived_from_a_country_is_no_actor(nlp):
    found = names(nlp, "One Sri Lankan blogger in the group goes by the name Lanka Lad. She "
                       "wrote about a Sri Lankan man who ran home.")
    assert "Sri Lankan" not in {n for n, _ in found}
    found = names(nlp, "In the drama category, the Angolan film The Hero won the prize.")
    assert "Angolan" not in {n for n, _ in found}


@pytest.mark.model
def test_a_given_name_the_model_left_out_joins_the_surname(nlp):
    found = names(nlp, "The film stars Reese Witherspoon as the heroine. Witherspoon was "
                       "pregnant at the time.")
    assert types_of(found, "Reese Witherspoon") == {"person"}
    found = names(nlp, "Huw Stephens, Ras Kwame and Rob Da Bank will each host a late show. "
                       "Stephens said he grew up listening to the radio.")
    assert types_of(found, "Huw Stephens") == {"person"}


@pytest.mark.model
def test_a_title_or_a_nationality_before_a_surname_stays_out(nlp):
    found = names(nlp, "Chancellor Brown said it was fine. Briton Tim Henman won in Paris.")
    assert "Chancellor Brown" not in {n for n, _ in found}
    assert types_of(found, "Tim Henman") == {"person"}
