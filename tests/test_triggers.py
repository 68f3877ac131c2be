"""How firmly a clause states its event (``generator.nlp.events.triggers``), on real parses
of sentences written for them."""

from __future__ import annotations

import pytest
from test_events37 import mentions

from generator.vocab import Modality

pytestmark = pytest.mark.model


def test_a_clause_under_a_negated_think_is_negated(nlp):
    found = {m.trigger: m.modality for m in mentions(
        nlp, "Walliams said: \"It was a shock but I don't think we deserved to beat The "
             "Office.\"")}
    assert found["deserve"] == Modality.NEGATED, found
    found = {m.trigger: m.modality for m in mentions(nlp, "He thinks they won the award.")}
    assert found["win"] == Modality.ASSERTED, found
    found = {m.trigger: m.modality for m in mentions(
        nlp, "I don't think they paid me while I was suspended.")}
    assert found["suspend"] == Modality.ASSERTED, found  # an adverbial clause below
