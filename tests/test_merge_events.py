"""Merging event reports across articles: one event per real-world event (typed records, no
spaCy): the same arrest in two articles is one event; another arrest elsewhere is not."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from generator.annotations import ActorMention, AnnotatedArticle, EventMention, EventParticipant
from generator.corpus_json import dump_corpus
from generator.merge import merge
from generator.merge.events import best_date, compatible_dates
from generator.models import Article, Corpus

SCHEMA = json.loads((Path(__file__).parent.parent / "generator" / "data" /
                     "corpus.schema.json").read_text(encoding="utf-8"))


def _span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return (start, start + len(sub))


def _actor(text: str, sub: str, type_: str, group: int) -> ActorMention:
    return ActorMention(span=_span(text, sub), text=sub, type=type_, name=sub, group=group)


def _article(aid: str, text: str, actors, events, date: str | None = None) -> AnnotatedArticle:
    art = Article(id=aid, path=f"content/{aid}.md", title=aid, text=text, date=date,
                  sentences=((0, len(text)),))
    return AnnotatedArticle(art, tuple(actors), (), tuple(events))


def _event(text: str, trigger: str, word: str, summary: str, *, patient: str | None = None,
           agent: str | None = None, place: str | None = None, date: str | None = None,
           concept: str | None = None, kind: str = "verbal",
           modality: str = "asserted") -> EventMention:
    participants = []
    if agent:
        participants.append(EventParticipant(_span(text, agent), agent, "agent"))
    if patient:
        participants.append(EventParticipant(_span(text, patient), patient, "patient"))
    return EventMention(
        trigger=trigger, trigger_span=_span(text, word), span=(0, len(text) - 1), summary=summary,
        participants=tuple(participants), place=_span(text, place) if place else None,
        place_text=place, date=date, date_text=None, negated=modality == "negated",
        modality=modality, concept=concept or trigger, kind=kind)


A = "Police arrested John Smith in Leeds on Monday."
B = "The arrest of John Smith in Leeds shocked his neighbours."
C = "Police arrested Mary Jones in Bristol."
D = "John Smith did not resign."
E = "John Smith resigned on Friday."


def _corpus() -> Corpus:
    return merge([
        _article("a", A, [_actor(A, "John Smith", "person", 0), _actor(A, "Leeds", "place", 1)],
                 [_event(A, "arrest", "arrested", "Police arrest John Smith in Leeds",
                         patient="John Smith", place="Leeds", date="2024-03-04")],
                 date="2024-03-06"),
        _article("b", B, [_actor(B, "John Smith", "person", 0), _actor(B, "Leeds", "place", 1)],
                 [_event(B, "arrest", "arrest", "John Smith is arrested in Leeds",
                         patient="John Smith", place="Leeds", date="2024-03", kind="nominal")]),
        _article("c", C, [_actor(C, "Mary Jones", "person", 0), _actor(C, "Bristol", "place", 1)],
                 [_event(C, "arrest", "arrested", "Police arrest Mary Jones in Bristol",
                         patient="Mary Jones", place="Bristol")]),
    ])


def test_two_reports_of_one_arrest_are_one_event_with_both_mentions():
    corpus = _corpus()
    smith = [e for e in corpus.events if any(p.actor == "john-smith" for p in e.participants)]
    assert len(smith) == 1
    event = smith[0]
    assert [m.article for m in event.mentions] == ["a", "b"]
    assert event.place == "leeds" and event.trigger == "arrest"
    assert event.date == "2024-03-04" and event.date_conflicts == ()
    assert event.summary == "Police arrest John Smith in Leeds"  # the verbal report leads
    assert {m.summary for m in event.mentions} == {"Police arrest John Smith in Leeds",
                                                   "John Smith is arrested in Leeds"}


def test_the_same_verb_elsewhere_with_someone_else_stays_apart():
    corpus = _corpus()
    assert len(corpus.events) == 2
    jones = [e for e in corpus.events if any(p.actor == "mary-jones" for p in e.participants)]
    assert len(jones) == 1 and len(jones[0].mentions) == 1 and jones[0].place == "bristol"


def test_a_negated_report_never_joins_an_asserted_one():
    corpus = merge([
        _article("d", D, [_actor(D, "John Smith", "person", 0)],
                 [_event(D, "resign", "resign", "John Smith did not resign", agent="John Smith",
                         modality="negated")]),
        _article("e", E, [_actor(E, "John Smith", "person", 0)],
                 [_event(E, "resign", "resigned", "John Smith resigns", agent="John Smith")]),
    ])
    assert len(corpus.events) == 2
    negated = next(e for e in corpus.events if e.negated)
    assert negated.modality == "negated"
    assert all(not e.negated and e.modality == "asserted"
               for e in corpus.events if e is not negated)


def test_conflicting_dates_are_kept_beside_the_one_most_reports_give():
    assert compatible_dates("2018", "2018-05-03") and not compatible_dates("2018", "2019")
    assert best_date(["2018", "2018-05", "2019"]) == ("2018-05", ("2019",))
    assert best_date([]) == (None, ())


def test_an_event_with_nothing_around_it_is_bare():
    text = "It exploded."
    corpus = merge([_article("x", text, [], [_event(text, "explode", "exploded",
                                                    "It exploded")])])
    [event] = corpus.events
    assert event.bare and not event.listed


def test_the_export_carries_trigger_spans_modality_and_follows_the_schema():
    corpus = _corpus()
    exported = json.loads(dump_corpus(corpus))
    jsonschema.validate(exported, SCHEMA)
    event = exported["events"][0]
    mention = event["mentions"][0]
    assert A[slice(*mention["trigger_span"])] == "arrested"
    assert A[slice(*mention["span"])].startswith("Police arrested")
    assert event["modality"] == "asserted" and mention["modality"] == "asserted"
    assert Corpus.from_dict(exported) == corpus


def _meeting(text: str, phrase: str, with_: str | None) -> EventMention:
    """A nominal "meeting" report whose noun phrase is ``phrase``."""
    participants = (EventParticipant(_span(text, with_), with_, "participant"),) if with_ else ()
    return EventMention(
        trigger="meeting", trigger_span=_span(text, "meeting", text.count("meeting", 0, text.index(
            phrase))), span=_span(text, phrase), summary=f"There was {phrase}",
        participants=participants, concept="meet", kind="nominal")


def test_two_meetings_with_other_people_in_one_article_stay_two_events():
    text = ("Xi held a meeting with party officials. He also convened a meeting with tech leaders."
            " The meeting with tech leaders was short.")
    reports = [_meeting(text, "a meeting with party officials", "party officials"),
               _meeting(text, "a meeting with tech leaders", "tech leaders"),
               _meeting(text, "The meeting with tech leaders", "tech leaders")]
    corpus = merge([_article("m", text, [], reports)])
    assert sorted(len(e.mentions) for e in corpus.events) == [1, 2]  # "the meeting" is the second
    officials = next(e for e in corpus.events if len(e.mentions) == 1)
    assert officials.mentions[0].summary == "There was a meeting with party officials"


def _win_article(aid: str, words: str, agent: str | None) -> AnnotatedArticle:
    text = f"{agent or 'It'} won. {words}"
    actors = [_actor(text, agent, "org", 0)] if agent else []
    return _article(aid, text, actors, [_event(text, "win", "won", f"{agent or 'It'} wins",
                                               agent=agent)])


def test_a_common_verb_joins_across_articles_only_with_a_shared_participant():
    story = "Harbour ferry strike Dunmore council vote tonight"
    others = ["alpha bravo charlie delta", "echo foxtrot golf hotel", "india juliet kilo lima",
              "mike november oscar papa", "quebec romeo sierra tango", "uniform victor whisky xray",
              "yankee zulu amber basil", "cedar daisy ember fjord"]
    articles = [_win_article(f"o{n}", words, None) for n, words in enumerate(others)]
    articles += [_win_article("s1", story, None), _win_article("s2", story, None),
                 _win_article("t1", story, "Dunmore Rovers"),
                 _win_article("t2", story, "Dunmore Rovers")]
    events = merge(articles).events
    spans = sorted(len({m.article for m in e.mentions}) for e in events)
    # "win" is reported in more than 8 story groups: the two reports that name no one stay apart
    # although their articles tell one story; the two that share the winner are one event
    assert spans == [1] * 10 + [2]
    [joined] = [e for e in events if len(e.mentions) == 2]
    assert {m.article for m in joined.mentions} == {"t1", "t2"}


def test_one_article_telling_of_two_meetings_between_other_people_keeps_them_apart():
    text = ("Xi met Trump in Beijing on Monday. Putin met Macron in Beijing on Monday."
            " Trump met Xi again later.")
    names = ["Xi", "Trump", "Putin", "Macron"]
    actors = [_actor(text, n, "person", i) for i, n in enumerate(names)]
    actors += [_actor(text, "Beijing", "place", 4),
               ActorMention(span=_span(text, "Beijing", 1), text="Beijing", type="place",
                            name="Beijing", group=4)]
    second_trump = _span(text, "Trump", 1)
    second_xi = _span(text, "Xi", 1)
    actors += [ActorMention(span=second_trump, text="Trump", type="person", name="Trump",
                            group=1),
               ActorMention(span=second_xi, text="Xi", type="person", name="Xi", group=0)]
    first = _event(text, "meet", "met", "Xi meets Trump in Beijing", agent="Xi",
                   patient="Trump", place="Beijing", date="2024-03-04")
    second = EventMention(
        trigger="meet", trigger_span=_span(text, "met", 1), span=(34, 70),
        summary="Putin meets Macron in Beijing",
        participants=(EventParticipant(_span(text, "Putin"), "Putin", "agent"),
                      EventParticipant(_span(text, "Macron"), "Macron", "patient")),
        place=_span(text, "Beijing", 1), place_text="Beijing", date="2024-03-04",
        date_text=None, negated=False, modality="asserted", concept="meet", kind="verbal")
    third = EventMention(
        trigger="meet", trigger_span=_span(text, "met", 2), span=(71, len(text)),
        summary="Trump meets Xi", participants=(
            EventParticipant(second_trump, "Trump", "agent"),
            EventParticipant(second_xi, "Xi", "patient")),
        place=None, place_text=None, date=None, date_text=None, negated=False,
        modality="asserted", concept="meet", kind="verbal")
    corpus = merge([_article("m", text, actors, [first, second, third])])
    by_size = sorted(corpus.events, key=lambda e: len(e.mentions))
    assert [len(e.mentions) for e in by_size] == [1, 2]
    assert by_size[0].summary == "Putin meets Macron in Beijing"


def test_a_common_verb_with_another_named_winner_in_one_article_is_another_event():
    others = ["alpha bravo charlie delta", "echo foxtrot golf hotel", "india juliet kilo lima",
              "mike november oscar papa", "quebec romeo sierra tango", "uniform victor whisky xray",
              "yankee zulu amber basil", "cedar daisy ember fjord", "gamma delta omega sigma"]
    articles = [_win_article(f"o{n}", words, None) for n, words in enumerate(others)]
    text = "Holmes won the 1500m in Athens. Radcliffe won the marathon in New York."
    actors = [_actor(text, "Holmes", "person", 0), _actor(text, "Radcliffe", "person", 1)]
    holmes = _event(text, "win", "won", "Holmes wins the 1500m", agent="Holmes")
    radcliffe = EventMention(
        trigger="win", trigger_span=_span(text, "won", 1), span=(32, len(text)),
        summary="Radcliffe wins the marathon",
        participants=(EventParticipant(_span(text, "Radcliffe"), "Radcliffe", "agent"),),
        place=None, place_text=None, date=None, date_text=None, negated=False,
        modality="asserted", concept="win", kind="verbal")
    events = merge(articles + [_article("a", text, actors, [holmes, radcliffe])]).events
    mine = [e for e in events if e.mentions[0].article == "a"]
    assert sorted(e.summary for e in mine) == ["Holmes wins the 1500m",
                                               "Radcliffe wins the marathon"]
