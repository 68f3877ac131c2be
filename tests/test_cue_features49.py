"""The cue classifier reads the lexicons' class of a word, so a rare word of a known class
borrows its class's weight (real parses; sentences written for the test)."""

from __future__ import annotations

from generator.nlp.claims import load_lexicon, rule_marks
from generator.nlp.claims.classifier import fired


def _by_text(doc, values):
    return {t.text: v for t, v in zip(doc, values, strict=True)}


def test_a_word_takes_the_class_its_lexicon_gives_it(nlp):
    doc = nlp("Health officials lambasted the plan on Tuesday, claiming it would fail.")
    lex = load_lexicon()
    classes = {t.text: lex.word_class(t) for t in doc}
    assert classes["lambasted"] == "verb:assertion"
    assert classes["claiming"] == "verb:allegation"
    assert classes["Tuesday"] == "" and classes["officials"] == ""


def test_the_rules_marks_carry_the_word_classes(nlp):
    doc = nlp("The minister voiced concern over the cuts, a spokesman said.")
    marks = rule_marks(doc)
    assert len(marks.word) == len(doc)
    assert _by_text(doc, marks.word)["said"] == "verb:assertion"


def test_the_classifier_reads_the_class_of_a_word_its_head_and_its_object(nlp):
    doc = nlp("Critics warned that the scheme would cost jobs.")
    names = _by_text(doc, fired(doc, rule_marks(doc)))
    assert "wc" in names["warned"]
    assert "hwc" in names["Critics"]  # its head "warned" has a class
    assert "wc1" in names["Critics"] and "wc-1" in names["that"]
