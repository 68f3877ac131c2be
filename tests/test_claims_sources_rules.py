"""Who a claim is by, on hand-built parses (no trained model): the source phrase, its kind and
the claims the pages do not show as anyone's."""

from __future__ import annotations

import pytest
import spacy

from generator.nlp.claims import extract_attributions
from tests.test_claims_rules import parsed, text_of


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_a_statement_saying_is_by_the_one_who_issued_it(vocab) -> None:
    doc = parsed(vocab, """
        The       1 det      DET   DT  the
        ministry  2 nsubj    NOUN  NN  ministry
        issued    2 ROOT     VERB  VBD issue
        a         4 det      DET   DT  a
        statement 2 dobj     NOUN  NN  statement
        saying    4 acl      VERB  VBG say
        the       7 det      DET   DT  the
        plant     9 nsubj    NOUN  NN  plant
        will      9 aux      AUX   MD  will
        close     5 ccomp    VERB  VB  close
        .         2 punct    PUNCT .   .
    """)
    att = next(a for a in extract_attributions(doc, classifier=False) if a.cue_text == "saying")
    # 2026-12-06 (claims25): the issuer, as PolNeAR marks it ("a statement" before)
    assert att.source_text == "The ministry"
    assert text_of(doc, att.content) == "the plant will close"
    assert not att.weak


def test_told_the_bbc_with_the_outlet_run_into_the_content_is_via(vocab) -> None:
    doc = parsed(vocab, """
        Ms       1 compound PROPN NNP Ms       B-PERSON
        Kelly    2 nsubj    PROPN NNP Kelly    I-PERSON
        told     2 ROOT     VERB  VBD tell
        the      5 det      DET   DT  the
        BBC      5 compound PROPN NNP BBC      B-ORG
        progress 2 dobj     NOUN  NN  progress
        had      8 aux      AUX   VBD have
        been     8 auxpass  AUX   VBN be
        made     2 ccomp    VERB  VBN make
        .        2 punct    PUNCT .   .
    """)
    (att,) = extract_attributions(doc, classifier=False)
    assert (att.source_text, att.via_text) == ("Ms Kelly", "the BBC")
    assert text_of(doc, att.content) == "progress had been made"


def test_a_role_names_a_person_a_thing_no_one_and_an_aim_is_no_claim(vocab) -> None:
    doc = parsed(vocab, """
        The      2 det      DET   DT  the
        party    2 compound NOUN  NN  party
        leader   3 nsubj    NOUN  NN  leader
        said     3 ROOT     VERB  VBD say
        rising   5 amod     VERB  VBG rise
        demand   6 nsubj    NOUN  NN  demand
        seeks    3 ccomp    VERB  VBZ seek
        to       8 aux      PART  TO  to
        spark    6 xcomp    VERB  VB  spark
        a        10 det     DET   DT  a
        crisis   8 dobj     NOUN  NN  crisis
        .        3 punct    PUNCT .   .
    """)
    said, seeks = extract_attributions(doc, classifier=False)
    assert (said.source_text, said.source_kind, said.weak) == ("The party leader", "person", False)
    # "rising demand" is a thing, no source, and "seeks to" states an aim: not shown
    assert (seeks.source_text, seeks.source_kind, seeks.weak) == (None, None, True)
