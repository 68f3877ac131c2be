"""Event summaries a reader can read alone: lists keep their commas, a clause the parse hung on
a noun phrase does not end it, a pronoun no one resolved leads no event."""

from __future__ import annotations

import pytest

from generator.annotate import annotate_articles
from generator.merge import merge
from generator.models import Article

pytestmark = pytest.mark.model


def _events(text: str):
    article = Article("a001", "content/a001.txt", "A test article", text)
    return merge(annotate_articles([article])).events


def _event(events, trigger: str):
    (event,) = [e for e in events if e.trigger == trigger]
    return event


def test_a_list_keeps_its_commas():
    events = _events("Millions of users share pirated films, software, music and games.")
    assert _event(events, "share").summary == (
        "Millions of users share pirated films, software, music and games")


def test_a_noun_after_but_that_is_the_next_clause_s_subject_is_not_in_the_phrase():
    events = _events("Shops received a boost from bargain hunters but trading then reverted "
                     "to December levels.")
    assert _event(events, "receive").summary == "Shops receive a boost from bargain hunters"
    assert _event(events, "revert").summary.startswith("Trading reverts")


def test_a_conjunct_before_a_verb_with_no_subject_is_its_subject():
    events = _events("Police issued a missing person alert and his parents, John and Mary, "
                     "pleaded for news of their son.")
    assert _event(events, "issue").summary == "Police issue a missing person alert"
    assert _event(events, "plead").summary.startswith("His parents plead")


def test_a_list_that_is_the_subject_stays_whole():
    events = _events("TCI and Atticus have opposed the bid for some time.")
    assert _event(events, "oppose").summary.startswith("TCI and Atticus have opposed")
    events = _events("The price of consumer goods and components has fallen sharply.")
    assert "goods and components" in _event(events, "fall").summary


def test_a_summary_whose_subject_is_an_unresolved_pronoun_leads_no_event():
    events = _events("Analysts were surprised by the news. It was sold to a consortium of "
                     "local firms.")
    assert _event(events, "sell").bare, _event(events, "sell")
    events = _events("BMW said it would build a new plant in Leipzig.")
    assert not _event(events, "build").bare  # "BMW would build": the pronoun is resolved


def test_a_demonstrative_subject_is_said_with_the():
    events = _events("The firm installed a new server. This central server was shut down on "
                     "Monday.")
    assert _event(events, "shut").summary == "The central server was shut down"
    events = _events("This year's festival will feature 40 bands.")
    assert _event(events, "feature").summary.startswith("This year's festival")
