"""The actor rules on hand-built parses (no trained model): roles from titles, possessives
stripped, a bare surname joining its full name, pronouns and descriptions resolved."""

from __future__ import annotations

import pytest
from handmade import make_doc

from generator.nlp.actors import ActorSettings, clean_entity_span, extract_actor_mentions


def by_text(mentions):
    return {m.text: m for m in mentions}


def test_a_title_before_a_name_gives_the_role_and_its_owner():
    doc = make_doc([
        ("DeepSeek", "NNP", "PROPN", "compound", 1, "DeepSeek"),
        ("founder", "NN", "NOUN", "compound", 3, "founder"),
        ("Liang", "NNP", "PROPN", "compound", 3, "Liang"),
        ("Wenfeng", "NNP", "PROPN", "nsubj", 4, "Wenfeng"),
        ("declined", "VBD", "VERB", "ROOT", 4, "decline"),
        ("the", "DT", "DET", "det", 6, "the"),
        ("invitation", "NN", "NOUN", "dobj", 4, "invitation"),
        (".", ".", "PUNCT", "punct", 4, "."),
    ], ents=((0, 1, "ORG"), (2, 4, "PERSON")))
    found = by_text(extract_actor_mentions(doc))
    liang = found["Liang Wenfeng"]
    assert (liang.type, liang.role, liang.role_of) == ("person", "founder", "DeepSeek")
    assert doc.text[liang.role_span[0] : liang.role_span[1]] == "founder"
    assert found["DeepSeek"].type == "organization" and found["DeepSeek"].role is None


def test_a_title_inside_the_entity_leaves_the_name_and_becomes_the_role():
    doc = make_doc([
        ("President", "NNP", "PROPN", "compound", 2, "President"),
        ("Xi", "NNP", "PROPN", "compound", 2, "Xi"),
        ("Jinping", "NNP", "PROPN", "nsubj", 3, "Jinping"),
        ("spoke", "VBD", "VERB", "ROOT", 3, "speak"),
        (".", ".", "PUNCT", "punct", 3, "."),
    ], ents=((0, 3, "PERSON"),))
    [xi] = extract_actor_mentions(doc)
    assert (xi.text, xi.span, xi.role, xi.role_of) == ("Xi Jinping", (10, 20), "President", None)


def test_a_possessive_and_a_leading_article_leave_the_span():
    doc = make_doc([
        ("Liang", "NNP", "PROPN", "compound", 1, "Liang"),
        ("Wenfeng", "NNP", "PROPN", "poss", 3, "Wenfeng"),
        ("'s", "POS", "PART", "case", 1, "'s"),
        ("company", "NN", "NOUN", "nsubj", 4, "company"),
        ("grew", "VBD", "VERB", "ROOT", 4, "grow"),
        (".", ".", "PUNCT", "punct", 4, "."),
    ], ents=((0, 3, "PERSON"),))
    [liang] = extract_actor_mentions(doc)
    assert (liang.text, liang.span, liang.name) == ("Liang Wenfeng", (0, 13), "Liang Wenfeng")

    doc = make_doc([
        ("He", "PRP", "PRON", "nsubj", 1, "he"),
        ("read", "VBD", "VERB", "ROOT", 1, "read"),
        ("the", "DT", "DET", "det", 4, "the"),
        ("Wall", "NNP", "PROPN", "compound", 4, "Wall"),
        ("Street", "NNP", "PROPN", "compound", 5, "Street"),
        ("Journal", "NNP", "PROPN", "poss", 7, "Journal"),
        ("'s", "POS", "PART", "case", 5, "'s"),
        ("report", "NN", "NOUN", "dobj", 1, "report"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ], ents=((2, 7, "ORG"),))
    start, end = clean_entity_span(doc.ents[0])
    assert doc.text[start:end] == "Wall Street Journal"


@pytest.mark.parametrize("tagged", [True, False], ids=["tagged", "missed by the model"])
def test_a_bare_surname_joins_the_full_name_in_the_article(tagged):
    rows = [
        ("Patricia", "NNP", "PROPN", "compound", 1, "Patricia"),
        ("Hewitt", "NNP", "PROPN", "nsubj", 2, "Hewitt"),
        ("spoke", "VBD", "VERB", "ROOT", 2, "speak"),
        (".", ".", "PUNCT", "punct", 2, "."),
        ("Hewitt", "NNP", "PROPN", "nsubj", 5, "Hewitt"),
        ("left", "VBD", "VERB", "ROOT", 5, "leave"),
        (".", ".", "PUNCT", "punct", 5, "."),
    ]
    ents = ((0, 2, "PERSON"), (4, 5, "PERSON")) if tagged else ((0, 2, "PERSON"),)
    full, bare = extract_actor_mentions(make_doc(rows, ents))
    assert (full.text, bare.text) == ("Patricia Hewitt", "Hewitt")
    assert bare.group == full.group and bare.name == "Patricia Hewitt" and bare.type == "person"


SHE_SPOKE = [
    ("Patricia", "NNP", "PROPN", "compound", 1, "Patricia"),
    ("Hewitt", "NNP", "PROPN", "nsubj", 2, "Hewitt"),
    ("arrived", "VBD", "VERB", "ROOT", 2, "arrive"),
    (".", ".", "PUNCT", "punct", 2, "."),
    ("She", "PRP", "PRON", "nsubj", 5, "she"),
    ("spoke", "VBD", "VERB", "ROOT", 5, "speak"),
    (".", ".", "PUNCT", "punct", 5, "."),
]


def test_a_subject_pronoun_resolves_to_the_one_person_before_it():
    name, she = extract_actor_mentions(make_doc(SHE_SPOKE, ((0, 2, "PERSON"),)))
    assert (she.text, she.kind, she.name, she.group) == ("She", "pronoun", name.name, name.group)


def test_the_lookback_is_a_setting():
    doc = make_doc(SHE_SPOKE, ((0, 2, "PERSON"),))
    settings = ActorSettings(pronoun_sentences_back=0)
    assert [m.text for m in extract_actor_mentions(doc, settings=settings)] == ["Patricia Hewitt"]


def test_an_honorific_keeps_a_pronoun_of_the_other_gender_away():
    doc = make_doc([
        ("Ms", "NNP", "PROPN", "compound", 2, "Ms"),
        ("Patricia", "NNP", "PROPN", "compound", 2, "Patricia"),
        ("Hewitt", "NNP", "PROPN", "nsubj", 3, "Hewitt"),
        ("arrived", "VBD", "VERB", "ROOT", 3, "arrive"),
        (".", ".", "PUNCT", "punct", 3, "."),
        ("He", "PRP", "PRON", "nsubj", 6, "he"),
        ("spoke", "VBD", "VERB", "ROOT", 6, "speak"),
        (".", ".", "PUNCT", "punct", 6, "."),
    ], ents=((1, 3, "PERSON"),))
    assert [m.text for m in extract_actor_mentions(doc)] == ["Patricia Hewitt"]


def test_the_company_resolves_to_the_one_organization_before_it():
    doc = make_doc([
        ("DeepSeek", "NNP", "PROPN", "nsubj", 1, "DeepSeek"),
        ("released", "VBD", "VERB", "ROOT", 1, "release"),
        ("a", "DT", "DET", "det", 3, "a"),
        ("model", "NN", "NOUN", "dobj", 1, "model"),
        (".", ".", "PUNCT", "punct", 1, "."),
        ("The", "DT", "DET", "det", 6, "the"),
        ("company", "NN", "NOUN", "nsubj", 7, "company"),
        ("grew", "VBD", "VERB", "ROOT", 7, "grow"),
        (".", ".", "PUNCT", "punct", 7, "."),
    ], ents=((0, 1, "ORG"),))
    name, nominal = extract_actor_mentions(doc)
    assert (nominal.text, nominal.kind, nominal.type) == ("The company", "nominal", "organization")
    assert (nominal.name, nominal.group) == ("DeepSeek", name.group)
