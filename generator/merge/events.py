"""Per-article event mentions -> corpus events: every report of one real-world event, merged.

Each mention carries a concept key from the extractor (its trigger's lemma, or the verb it is a
synonym or nominalisation of: "arrested", "the arrest" and "detention" share "arrest"). Mentions
are compared only within a concept, and only with the events an index finds through a shared
key: the same article, a participant, the place, the year, or an article of the same story
(``stories``: articles that share keywords and the actors they are mostly about). A report is
compared with an event's latest reports, one pair at a time, by a small additive score:

- evidence for: the same article, shared participants (actors, or the last words of their
  phrases), the same place, compatible dates, shared story actors and keywords, the same lemma;
- evidence against: other agents or patients, another place, a date that cannot be the same,
  articles with nothing in common; a negated report never joins an asserted one, and across
  articles two reports that share no participant or place must belong to one story.

Two rules keep common words from gathering unrelated reports. A common verb (a concept reported
in more than ``common_groups`` story groups: "win", "meet", "rise") joins across articles only
reports that both name a participant, whose agents and patients are compatible, and that share
an anchor: a participant actor, the place or a date to the month. Within an article, an
indefinite event noun that names someone or a place its candidate event lacks ("a meeting with
tech leaders" after "a meeting with party officials") introduces another event.

A mention joins the event it scores best with, at or above ``MergeSettings.threshold``, else it
starts a new one. Each index key keeps only its most recent events and a report is compared with
a few reports of each, so the merge stays near-linear in the number of mentions.

An event then takes the summary of its most informative report, every participant, the most
reported place, the most precise date the reports agree on (the others go to
``date_conflicts``), and the firmest modality any report gives.
"""

from __future__ import annotations

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
from .stories import StorySettings, keywords, story_links


@dataclass(frozen=True)
class MergeSettings:
    """Weights of the evidence for and against two reports being one event."""

    same_article: float = 1.0
    shared_actor: float = 1.0  # per shared participant, at most two counted
    shared_head: float = 0.5  # per shared last word of a participant ("two men", "the men")
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
    other_participant: float = -1.0  # "a meeting with officials", "a meeting with leaders"
    threshold: float = 0.3
    # A concept reported in more story groups than this is a common verb ("win", "meet",
    # "rise"): across articles its reports join only with compatible agents and patients and
    # an anchor (a shared participant actor, the place, or a date to the month), and never
    # through a report that names no participant.
    common_groups: int = 8
    stories: StorySettings = field(default_factory=StorySettings)  # what makes one story
    compare_with: int = 8  # the latest reports of an event a new report is compared with
    story_size: int = 6  # the actors an article is mostly about
    candidates_per_key: int = 20  # the most recent events an index key keeps


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
    same_story: frozenset[str]  # the other articles that tell its story (``stories``)
    heads: frozenset[str]  # the last words of its participants ("men", "fire", "lohan")
    patient_heads: frozenset[str]  # ... of its patients
    other_heads: frozenset[str]  # ... of its other participants ("with officials")
    indefinite: bool  # a nominal report that introduces its event ("a meeting with ...")


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
    heads: set[str] = field(default_factory=set)

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
        self.heads |= item.heads


def compatible_dates(a: str, b: str) -> bool:
    """Say whether two ISO dates ("2018", "2018-05", "2018-05-03") can name one day."""
    return a.startswith(b) or b.startswith(a)


def _score(item: _Item, cluster: _Cluster, s: MergeSettings, common: bool = False) -> float:
    """The evidence that ``item`` reports the event of ``cluster``: the best evidence that it
    reports the same event as one of the cluster's latest reports (comparing with the union
    of a cluster's actors and words would let a large event swallow everything)."""
    mine, theirs = item.report.modality, cluster.modalities
    if (mine == Modality.NEGATED and Modality.ASSERTED in theirs) or (
            mine == Modality.ASSERTED and Modality.NEGATED in theirs):
        return float("-inf")  # "did not meet" and "met" are not one report of one event
    if common and (item.agents and cluster.agents and not item.agents & cluster.actors
                   or item.actors and cluster.actors and not item.actors & cluster.actors):
        return float("-inf")  # a common verb: "Holmes won", "El Guerrouj won" are two wins
    if item.indefinite and item.article in cluster.articles and _adds(item, cluster):
        return float("-inf")  # "a meeting with ..." after a meeting: the article tells of another
    return max(_pair(item, other, s, common) for other in cluster.items[-s.compare_with:])


def _adds(item: _Item, cluster: _Cluster) -> bool:
    """Say whether a report names a participant or a place no report of the cluster names."""
    return bool(item.actors - cluster.actors or item.heads - cluster.heads
                or item.place is not None and item.place not in cluster.places)



# Participant heads that say nothing of who took part.
_FUNCTION_HEADS = frozenset({"it", "he", "she", "they", "we", "i", "you", "them", "him", "her",
                             "us", "this", "that", "which", "who", "one", "people", ""})


def _pair(item: _Item, other: _Item, s: MergeSettings, common: bool = False) -> float:
    """The evidence that two reports tell of one event."""
    score = 0.0
    same_article = item.article == other.article
    if _other_kind(item.report, other.report):
        return float("-inf")
    if common and not same_article and not _anchored(item, other):
        return float("-inf")
    if same_article:
        if (item.agents and item.patients and other.agents and other.patients
                and not (item.agents | item.patients) & other.actors):
            return float("-inf")  # "A met B ... C met D": the article tells of two meetings
        if item.patients and other.patients and not item.actors & other.actors:
            return float("-inf")  # "it stars Leslie Nielsen", "it stars James Brolin"
        score += s.same_article
    score += s.shared_actor * min(2, len(item.actors & other.actors))
    score += s.shared_head * min(2, len(item.heads & other.heads))
    if item.agents and other.agents and not item.agents & other.actors:
        score += s.other_agent
    if item.patients and other.patients and not item.patients & other.actors:
        score += s.other_patient
    elif (item.patient_heads and other.patient_heads and not item.actors & other.actors
          and not item.patient_heads & other.patient_heads):
        score += s.other_patient  # "talent could be detained", "an executive was detained"
    if (item.other_heads and other.other_heads and not item.actors & other.actors
            and not item.other_heads & other.other_heads):
        score += s.other_participant  # "a meeting with officials", "... with tech leaders"
    if item.place and other.place:
        score += s.same_place if item.place == other.place else s.other_place
    date, their_date = item.report.date, other.report.date
    if date and their_date:
        score += s.compatible_date if compatible_dates(date, their_date) else s.other_date
    if not same_article:
        shared_words = len(item.words & other.words)
        shared_story = len(item.story & other.story)
        score += s.story_word * min(4, shared_words) + s.story_actor * min(2, shared_story)
        if shared_story + shared_words < 2:
            score += s.other_story  # the two articles tell different stories
        anchored = bool(item.actors & other.actors) or (
            item.place is not None and item.place == other.place)
        if not anchored and other.article not in item.same_story:
            return float("-inf")  # another story, and nothing shared: not one event
    if item.report.trigger == other.report.trigger:
        score += s.same_lemma
    return score


def _other_kind(report: Report, other: Report) -> bool:
    """Say whether two reports tell of different kinds of one concept: event nouns with other
    compound modifiers ("a news conference", "the spring conference")."""
    return bool(report.modifiers and other.modifiers
                and not set(report.modifiers) & set(other.modifiers))


def _anchored(item: _Item, other: _Item) -> bool:
    """Say whether two reports of a common verb in different articles can be one event: both
    name a participant, their agents and patients are compatible, and they share an anchor
    (a participant actor, the place, or a date precise to the month)."""
    if not (item.actors or item.heads) or not (other.actors or other.heads):
        return False  # never chain through a report that names no one
    if item.agents and other.agents and not item.agents & other.actors:
        return False
    if item.patients and other.patients and not item.patients & other.actors:
        return False
    date, their_date = item.report.date, other.report.date
    return bool(item.actors & other.actors) or (
        item.place is not None and item.place == other.place) or (
        date is not None and their_date is not None and min(len(date), len(their_date)) >= 7
        and compatible_dates(date, their_date))


def _keys(item: _Item, concept: str, lookup: bool = False) -> Iterable[tuple]:
    """The index keys of a report: its article, participants, place and year; to look up,
    also the articles of its story."""
    yield (concept, "article", item.article)
    for actor in item.actors:
        yield (concept, "actor", actor)
    if item.place:
        yield (concept, "actor", item.place)
    if item.report.date:
        yield (concept, "date", item.report.date[:4])
    if lookup:
        for article in item.same_story:
            yield (concept, "article", article)


def _heads(participants: Iterable) -> frozenset[str]:
    """The last words of participants' phrases, without the words that name no one."""
    heads = {p.text.split()[-1].lower().strip(".,'’") for p in participants if p.text.split()}
    return frozenset(h.removesuffix("'s") for h in heads) - _FUNCTION_HEADS


_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)


def _groups(annotated: Sequence[AnnotatedArticle],
            links: dict[str, frozenset[str]]) -> Counter[str]:
    """The number of story groups (an article with the articles of its story) reporting each
    concept."""
    seen: dict[str, set[str]] = defaultdict(set)
    for ann in annotated:
        aid = ann.article.id
        group = min(links.get(aid, frozenset()) | {aid})
        for ev in ann.events:
            seen[ev.concept or ev.trigger].add(group)
    return Counter({concept: len(groups) for concept, groups in seen.items()})


def _story(ann: AnnotatedArticle, index: SpanIndex, size: int) -> frozenset[str]:
    """The actors an article names most often (its story), by their corpus ids."""
    counts: Counter[str] = Counter()
    for m in ann.actors:
        if m.kind == "name":
            actor = index.best(ann.article.id, *m.span)
            if actor:
                counts[actor] += 1
    return frozenset(a for a, _ in counts.most_common(size))


def _items(ann: AnnotatedArticle, index: SpanIndex, story: frozenset[str],
           words: frozenset[str], same_story: frozenset[str]) -> list[_Item]:
    article = ann.article
    out = []
    for n, ev in enumerate(ann.events, start=1):
        participants: list[Participant] = []
        seen: set[tuple[str, str]] = set()
        for p in ev.participants:
            # the actor the phrase names, not one that modifies it ("a Huawei executive")
            actor = index.head(article.id, *p.span, text=article.text)
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
            place=place, story=story, words=words, same_story=same_story,
            heads=_heads(ev.participants),
            patient_heads=_heads(p for p in ev.participants if p.role == "patient"),
            other_heads=_heads(p for p in ev.participants if p.role == "participant"),
            indefinite=ev.kind == "nominal" and _INDEFINITE.match(
                article.text[ev.span[0]:ev.span[1]]) is not None))
    return out


def merge_events(annotated: Sequence[AnnotatedArticle], index: SpanIndex,
                 settings: MergeSettings | None = None) -> list[Event]:
    """Merge the event mentions of all articles into events (in order of first report)."""
    s = settings or MergeSettings()
    clusters: list[_Cluster] = []
    by_key: dict[tuple, list[int]] = defaultdict(list)
    words = keywords(annotated, max(s.story_words, s.stories.keywords))
    top_words = {a: frozenset(w[: s.story_words]) for a, w in words.items()}
    story = {a.article.id: _story(a, index, s.story_size) for a in annotated}
    links = story_links(words, story, s.stories)
    groups = _groups(annotated, links)
    for ann in annotated:
        aid = ann.article.id
        for item in _items(ann, index, story[aid], top_words.get(aid, frozenset()),
                           links.get(aid, frozenset())):
            concept = item.report.concept or item.report.trigger
            common = groups[concept] > s.common_groups
            best, best_score = None, s.threshold
            candidates = {c for key in _keys(item, concept, lookup=True)
                          for c in by_key.get(key, ())}
            for c in sorted(candidates):  # in order of creation: the same output every run
                score = _score(item, clusters[c], s, common)
                if score > best_score or score == best_score and best is None:
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
