"""Issue 15 (GUM news, person; brief gum42): kinds of error rather than words. Each test runs the
real model on sentences written for it (no corpus text)."""

from __future__ import annotations

import pytest

from generator.nlp.actors import extract_actor_mentions


def _titles(nlp, text):
    """[(text, group of the person it stands for)] of the title mentions, with the groups of
    the named people by name."""
    mentions = extract_actor_mentions(nlp(text))
    groups = {m.text: m.group for m in mentions if m.kind == "name"}
    return [(m.text, m.group) for m in mentions if m.kind == "title"], groups


@pytest.mark.model
def test_a_capitalised_title_in_apposition_is_a_mention_of_the_person(nlp):
    text = ("Professor Helen Marsh, Director of the National Water Survey, and Chairman of "
            "the Northern Centre for River Research, says the rivers are cleaner.")
    titles, groups = _titles(nlp, text)
    marsh = groups["Helen Marsh"]
    assert titles == [("Director of the National Water Survey", marsh),
                      ("Chairman of the Northern Centre for River Research", marsh)]


@pytest.mark.model
def test_a_lower_case_or_unclosed_apposition_is_no_title_mention(nlp):
    # GUM names a mention only with a proper-name head: "the chief executive of the bank" is not
    text = ("Tom Reed, the chief executive of the bank, said profits rose. "
            "Anna Vale, Director of Finance at the firm who joined last year, declined.")
    titles, _ = _titles(nlp, text)
    assert titles == []


@pytest.mark.model
def test_an_apposed_title_is_one_mention_not_two(nlp):
    # "Foreign Secretary" after a possessive is also a title used as a name on its own
    text = "Jack Straw, Britain's Foreign Secretary, said the talks had failed."
    titles, groups = _titles(nlp, text)
    assert titles == [("Britain's Foreign Secretary", groups["Jack Straw"])]
