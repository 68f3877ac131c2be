"""The event rules on hand-built parses (no trained model): agent, verb and patient with a
place and a date; passives; nominal events; modality (possible, future, negated) instead of
dropping irrealis clauses; questions skipped; summaries as whole sentences."""

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
    assert event.summary == "There was a detention of a Huawei executive in Canada"
    assert roles(event) == [("patient", "a Huawei executive")]
    assert event.place_text == "Canada"


# ---------------------------------------------------------------- modality and summaries

def _arrest(aux_rows, head=2):
    """ "Police <aux...> arrest two men ." with the verb at index ``head``."""
    rows = [("Police", "NNS", "NOUN", "nsubj", head, "police"), *aux_rows,
            ("arrest", "VB", "VERB", "ROOT", head, "arrest"),
            ("two", "CD", "NUM", "nummod", head + 2, "two"),
            ("men", "NNS", "NOUN", "dobj", head, "man"),
            (".", ".", "PUNCT", "punct", head, ".")]
    return make_doc(rows)


def test_a_modal_clause_is_kept_as_possible():
    [event] = extract_events(_arrest([("could", "MD", "AUX", "aux", 2, "could")]))
    assert (event.modality, event.negated) == ("possible", False)
    assert event.summary == "Police could arrest two men"


def test_will_makes_a_future_event_and_not_a_negated_one():
    [future] = extract_events(_arrest([("will", "MD", "AUX", "aux", 2, "will")]))
    assert future.modality == "future" and future.summary == "Police will arrest two men"
    [negated] = extract_events(_arrest([("did", "VBD", "AUX", "aux", 3, "do"),
                                        ("not", "RB", "PART", "neg", 3, "not")], head=3))
    assert (negated.modality, negated.negated) == ("negated", True)
    assert negated.summary == "Police did not arrest two men"


def test_a_conditional_clause_is_possible():
    doc = make_doc([
        ("If", "IN", "SCONJ", "mark", 2, "if"),
        ("police", "NNS", "NOUN", "nsubj", 2, "police"),
        ("arrest", "VBP", "VERB", "advcl", 6, "arrest"),
        ("him", "PRP", "PRON", "dobj", 2, "he"),
        (",", ",", "PUNCT", "punct", 6, ","),
        ("riots", "NNS", "NOUN", "nsubj", 6, "riot"),
        ("follow", "VBP", "VERB", "ROOT", 6, "follow"),
        (".", ".", "PUNCT", "punct", 6, "."),
    ])
    arrest = next(e for e in extract_events(doc) if e.trigger == "arrest")
    assert arrest.modality == "possible" and arrest.summary == "Police arrest him"


def test_a_participle_borrows_the_subject_of_its_clause():
    doc = make_doc([
        ("After", "IN", "ADP", "prep", 6, "after"),
        ("killing", "VBG", "VERB", "pcomp", 0, "kill"),
        ("two", "CD", "NUM", "nummod", 3, "two"),
        ("officers", "NNS", "NOUN", "dobj", 1, "officer"),
        (",", ",", "PUNCT", "punct", 6, ","),
        ("gunmen", "NNS", "NOUN", "nsubj", 6, "gunman"),
        ("fled", "VBD", "VERB", "ROOT", 6, "flee"),
        (".", ".", "PUNCT", "punct", 6, "."),
    ])
    kill = next(e for e in extract_events(doc) if e.trigger == "kill")
    assert kill.summary == "Gunmen kill two officers"
    assert roles(kill) == [("agent", "gunmen"), ("patient", "two officers")]


def test_a_headline_participle_reads_as_a_passive():
    doc = make_doc([
        ("Two", "CD", "NUM", "nummod", 1, "two"),
        ("men", "NNS", "NOUN", "ROOT", 1, "man"),
        ("arrested", "VBN", "VERB", "acl", 1, "arrest"),
        ("in", "IN", "ADP", "prep", 2, "in"),
        ("Paris", "NNP", "PROPN", "pobj", 3, "Paris"),
    ], ents=((4, 5, "GPE"),))
    [event] = extract_events(doc)
    assert event.summary == "Two men are arrested in Paris"
    assert roles(event) == [("patient", "Two men")]


def test_a_bare_event_noun_says_that_the_event_happened():
    doc = make_doc([
        ("The", "DT", "DET", "det", 1, "the"),
        ("earthquake", "NN", "NOUN", "nsubj", 2, "earthquake"),
        ("killed", "VBD", "VERB", "ROOT", 2, "kill"),
        ("20", "CD", "NUM", "nummod", 4, "20"),
        ("people", "NNS", "NOUN", "dobj", 2, "people"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ])
    quake, kill = extract_events(doc)
    assert (quake.trigger, quake.kind, quake.concept) == ("earthquake", "nominal", "quake")
    assert quake.summary == "There was an earthquake"
    assert not quake.participants and quake.place is None  # kept, and the merge marks it bare
    assert kill.summary == "The earthquake kills 20 people"
    assert (kill.kind, kill.concept) == ("verbal", "kill")


COORDINATED = [
    ("Police", "NNS", "NOUN", "nsubj", 1, "police"),
    ("arrested", "VBD", "VERB", "ROOT", 1, "arrest"),
    ("two", "CD", "NUM", "nummod", 3, "two"),
    ("men", "NNS", "NOUN", "dobj", 1, "man"),
    ("and", "CC", "CCONJ", "cc", 3, "and"),
    ("a", "DT", "DET", "det", 6, "a"),
    ("woman", "NN", "NOUN", "conj", 3, "woman"),
    ("from", "IN", "ADP", "prep", 6, "from"),
    ("the", "DT", "DET", "det", 10, "the"),
    ("northern", "JJ", "ADJ", "amod", 10, "northern"),
    ("suburbs", "NNS", "NOUN", "pobj", 7, "suburb"),
    ("in", "IN", "ADP", "prep", 1, "in"),
    ("Paris", "NNP", "PROPN", "pobj", 11, "Paris"),
    (".", ".", "PUNCT", "punct", 1, "."),
]


def test_a_long_summary_loses_whole_parts_never_half_a_phrase():
    doc = make_doc(COORDINATED, ents=((12, 13, "GPE"),))
    [full] = extract_events(doc)
    assert full.summary == "Police arrest two men and a woman from the northern suburbs in Paris"
    [short] = extract_events(doc, settings=EventSettings(max_summary=40))
    # the object loses its "from" phrase and the place goes whole; the coordination stays whole
    assert short.summary == "Police arrest two men and a woman"
    assert short.trigger_span == (7, 15)


def test_a_sentence_never_ends_on_a_dangling_word_and_joins_contractions():
    from generator.nlp.events.summaries import sentence

    assert sentence([("a community", 0), ("had been ignored by", 0)], 100) == \
        "A community had been ignored"
    assert sentence([("we", 0), ("have n't", 0), ("ruled out", 0), ("a plan", 0)], 100) == \
        "We haven't ruled out a plan"
