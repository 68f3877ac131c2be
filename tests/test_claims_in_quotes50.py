"""Claims inside a person's quote and after a described source ("I have told Madrid ..." in
Morientes' quote; "one London-based broker ... He forecast") name their speaker
(``merge.claims``)."""

from __future__ import annotations

from claimkit import speakers

_QUOTE = ("Morientes keen on move\nOn Tuesday, Fernando Morientes had said: \"I like Liverpool and "
          "I am pleased that a club of their stature want to buy me. I have told Madrid that I "
          "want it to happen. \"Madrid know my situation.\n\n\"I haven't spoken to Rafa Benitez "
          "but I have always appreciated his work and I would like to play for him.\n")


def test_an_i_inside_a_running_quote_is_the_one_quoted(nlp, tmp_path):
    found = speakers(tmp_path, {"a": _QUOTE}, "a")
    assert found["that I want it to happen"] == "Fernando Morientes"


def test_a_he_after_a_described_person_source_is_that_source(nlp, tmp_path):
    text = ("LSE bid\nDeutsche Boerse appears very committed to the deal, said one London-based "
            "broker. He forecast the takeover bid would succeed.\n")
    found = speakers(tmp_path, {"a": text}, "a")
    assert found["the takeover bid would succeed"] == "one London-based broker"
