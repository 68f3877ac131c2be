"""Verbs inside the titles of works are no events (BBC music and film pages, 2026-12-08)."""

from __future__ import annotations

from eventkit import merged_events, other_subjects, parsed

from generator.merge import merge


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


def _wins(nlp, first: str, second: str) -> list:
    """The "win" events of a site of many subjects where two articles say ``first``, ``second``."""
    corpus = merge([parsed(nlp, "one", first), parsed(nlp, "two", second), *other_subjects(60)])
    return [e for e in corpus.events if e.trigger == "win"]


def test_a_result_and_another_article_s_forecast_are_two_events(nlp):
    wins = _wins(nlp, "Jamie Foxx won the best actor award at the ceremony in London.",
                 "Jamie Foxx will win the best actor award at the Oscars.")
    assert len(wins) == 2, [[m.summary for m in e.mentions] for e in wins]


def test_two_articles_results_still_join(nlp):
    # guard: the same result told by two articles is one event
    wins = _wins(nlp, "Jamie Foxx won the best actor award at the ceremony in London.",
                 "Jamie Foxx won the best actor award in London on Sunday.")
    assert len(wins) == 1, [[m.summary for m in e.mentions] for e in wins]


def test_a_capitalised_verb_opening_a_quote_is_an_event():
    # guard: '"Prompted I think by the video"' opens a quote, no title
    events = merged_events('He wrote: "Prompted I think by the Tom Cruise video, a new '
                           'obsession has begun," and the group agreed.\n')
    assert "prompt" in {e.trigger for e in events}, [e.trigger for e in events]


def test_an_earlier_occasion_is_another_event(nlp):
    wins = _wins(nlp, "Hilary Swank won the best actress award at the ceremony on Sunday.",
                 "Hilary Swank previously won the best actress award in 1999.")
    assert len(wins) == 2, [[m.summary for m in e.mentions] for e in wins]
    assert {e.date for e in wins} == {None, "1999"}, [e.date for e in wins]
