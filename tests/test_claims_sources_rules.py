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


def test_a_statement_saying_is_the_source_without_its_own_cue(vocab) -> None:
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
    assert att.source_text == "a statement"
    assert (att.source_kind, text_of(doc, att.content)) == ("document", "the plant will close")
    assert not att.weak  # before, the source ran over its own cue and the claim was dropped
