"""Non-claims the pages leave out when no one is named: a passive cue whose content is only a
noun phrase before it ("was signed to a record label"), a cue with a noun-phrase content
("supporting charities including the NSPCC"), an infinitive cue ("is expected to stress …":
the hedge is the claim, the stress an act), a relative pronoun standing for a thing ("a price
dispute that threatened the Ukrainian economy"). Real parses."""

from __future__ import annotations

import pytest
from claimkit import claims

pytestmark = pytest.mark.model


def _shown(nlp, text: str) -> dict[str, bool]:
    """{cue text: shown} of the attributions of ``text`` (the cue classifier on)."""
    return {a.cue_text: not a.weak for a in claims(nlp, text, classifier=True)}


def test_a_singer_signed_to_a_label_claims_nothing(nlp):
    shown = _shown(nlp, "The Birmingham-born singer, full name Jamelia Davis, was signed to a "
                        "record label at the age of 15 and released her first single at 18.")
    assert not shown.get("was signed", False)


def test_supporting_charities_claims_nothing(nlp):
    shown = _shown(nlp, "She now combines singing with modelling and supporting charities "
                        "including the NSPCC and Make Trade Fair.")
    assert not shown.get("supporting", False)


def test_an_infinitive_after_a_hedge_is_not_a_claim_of_its_own(nlp):
    shown = _shown(nlp, "He is expected to stress the importance of continued economic "
                        "stability, with low unemployment and interest rates.")
    assert not shown.get("to stress", False)
    assert shown.get("is expected")  # guard: the expectation is still shown


def test_a_named_speaker_with_a_clause_is_still_shown(nlp):  # guard
    shown = _shown(nlp, "Chancellor Gordon Brown said the economy would grow by 3% next year.")
    assert shown.get("said")


def test_a_dispute_that_threatened_an_economy_claims_nothing(nlp):
    shown = _shown(nlp, "The deal was sealed three days after Turkmenistan cut off gas supplies "
                        "in a price dispute that threatened the Ukrainian economy.")
    assert not shown.get("threatened", False)


def test_savings_which_would_see_cuts_claim_nothing(nlp):
    shown = _shown(nlp, "All the money would come from its £35 billion efficiency savings which "
                        "would see the axe taken to bureaucracy, waste and the civil service.")
    assert not shown.get("would see", False)


def test_a_union_which_said_something_is_still_shown(nlp):  # guard
    shown = _shown(nlp, "The plan was opposed by the Fire Brigades Union, which said the cuts "
                        "would put lives at risk in every town.")
    assert shown.get("said")


def test_seems_with_no_one_named_is_the_writers_reading(nlp):
    shown = _shown(nlp, "The singer seems to have found her voice again on the new album.")
    assert not shown.get("seems", False)


def test_seems_with_a_believer_is_still_shown(nlp):  # guard
    shown = _shown(nlp, "Investors seemed to feel that the worst-affected areas were so "
                        "under-developed that the damage would be small.")
    assert any(cue.startswith("seemed") and ok for cue, ok in shown.items())


def test_an_infinitive_say_with_a_clause_is_still_shown(nlp):  # guard
    shown = _shown(nlp, "Older voters were slightly more likely to say that the economy was "
                        "their main concern this year.")
    assert any(ok for cue, ok in shown.items() if "say" in cue)
