"""polsrc: claim sources and contents on BBC-like pages (issue 15): an absolute "with X
attributed to" names no source, a declaration a modal makes only a need is no claim, a
quote after another reporting verb is that verb's, and a pronoun in a "when" clause hung on
a fronted date points to the speaker after it. Sentences written for the tests, the real
model, rules alone and with the cue classifier."""

from __future__ import annotations

import pytest
import spacy

from generator.nlp.claims import extract_attributions
from generator.nlp.tokens import fronted_clause_subject
from tests.test_claims_rules import parsed


def _claims(nlp, text: str, classifier: bool = False):
    return list(extract_attributions(nlp(text + "\n"), classifier=classifier))


@pytest.mark.model
@pytest.mark.parametrize("classifier", [False, True])
def test_an_absolute_participle_has_no_source(nlp, classifier):
    text = ("Most of the insurance claims were for storms, with the rest attributed to "
            "made-made events.")
    for claim in _claims(nlp, text, classifier):
        assert claim.source_text != "the rest", claim
        assert claim.weak or claim.source_text is not None, claim


@pytest.mark.model
@pytest.mark.parametrize("classifier", [False, True])
def test_a_declaration_that_may_be_needed_is_no_claim(nlp, classifier):
    text = ("Meanwhile, Tom Ashby, head of the main shareholders' group, said that the oil "
            "firm may have to declare itself bankrupt, and that legal action would follow.")
    cues = [c.cue_text for c in _claims(nlp, text, classifier)]
    assert "said" in cues
    assert not any("declare" in cue for cue in cues), cues


@pytest.mark.model
def test_a_quote_after_another_reporting_verb_is_that_verbs(nlp):
    text = ("In March, when he surprised MPs by announcing Mr Hale's departure, Mr Ward said: "
            "\"I should tell you that Bill has decided to stand aside.\"")
    by_cue = {c.cue_text: c for c in _claims(nlp, text)}
    said, announcing = by_cue["said:"], by_cue["announcing"]
    assert text[said.content[0]:said.content[1]].startswith("\"I should tell you")
    assert text[announcing.content[0]:announcing.content[1]] == "Mr Hale's departure"


def test_a_pronoun_in_a_when_clause_on_a_fronted_date_points_to_the_subject_after_it():
    # the parse the model gave a BBC page in its context: the "when" clause a relative
    # clause of the fronted date (hand-built; short texts parse it as an adverbial clause)
    doc = parsed(spacy.blank("en").vocab, """
        In         10 prep     ADP   IN  in
        March       0 pobj     PROPN NNP March     B-DATE
        ,          10 punct    PUNCT ,   ,
        when        5 advmod   SCONJ WRB when
        he          5 nsubj    PRON  PRP he
        surprised   1 relcl    VERB  VBD surprise
        MPs         5 dobj     NOUN  NNS mp
        ,          10 punct    PUNCT ,   ,
        Mr          9 compound PROPN NNP Mr
        Ward       10 nsubj    PROPN NNP Ward      B-PERSON
        said       10 ROOT     VERB  VBD say
        so         10 advmod   ADV   RB  so
        .          10 punct    PUNCT .   .
    """)
    found = fronted_clause_subject(doc[4])
    assert found is not None and found.i == 9


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The strong win led her to declare that the nomination was in sight.", "to declare", "her"),
    ("The scandal forced the banker to admit that the bank had failed its customers.",
     "to admit", "the banker"),
])
def test_the_object_of_a_verb_of_causing_says_its_infinitive(nlp, text, cue, source):
    (found,) = [c for c in _claims(nlp, text) if c.cue_text == cue]
    assert found.source_text == source


@pytest.mark.model
def test_a_rule_that_requires_someone_to_tell_makes_no_source_of_them(nlp):
    text = "The new law requires local police to tell the government when someone dies."
    assert not any(c.source_text == "local police" for c in _claims(nlp, text))


@pytest.mark.model
def test_the_subject_of_a_passive_says_what_its_gerund_reports(nlp):
    text = "The comedian was booed by the crowd after telling them they were being ridiculous."
    (telling,) = [c for c in _claims(nlp, text) if c.cue_text == "telling"]
    assert telling.source_text == "The comedian"


@pytest.mark.model
def test_the_agent_of_a_passive_says_what_its_gerund_reports(nlp):
    text = "The bill was backed by some software firms, saying they needed the protections."
    (saying,) = [c for c in _claims(nlp, text) if c.cue_text == "saying"]
    assert saying.source_text == "some software firms"


@pytest.mark.model
@pytest.mark.parametrize("classifier", [False, True])
def test_whom_a_letter_was_written_to_is_not_what_it_says(nlp, classifier):
    text = "The party chairman Tom Ashby wrote to the watchdog last month."
    shown = [c for c in _claims(nlp, text, classifier) if not c.weak]
    assert not shown, shown
