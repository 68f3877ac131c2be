"""Issue 15, part 5 (GUM news by type): names cut in two by the model, places inside place names,
and the context cues that type a name. Each test runs the real model on sentences written for it
(no corpus text)."""

from __future__ import annotations

import pytest

from generator.nlp.actors import extract_actor_mentions


def _names(nlp, text):
    """[(text, type)] of the shown named mentions, in order."""
    return [(m.text, str(m.type)) for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]


@pytest.mark.model
def test_a_first_name_found_again_joins_its_surname(nlp):
    # the model tags neither "Dries" nor "Mertens" in the first sentence
    text = ("Belgium attacked with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making "
            "early attempts. Dries Mertens 's attempt in the 18th minute failed.")
    found = _names(nlp, text)
    assert found.count(("Dries Mertens", "person")) == 2
    assert not [t for t, _ in found if t in ("Dries", "Mertens")]


@pytest.mark.model
def test_the_second_join_keeps_a_ministry_apart_from_the_minister(nlp):
    # "Education" comes back from the second sentence, where the model tags it
    text = ("Schools pay the tax. Minister of Education Stefania Giannini said a reform would "
            "follow. Undersecretary for Education Mr. Rossi agreed.")
    found = [t for t, _ in _names(nlp, text)]
    assert "Stefania Giannini" in found
    assert not [t for t in found if t.startswith("Education ")]


@pytest.mark.model
def test_a_place_name_ending_in_a_place_holds_no_nested_place(nlp):
    text = ("He moved from New South Wales to Western Australia last year, then to Mexico City. "
            "Australia and Mexico welcomed him.")
    found = _names(nlp, text)
    texts = [t for t, _ in found]
    assert "New South Wales" in texts and "Western Australia" in texts
    assert "Wales" not in texts
    assert texts.count("Australia") == 1  # the country named alone, not inside the state
    assert texts.count("Mexico") == 2  # "Mexico" of "Mexico City" is still the country
