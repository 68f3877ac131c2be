"""How a summary says its verb (``generator.nlp.events.verb_groups``), on real parses of
sentences written for them: the auxiliaries a conjunct borrows, and the verb's agreement with
its subject."""

from __future__ import annotations

import pytest
from test_events37 import mentions, summaries

pytestmark = pytest.mark.model


def test_a_conjunct_after_modal_have_is_a_participle(nlp):
    found = summaries(nlp, "The minister would have lost the vote, undermined the council and "
                           "insult the voters.")
    assert found["insult"] == "The minister would have insulted the voters", found
    found = [m.summary for m in mentions(nlp, "Police could leak data or insult the court.")]
    assert "Police could insult the court" in found, found  # no borrowed "have": as written


def test_i_and_me_said_as_a_subject_take_the_base_form(nlp):
    found = summaries(nlp, 'Ghosn said: "I trust the new team to help me implement the next '
                           'chapter."')
    assert found["implement"].startswith("I implement "), found


def test_a_past_conjunct_after_modal_have_is_a_participle(nlp):
    found = summaries(nlp, "The club should have sold him and bought a striker.")
    assert found["buy"] == "The club should have bought a striker", found
