"""Event summaries a reader can read alone: lists keep their commas, a clause the parse hung on
a noun phrase does not end it, a pronoun no one resolved leads no event."""

from __future__ import annotations

import pytest
from eventkit import merged_events, only_event

pytestmark = pytest.mark.model



def test_a_list_keeps_its_commas():
    events = merged_events("Millions of users share pirated films, software, music and games.")
    assert only_event(events, "share").summary == (
        "Millions of users share pirated films, software, music and games")


def test_a_noun_after_but_that_is_the_next_clause_s_subject_is_not_in_the_phrase():
    events = merged_events("Shops received a boost from bargain hunters but trading then reverted "
                     "to December levels.")
    assert only_event(events, "receive").summary == "Shops receive a boost from bargain hunters"
    assert only_event(events, "revert").summary.startswith("Trading reverts")


def test_a_conjunct_before_a_verb_with_no_subject_is_its_subject():
    events = merged_events("Police issued a missing person alert and his parents, John and Mary, "
                     "pleaded for news of their son.")
    assert only_event(events, "issue").summary == "Police issue a missing person alert"
    assert only_event(events, "plead").summary.startswith("His parents plead")


def test_a_list_that_is_the_subject_stays_whole():
    events = merged_events("TCI and Atticus have opposed the bid for some time.")
    assert only_event(events, "oppose").summary.startswith("TCI and Atticus have opposed")
    events = merged_events("The price of consumer goods and components has fallen sharply.")
    assert "goods and components" in only_event(events, "fall").summary


def test_a_summary_whose_subject_is_an_unresolved_pronoun_leads_no_event():
    events = merged_events("Analysts were surprised by the news. It was sold to a consortium of "
                     "local firms.")
    assert only_event(events, "sell").bare, only_event(events, "sell")
    events = merged_events("BMW said it would build a new plant in Leipzig.")
    assert not only_event(events, "build").bare  # "BMW would build": the pronoun is resolved


def test_a_demonstrative_subject_is_said_with_the():
    events = merged_events("The firm installed a new server. This central server was shut down on "
                     "Monday.")
    assert only_event(events, "shut").summary == "The central server was shut down"
    events = merged_events("This year's festival will feature 40 bands.")
    assert only_event(events, "feature").summary.startswith("This year's festival")
