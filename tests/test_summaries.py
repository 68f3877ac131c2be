"""How a report's summary is said (``generator.nlp.events.summaries``), on real parses of
sentences written for them."""

from __future__ import annotations

import pytest
from test_events37 import summaries

pytestmark = pytest.mark.model


def test_a_conjunct_with_its_own_tense_is_not_under_the_first_ones_governor(nlp):
    found = summaries(nlp, 'Lord Woolf said: "I intend to maintain my position and will '
                           'press for this safeguard."')
    assert found["press"] == "I will press for this safeguard", found
    assert found["maintain"] == "I intend to maintain my position", found


def test_a_right_to_do_is_possible_and_its_owner_loses_the_possessive_mark(nlp):
    found = summaries(nlp, '"We respect our producing partners\' right to protect their '
                           'intellectual property," the network said.')
    assert found["protect"] == "Our producing partners may protect their intellectual " \
        "property", found
