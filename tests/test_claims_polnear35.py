"""Issue 35 (polnear35; gender35's tests are test_claims35): attributions PolNeAR marks that
the rules missed entirely — a speaker's verb or label that ends its paragraph with a colon
says the next paragraph, and a headline's opening name before a colon is its speaker when
words said follow (not a title). Self-written text through the real model (the rules alone),
as the claim tests before it."""

from __future__ import annotations

import pytest
from claimkit import claims


def _said(text: str, claim) -> str:
    return (text + "\n")[claim.content[0] : claim.content[1]]


@pytest.mark.parametrize(("lead", "cue", "source"), [
    ("The city council reports:", "reports", "The city council"),
    ("In a speech last week, the mayor said:", "said", "the mayor"),
])
def test_a_verb_ending_its_paragraph_with_a_colon_says_the_next_paragraph(
        nlp, lead, cue, source) -> None:
    text = f"Roads were closed on Monday.\n\n{lead}\n\nThe old bridge will stay shut until spring."
    (found,) = [a for a in claims(nlp, text) if a.cue_text.startswith(cue)]
    assert found.source_text == source
    assert _said(text, found) == "The old bridge will stay shut until spring."


def test_a_verb_with_a_colon_and_words_on_its_line_does_not_take_the_next_paragraph(nlp):
    text = "The mayor said: the roads are closed.\n\nThe old bridge will stay shut until spring."
    found = [a for a in claims(nlp, text) if a.cue_text == "said"]
    assert all("bridge" not in _said(text, a) for a in found)


def test_a_speaker_label_alone_on_its_line_speaks_the_next_paragraph(nlp) -> None:
    text = "The interview was recorded on Friday.\n\nSMITH:\n\nWe will not raise taxes this year."
    (found,) = [a for a in claims(nlp, text) if a.cue_text == ":"]
    assert found.source_text == "SMITH"
    assert _said(text, found) == "We will not raise taxes this year."


@pytest.mark.parametrize("headline", [
    "Hale: Our plan will fail without new money",
    "Hale: 'I was never told about the deal'",
])
def test_a_headline_name_before_a_colon_is_its_speaker(nlp, headline) -> None:
    text = f"{headline}\n\nThe minister spoke to reporters on Monday about the budget."
    (found,) = [a for a in claims(nlp, text) if a.cue_text == ":"]
    assert found.source_text == "Hale"


@pytest.mark.parametrize("headline", [
    "Anna Berg: The quiet champion of the north",
    "Q&A: Anna Berg and the new league",
    "Preview: England against Wales on Sunday",
])
def test_a_headline_title_before_a_colon_is_no_claim(nlp, headline) -> None:
    text = f"{headline}\n\nAnna Berg won the title again on Sunday in front of her home crowd."
    assert not [a for a in claims(nlp, text) if a.cue_text == ":"]
