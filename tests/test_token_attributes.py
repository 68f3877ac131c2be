"""The memo table in place of the model's attribute ruler and lemmatizer gives their output.

Two pipelines of the same model, one with its own components and one with ``TokenAttributes``,
parse the same texts (BBC articles, the showcase article and a text written to hit the ruler's
two-token patterns); every token must get the same tag, label, part of speech, morphology and
lemma (and the parse and entities, which follow them in the pipeline).
"""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from generator.nlp import token_attributes
from generator.settings import DEFAULT_MODEL

pytestmark = pytest.mark.model

ATTRS = [ORTH, TAG, DEP, POS, MORPH, LEMMA, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
# Written for the ruler's two-token patterns ("gon na", "there is", "ai n't", "let 's", "y'
# all", "c'm on", "got ta") and whitespace; not from any article.
PATTERNS_TEXT = (
    "Y'all gon na see it. Let's go, c'm on. There is a cat and there are dogs. It ai n't so, "
    "I got ta run.\n\n  \n Tabs\t and  spaces. There's more: there were two, y all said.")
BBC_ARTICLES = 40


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    plain = spacy.load(DEFAULT_MODEL)
    table = spacy.load(DEFAULT_MODEL)
    assert token_attributes.use_table(table)
    return plain, table


@pytest.fixture(scope="module")
def texts(corpora, showcase_article):
    from quality.profile_annotation import read_sample

    articles = read_sample(corpora / "bbc" / "bbc", 0, BBC_ARTICLES)
    return [PATTERNS_TEXT, showcase_article.text, *(a.text for a in articles)]


def _differences(plain, table, texts):
    out = []
    for text, a, b in zip(texts, plain.pipe(texts), table.pipe(texts), strict=True):
        if not numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)):
            out.append((text[:40], [(t.text, t.pos_, t.lemma_, str(t.morph), u.pos_, u.lemma_,
                                     str(u.morph)) for t, u in zip(a, b, strict=True)
                                    if (t.pos, t.lemma, t.morph.key, t.tag, t.dep)
                                    != (u.pos, u.lemma, u.morph.key, u.tag, u.dep)][:5]))
    return out


def test_the_project_pipeline_uses_the_table():
    from generator.nlp.pipeline import load_annotator

    names = load_annotator(DEFAULT_MODEL).pipe_names
    assert token_attributes.NAME in names
    assert token_attributes.RULER not in names and token_attributes.LEMMATIZER not in names


def test_same_attributes_as_the_model_components(pipelines, texts):
    plain, table = pipelines
    assert _differences(plain, table, texts) == []
    # ... twice: the second time every token is answered from the filled table.
    assert _differences(plain, table, texts) == []


def test_two_token_patterns_are_answered_in_context(pipelines):
    plain, table = pipelines
    doc = plain(PATTERNS_TEXT)
    # The text does reach the two-token patterns: in context the ruler gives these answers,
    # which the same token alone does not get.
    in_context = {(t.text, t.lemma_, t.pos_) for t in doc}
    assert {("gon", "go", "VERB"), ("is", "be", "VERB")} <= in_context
    alone = [doc[0] for doc in plain.pipe(["gon", "is"])]
    assert (alone[0].lemma_, alone[1].pos_) != ("go", "VERB")
    assert _differences(plain, table, [PATTERNS_TEXT]) == []


def test_a_full_table_starts_again(pipelines, texts, monkeypatch):
    plain, table = pipelines
    memo = table.get_pipe(token_attributes.NAME)
    memo.table.clear()
    list(table.pipe(texts[:6]))
    uncapped = len(memo.table)
    memo.table.clear()
    monkeypatch.setattr(token_attributes, "MAX_ENTRIES", uncapped // 3)
    assert _differences(plain, table, texts[:6]) == []
    assert len(memo.table) < uncapped


def test_a_pipeline_reading_more_keeps_its_components():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler.add([[{"IS_SENT_START": True}]], {"POS": "X"})
    assert not token_attributes.usable(nlp)
    nlp.remove_pipe("attribute_ruler")
    ruler = nlp.add_pipe("attribute_ruler", before="lemmatizer")
    ruler.add([[{"LOWER": "a"}, {"OP": "+"}]], {"POS": "X"})
    assert not token_attributes.usable(nlp)


def test_the_table_is_part_of_the_cache_key():
    from generator.nlp.pipeline import annotation_inputs

    assert any(p.name == "token_attributes.py" for p in annotation_inputs())
