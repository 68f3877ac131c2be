"""Events a reader accepts, on real parses of sentences written for them: a "pro-"/"anti-"
adjective is not a participant ("Pro-Beijing won a majority": the pro-Beijing camp, not
Beijing), a verb split at a hyphen keeps its subject ("was re-elected"), and a fragment that
names no one ("Elected") merges with no other report."""

from __future__ import annotations

from test_events28 import annotate
from test_events28b import events

from generator.annotations import EventMention
from generator.merge.event_evidence import Cluster, Item, MergeSettings, score_event


def mentions(nlp, text: str) -> list[EventMention]:
    return [e for a in annotate(nlp, text) for e in a.events]


def test_pieces_of_a_pro_adjective_are_not_participants(nlp):
    text = ("Beijing welcomed the result on Monday. Pro-democracy and pro-Beijing candidates "
            "won seats. Pro-Beijing won a majority in the council.")
    wins = [m for m in mentions(nlp, text) if m.trigger == "win"]
    texts = [p.text for m in wins for p in m.participants]
    assert wins and "Beijing" not in texts and "Pro" not in texts and "-" not in texts, texts
    assert any(t.startswith("Pro-") for t in texts), texts
    assert not any(s.startswith("Beijing") for s in (m.summary for m in wins)), wins
    for event in events(nlp, text):
        if event.trigger == "win":
            assert not any(p.actor == "beijing" for p in event.participants), event


def test_a_verb_split_at_its_hyphen_keeps_its_subject(nlp):
    text = "Tom Wu was elected in the south. Ann Lee was re-elected in the north."
    elect = [m for m in mentions(nlp, text) if m.trigger == "elect"]
    assert [[p.text for p in m.participants] for m in elect] == [["Tom Wu"], ["Ann Lee"]], elect
    assert not elect[1].fragment and "Ann Lee" in elect[1].summary


def test_a_named_person_and_counted_candidates_elected_are_two_events(nlp):
    text = ("Voters in Northport chose a new assembly on Sunday. Veteran lawmaker Ann Lee was "
            "elected with 21,000 votes. Two independent candidates were elected in the same "
            "district.")
    found = [[m.summary for m in e.mentions] for e in events(nlp, text) if e.trigger == "elect"]
    assert not any(any("Lee" in x for x in e) and any("candidates" in x for x in e)
                   for e in found), found


def test_a_label_before_a_colon_tells_who_underwent_the_event(nlp):
    text = "Voters chose a council on Sunday. Elected: Ann Lee, Tom Wu and Sam Ho."
    elect = [m for m in mentions(nlp, text) if m.trigger == "elect"]
    roles = [(p.text, p.role) for m in elect for p in m.participants]
    assert ("Ann Lee", "patient") in roles and ("Ann Lee", "agent") not in roles, roles


def _item(article: str, n: int, report: EventMention, actors: frozenset[str] = frozenset(),
          heads: frozenset[str] = frozenset(), label: bool = False) -> Item:
    return Item(article=article, n=n, sentence=n, report=report, agents=frozenset(),
                patients=actors, actors=actors, participants=(), place=None,
                story=frozenset(), words=frozenset(), same_story=frozenset(),
                heads=heads, patient_heads=heads, other_heads=frozenset(),
                indefinite=False, label=label)


def test_a_label_alone_on_its_line_is_no_evidence_for_another_report():
    """"Elected" heading a list joins a report, but another report joins that event only on
    what it shares with the reports that say something."""
    label = EventMention(trigger="elect", trigger_span=(0, 7), span=(0, 7), summary="Elected",
                         fragment=True, concept="elect")
    lee = EventMention(trigger="elect", trigger_span=(20, 27), span=(10, 40),
                       summary="Ann Lee was elected", concept="elect")
    council = EventMention(trigger="elect", trigger_span=(60, 67), span=(50, 80),
                           summary="A council was elected", concept="elect")
    s = MergeSettings()
    cluster = Cluster("elect")
    cluster.add(_item("a", 1, label, label=True))
    cluster.add(_item("a", 2, lee, frozenset({"ann-lee"}), frozenset({"lee"})))
    other = _item("a", 3, council, heads=frozenset({"council"}))
    assert score_event(other, cluster, s) < s.same_article + s.same_lemma
    alone = Cluster("elect")
    alone.add(_item("a", 1, label, label=True))
    assert score_event(other, alone, s) == s.same_article + s.same_lemma  # it may join one


def test_a_by_phrase_on_a_retained_object_is_the_agent_and_a_measure_is_none(nlp):
    text = ("Pensioners are being promised energy savings by the Liberal Democrats, as snow "
            "continues. Prices were raised by 5% on Monday.")
    found = {m.trigger: [(p.text, p.role) for p in m.participants] for m in mentions(nlp, text)}
    assert ("Liberal Democrats", "agent") in found["promise"], found
    assert not any(role == "agent" for _, role in found["raise"]), found


def test_no_passive_of_a_light_verbs_noun_and_amounting_is_no_event(nlp):
    text = ("She said it was a wonderful feeling to have had the apology. Mr Clarke said the "
            "order, amounting to house arrest, would be imposed by judges.")
    found = mentions(nlp, text)
    assert not any("apologied" in m.summary or "is apolog" in m.summary for m in found), found
    assert not any(m.trigger == "amount" for m in found), found


def test_a_participle_opening_its_sentence_is_passive(nlp):
    text = "Arrested in Paris on Monday, the suspect was taken to a police station."
    arrest = [m for m in mentions(nlp, text) if m.trigger == "arrest"]
    assert arrest and [(p.role.value, p.text) for p in arrest[0].participants] == [
        ("patient", "the suspect")], arrest
    assert arrest[0].summary.startswith("The suspect is arrested"), arrest[0].summary
