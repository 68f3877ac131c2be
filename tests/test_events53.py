"""Verbs inside the titles of works are no events (BBC music and film pages, 2026-12-08)."""

from __future__ import annotations

from eventkit import merged_events


def test_a_verb_in_a_work_s_title_is_no_event():
    events = merged_events("U2's How To Dismantle An Atomic Bomb topped the album chart this "
                           "week, while Green Day's Boulevard of Broken Dreams fell to five.\n")
    triggers = {e.trigger for e in events}
    assert "dismantle" not in triggers and "break" not in triggers, triggers
    assert "top" in triggers, triggers


def test_a_headline_in_title_case_keeps_its_verb():
    # guard: a sentence in title case is a headline, not a title inside a sentence
    events = merged_events("Lindsay Lohan Checks Into Rehab Centre\n")
    assert events, events
