"""PolNeAR source rules of 2026-12-07 (polsrc): a verb joined to a reported clause whose
subject is a pronoun for the one who reports is the reporter's, named ("He says he respects
Clinton and calls her …"), and a few bodies and people that read as things ("the
legislature", "the kingdom", "The Supreme Court justice"). Real parses of self-written text."""

from __future__ import annotations

import pytest
from claimkit import claim_with

pytestmark = pytest.mark.model

HEAD = "Talks go on\n\n"


def test_a_verb_joined_to_he_said_is_the_named_speakers(nlp) -> None:
    text = HEAD + ('Lazar said he welcomed extradition to the United States and added, '
                   '"I will plead guilty, no problem."')
    found = claim_with(nlp, text, "added")
    assert found.source_text == "Lazar"


def test_a_verb_joined_after_she_adds_that_is_the_named_speakers(nlp) -> None:
    text = HEAD + ("Clinton adds that she has released 30 years of tax returns and called on "
                   "Sanders and Donald Trump to do the same.")
    found = claim_with(nlp, text, "called on")
    assert found.source_text == "Clinton"


def test_guard_another_person_in_the_reported_clause_keeps_the_verb(nlp) -> None:
    # not the reporter's: "Smith" denied it and accused the minister
    text = HEAD + "Ms Lee said Mr Smith denied the claims and accused the minister of lying."
    found = claim_with(nlp, text, "accused")
    assert found.source_text != "Ms Lee"


def test_a_legislature_is_a_body(nlp) -> None:
    text = HEAD + "The state legislature passed a bill that bans the sale of fireworks."
    found = claim_with(nlp, text, "passed", classifier=True)
    assert found.source_kind == "organization"


def test_a_kingdom_that_hopes_is_a_body(nlp) -> None:
    text = HEAD + ("The paper describes a move that the kingdom hopes will end doubts about "
                   "its efforts.")
    found = claim_with(nlp, text, "hopes")
    assert found.source_kind == "organization"


def test_a_justice_is_someone(nlp) -> None:
    text = HEAD + "The Supreme Court justice said she regretted her remarks about the candidate."
    found = claim_with(nlp, text, "said")
    assert found.source_kind == "person"
