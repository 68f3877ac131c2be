"""Event reports of two articles on a site of many subjects (typed records, no spaCy): two
articles of one story (an election) that report one verb or event noun and share nothing else
tell of two events; a shared participant, an event noun modifier written as a name or a
sentence both articles print still makes one event. On any corpus, reports of two articles
with dates of other days, or sharing only an actor who does it in one and has it done to
them in the other, are two events."""

from __future__ import annotations

from eventkit import other_subjects

from generator.annotations import ActorMention, AnnotatedArticle, EventMention, EventParticipant
from generator.merge import merge
from generator.models import Article

KENNEDY = "Charles Kennedy"
LABOUR = "Labour"


def _span(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return (start, start + len(sub))


def _article(aid: str, text: str, events: list[EventMention]) -> AnnotatedArticle:
    """An article of the election story: it names Charles Kennedy and Labour (the actors
    its story shares with the other's)."""
    actors = [ActorMention(span=_span(text, KENNEDY), text=KENNEDY, type="person",
                           name=KENNEDY, group=0),
              ActorMention(span=_span(text, LABOUR), text=LABOUR, type="organization",
                           name=LABOUR, group=1)]
    art = Article(id=aid, path=f"content/{aid}.md", title=aid, text=text,
                  sentences=tuple(_sentences(text)))
    return AnnotatedArticle(art, tuple(actors), (), tuple(events))


def _sentences(text: str):
    start = 0
    for n, ch in enumerate(text):
        if ch == "." and (n + 1 == len(text) or text[n + 1] == " "):
            yield (start, n + 1)
            start = n + 2


def _report(text: str, trigger: str, word: str, summary: str, *, patient: str | None = None,
            kind: str = "verbal", modifiers: tuple[str, ...] = (), phrase: str | None = None,
            modality: str = "asserted") -> EventMention:
    participants = (EventParticipant(_span(text, patient), patient, "patient"),) if (
        patient) else ()
    trigger_span = _span(text, word)
    span = _span(text, phrase) if phrase else trigger_span
    return EventMention(trigger=trigger, trigger_span=trigger_span, span=span,
                        summary=summary, participants=participants, modality=modality,
                        concept=trigger, kind=kind, modifiers=modifiers)


A = ("Charles Kennedy toured seats held by Labour. The inquiry wants to boost voter turnout. "
     "There was a campaign of smears. The Iraq war will matter in the seats. "
     "Mortgage lending was slowing across the country in the autumn months.")
B = ("Charles Kennedy said Labour plans to boost pensions. It would be an aggressive campaign. "
     "Voters still talk of the Iraq war. Mortgage lending was slowing across the country in "
     "the autumn months. Charles Kennedy wants to boost voter turnout too.")


def _events(a: str, b: str):
    return [
        _article("politics-a", a, [
            _report(a, "boost", "boost", "The inquiry wants to boost voter turnout",
                    patient="voter turnout", modality="future"),
            _report(a, "campaign", "campaign", "There was a campaign", kind="nominal"),
            _report(a, "war", "war", "There was an Iraq war", kind="nominal",
                    modifiers=("iraq",), phrase="The Iraq war"),
            _report(a, "slow", "slowing", "Lending was slowing")]),
        _article("politics-b", b, [
            _report(b, "boost", "boost pensions", "Labour plans to boost pensions",
                    patient="pensions", modality="future"),
            _report(b, "campaign", "campaign", "There was an aggressive campaign",
                    kind="nominal"),
            _report(b, "war", "war", "There was an Iraq war", kind="nominal",
                    modifiers=("iraq",), phrase="the Iraq war"),
            _report(b, "slow", "slowing", "Lending was slowing"),
            _report(b, "boost", "boost voter", "Kennedy wants to boost voter turnout",
                    patient="voter turnout", modality="future")]),
    ]


def _articles_of(corpus, trigger: str) -> list[set[str]]:
    return sorted(({m.article for m in e.mentions} for e in corpus.events
                   if e.trigger == trigger), key=sorted)


def test_on_a_site_of_many_subjects_one_verb_and_story_alone_make_no_event():
    site = _events(A, B) + other_subjects(60)
    corpus = merge(site)
    boosts = [sorted((m.article, m.summary) for m in e.mentions) for e in corpus.events
              if e.trigger == "boost"]
    # "boost voter turnout" in both articles is one event; "boost pensions" is another
    assert sorted(boosts) == [
        [("politics-a", "The inquiry wants to boost voter turnout"),
         ("politics-b", "Kennedy wants to boost voter turnout")],
        [("politics-b", "Labour plans to boost pensions")]], boosts
    # "a campaign of smears", "an aggressive campaign": nothing says which campaign
    assert _articles_of(corpus, "campaign") == [{"politics-a"}, {"politics-b"}]
    # the Iraq war is named; a sentence both articles print is one report of one event
    assert _articles_of(corpus, "war") == [{"politics-a", "politics-b"}]
    assert _articles_of(corpus, "slow") == [{"politics-a", "politics-b"}]


def test_a_collection_about_one_subject_still_joins_its_story_on_the_verb():
    few = _events(A, B) + other_subjects(3)
    assert _articles_of(merge(few), "campaign") == [{"politics-a", "politics-b"}]
    many = _events(A, B) + other_subjects(60)
    assert _articles_of(merge(many), "campaign") == [{"politics-a", "politics-b"}][:0] + [
        {"politics-a"}, {"politics-b"}]


def _named(aid: str, text: str, names: list[tuple[str, str]],
           events: list[EventMention]) -> AnnotatedArticle:
    actors = [ActorMention(span=_span(text, name), text=name, type=type_, name=name, group=n)
              for n, (name, type_) in enumerate(names)]
    art = Article(id=aid, path=f"content/{aid}.md", title=aid, text=text,
                  sentences=tuple(_sentences(text)))
    return AnnotatedArticle(art, tuple(actors), (), tuple(events))


def _did(text: str, trigger: str, word: str, agent: str, patient: str,
         date: str | None = None) -> EventMention:
    return EventMention(
        trigger=trigger, trigger_span=_span(text, word), span=(0, len(text) - 1),
        summary=f"{agent} {word} {patient}", concept=trigger, date=date,
        participants=(EventParticipant(_span(text, agent), agent, "agent"),
                      EventParticipant(_span(text, patient), patient, "patient")))


def test_reports_of_two_articles_with_dates_of_other_days_are_two_events():
    a = "Germany said its economy shrank in 2003."
    b = "Germany said its economy shrank again in 2004."
    corpus = merge([_named(n, t, [("Germany", "place")],
                           [_did(t, "shrink", "shrank", "Germany", "its economy", date)])
                    for n, t, date in (("a", a, "2003"), ("b", b, "2004"))])
    assert _articles_of(corpus, "shrink") == [{"a"}, {"b"}]


def test_one_actor_doing_it_in_one_article_and_having_it_done_in_another_is_two_events():
    a = "Lord Goldsmith warned Tony Blair about the war."
    b = "Tony Blair warned his supporters against complacency."
    c = "Lord Goldsmith warned Tony Blair in March."
    people = [("Lord Goldsmith", "person"), ("Tony Blair", "person")]
    corpus = merge([
        _named("a", a, people, [_did(a, "warn", "warned", "Lord Goldsmith", "Tony Blair")]),
        _named("b", b, people[1:], [_did(b, "warn", "warned", "Tony Blair", "his supporters")]),
        _named("c", c, people, [_did(c, "warn", "warned", "Lord Goldsmith", "Tony Blair")])])
    assert _articles_of(corpus, "warn") == [{"a", "c"}, {"b"}]
    a = "Hasim Rahman fought Vitali Klitschko in Las Vegas."
    b = "Vitali Klitschko fought Hasim Rahman on Saturday."
    boxers = [("Hasim Rahman", "person"), ("Vitali Klitschko", "person")]
    corpus = merge([
        _named("a", a, boxers, [_did(a, "fight", "fought", "Hasim Rahman", "Vitali Klitschko")]),
        _named("b", b, boxers, [_did(b, "fight", "fought", "Vitali Klitschko", "Hasim Rahman")])])
    assert _articles_of(corpus, "fight") == [{"a", "b"}]
