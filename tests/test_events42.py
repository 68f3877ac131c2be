"""Event summaries a reader of the events index accepts, on real parses of sentences written
for them: a second verb after "would have" is a participle."""

from __future__ import annotations

from test_events37 import mentions, summaries


def test_a_conjunct_after_modal_have_is_a_participle(nlp):
    found = summaries(nlp, "The minister would have lost the vote, undermined the council and "
                           "insult the voters.")
    assert found["insult"] == "The minister would have insulted the voters", found
    found = [m.summary for m in mentions(nlp, "Police could leak data or be detained.")]
    assert not any("have" in s for s in found), found
