"""A programme named after a channel's possessive is a work, not a person or a place; the
channel's reporter stays a person (BBC politics pages, 2026-12-07)."""

from __future__ import annotations

import pytest
from actorkit import names

pytestmark = pytest.mark.model

_TEXT = ("Kilroy row\n\nHe told BBC One's Breakfast with Frost programme he aspired to the job. "
         "Lord Falconer told BBC1's Breakfast With Frost. The BBC's Nick Robinson said the party "
         "was split. He told BBC 1's Breakfast with Frost programme he would stay. Speaking on BBC "
         "One's Breakfast with Frost, he said migrants were of great value.")


def test_a_programme_after_a_channels_possessive_is_no_actor(nlp):
    found = {n for n, _ in names(nlp, _TEXT)}
    assert not found & {"Breakfast", "Frost", "Breakfast with Frost"}, found


def test_the_channels_reporter_is_still_a_person(nlp):
    assert ("Nick Robinson", "person") in names(nlp, _TEXT)


def test_a_reporter_with_a_guest_is_still_the_reporter(nlp):
    text = ("Interview\n\nSpeaking to the BBC's Andrew Marr with Tony Blair beside him, he said "
            "the plan would work.")
    assert ("Andrew Marr", "person") in names(nlp, text)
