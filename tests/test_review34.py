"""Issue 15, review of the fourth round: rules that fired beyond what they were written for.
Self-written sentences through the real model (and the merge where the pages decide)."""

from __future__ import annotations

import pytest
from test_claims33 import _resolved
from test_events28 import annotate
from test_people33 import _merged_source, _retyped

from generator.vocab import ActorType

pytestmark = pytest.mark.model


def _participants(nlp, text: str, trigger: str) -> list[tuple[str, str]]:
    return [(p.role.value, p.text) for a in annotate(nlp, text) for e in a.events
            if e.trigger == trigger for p in e.participants]


def test_a_person_before_an_employers_job_and_a_person_stays_a_person(nlp) -> None:
    text = "Donald Fairbrook campaign chairman Mina Okafor resigned on Friday."
    assert _retyped(nlp, text, "Donald Fairbrook", ActorType.PERSON,
                    (("Mina Okafor", ActorType.PERSON),)) == ActorType.PERSON


def test_a_verb_firms_use_too_needs_a_given_name_at_one_end(nlp) -> None:
    text = 'Sales fell again. Halden Crosby complained: "The rules are unfair."'
    assert _retyped(nlp, text, "Halden Crosby") == ActorType.ORGANIZATION


def test_a_body_named_with_of_and_a_titled_person_are_two_speakers() -> None:
    source = "The Bank of Northport and Chancellor Alan Pemberton"
    text = f"{source} said rates would stay low."
    assert _merged_source(text, {"Alan Pemberton": "Alan Pemberton"}, source) != "Alan Pemberton"


def test_a_name_with_a_digit_is_an_agent_not_a_measure(nlp) -> None:
    assert ("agent", "the G8") in _participants(nlp, "The summit was hosted by the G8.", "host")


def test_an_ex_noun_keeps_the_name_in_apposition(nlp) -> None:
    found = _participants(nlp, "His ex-boss, John Brown, fired him on Monday.", "fire")
    assert ("agent", "John Brown") in found, found


def test_a_demonym_after_a_is_no_outlet(nlp) -> None:
    from actorkit import names
    assert "New Yorker" not in [n for n, _ in names(nlp, "Jones, a New Yorker, said the plan "
                                                        "was mad.")]


def test_the_company_is_not_another_firm_sharing_its_first_word(nlp) -> None:
    text = ("General Motors cut jobs. General Motors closed a plant. General Motors sold a unit. "
            "General Electric bought it. Sales fell in the spring. Prices rose in the summer. "
            "Wages fell in the autumn. The company said it would hire again.")
    assert _resolved(nlp, text, "said") != "General Electric"


def test_an_outlet_before_the_noun_it_qualifies_stays_an_outlet(nlp) -> None:
    from actorkit import names
    found = names(nlp, "He had accused an Evening Standard journalist of bias.")
    assert "Evening Standard" in [n for n, _ in found], found
