"""Issue 15 (polnear42): cues the claims missed on PolNeAR train's tune part, one test each.
Self-written sentences through the real model, rules alone."""

from __future__ import annotations

from claimkit import claim_with, claims, content_of


def test_an_inverted_speaker_after_words_the_parse_gave_a_second_subject(nlp) -> None:
    # the parse makes "pledge" a subject of "said" beside Mary Hollis: there was no claim
    text = (
        "The pledge to “make our schools great again” appeals to parents who wish for a"
        " return to an era when classes were small, said Mary Hollis, a historian at Leeds"
        " University."
    )
    claim = claim_with(nlp, text, "said")
    assert claim.source_text == "Mary Hollis, a historian at Leeds University"
    assert content_of(text, claim).startswith("The pledge to “make our schools great again”")


def test_a_speaker_closing_the_sentence_as_a_conjunct(nlp) -> None:
    # "posted" parsed as a conjunct of "travelling": no claim before
    text = (
        "Ann Cole, a teacher from Leeds, was travelling to Paris to visit her son Tom, the"
        " Leeds Courier posted on Facebook."
    )
    claim = claim_with(nlp, text, "posted on")
    assert claim.source_text == "the Leeds Courier"
    assert content_of(text, claim).startswith("Ann Cole, a teacher from Leeds, was travelling")
    # a conjunct whose subject names no one is no speaker ("many addressed to …")
    text = (
        "Hundreds of letters, most friendly, have arrived at the family's home since then,"
        " many addressed simply to the town hall."
    )
    assert claims(nlp, text) == []


def test_a_poll_shows_what_follows_its_verb(nlp) -> None:
    # "show" needs a clause from a person ("he showed the visitors the wing" is no claim); a
    # document shows its object and what follows it
    text = (
        "Mr Hale, in the wake of a new poll showing his standing with young voters down to 14"
        " percent, told reporters that he would fight on."
    )
    claim = claim_with(nlp, text, "showing")
    assert claim.source_text == "a new poll"
    assert content_of(text, claim) == "his standing with young voters down to 14 percent"
    text = "Polls show Mr Hale up by 10 points in the next contest."
    claim = claim_with(nlp, text, "show")
    assert content_of(text, claim) == "Mr Hale up by 10 points in the next contest"
    assert claims(nlp, "The minister showed the visitors the new hospital wing.") == []
