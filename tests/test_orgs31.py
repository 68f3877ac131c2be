"""Organisation and person errors seen on BBC, GUM and CoNLL news: common words opening a
sentence, and the kind of body named before a name. Real parses; the sentences are written for
the test."""

from __future__ import annotations

from actorkit import names, types_of

# non_names.py: a capitalised plural noun opening a sentence is that noun, not a body

def test_a_plural_noun_opening_a_sentence_is_no_organisation(nlp):
    found = names(nlp, "Commuters crowded the platforms on Monday morning after the strike.")
    assert types_of(found, "Commuters") == set()


def test_shoppers_opening_a_sentence_are_no_organisation(nlp):
    found = names(nlp, "Shoppers queued outside Harrods in Leeds.")
    assert types_of(found, "Shoppers") == set()
    assert types_of(found, "Leeds") == {"place"}


# classify.py: the kind of body named right before one name

def test_a_plural_kind_before_one_name_makes_a_body(nlp):
    found = names(nlp, "Demand for tablets rose by a third, according to a report from "
                       "analysts Forrester.")
    assert types_of(found, "Forrester") == {"organization"}


def test_a_kind_after_at_before_one_name_makes_a_body(nlp):
    found = names(nlp, "Jane Porter, a director at analyst Mintel, said that sales fell.")
    assert types_of(found, "Mintel") == {"organization"}
    assert types_of(found, "Jane Porter") == {"person"}


def test_a_plural_object_of_a_verb_before_a_name_is_no_kind(nlp):
    found = names(nlp, "He told reporters Smith would resign before the vote on Friday.")
    assert "organization" not in types_of(found, "Smith")


# patterns/actors.yml product_classifiers: a tool or device named is no actor

def test_a_tool_named_is_no_actor(nlp):
    found = names(nlp, "Viewers will see the new tool Marco at the final. Marco works by "
                       "tracking each player.")
    assert types_of(found, "Marco") == set()


def test_a_device_named_is_no_actor(nlp):
    found = names(nlp, "The firm unveiled its new handheld device Pico on Monday.")
    assert types_of(found, "Pico") == set()


# patterns/actors.yml legal_suffixes: more companies' legal forms

def test_an_italian_legal_form_makes_a_company(nlp):
    found = names(nlp, "The plan was approved by Pirelli SpA chairman and chief executive "
                       "officer Marco Tonchetti Provera .")
    assert types_of(found, "Pirelli SpA") == {"organization"}
