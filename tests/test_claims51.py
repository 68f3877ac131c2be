"""A reporting verb joined to a reported clause about a thing is the reporter's: "Mr Brown
denied his forecasts were too optimistic - but refused to rule out tax rises" (Mr Brown
refused; ``nlp.claims.sources``)."""

from __future__ import annotations

from claimkit import claim_with, claims, content_of


def test_a_thing_does_not_refuse_the_reporter_does(nlp):
    text = ("Mr Brown earlier denied his economic forecasts were too optimistic - but refused "
            "to rule out future tax rises.")
    assert claim_with(nlp, text, "refused").source_text == "Mr Brown"



def test_the_content_keeps_a_negation_the_parse_left_before_it(nlp):
    text = "The Mirror has announced no plans to cut jobs at its printing works."
    (found,) = [c for c in claims(nlp, text, classifier=True) if "announced" in c.cue_text]
    assert content_of(text + "\n", found).startswith("no plans"), found


def test_what_befell_the_subject_is_not_shown_as_a_claim(nlp):
    text = ("The Telegraph has announced no plans to go tabloid although both The Independent "
            "and The Times have seen circulation rise since shrinking in size.")
    assert not [c for c in claims(nlp, text, classifier=True)
                if c.cue_text.endswith("seen") and not c.weak]
