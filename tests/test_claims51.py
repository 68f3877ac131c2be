"""A reporting verb joined to a reported clause about a thing is the reporter's: "Mr Brown
denied his forecasts were too optimistic - but refused to rule out tax rises" (Mr Brown
refused; ``nlp.claims.sources``)."""

from __future__ import annotations

from claimkit import claim_with


def test_a_thing_does_not_refuse_the_reporter_does(nlp):
    text = ("Mr Brown earlier denied his economic forecasts were too optimistic - but refused "
            "to rule out future tax rises.")
    assert claim_with(nlp, text, "refused").source_text == "Mr Brown"

