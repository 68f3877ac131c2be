"""Per-article event mentions -> corpus events: every report of one real-world event, merged.

Each mention carries a concept key from the extractor (its trigger's lemma, or the verb it is a
synonym or nominalisation of: "arrested", "the arrest" and "detention" share "arrest"). Mentions
are compared only within a concept, and only with the events that an index finds through a
shared key: the same article, a participant, the place, the date, or one of the actors the two
articles are mostly about (their "story"). Each comparison is a small additive score:

- evidence for: the same article, shared participants, the same place, compatible dates,
  shared story actors, the same trigger lemma;
- evidence against: other agents or patients, another place, a date that cannot be the same,
  a negated report against an asserted one (never merged).

A mention joins the best-scoring event at or above ``MergeSettings.threshold``, else it starts
a new one. Each index key keeps only its most recent events, so a mention is compared with a
bounded number of events and the merge stays linear in the number of mentions.

An event then takes the summary of its most informative report, every participant, the most
reported place, the most precise date the reports agree on (the others go to
``date_conflicts``), and the firmest modality any report gives.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..annotations import AnnotatedArticle
from ..annotations import EventMention as Report
from ..models import Event, EventMention, Participant
from ..urls import slug
from ..vocab import Modality
from .actors import SpanIndex


@dataclass(frozen=True)
class MergeSettings:
    """Weights of the evidence for and against two reports being one event."""

    same_article: float = 1.0
    shared_actor: float = 1.0  # per shared participant, at most two counted
    same_place: float = 1.0
    compatible_date: float = 0.5
    story_actor: float = 0.5  # per actor both articles are mostly about, at most two counted
    other_story: float = -0.5  # the articles share (almost) no story actor or keyword
    story_word: float = 0.25  # per keyword both articles share, at most four counted
    story_words: int = 8  # the keywords of an article (most frequent against the corpus)
    same_lemma: float = 0.3
    other_place: float = -1.5
    other_date: float = -1.0
    other_agent: float = -1.0
    other_patient: float = -1.0
    threshold: float = 0.3
    story_size: int = 6  # the actors an article is mostly about
    candidates_per_key: int = 40  # the most recent events an index key keeps


@dataclass
class _Item:
    """One report with its actors resolved."""

    article: str
    n: int  # the report's number in its article (1-based)
    sentence: int
    report: Report
    agents: frozenset[str]
    patients: frozenset[str]
    actors: frozenset[str]
    participants: tuple[Participant, ...]
    place: str | None
    story: frozenset[str]
    words: frozenset[str]


@dataclass
class _Cluster:
    concept: str
    items: list[_Item] = field(default_factory=list)
    lemmas: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)
    patients: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    story: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    modalities: set[str] = field(default_factory=set)

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.lemmas.add(item.report.trigger)
        self.articles.add(item.article)
        self.agents |= item.agents
        self.patients |= item.patients
        self.actors |= item.actors
        if item.place:
            self.places.add(item.place)
        if item.report.date:
            self.dates.add(item.report.date)
        self.story |= item.story
        self.words |= item.words
        self.modalities.add(item.report.modality)


def compatible_dates(a: str, b: str) -> bool:
    """Say whether two ISO dates ("2018", "2018-05", "2018-05-03") can name one day."""
    return a.startswith(b) or b.startswith(a)


def _score(item: _Item, cluster: _Cluster, s: MergeSettings) -> float:
    """The evidence that ``item`` reports the event of ``cluster``."""
    mine, theirs = item.report.modality, cluster.modalities
    if (mine == Modality.NEGATED and Modality.ASSERTED in theirs) or (
            mine == Modality.ASSERTED and Modality.NEGATED in theirs):
        return float("-inf")  # "did not meet" and "met" are not one report of one event
    score = 0.0
    if item.article in cluster.articles:
        score += s.same_article
    score += s.shared_actor * min(2, len(item.actors & cluster.actors))
    if item.agents and cluster.agents and not item.agents & cluster.actors:
        score += s.other_agent
    if item.patients and cluster.patients and not item.patients & cluster.actors:
        score += s.other_patient
    if item.place and cluster.places:
        score += s.same_place if item.place in cluster.places else s.other_place
    date = item.report.date
    if date and cluster.dates:
        ok = all(compatible_dates(date, d) for d in cluster.dates)
        score += s.compatible_date if ok else s.other_date
    shared_words = len(item.words & cluster.words)
    score += s.story_word * min(4, shared_words)
    shared_story = len(item.story & cluster.story)
    score += s.story_actor * min(2, shared_story)
    if shared_story + shared_words < 2 and item.article not in cluster.articles:
        score += s.other_story  # the two articles tell different stories
    if item.report.trigger in cluster.lemmas:
        score += s.same_lemma
    return score


def _keys(item: _Item, concept: str) -> Iterable[tuple]:
    yield (concept, "article", item.article)
    for actor in item.actors:
        yield (concept, "actor", actor)
    if item.place:
        yield (concept, "actor", item.place)
    if item.report.date:
        yield (concept, "date", item.report.date[:4])
    for actor in item.story:
        yield (concept, "story", actor)
    for word in item.words:
        yield (concept, "word", word)


def _story(ann: AnnotatedArticle, index: SpanIndex, size: int) -> frozenset[str]:
    """The actors an article names most often (its story), by their corpus ids."""
    counts: Counter[str] = Counter()
    for m in ann.actors:
        if m.kind == "name":
            actor = index.best(ann.article.id, *m.span)
            if actor:
                counts[actor] += 1
    return frozenset(a for a, _ in counts.most_common(size))


_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
_STOP = frozenset([
    "that", "this", "with", "from", "have", "were", "been", "will", "would", "said", "says", "also",
    "they", "their", "there", "about", "after", "before", "which", "when", "what", "while", "into",
    "than", "then", "them", "more", "most", "other", "some", "such", "only", "over", "just", "like",
    "very", "could", "should", "being", "where", "these", "those", "because", "during", "against",
    "between", "under", "year", "years", "last", "first", "week", "told", "people", "time"
])


def keywords(annotated: Sequence[AnnotatedArticle], size: int) -> dict[str, frozenset[str]]:
    """Each article's most telling words: frequent in it, rare in the corpus (tf-idf)."""
    counts = {a.article.id: Counter(w.lower() for w in _WORD.findall(a.article.text)
                                    if w.lower() not in _STOP) for a in annotated}
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(counts)
    out = {}
    for article, c in counts.items():
        scored = sorted(c, key=lambda w: (-c[w] * math.log((n + 1) / df[w]), w))
        out[article] = frozenset(w for w in scored[:size] if df[w] > 1 or n == 1)
    return out


def _items(ann: AnnotatedArticle, index: SpanIndex, size: int,
           words: frozenset[str] = frozenset()) -> list[_Item]:
    article = ann.article
    story = _story(ann, index, size) if ann.events else frozenset()
    out = []
    for n, ev in enumerate(ann.events, start=1):
        participants: list[Participant] = []
        seen: set[tuple[str, str]] = set()
        for p in ev.participants:
            actor = index.best(article.id, *p.span)
            if actor and (actor, p.role) not in seen:
                seen.add((actor, p.role))
                participants.append(Participant(actor, p.role))
        place = index.best(article.id, *ev.place) if ev.place else None
        agents = frozenset(p.actor for p in participants if p.role == "agent")
        patients = frozenset(p.actor for p in participants if p.role == "patient")
        out.append(_Item(
            article=article.id, n=n, sentence=article.sentence_of(ev.span[0]), report=ev,
            agents=agents, patients=patients,
            actors=frozenset(p.actor for p in participants), participants=tuple(participants),
            place=place, story=story, words=words))
    return out


def merge_events(annotated: Sequence[AnnotatedArticle], index: SpanIndex,
                 settings: MergeSettings | None = None) -> list[Event]:
    """Merge the event mentions of all articles into events (in order of first report)."""
    s = settings or MergeSettings()
    clusters: list[_Cluster] = []
    by_key: dict[tuple, list[int]] = defaultdict(list)
    words = keywords(annotated, s.story_words) if s.story_words else {}
    for ann in annotated:
        for item in _items(ann, index, s.story_size, words.get(ann.article.id, frozenset())):
            concept = item.report.concept or item.report.trigger
            best, best_score = None, s.threshold
            seen: set[int] = set()
            for key in _keys(item, concept):
                for c in by_key.get(key, ()):
                    if c in seen:
                        continue
                    seen.add(c)
                    score = _score(item, clusters[c], s)
                    if score >= best_score:
                        best, best_score = c, score
            if best is None:
                best = len(clusters)
                clusters.append(_Cluster(concept))
            clusters[best].add(item)
            for key in _keys(item, concept):
                bucket = by_key[key]
                if not bucket or bucket[-1] != best:
                    if best in bucket:
                        bucket.remove(best)
                    bucket.append(best)
                    if len(bucket) > s.candidates_per_key:
                        del bucket[0]
    return [_event(c) for c in clusters]


def best_date(dates: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
    """The most precise date most reports agree with, and the dates that conflict with it."""
    if not dates:
        return None, ()
    counts = Counter(dates)

    def support(d: str) -> tuple[int, int, str]:
        agree = sum(n for other, n in counts.items() if compatible_dates(d, other))
        return agree, len(d), d

    chosen = max(counts, key=support)
    conflicts = sorted({d for d in dates if not compatible_dates(chosen, d)})
    return chosen, tuple(conflicts)


def _modality(modalities: Iterable[str]) -> str:
    found = set(modalities)
    for firm in (Modality.ASSERTED, Modality.FUTURE, Modality.POSSIBLE):
        if firm in found:
            return firm
    return Modality.NEGATED if found else Modality.ASSERTED


def _informative(item: _Item) -> tuple:
    r = item.report
    return (not r.fragment, r.modality == Modality.ASSERTED, r.kind == "verbal",
            len(r.participants),
            r.place is not None, -abs(len(r.summary) - 70))


def _event(cluster: _Cluster) -> Event:
    items = cluster.items
    first = items[0]
    lead = max(items, key=_informative)
    trigger = Counter(i.report.trigger for i in items if i.report.kind == "verbal").most_common(
        1) or Counter(i.report.trigger for i in items).most_common(1)
    participants: list[Participant] = []
    for item in items:
        participants += [p for p in item.participants if p not in participants]
    places = Counter(i.place for i in items if i.place)
    date, conflicts = best_date([i.report.date for i in items if i.report.date])
    date_text = next((i.report.date_text for i in items if i.report.date == date), None)
    modality = _modality(i.report.modality for i in items)
    bare = not any((i.report.participants or i.report.place or i.report.date)
                   and not i.report.fragment for i in items)
    return Event(
        id=f"{first.article}-{slug(first.report.trigger)[:30]}-{first.n}",
        summary=lead.report.summary,
        trigger=trigger[0][0],
        participants=tuple(participants),
        place=places.most_common(1)[0][0] if places else None,
        date=date,
        mentions=tuple(EventMention(
            article=i.article, sentence=i.sentence, span=i.report.span,
            trigger_span=i.report.trigger_span, summary=i.report.summary,
            modality=i.report.modality, date=i.report.date, date_text=i.report.date_text,
            place=i.place, participants=i.participants) for i in items),
        negated=modality == Modality.NEGATED,
        date_text=date_text,
        modality=modality,
        date_conflicts=conflicts,
        bare=bare,
    )
