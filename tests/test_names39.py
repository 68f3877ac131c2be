"""names39: person names cut by the model at a middle initial or a generational suffix, names of
a middle initial tagged as bodies, and given names that tell a pronoun's gender. Sentences
written for the tests (no corpus text), the real model."""

from __future__ import annotations

import pytest

from generator.nlp.actors import extract_actor_mentions
from generator.nlp.actors.lexicon import lexicon
from generator.nlp.claims import extract_attributions


def _names(nlp, text):
    return [(m.text, str(m.type)) for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]


def test_the_gender_lists_share_no_name_and_the_suffixes_are_read():
    lex = lexicon()
    assert lex.given_name_genders["dolores"] == "f"
    assert lex.given_name_genders["bruce"] == "m"
    assert {"jr", "sr", "iii"} <= lex.generational_suffixes


@pytest.mark.model
def test_a_name_cut_after_its_middle_initial_takes_surname_and_suffix(nlp):
    text = ("The singer's lawyer, Harold T Pemberton Jr, said he was relieved. "
            "District Attorney Bruce L Carver Jr, who was in charge of the case, said that "
            "detectives found nothing.")
    names = [n for n, _ in _names(nlp, text)]
    assert "Jr" not in names, names
    assert "Bruce L Carver Jr" in names, names


@pytest.mark.model
def test_a_surname_alone_joins_the_name_before_its_suffix(nlp):
    text = ("Harold T Pemberton Jr, the singer's lawyer, spoke on Monday. "
            "Pemberton said the singer was relieved.")
    mentions = [m for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]
    groups = {m.text: m.group for m in mentions}
    assert groups.get("Pemberton") == groups.get("Harold T Pemberton Jr"), groups


@pytest.mark.model
def test_given_name_initial_surname_tagged_a_body_is_a_person(nlp):
    text = ("The woman's lawyer, Dolores M Brackley, said her client would sue. "
            "Shares in AT & T rose, and J P Morgan and Marks & Spencer fell.")
    names = dict(_names(nlp, text))
    assert names.get("Dolores M Brackley") == "person", names
    assert names.get("Marks & Spencer", "organization") == "organization", names


@pytest.mark.model
def test_she_is_never_a_man_his_given_name_says(nlp):
    text = ("Singer Tom Baxter will not face charges. Bruce Harwell, who led the case, said "
            "there was no evidence. He also said the woman waited a year, and she had had "
            "contact with Baxter. The woman's lawyer, Dolores M Brackley, said her client "
            "would sue the singer. She also said that new evidence had been found.")
    doc = nlp(text + "\n")
    mentions = extract_actor_mentions(doc)
    men = {m.group for m in mentions if m.text in ("Tom Baxter", "Bruce Harwell")}
    shes = [m for m in mentions if m.kind == "pronoun" and m.text.lower() == "she"]
    assert not [m for m in shes if m.group in men], shes
    claims = extract_attributions(doc, classifier=False, actors=mentions)
    also = next(c for c in claims if "new evidence" in doc.text[slice(*c.content)])
    said_by = also.resolved_source or also.source
    assert doc.text[slice(*said_by)] not in ("Tom Baxter", "Baxter", "Bruce Harwell"), also


@pytest.mark.model
def test_he_after_an_unnamed_spokesman_is_not_a_name_further_back(nlp):
    text = ("Dan Weller, now chairman of a studio, told the minister he would buy the channel. "
            "But the watchdog has said the broadcaster will not be sold. A spokesman for the "
            "department said there were no plans to sell it.\n\nHe added that a new law would "
            "be needed for a sale.")
    mentions = extract_actor_mentions(nlp(text))
    weller = next(m.group for m in mentions if m.text == "Dan Weller")
    added = [m for m in mentions if m.kind == "pronoun" and m.text == "He"]
    assert not [m for m in added if m.group == weller], added
