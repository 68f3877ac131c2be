"""What goes together: actors that share sentences, events or claims, and events that share
actors, each found in time that grows with the corpus, not with its square.

Related actors are counted pair by pair within each sentence, event and claim (a group of more
than ``MAX_GROUP`` names, a squad list, says little about each pair and is skipped). Related
events are ranked by the number of actors they share with an event, then by id; instead of
scoring every event of every actor (the square of an actor's events when one actor is in
thousands of them), the ranking walks, from the most shared actors down, the id-sorted lists of
events holding each combination of the event's actors, and stops as soon as it has enough: the
work per event is bounded by the number of combinations and the answer's length. Events with
the same actors share one ranking.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations, islice

from ..models import Corpus, Event

MAX_RELATED = 20  # related actors listed on an actor page
# A sentence listing more names than this says little about each pair: a squad list ("Mike
# Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby), ...") made its clubs the home page's "most
# connected actors" at 30.
MAX_GROUP = 15
MAX_RELATED_EVENTS = 10
# An event with more actors than this is ranked by counting over the events of its actors
# that are in few events (at most SMALL_LIST), and by combinations of the others; an event
# with more than MAX_COMBINED actors in many events each counts over all of their events.
MAX_COMBINED = 6
SMALL_LIST = 64


@dataclass(frozen=True)
class RelatedActor:
    """An actor related to another, and how many sentences, events and claims they share."""

    actor: str
    sentences: int
    events: int
    claims: int

    @property
    def total(self) -> int:
        return self.sentences + self.events + self.claims


def related_actors(corpus: Corpus, known: Iterable[str]
                   ) -> tuple[dict[str, list[RelatedActor]], dict[str, int]]:
    """For each actor, the actors sharing sentences, events or claims with it, most first
    (at most ``MAX_RELATED``), and the number of all of them.

    ``known`` are the actor ids: a claim counts only when its speaker is one of them.
    """
    actors = set(known)
    pair: dict[tuple[str, str], Counter] = defaultdict(Counter)
    by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    for actor in corpus.actors:
        for m in actor.mentions:
            by_sentence[(m.article, m.sentence)].add(actor.id)

    def count(ids: Iterable[str], what: str) -> None:
        members = sorted(set(ids))
        if len(members) > MAX_GROUP:
            return
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair[(a, b)][what] += 1

    for ids in by_sentence.values():
        count(ids, "sentences")
    for event in corpus.events:
        count([p.actor for p in event.participants]
              + ([event.place] if event.place else []), "events")
    for claim in corpus.claims:
        if claim.speaker in actors:
            count([claim.speaker, *claim.about], "claims")
    out: dict[str, list[RelatedActor]] = defaultdict(list)
    for (a, b), counts in pair.items():
        n = (counts["sentences"], counts["events"], counts["claims"])
        out[a].append(RelatedActor(b, *n))
        out[b].append(RelatedActor(a, *n))
    counts = {k: len(rows) for k, rows in out.items()}
    for k, rows in out.items():
        rows.sort(key=lambda r: (-r.total, r.actor))
        out[k] = rows[:MAX_RELATED]
    return out, counts


class RelatedEvents:
    """Rank the events that share actors (participants or place) with an event's participants.

    ``of(event)`` returns what counting every shared actor of every other event and sorting by
    (most shared first, then id) returns, at most ``MAX_RELATED_EVENTS`` of them.
    """

    def __init__(self, events: Iterable[Event], *, max_combined: int = MAX_COMBINED,
                 small_list: int = SMALL_LIST) -> None:
        self.max_combined, self.small_list = max_combined, small_list
        members: dict[str, frozenset[str]] = {}
        by_actor: dict[str, set[str]] = defaultdict(set)
        for event in events:
            ids = {p.actor for p in event.participants} | ({event.place} if event.place else set())
            members[event.id] = frozenset(ids) | members.get(event.id, frozenset())
            for actor in ids:
                by_actor[actor].add(event.id)
        self._members = members
        self._lists: dict[tuple[str, ...], list[str]] = {
            (a,): sorted(ids) for a, ids in by_actor.items()}
        self._ranked: dict[tuple[frozenset[str], int], list[str]] = {}

    def of(self, event: Event, limit: int = MAX_RELATED_EVENTS) -> list[str]:
        """The ids of the events most related to ``event``, best first."""
        mine = frozenset(p.actor for p in event.participants)
        if not mine:
            return []
        ranked = self._ranked.get((mine, limit))
        if ranked is None:
            # One more than asked: the event itself may be among them (it shares them all).
            ranked = self._ranked[(mine, limit)] = self._rank(mine, limit + 1)
        return [e for e in ranked if e != event.id][:limit]

    def _rank(self, mine: frozenset[str], limit: int) -> list[str]:
        """The ``limit`` best events for the actor set ``mine``: most shared first, then id."""
        lists = self._lists
        if len(mine) <= self.max_combined:
            small: list[str] = []
            big = sorted(mine)
        else:
            small = sorted(a for a in mine if len(lists.get((a,), ())) <= self.small_list)
            big = sorted(a for a in mine if len(lists.get((a,), ())) > self.small_list)
            if len(big) > self.max_combined:
                small, big = sorted(mine), []
        # Events in a short list: counted exactly (every shared actor, short list or not).
        scored = {e: len(mine & self._members[e]) for a in small for e in lists.get((a,), ())}
        best = heapq.nsmallest(limit, ((-n, e) for e, n in scored.items()))
        # The other events share only actors of ``big``: best first, from the combinations.
        best += islice(self._walk(big, scored), limit)
        return [e for _, e in sorted(best)[:limit]]

    def _walk(self, actors: list[str], skip: dict[str, int]) -> Iterator[tuple[int, str]]:
        """(-shared, id) of the events sharing ``actors``, most shared first, then by id,
        leaving out those in ``skip``.

        An event sharing exactly k of them is in exactly one list of k-combinations; one
        sharing more was yielded at an earlier level, before this level is reached.
        """
        seen: set[str] = set()
        for k in range(len(actors), 0, -1):
            level = heapq.merge(*(self._holding(t) for t in combinations(actors, k)))
            for e in level:
                if e not in skip and e not in seen:
                    seen.add(e)
                    yield -k, e

    def _holding(self, actors: tuple[str, ...]) -> list[str]:
        """The ids of the events whose actors include all of ``actors``, sorted."""
        found = self._lists.get(actors)
        if found is None:
            shortest = min((self._lists.get((a,), []) for a in actors), key=len)
            wanted = frozenset(actors)
            found = self._lists[actors] = [e for e in shortest if wanted <= self._members[e]]
        return found
