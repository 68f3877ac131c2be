"""Related actors and events: the same answers as counting everything, without its cost."""

from __future__ import annotations

from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.models import Event, EventMention, Participant
from generator.render.related import RelatedEvents

ACTORS = [f"a{i}" for i in range(9)]


def counted(events: list[Event], event: Event, limit: int = 10) -> list[str]:
    """Related events as the first renderer found them: score every event of every actor."""
    by_actor: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        for actor in {p.actor for p in e.participants} | ({e.place} if e.place else set()):
            by_actor[actor].append(e)
    scores: Counter = Counter()
    for actor in {p.actor for p in event.participants}:
        for other in by_actor[actor]:
            if other.id != event.id:
                scores[other.id] += 1
    return [e for e, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def make(n: int, actors: list[str], place: str | None) -> Event:
    return Event(id=f"e{n:03d}", summary="s", trigger="t",
                 participants=tuple(Participant(a, "agent") for a in actors), place=place,
                 mentions=(EventMention("a", 0, (0, 1)),))


events_strategy = st.lists(
    st.tuples(st.lists(st.sampled_from(ACTORS), max_size=8),
              st.one_of(st.none(), st.sampled_from(ACTORS))),
    max_size=40,
).map(lambda rows: [make(n, actors, place) for n, (actors, place) in enumerate(rows)])


@settings(max_examples=150, deadline=None)
@given(events_strategy, st.sampled_from([(6, 64), (2, 1), (0, 0), (1, 3)]),
       st.integers(1, 12))
def test_related_events_rank_as_counting_does(events, limits, limit):
    max_combined, small_list = limits
    related = RelatedEvents(events, max_combined=max_combined, small_list=small_list)
    for event in events:
        assert related.of(event, limit) == counted(events, event, limit), event.id


def test_events_with_one_actor_in_common_rank_by_id():
    events = [make(n, ["hub", f"x{n}"], None) for n in range(50)]
    assert RelatedEvents(events).of(events[7]) == [e.id for e in events if e.id != "e007"][:10]


def test_an_actor_with_more_co_actors_than_listed_is_counted_with_all_of_them():
    from generator.models import Actor, Article, Corpus, Mention
    from generator.render.related import MAX_RELATED
    from generator.render.site import SiteIndex

    n = MAX_RELATED + 5
    # one sentence per co-actor: a list of more than ``MAX_GROUP`` names ties no pair
    sents = [f"Hub met P{i}." for i in range(n)]
    text = " ".join(sents)
    starts = [text.index(s) for s in sents]
    actors = [Actor(id="hub", name="Hub", type="person",
                    mentions=tuple(Mention("a", (st, st + 3), "Hub", sentence=k)
                                   for k, st in enumerate(starts)))]
    actors += [Actor(id=f"p{i}", name=f"P{i}", type="person",
                     mentions=(Mention("a", (starts[i] + 8, starts[i] + 8 + len(f"P{i}")),
                                       f"P{i}", sentence=i),)) for i in range(n)]
    sentences = tuple((st, st + len(s)) for st, s in zip(starts, sents, strict=True))
    site = SiteIndex(Corpus(articles=(Article(id="a", path="content/a.txt", title="A",
                                              text=text, sentences=sentences),),
                            actors=tuple(actors)))
    assert len(site.related["hub"]) == MAX_RELATED
    assert site.related_count["hub"] == n
    top, with_, _mentions = site.connectedness[0]
    assert top.id == "hub" and with_ == n
