"""Events a reader accepts: two reports of one article far apart that share only their verb
and name different things are two events; a clause conjoined to a relative clause takes the
relative clause's noun as subject; a verb written with a hyphen ("co-ordinate") is said whole
and its prefix is no event."""

from __future__ import annotations

from test_events28 import annotate

from generator.annotations import EventMention, EventParticipant
from generator.merge.event_evidence import Cluster, Item, MergeSettings, score_event
from generator.vocab import ParticipantRole


def _report(summary: str, start: int, agent: str, patient: str) -> EventMention:
    a, p = start + 1, start + 20
    return EventMention(
        trigger="hit", trigger_span=(start + 10, start + 13), span=(start, start + 40),
        summary=summary, concept="hit",
        participants=(EventParticipant((a, a + len(agent)), agent, ParticipantRole.AGENT),
                      EventParticipant((p, p + len(patient)), patient, ParticipantRole.PATIENT)))


def _item(n: int, sentence: int, report: EventMention, heads: frozenset[str],
          words: frozenset[str]) -> Item:
    return Item(article="a", n=n, sentence=sentence, report=report, agents=frozenset(),
                patients=frozenset(), actors=frozenset(), participants=(), place=None,
                story=frozenset(), words=frozenset(), same_story=frozenset(), heads=heads,
                patient_heads=frozenset({sorted(heads)[-1]}), other_heads=frozenset(),
                indefinite=False, words_said=words)


def test_far_apart_reports_sharing_only_their_verb_are_two_events():
    s = MergeSettings()
    first = _item(1, 1, _report("The pound hits a high", 0, "The pound", "a high"),
                  frozenset({"pound", "high"}), frozenset({"pound", "high"}))
    later = _report("Budget worries hit the euro", 900, "Budget worries", "the euro")
    cluster = Cluster("hit")
    cluster.add(first)
    far = _item(2, 2 + s.apart_sentences, later, frozenset({"worries", "euro"}),
                frozenset({"budget", "worry", "euro"}))
    assert score_event(far, cluster, s) < s.threshold
    # near the first report, other words may retell it (as ECB+ leads do): a tie still joins
    near = _item(2, 3, later, frozenset({"worries", "euro"}), frozenset({"budget", "worry",
                                                                          "euro"}))
    assert score_event(near, cluster, s) >= s.threshold


def mentions(nlp, text: str) -> list[EventMention]:
    return [e for a in annotate(nlp, text) for e in a.events]


def test_a_verb_after_a_relative_clause_takes_its_noun_as_subject(nlp):
    text = ("Police arrested a driver who crashed his car, injured a boy and fled the scene. "
            "The firm hired a manager who had worked at Ford, and fired him a year later.")
    agents = {m.trigger: [p.text for p in m.participants if p.role == "agent"]
              for m in mentions(nlp, text)}
    assert agents["injure"] == ["a driver"] and agents["flee"] == ["a driver"], agents
    assert agents["fire"] == ["The firm"], agents


def test_a_verb_written_with_a_hyphen_is_said_whole_and_its_pieces_are_no_events(nlp):
    text = ("The Commission should re-submit the directive. The union will co-ordinate the "
            "strike with other unions. Critics said the so-called reform was ill-advised.")
    found = mentions(nlp, text)
    summaries = {m.trigger: m.summary for m in found}
    assert "should re-submit the directive" in summaries.get("submit", ""), summaries
    assert "will co-ordinate the strike" in summaries.get("ordinate", ""), summaries
    assert not {"re", "co", "call", "advise"} & set(summaries), summaries
    assert not any(" -s " in m.summary or m.summary in ("Re", "Co") for m in found), summaries


def test_an_infinitive_after_an_adjective_takes_the_subject_and_is_not_asserted(nlp):
    text = ("Northgas, a unit of Westgas which is due to merge with Eastgas, objected. "
            "Novelist Ann Lee is favourite to win the main book prize.")
    found = {m.trigger: m for m in mentions(nlp, text)}
    merge, win = found["merge"], found["win"]
    assert not merge.fragment and merge.modality == "future", merge
    assert [p.text for p in merge.participants if p.role == "agent"], merge
    assert win.modality == "possible" and "Ann Lee" in win.summary, win
    text = ("The walker was lucky to escape with his life. The firm said it was unable to "
            "estimate the cost.")
    found = {m.trigger: m.modality for m in mentions(nlp, text)}
    assert found["escape"] == "asserted" and found["estimate"] == "negated", found


def _speaker(article: str, actor: str, patient: bool = False) -> Item:
    parts = [EventParticipant((0, 5), actor, ParticipantRole.AGENT)]
    if patient:
        parts.append(EventParticipant((20, 28), "the fight", ParticipantRole.PATIENT))
    report = EventMention(trigger="speak", trigger_span=(10, 15), span=(0, 30),
                          summary=f"{actor} speaks", concept="speak", participants=tuple(parts))
    return Item(article=article, n=1, sentence=1, report=report, agents=frozenset({actor}),
                patients=frozenset(), actors=frozenset({actor}), participants=(), place=None,
                story=frozenset({"x", "y"}), words=frozenset({"a", "b", "c", "d"}),
                same_story=frozenset({"a1", "a2"}), heads=frozenset(),
                patient_heads=frozenset(), other_heads=frozenset(), indefinite=False)


def test_reports_of_two_articles_with_other_agents_and_no_patient_are_two_events():
    s = MergeSettings()
    cluster = Cluster("speak")
    cluster.add(_speaker("a1", "ed-balls"))
    assert score_event(_speaker("a2", "mark-oaten"), cluster, s) == float("-inf")
    cluster = Cluster("speak")  # "Klitschko stops Thompson", "the referee stops the fight"
    cluster.add(_speaker("a1", "ed-balls", patient=True))
    assert score_event(_speaker("a2", "mark-oaten", patient=True), cluster, s) > float("-inf")


def test_a_person_whose_name_ends_in_s_takes_a_singular_verb(nlp):
    summaries = [m.summary for m in mentions(nlp, "Mr Balls refused the offer.")]
    assert any(s.startswith("Mr Balls refuses") for s in summaries), summaries
