"""Mends of the claims review (mendcl36): a headline's topic label before a colon is no
speaker. Self-written headlines through the real model."""

from __future__ import annotations

from tests.claimkit import claims


def test_headline_topic_label_is_no_speaker(nlp) -> None:
    for text in ("Iraq Inquiry: Blair defends decision to go to war",
                 "Budget Day: Brown raises tax on cigarettes",
                 "In Pictures: Floods hit Cumbria"):
        assert [c for c in claims(nlp, text) if c.cue_text == ":"] == [], text


def test_headline_name_before_colon_still_speaks(nlp) -> None:
    (found,) = [c for c in claims(nlp, "Murphy: That was a bruising battle") if c.cue_text == ":"]
    assert found.source_text == "Murphy"
