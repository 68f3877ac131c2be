"""Issue 15, part 5 (GUM news, fourth session): people named by nation or faith, and two names
the model ran into one entity. Each test runs the real model on sentences written for it (no
corpus text)."""

from __future__ import annotations

import pytest

from generator.nlp.actors import extract_actor_mentions


def _senses(nlp, text):
    """[(text, type as scored)] of the named mentions: the sense when there is one."""
    return [
        (m.text, str(m.sense or m.type))
        for m in extract_actor_mentions(nlp(text))
        if m.kind == "name"
    ]


def _names(nlp, text):
    """[(text, type)] of the shown named mentions, in order."""
    return [(m.text, str(m.type)) for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]


@pytest.mark.model
def test_people_named_by_nation_are_persons(nlp):
    found = _senses(nlp, "Many Hungarians moved to the capital after the factory closed, "
                         "and local officials welcomed them.")
    assert ("Hungarians", "person") in found


@pytest.mark.model
def test_people_named_by_nation_in_sport_are_a_side(nlp):
    found = _senses(nlp, "The Hungarians scored twice in the second half and won the football "
                         "match 3-1 to top the tournament group.")
    assert ("Hungarians", "organization") in found
