"""bbc28: claim sources a reader sees on a BBC news site: a plan read as a source, "whose
party" left unresolved. Sentences written for the tests, the real model, rules alone."""

from __future__ import annotations

import pytest

from generator.nlp.claims import extract_attributions


def _claims(nlp, text: str):
    return list(extract_attributions(nlp(text + "\n"), classifier=False))


@pytest.mark.model
def test_a_plan_is_no_source(nlp):
    claims = _claims(nlp, "Plans to portray the islanders of the region as pirates in the new "
                          "film have been criticised by the chief.")
    portray = [c for c in claims if "portray" in c.cue_text]
    assert portray and all(c.source_text is None or c.weak for c in portray), portray
    assert not any(c.source_text == "Plans" for c in claims)
    # the plan's owner is: "the party's plans to portray"
    claims = _claims(nlp, "The party's plans to portray the minister as weak have been "
                          "criticised by her aides.")
    (portray,) = [c for c in claims if c.cue_text == "to portray"]
    assert portray.source_text == "The party"


@pytest.mark.model
def test_whose_party_is_the_party_of_the_one_named_before(nlp):
    text = ("Earlier Ms Hart, whose party opposes the new tax as deeply unfair, said the "
            "minister had time to think again.")
    (opposes,) = [c for c in _claims(nlp, text) if c.cue_text == "opposes"]
    assert opposes.source_text == "whose party"
    assert opposes.resolved_source is not None
    assert "Hart" in text[opposes.resolved_source[0]:opposes.resolved_source[1]]
