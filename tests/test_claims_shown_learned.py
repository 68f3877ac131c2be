"""Cues learned from PolNeAR's stance readings show on the pages only when the classifier is
sure of them and they say a clause or a quote (``shown``, ``Settings.sure_learned``): on BBC
news most of them are no claims. Self-written sentences through the real model."""

from __future__ import annotations

import dataclasses

import pytest

from generator.nlp.claims import Settings, extract_attributions, load_lexicon


def lexicon():
    """The shipped lexicon with the learned verb "explore" these tests read, as a table
    learned from PolNeAR once had it: the tests pin the rules, not the table."""
    lex = load_lexicon()
    return dataclasses.replace(lex, learned_verbs={**lex.learned_verbs, "explore": "assertion"})


def shown(nlp, text, settings=None):
    return {
        a.cue_text: a
        for a in extract_attributions(nlp(text), lexicon(), settings=settings)
        if not a.weak
    }


def scored(nlp, text):
    return {a.cue_text: a for a in extract_attributions(nlp(text), lexicon())}


@pytest.mark.parametrize("text, cue", [
    ("The festival, which explores new music, opens on Friday in Leeds.", "explores"),
    ("Viewers voted for the only award of the night, the channel said.", "voted"),
    ("The banks still were looking for a solution to the crisis.", "looking"),
    ("Mr Brown was aware of the problems at the bank, according to the report.", "aware"),
])
def test_a_learned_cue_with_a_noun_phrase_is_scored_but_not_shown(nlp, text, cue):
    assert [c for c in scored(nlp, text) if cue in c]  # PolNeAR's figures still count it
    assert not [c for c in shown(nlp, text) if cue in c]


def test_a_learned_cue_with_a_clause_still_shows(nlp):
    text = "The mayor of Leeds has raised concerns that the closure could cost local jobs."
    # (the shipped classifier is not sure enough of this one since heldout36: a bar it meets)
    found = shown(nlp, text, dataclasses.replace(Settings(), sure_learned=0.5))
    assert any("concerns" in c for c in found), list(scored(nlp, text))


def test_a_cue_naming_no_one_inside_another_claim_is_part_of_it(nlp):
    text = ("A police spokesman said officers found the singer at home and the cause of death "
            "appeared to be natural.")
    found = shown(nlp, text)
    assert "said" in found
    assert not [c for c in found if "appear" in c]


def test_a_claim_inside_another_is_the_outer_speakers(nlp):
    text = ("Alastair Campbell says Tony Blair was not worried by his opponents' early "
            "performance in their Commons clashes.")
    found = shown(nlp, text)
    assert "says" in found and found["says"].source_text == "Alastair Campbell"
    assert [c for c in scored(nlp, text) if "worried" in c]  # scored, as PolNeAR marks it
    assert not [c for c in found if "worried" in c]


def test_adding_goes_on_with_the_reporters_words(nlp):
    text = ('Gerry Conlon said Mr Blair had spoken with "such sincerity", adding: "He went '
            'beyond what we thought he would."')
    found = shown(nlp, text)
    assert found["adding:"].source_text == "Gerry Conlon"  # not Mr Blair


@pytest.mark.parametrize("text, cue", [
    ("Road trip comedy Sideways won five awards on Sunday, adding that it had already picked "
     "up a Golden Globe.", "adding"),
    ("Speculation of a possible shake-up has mounted since the firm announced a review.",
     "has mounted"),
    ("Common laser links can struggle to maintain good connection speeds, he said.",
     "can struggle to maintain"),
])
def test_a_work_an_abstract_noun_or_a_device_is_no_source(nlp, text, cue):
    found = scored(nlp, text)
    assert all(a.source is None for c, a in found.items() if cue in c)
    assert not [c for c in shown(nlp, text) if cue in c]


@pytest.mark.parametrize("trigger, learned", [
    ("verb:explore", True), ("obj:story", True), ("noun:interest", True), ("adj:aware", True),
    ("", False), ("tagged", False), ("form:label", False), ("form:signature", False),
])
def test_only_cues_learned_from_polnear_count_as_learned(trigger, learned):
    from generator.nlp.claims import Found
    assert Found(cue=[], cls="assertion", content=[], trigger=trigger).learned is learned
