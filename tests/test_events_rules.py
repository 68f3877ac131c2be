"""The event rules on hand-built parses (no trained model): agent, verb and patient with a
place and a date; passives; nominal events; hypothetical clauses and questions skipped."""

from __future__ import annotations

from handmade import make_doc

from generator.annotations import ActorMention
from generator.nlp.events import EventSettings, extract_events

ARREST = [
    ("Police", "NNS", "NOUN", "nsubj", 1, "police"),
    ("arrested", "VBD", "VERB", "ROOT", 1, "arrest"),
    ("two", "CD", "NUM", "nummod", 3, "two"),
    ("men", "NNS", "NOUN", "dobj", 1, "man"),
    ("in", "IN", "ADP", "prep", 1, "in"),
    ("Paris", "NNP", "PROPN", "pobj", 4, "Paris"),
    ("on", "IN", "ADP", "prep", 1, "on"),
    ("Monday", "NNP", "PROPN", "pobj", 6, "Monday"),
    (".", ".", "PUNCT", "punct", 1, "."),
]
ARREST_ENTS = ((5, 6, "GPE"), (7, 8, "DATE"))
PARIS = ActorMention(span=(27, 32), text="Paris", type="place", name="Paris", group=0)


def roles(event):
    return [(p.role, p.text) for p in event.participants]


def test_agent_verb_patient_with_a_place_and_a_date():
    doc = make_doc(ARREST, ARREST_ENTS)
    [event] = extract_events(doc, [PARIS], "2025-03-05")  # a Wednesday
    assert (event.trigger, event.summary) == ("arrest", "Police arrest two men in Paris")
    assert roles(event) == [("agent", "Police"), ("patient", "two men")]
    assert (event.place, event.place_text) == (PARIS.span, "Paris")
    assert (event.date_text, event.date) == ("Monday", "2025-03-03")
    assert doc.text[event.span[0] : event.span[1]] == "Police arrested two men in Paris on Monday"
    assert not event.negated


def test_the_events_per_sentence_are_a_setting():
    doc = make_doc(ARREST, ARREST_ENTS)
    assert extract_events(doc, [PARIS], settings=EventSettings(max_per_sentence=0)) == []


def test_a_passive_subject_is_the_patient_and_the_by_phrase_the_agent():
    doc = make_doc([
        ("Two", "CD", "NUM", "nummod", 1, "two"),
        ("men", "NNS", "NOUN", "nsubjpass", 3, "man"),
        ("were", "VBD", "AUX", "auxpass", 3, "be"),
        ("arrested", "VBN", "VERB", "ROOT", 3, "arrest"),
        ("by", "IN", "ADP", "agent", 3, "by"),
        ("police", "NNS", "NOUN", "pobj", 4, "police"),
        ("in", "IN", "ADP", "prep", 3, "in"),
        ("Paris", "NNP", "PROPN", "pobj", 6, "Paris"),
        (".", ".", "PUNCT", "punct", 3, "."),
    ], ents=((7, 8, "GPE"),))
    [event] = extract_events(doc)
    assert roles(event) == [("agent", "police"), ("patient", "Two men")]
    assert event.summary == "Two men were arrested by police in Paris"
    assert event.place_text == "Paris"


def test_a_modal_makes_the_clause_hypothetical_and_no_event():
    doc = make_doc([
        ("Police", "NNS", "NOUN", "nsubj", 2, "police"),
        ("could", "MD", "AUX", "aux", 2, "could"),
        ("arrest", "VB", "VERB", "ROOT", 2, "arrest"),
        ("two", "CD", "NUM", "nummod", 4, "two"),
        ("men", "NNS", "NOUN", "dobj", 2, "man"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ])
    assert extract_events(doc) == []


def test_a_question_states_no_event():
    rows = [*ARREST[:-1], ("?", ".", "PUNCT", "punct", 1, "?")]
    assert extract_events(make_doc(rows, ARREST_ENTS), [PARIS]) == []


def test_an_event_noun_with_an_of_argument_and_a_place():
    doc = make_doc([
        ("The", "DT", "DET", "det", 1, "the"),
        ("detention", "NN", "NOUN", "nsubj", 8, "detention"),
        ("of", "IN", "ADP", "prep", 1, "of"),
        ("a", "DT", "DET", "det", 5, "a"),
        ("Huawei", "NNP", "PROPN", "compound", 5, "Huawei"),
        ("executive", "NN", "NOUN", "pobj", 2, "executive"),
        ("in", "IN", "ADP", "prep", 1, "in"),
        ("Canada", "NNP", "PROPN", "pobj", 6, "Canada"),
        ("angered", "VBD", "VERB", "ROOT", 8, "anger"),
        ("China", "NNP", "PROPN", "dobj", 8, "China"),
        (".", ".", "PUNCT", "punct", 8, "."),
    ], ents=((4, 5, "ORG"), (7, 8, "GPE"), (9, 10, "GPE")))
    [event] = extract_events(doc)
    assert event.trigger == "detention"
    assert event.summary == "detention of a Huawei executive in Canada"
    assert roles(event) == [("patient", "a Huawei executive")]
    assert event.place_text == "Canada"
