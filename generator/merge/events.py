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
reports that both name a participant, whose agents and patients are compatible (patient
phrases share a word of what they are: "BMW sells the Rover unit" and "BMW sells 95,000 cars"
are two sales), and that share an anchor: a participant actor, the place or a date to the
month. Within an article, an
indefinite event noun that names someone or a place its candidate event lacks ("a meeting with
tech leaders" after "a meeting with party officials") introduces another event.

Some pairs are never one event: event nouns with other compound modifiers ("the spring
conference", "a news conference"), a kind of event ("every murder"), across articles reports
whose patients are named and other ("stops Hasim Rahman", "stops Tony Thompson"), with
dates of other days ("shrank in 2003", "in 2004") or whose only shared actor does it in one
and has it done in the other ("Goldsmith warned Tony Blair", "Tony Blair warned his
supporters"), across
articles a report that names no one, no place and no date and tells of a speaker's own event
("My race took place": not the race another article names) or one whose subject is "we", "I"
or "you" and that names no actor ("We need to address the issue": whose "we"?), in a site
of many subjects (more articles than ``MergeSettings.one_subject_articles``: a story there
is a looser group, every report of an election) across articles reports that share nothing
but their verb and their story: no participant (actor or last word of a phrase), place, date
to the month, event noun modifier written as a name ("the Iraq war") or sentence both
articles print ("Voter turnout may be boosted", "Labour plan to boost pensions"), or, of two
stories, one such thing only (the SEC, investigating two companies), where a word or place
many of the site's articles name counts for nothing ("the technology", "London";
``event_vetoes``), and in one
article a report whose patients are other than those of any report of the event ("it stars
Leslie Nielsen", "it stars James Brolin") or, when neither names an agent, a patient named by
name and a plural ("Maria Holt was elected", "the candidates elected were ..."). A participant
is the actor its phrase names, not one that modifies it ("a Huawei executive" is not Huawei).
On a site of many subjects, two reports of one article that share nothing and name other
participants, place or date, a report naming nothing and a report further off than the next
sentence, or a common verb's two reports further off that share nothing, are two events
(``event_within``); so are two reports of one article that do it to other things (other
patients, amounts or places), whose agents are other actors, or that are two verbs of one
sentence, whatever else they share (``event_objects``). The score is in ``event_evidence``.

A mention joins the event it scores best with, at or above ``MergeSettings.threshold``, else it
starts a new one. Each index key keeps only its most recent events and a report is compared with
a few reports of each, so the merge stays near-linear in the number of mentions.

An event then takes the summary of its most informative report (a verb's report naming who
did it before an event noun's: "Alastair Campbell will return", not "His return took place"),
every participant, the most reported place, the most precise date the reports agree on (the
others go to ``date_conflicts``), and the firmest modality any report gives.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..annotations import AnnotatedArticle
from ..annotations import EventMention as Report
from ..models import Article, Event, EventMention, Participant
from ..urls import slug
from ..vocab import MentionKind, Modality
from .event_evidence import (
    FUNCTION_HEADS,
    Cluster,
    Item,
    MergeSettings,
    compatible_dates,
    phrase_words,
    score_event,
)
from .event_objects import amounts, written_names
from .event_vetoes import common_things
from .event_wording import Wording, unreadable
from .memo import MergeMemo
from .minor_events import minor_event
from .span_index import SpanIndex
from .stories import document_frequency, keywords, story_links
from .words import merge_words

__all__ = ["MergeSettings", "best_date", "compatible_dates", "merge_events"]


def _keys(item: Item, concept: str, lookup: bool = False) -> Iterable[tuple]:
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
    return frozenset(h.removesuffix("'s") for h in heads) - FUNCTION_HEADS


_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
_PLURAL = re.compile(r"[a-z-]{2,}[^s'’u]s")
_NUMBER = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
                     r"thousands?|both|all|many|several|some|few)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w$£€][\w$£€.,'’-]*")


def _plural(phrases: Sequence[str], verbs: tuple[str, str], counted: bool = False) -> bool:
    """Say whether every phrase ends in a plural noun and gives no number or quantity ("the
    candidates", "democrats"; not "three teens", "both officers", "Lopez and his brother": the
    one named may be among them), nor is the event's own noun ("fired the shots", "carried out
    the killings"). ``counted`` (a verb of appointment, where each person is elected on their
    own) allows a number or quantity ("two independent candidates")."""
    stems = tuple(v[:3].lower() for v in verbs)
    return bool(phrases) and all(
        (words := p.split()) and _PLURAL.fullmatch(words[-1])
        and (counted or not _NUMBER.search(p))
        and " and " not in p and not words[-1].lower().startswith(stems) for p in phrases)


def _label(report: Report, article: Article) -> bool:
    """Say whether a report is a fragment alone on its line that names no participant, place
    or date: a label heading a list ("Elected", "Re-elected:") or a headline of one word."""
    if not report.fragment or report.participants or report.place or report.date:
        return False
    start, end = article.sentences[article.sentence_of(report.span[0])] if (
        article.sentences) else report.span
    return len(_WORD.findall(article.text[start:end])) <= 1


def _named_modifiers(report: Report, text: str, sentence_start: int) -> frozenset[str]:
    """The compound modifiers of a report's event noun that its text writes as names, not
    first in their sentence ("Iraq" of "the Iraq war", "Commons" of "a crucial Commons
    vote"; not "election" of "the election campaign")."""
    if not report.modifiers:
        return frozenset()
    written = {m.group().rstrip(".,'’-").lower() for m in _WORD.finditer(text, *report.span)
               if m.group()[0].isupper() and m.start() != sentence_start}
    return frozenset(m for m in report.modifiers if m in written)


def _names(names: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Say whether a name mention lies within ``span`` (the phrase names its actor by name)."""
    i = bisect.bisect_left(names, (span[0], -1))
    return i < len(names) and names[i][1] <= span[1]


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
           words: frozenset[str], same_story: frozenset[str]) -> list[Item]:
    article = ann.article
    names = sorted(m.span for m in ann.actors if m.kind == MentionKind.NAME)
    appointing = merge_words().appointment_verbs
    named_in_article = frozenset(a for _, _, a in index.spans.get(article.id, ()))
    out = []
    for n, ev in enumerate(ann.events, start=1):
        participants: list[Participant] = []
        seen: set[tuple[str, str]] = set()
        named: set[str] = set()
        free = []  # the phrases that name no actor
        for p in ev.participants:
            # the actor the phrase names, not one that modifies it ("a Huawei executive")
            actor = index.head(article.id, *p.span, text=article.text)
            if not actor:
                free.append(p)
            if actor and p.role == "patient" and _names(names, p.span):
                named.add(actor)
            if actor and (actor, p.role) not in seen:
                seen.add((actor, p.role))
                participants.append(Participant(actor, p.role))
        place = index.best(article.id, *ev.place) if ev.place else None
        agents = frozenset(p.actor for p in participants if p.role == "agent")
        patients = frozenset(p.actor for p in participants if p.role == "patient")
        out.append(item := Item(
            article=article.id, n=n, sentence=article.sentence_of(ev.span[0]), report=ev,
            agents=agents, patients=patients,
            actors=frozenset(p.actor for p in participants), participants=tuple(participants),
            place=place, story=story, words=words, same_story=same_story,
            heads=_heads(ev.participants),
            patient_heads=_heads(p for p in ev.participants if p.role == "patient"),
            other_heads=_heads(p for p in ev.participants if p.role == "participant"),
            patient_words=phrase_words(ev.participants, "patient"),
            words_said=phrase_words(ev.participants), named_patients=frozenset(named),
            plural_patients=_plural([p.text for p in ev.participants if p.role == "patient"],
                                    (ev.trigger, ev.concept or ev.trigger),
                                    counted=(ev.concept or ev.trigger) in appointing),
            indefinite=ev.kind == "nominal" and _INDEFINITE.match(
                article.text[ev.span[0]:ev.span[1]]) is not None))
        item.label = _label(ev, article)
        item.named_in_article = named_in_article
        start, end = article.sentences[item.sentence] if article.sentences else ev.span
        item.said = " ".join(article.text[start:end].split())
        item.named_modifiers = _named_modifiers(ev, article.text, start)
        item.free_heads, item.free_words = _heads(free), phrase_words(free)
        item.free_agent_heads = _heads(p for p in free if p.role == "agent")
        item.free_patient_heads = _heads(p for p in free if p.role == "patient")
        item.free_patient_words = phrase_words(free, "patient")
        item.patient_names = written_names(p.text for p in free if p.role == "patient")
        item.patient_amounts = amounts(p.text for p in ev.participants if p.role == "patient")
        item.sentence_actors = frozenset(a for *_, a in index.within(article.id, start, end))
        concept = ev.concept or ev.trigger
        item.keys = tuple(_keys(item, concept))
        item.lookup = tuple(_keys(item, concept, lookup=True))
    return out


def merge_events(annotated: Sequence[AnnotatedArticle], index: SpanIndex,
                 settings: MergeSettings | None = None,
                 wording: Wording | None = None) -> list[Event]:
    """Merge the event mentions of all articles into events (in order of first report);
    ``wording`` says a report's summary as the pages show it (None: it does not read alone;
    ``event_wording.quote_wording``), else the summary is as written."""
    s = settings or MergeSettings()
    clusters: list[Cluster] = []
    by_key: dict[tuple, list[int]] = defaultdict(list)
    words = keywords(annotated, max(s.story_words, s.stories.keywords))
    top_words = {a: frozenset(w[: s.story_words]) for a, w in words.items()}
    story = {a.article.id: _STORIES.value((a,), (index.spans.get(a.article.id), s.story_size),
                                          lambda a=a: _story(a, index, s.story_size))
             for a in annotated}
    links = story_links(words, story, s.stories)
    groups = _groups(annotated, links)
    many_subjects = common_things(  # (``score_event``)
        document_frequency(annotated), {a: [x for *_, x in v] for a, v in index.spans.items()},
        len(annotated), s.common_share) if len(annotated) > s.one_subject_articles else None
    for ann in annotated:
        aid = ann.article.id
        inputs = (index.spans.get(aid), story[aid], top_words.get(aid, frozenset()),
                  links.get(aid, frozenset()))
        items = _ITEMS.value((ann,), inputs,
                             lambda a=ann, i=inputs: _items(a, index, *i[1:]))
        for item in items:
            concept = item.report.concept or item.report.trigger
            common = groups[concept] > s.common_groups
            best, best_score = None, s.threshold
            candidates = {c for key in item.lookup for c in by_key.get(key, ())}
            for c in sorted(candidates):  # in order of creation: the same output every run
                score = score_event(item, clusters[c], s, common, many_subjects)
                if score > best_score or score == best_score and best is None:
                    best, best_score = c, score
            if best is None:
                best = len(clusters)
                clusters.append(Cluster(concept))
            clusters[best].add(item)
            for key in item.keys:
                bucket = by_key[key]
                if not bucket or bucket[-1] != best:
                    if best in bucket:
                        bucket.remove(best)
                    bucket.append(best)
                    if len(bucket) > s.candidates_per_key:
                        del bucket[0]
    out = []
    for c in clusters:
        said = tuple(wording(i.article, i.report) if wording else i.report.summary
                     for i in c.items)
        out.append(_EVENTS.value(c.items, said, lambda c=c, said=said: _event(c, said)))
    return out


# A serve rebuild merges the same records again with one article more: what is computed from
# one article's records, and the events made of the same reports, come from the last merge
# (``memo``). An article's results depend on its own actor spans (ids included), compared.
_STORIES, _ITEMS, _EVENTS = MergeMemo(), MergeMemo(), MergeMemo()


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


def _informative(item: Item) -> tuple:
    r = item.report
    return (not r.fragment, r.modality == Modality.ASSERTED, r.kind == "verbal",
            len(r.participants),
            r.place is not None, -abs(len(r.summary) - 70))


def _event(cluster: Cluster, said: Sequence[str | None]) -> Event:
    """The event of a cluster; ``said``: each report's summary as the pages show it, None when
    it does not read alone (its event's lead is the most informative report that reads)."""
    items = cluster.items
    first = items[0]
    readable = [n for n, i in enumerate(items)
                if said[n] is not None and not unreadable(i.report)]  # ("To distribute")
    lead = max(readable or range(len(items)), key=lambda n: _informative(items[n]))
    told = [n for n in readable if items[n].report.kind == "verbal" and not items[n].report.fragment
            and any(p.role == "agent" for p in items[n].report.participants)]
    if items[lead].report.kind != "verbal" and told:
        # "His return took place" says of a noun that it happened, and names no one: "Alastair
        # Campbell will return to the fold" says who does what
        lead = max(told, key=lambda n: _informative(items[n]))
    trigger = Counter(i.report.trigger for i in items if i.report.kind == "verbal").most_common(
        1) or Counter(i.report.trigger for i in items).most_common(1)
    participants: list[Participant] = []
    for item in items:
        participants += [p for p in item.participants if p not in participants]
    places = Counter(i.place for i in items if i.place)
    date, conflicts = best_date([i.report.date for i in items if i.report.date])
    date_text = next((i.report.date_text for i in items if i.report.date == date), None)
    modality = _modality(i.report.modality for i in items)
    bare = not readable or not any((i.report.participants or i.report.place or i.report.date)
                                   and not i.report.fragment for i in items)
    return Event(
        id=f"{first.article}-{slug(first.report.trigger)[:30]}-{first.n}",
        summary=said[lead] or items[lead].report.summary,
        trigger=trigger[0][0],
        participants=tuple(participants),
        place=places.most_common(1)[0][0] if places else None,
        date=date,
        mentions=tuple(EventMention(
            article=i.article, sentence=i.sentence, span=i.report.span,
            trigger_span=i.report.trigger_span, summary=said[n] or i.report.summary,
            modality=i.report.modality, date=i.report.date, date_text=i.report.date_text,
            place=i.place, participants=i.participants) for n, i in enumerate(items)),
        negated=modality == Modality.NEGATED,
        date_text=date_text,
        modality=modality,
        date_conflicts=conflicts,
        bare=bare,
        minor=bare or minor_event(items),
    )
