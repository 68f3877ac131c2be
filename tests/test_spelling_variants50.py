"""A known body written with the British "-isation" is the one the lexicon spells "-ization"
("World Trade Organisation" is the World Trade Organization of other articles)."""

from __future__ import annotations

from generator.nlp.actors import extract_actor_mentions


def test_the_british_spelling_of_a_known_body_is_the_body(nlp):
    text = ("Tariff row\nThe US has asked the World Trade Organisation to investigate European "
            "Union customs tariffs.")
    (wto,) = [m for m in extract_actor_mentions(nlp(text)) if m.text == "World Trade Organisation"]
    assert wto.name == "World Trade Organization"
