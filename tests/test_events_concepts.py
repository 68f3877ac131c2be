"""Event concepts on real parses: British and American spellings, and the synonyms and
nominalisations listed in patterns/event_concepts.yml, give one concept key (the merge compares
only these keys)."""

from __future__ import annotations

from generator.nlp.actors import extract_actor_mentions
from generator.nlp.events import extract_events
from generator.nlp.events.concepts import british_to_american


def concepts(nlp, text: str) -> dict[str, str]:
    """Trigger -> concept of every event of ``text``."""
    doc = nlp(text)
    return {e.trigger: e.concept for e in extract_events(doc, extract_actor_mentions(doc))}


def test_british_and_american_spellings_are_one_concept(nlp):
    british = concepts(nlp, "The mayor apologised to the families on Monday.")
    american = concepts(nlp, "The mayor apologized to the families on Monday.")
    assert british["apologise"] == american["apologize"] == "apologize"


def test_short_ise_words_keep_their_spelling():
    assert british_to_american("rise") == "rise"
    assert british_to_american("raise") == "raise"
    assert british_to_american("organisation") == "organization"
    assert british_to_american("criticised") == "criticized"


def test_a_court_reversing_a_ruling_is_an_overturn(nlp):
    found = concepts(nlp, "The appeals court reversed the ban on Tuesday. "
                          "The judges overturned the ban after a long hearing.")
    assert found["reverse"] == found["overturn"] == "overturn"


def test_what_a_fire_did_to_a_building_is_one_concept(nlp):
    found = concepts(nlp, "The fire destroyed the warehouse. The blaze devastated the old "
                          "church. Flames damaged the school.")
    assert found["destroy"] == found["devastate"] == found["damage"] == "destroy"


def test_a_shootout_is_a_shooting(nlp):
    found = concepts(nlp, "Two officers were wounded in a shootout with the gang in Leeds.")
    assert found["shootout"] == "shoot"
