"""Mends of the claims review (mendcl36): a headline's topic label before a colon is no
speaker. Self-written headlines through the real model."""

from __future__ import annotations

from test_claims35 import _credited

from tests.claimkit import claims


def test_headline_topic_label_is_no_speaker(nlp) -> None:
    for text in ("Iraq Inquiry: Blair defends decision to go to war",
                 "Budget Day: Brown raises tax on cigarettes",
                 "In Pictures: Floods hit Cumbria"):
        assert [c for c in claims(nlp, text) if c.cue_text == ":"] == [], text


def test_headline_name_before_colon_still_speaks(nlp) -> None:
    (found,) = [c for c in claims(nlp, "Murphy: That was a bruising battle") if c.cue_text == ":"]
    assert found.source_text == "Murphy"



def test_unlinked_pronoun_is_not_credited_to_the_other_sex(nlp) -> None:
    # finding 8b: the actor extractor leaves "She" unlinked; "Mr Brown" is a man
    text = ("The minister met John Brown on Monday. Mr Brown said the talks went well. "
            "She said the firm would cut 200 jobs.")
    assert _credited(nlp, text, "She", "said") is None
    text = ("Judge Sarah Green sentenced Paul Jones to six years. Mr Jones wept as she said "
            "he had shown no remorse.")
    assert _credited(nlp, text, "she", "said") != "Jones"


def test_claims_read_honorifics_through_the_actor_helper(nlp) -> None:
    # finding 9: one honorific look-up, shared by the actor and the claim extractors
    from generator.nlp.actors.context import honorific_at
    from generator.nlp.actors.lexicon import lexicon

    doc = nlp("Mrs Quinn met Dr Patel.")
    assert [honorific_at(lexicon(), doc, i) for i in (-1, 0, 3, 9)] == [None, "f", None, None]
