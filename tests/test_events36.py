"""Mends of the events35 review: a verb after a relative clause keeps the main subject when it
acts on a pronoun; an adjective's infinitive takes the copula's modal and no tough subject; a
finite hyphenated verb stays an event; a family name in the plural keeps its plural verb."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from test_events35 import mentions

from generator.nlp.tokens import hyphen_end


def test_a_word_joined_by_a_unicode_hyphen_is_one_word():
    words = ["the", "co", "\u2010", "chairman", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, False, False, True, False])
    assert hyphen_end(doc, 2) == 4


def test_a_finite_verb_written_with_a_hyphen_is_an_event_said_whole(nlp):
    text = ("The council fast-tracked the plan. The army test-fired a rocket. The bank "
            "ring-fenced its savings arm. Critics said the so-called reform was ill-advised.")
    summaries = {m.trigger: m.summary for m in mentions(nlp, text)}
    assert "The council fast-tracks the plan" in summaries.get("track", ""), summaries
    assert "The army test-fires a rocket" in summaries.get("fire", ""), summaries
    assert "ring-fences its savings arm" in summaries.get("fence", ""), summaries
    assert not {"call", "advise"} & set(summaries), summaries


def test_a_verb_after_a_relative_clause_acting_on_a_pronoun_keeps_the_main_subject(nlp):
    text = ("Police arrested a man who had robbed a bank, questioned him for six hours and "
            "released him on bail. The club signed a striker who had scored 20 goals, paid his "
            "old club two million pounds and gave him a car. The cases included a guard who "
            "had waited for a burglar, tied him up and beat him.")
    agents = {m.trigger: [p.text for p in m.participants if p.role == "agent"]
              for m in mentions(nlp, text)}
    assert agents["question"] == ["Police"] and agents["release"] == ["Police"], agents
    assert agents["pay"] == ["The club"], agents
    assert agents["tie"] == ["a guard"], agents


def test_an_adjective_infinitive_takes_the_copula_modal_and_no_tough_or_it_subject(nlp):
    text = ("The minister would be happy to meet the union leaders next week. It would be "
            "wrong to raise taxes now. The new rules are difficult to enforce. The damage to "
            "the bridge was impossible to repair.")
    found = {m.trigger: m for m in mentions(nlp, text)}
    assert found["meet"].modality == "possible", found["meet"]
    assert found["raise"].modality == "possible", found["raise"]
    for trigger in ("raise", "enforce", "repair"):
        agents = [p.text for p in found[trigger].participants if p.role == "agent"]
        assert not agents, found[trigger]


def test_a_family_name_in_the_plural_takes_a_plural_verb(nlp):
    summaries = [m.summary for m in mentions(nlp, "The Clintons arrive in London on Friday.")]
    assert any(s.startswith("The Clintons arrive ") for s in summaries), summaries
    summaries = [m.summary for m in mentions(nlp, "Mr Balls refused the offer.")]
    assert any(s.startswith("Mr Balls refuses") for s in summaries), summaries
