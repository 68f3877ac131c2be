"""A cue whose verb goes somewhere ("lashed home a 25-yard shot", "blasted over a good
opportunity") is a shot, not words: scored, not shown (``claims.shown``, ``motion_particles``)."""

from __future__ import annotations

from claimkit import claims

_REPORT = ("Campbell rescues Arsenal\nSol Campbell proved to be an unlikely match-winner to earn "
           "Arsenal a hard-fought win at Portsmouth. The England defender lashed home a 25-yard "
           "shot for his first goal in 16 months. Van Persie blasted over a good opportunity "
           "after Henry had shot.")


def test_a_shot_is_no_claim(nlp):
    shown = [a.cue_text for a in claims(nlp, _REPORT, classifier=True) if not a.weak]
    assert not any(c.startswith(("lashed", "blasted")) for c in shown), shown


def test_guard_hitting_back_at_critics_is_a_claim(nlp):
    text = ("Minister hits back\nThe minister hit back at his critics, saying the plan would "
            "save money.")
    shown = [a.cue_text for a in claims(nlp, text, classifier=True) if not a.weak]
    assert shown, shown
