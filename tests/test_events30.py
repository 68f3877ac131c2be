"""Events that read well and merge across articles only when right, on real parses: the
showcase article's sentences where the tagger takes "startup" for a verb, reports in the first
or second person, event nouns with neither agent nor patient (minor), participles that are
their verb's lemma ("has run"), date possessives, "of" arguments of verbs that take no object,
and participles with a "by" agent."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_events28 import annotate, cross_article
from test_events28b import events, minor_of

SHOWCASE = Path(__file__).parent.parent / "content" / "china-restricts-ai-experts-us-travel.txt"


def summaries(nlp, text: str) -> list[str]:
    return [e.summary for a in annotate(nlp, text) for e in a.events]


@pytest.fixture(scope="module")
def showcase(nlp) -> list[str]:
    return summaries(nlp, SHOWCASE.read_text(encoding="utf-8"))


def test_a_subject_hung_on_a_noun_taken_for_a_verb_is_the_clause_s(showcase):
    """"Recent developments, such as the emergence of Chinese startup(VBD) DeepSeek ..., have
    intensified this rivalry": not "This rivalry is intensified"."""
    assert "Recent developments have intensified this rivalry" in showcase


def test_a_bare_participle_after_a_noun_taken_for_a_verb_follows_the_noun_before_it(showcase):
    found = [s for s in showcase if "claimed to rival" in s]
    assert found and found[0].startswith("AI models are claimed to rival")


def test_a_by_phrase_on_the_of_object_is_the_agent_said_whole(showcase):
    """"the cancellation of a planned US trip by another prominent Chinese AI startup founder":
    the parse cuts the agent before "startup", which it makes a clause head."""
    assert "Another prominent Chinese AI startup founder cancels a planned US trip" in showcase


STORY = ("Brandwell will close its Munich plant next year, the carmaker said on Monday. "
         "Union leader Ola Fenn said: \"{}\" Brandwell shares fell in Munich after the news. "
         "Brandwell employs 9,000 people in Munich.")


def test_a_report_in_the_first_person_never_joins_another_article(nlp):
    assert cross_article(nlp, "fight", STORY.format("We will fight the closure plan."),
                         STORY.format("We will fight this plan in the courts.")) == 0


def test_an_event_noun_with_neither_agent_nor_patient_is_minor(nlp):
    found = minor_of(nlp, "Carmaker Brandwell sold its Rover unit to Ford on Monday. "
                          "Ola Fenn, its chief executive, praised the staff in Munich. "
                          "Later there was a summit in Paris.")
    assert found["summit"] is True


@pytest.mark.parametrize("text, trigger", [
    ("The firm has run the plant since 1990.", "run"),
    ("Labour has overcome its split over the war.", "overcome"),
])
def test_a_participle_that_is_its_lemma_is_a_verb(nlp, text, trigger):
    assert trigger in {e.trigger for e in events(nlp, text)}


def test_a_date_possessive_is_no_participant(nlp):
    texts = [p.text for a in annotate(nlp, "Monday's meeting of the cabinet with the unions "
                                           "ended early.")
             for e in a.events if e.trigger == "meeting" for p in e.participants]
    assert "the cabinet" in texts and "Monday" not in texts


def test_the_of_argument_of_a_verb_without_object_is_its_agent(nlp):
    said = summaries(nlp, "The delay grew because the arrival of President Bush in Mainz "
                          "took the best part of an hour.")
    assert not any("is arrived" in s for s in said)
    assert any(s.startswith("Bush arrives") or s.startswith("President Bush arrives")
               for s in said)


def test_a_participle_with_a_by_agent_is_a_passive(nlp):
    said = summaries(nlp, "The Department for Trade and Industry will also provide funding "
                          "to help a new pay experts panel run by the TUC.")
    assert any("be run by the TUC" in s for s in said)


def test_examples_after_a_comma_are_left_out_of_a_phrase(nlp):
    said = summaries(nlp, "Some carmakers, such as the makers of small cars, have cut "
                          "their prices in Germany.")
    assert any(s.startswith("Some carmakers have cut their prices") for s in said)


def test_a_participle_after_there_been_is_said_active(nlp):
    """"there had been falling cigarette sales": the sales fall, not "are fallen"."""
    said = summaries(nlp, "He said there had been falling cigarette sales in Norway.")
    assert any(s.startswith("Cigarette sales") and " fall" in s for s in said)
    assert not any("are fallen" in s for s in said)


def test_a_contracted_auxiliary_is_joined_to_its_word(nlp):
    said = summaries(nlp, "\"It's painting a picture of a recovery,\" said Paul Green.")
    assert "It's painting a picture of a recovery" in said


def test_the_last_verb_of_a_hyphenated_word_is_no_trigger(nlp):
    """"a hit-and-run driver": "run" (a past participle that is its lemma) is no event."""
    found = {e.trigger for e in events(nlp, "A hit-and-run driver killed a boy in Leeds.")}
    assert "kill" in found and "run" not in found
