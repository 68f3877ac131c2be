"""Merge rules on real parses of sentences written for them: which reports of one article are
one event (the actor the phrase names, other patients, other kinds of an event noun)."""

from __future__ import annotations

from generator.annotations import AnnotatedArticle
from generator.merge import merge
from generator.models import Article
from generator.nlp.actors import extract_actor_mentions
from generator.nlp.events import extract_events


def corpus(nlp, *texts: str):
    """The merged corpus of one article per text (parsed, actors and events extracted)."""
    annotated = []
    for n, text in enumerate(texts):
        doc = nlp(text)
        article = Article(id=f"a{n}", path=f"a{n}.md", title=f"a{n}", text=text,
                          sentences=tuple((s.start_char, s.end_char) for s in doc.sents))
        actors = extract_actor_mentions(doc)
        annotated.append(AnnotatedArticle(article=article, actors=tuple(actors),
                                          events=tuple(extract_events(doc, actors))))
    return merge(annotated)


def events_of(c, trigger: str):
    return [e for e in c.events if any(
        c.articles[0].text[m.trigger_span[0]:m.trigger_span[1]].lower().startswith(trigger)
        for m in e.mentions)]


def names(c, event) -> set[str]:
    by_id = {a.id: a.name for a in c.actors}
    return {by_id[p.actor] for p in event.participants}


def test_an_actor_that_modifies_a_participant_is_not_the_participant(nlp):
    c = corpus(nlp, "Canadian police ordered the detention of a Huawei executive in Vancouver.")
    [event] = events_of(c, "detention")
    assert "Huawei" not in names(c, event)


def test_the_actor_a_participant_phrase_names_stays(nlp):
    c = corpus(nlp, "Canadian police ordered the detention of Meng Wanzhou in Vancouver.")
    [event] = events_of(c, "detention")
    assert "Meng Wanzhou" in names(c, event)


def test_one_article_naming_other_patients_tells_of_other_events(nlp):
    c = corpus(nlp, "The film stars Leslie Nielsen as a doctor. The sequel also stars James "
                    "Brolin as a surgeon.")
    assert len(events_of(c, "star")) == 2


def test_event_nouns_with_other_compound_modifiers_are_other_events(nlp):
    c = corpus(nlp, "Labour will hold its autumn conference in Manchester. Mr Blair will "
                    "hold a news conference every morning. Blackpool gets the spring "
                    "conference instead.")
    assert len(events_of(c, "conference")) == 3


def test_an_event_noun_without_a_modifier_can_join_one_with_a_modifier(nlp):
    c = corpus(nlp, "Fire crews fought the warehouse fire in Palmer on Tuesday. The fire "
                    "destroyed the building.")
    assert len(events_of(c, "fire")) == 1


def test_a_report_naming_no_patient_does_not_bridge_two_patients(nlp):
    c = corpus(nlp, "The film stars Leslie Nielsen as a doctor. The sequel stars a young "
                    "actor. The third film stars James Brolin as a surgeon.")
    for event in events_of(c, "star"):
        assert not {"Leslie Nielsen", "James Brolin"} <= names(c, event)


def test_every_murder_is_a_kind_of_event_and_joins_no_report(nlp):
    c = corpus(nlp, "The judge said every murder deserves a life sentence. The murder of "
                    "Amanda Champion shocked the town. The murder happened in May.")
    [kind] = [e for e in events_of(c, "murder") if len(e.mentions) == 1
              and "every" in c.articles[0].text[e.mentions[0].span[0]:e.mentions[0].span[1]]]
    assert kind.mentions[0].trigger_span[0] == c.articles[0].text.index("murder")
