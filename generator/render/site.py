"""The corpus indexed for rendering: every cross-reference a page needs, computed once.

A ``SiteIndex`` is built from a ``Corpus`` before any page is rendered (collect, then render):
items by id, claims by speaker, article and group, events by actor and article, the actor
mentions of each article in text order, related actors and events. Its link helpers take the
page they write on explicitly, so rendering holds no "current page": a page is a pure function
of the index and the item.

Its tables are ``memo.Tracked``: the lookups a memoised page makes in them are recorded, so
that the page is rendered again only when one of them gives another value (``memo``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .. import urls
from ..markup import md_text
from ..models import Actor, Article, Claim, Corpus, Event, Source
from . import links
from .memo import MISSING, Recorder, Tracked
from .related import RelatedActor, RelatedEvents, related_actors
from .text import MD, POSSESSIVES, cue_display


@dataclass(frozen=True)
class NameMention:
    """An actor named in an article: where (a span of its text) and which actor."""

    start: int
    end: int
    actor: str


def _actor_card(actor: Actor) -> tuple:
    """What a page other than the actor's own shows of it: a link with its name, a type (a
    class and the hover preview). Its counts, aliases and roles are on its own page only."""
    return (actor.name, actor.type)


def _source_card(source: Source) -> tuple:
    """What a page other than the source's own shows of it (its citations: its own page)."""
    return (source.name, source.kind, source.actor)


def _citation_rows(rows: list[tuple[Source, int]]) -> tuple:
    return tuple((s.id, s.name, s.kind, n) for s, n in rows)


def _cited_as(rows: list[Source]) -> tuple:
    return tuple((s.id, s.name, len(s.citations)) for s in rows)


def _actor_rows(rows: list[tuple[Actor, int]]) -> tuple:
    return tuple((a.id, n) for a, n in rows)  # the actors themselves: through ``actors``


def _table(project: Callable[[Any], Any] = tuple):
    """A cross-reference table computed once, unrecorded, as a ``Tracked`` dict named after
    the property; ``project`` gives what is compared of a value between renders."""
    def wrap(build: Callable[[SiteIndex], dict]) -> cached_property:
        name = build.__name__

        def table(self: SiteIndex) -> Tracked:
            outer, self.recorder.reads = self.recorder.reads, None
            try:
                return self._track(name, build(self), project)
            finally:
                self.recorder.reads = outer
        table.__doc__ = build.__doc__
        return cached_property(table)
    return wrap


class SiteIndex:
    """Cross-references derived from a corpus, for rendering only."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.recorder = Recorder()
        self._tables: dict[str, Any] = {}
        articles = {a.id: a for a in corpus.articles}
        actors = {a.id: a for a in corpus.actors}
        sources = {s.id: s for s in corpus.sources}
        self.articles: dict[str, Article] = self._track("articles", articles)
        self.actors: dict[str, Actor] = self._track("actors", actors, _actor_card)
        # An actor's (source's) own page reads all of it; other pages read its card.
        self.actor_records: dict[str, Actor] = self._track("actor_records", actors)
        self.sources: dict[str, Source] = self._track("sources", sources, _source_card)
        self.source_records: dict[str, Source] = self._track("source_records", sources)
        self.events: dict[str, Event] = self._track(
            "events", {e.id: e for e in corpus.events})
        self.claims: dict[str, Claim] = self._track("claims", {c.id: c for c in corpus.claims})
        self._tables["related_events"] = _RelatedEventIds(self)

    def _track(self, name: str, data: dict, project: Callable[[Any], Any] | None = None
               ) -> Tracked:
        table = Tracked(name, data, self.recorder, project) if project else Tracked(
            name, data, self.recorder)
        self._tables[name] = table
        return table

    def tables(self) -> dict[str, Any]:
        """The recorded tables by name (``memo.PageMemo.begin``); every lazy table made."""
        for name in _LAZY_TABLES:
            getattr(self, name)
        return self._tables

    def related_event_ids(self, event: Event) -> tuple[str, ...]:
        """The ids of the events most related to ``event`` (recorded: ``memo``)."""
        return self._tables["related_events"](event.id)

    # ---- cross-references ------------------------------------------------------------------
    @_table(tuple)
    def claims_by_speaker(self) -> dict[str, list[Claim]]:
        """Claims by their speaker, and by the outlet or document they came through."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            if claim.speaker:
                out[claim.speaker].append(claim)
            if claim.via and claim.via != claim.speaker:
                out[claim.via].append(claim)
        return out

    @_table(tuple)
    def claims_about(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            for actor in claim.about:
                out[actor].append(claim)
        return out

    @_table(tuple)
    def claims_by_article(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            out[claim.article].append(claim)
        return out

    @_table(tuple)
    def claims_by_group(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            if claim.group:
                out[claim.group].append(claim)
        return out

    @_table(tuple)
    def events_by_actor(self) -> dict[str, list[Event]]:
        """Events by participant or place, in corpus order (not the bare ones, which name no
        one, no place and no date: ``Event.listed``)."""
        out: dict[str, list[Event]] = defaultdict(list)
        for event in self.corpus.events:
            if not event.listed:
                continue
            ids = {p.actor for p in event.participants} | ({event.place} if event.place else set())
            for actor in sorted(ids):
                out[actor].append(event)
        return out

    @_table(tuple)
    def events_by_article(self) -> dict[str, list[Event]]:
        """The events each article reports, each once however often the article reports it."""
        out: dict[str, list[Event]] = defaultdict(list)
        for event in self.corpus.events:
            for article in dict.fromkeys(m.article for m in event.mentions):
                out[article].append(event)
        return out

    @_table(_citation_rows)
    def citations_by_article(self) -> dict[str, list[tuple[Source, int]]]:
        """The sources each article cites, with the number of citations, by source id."""
        out: dict[str, Counter] = defaultdict(Counter)
        for source in self.corpus.sources:
            for c in source.citations:
                out[c.article][source.id] += 1
        return {a: [(self.sources[s], n) for s, n in sorted(cnt.items())]
                for a, cnt in out.items()}

    @_table(tuple)
    def names_by_article(self) -> dict[str, list[NameMention]]:
        """Where each article names an actor (mentions of kind "name"), in text order."""
        rows: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for actor in self.corpus.actors:
            for m in actor.mentions:
                if m.kind == "name":
                    rows[m.article].append((m.span[0], m.span[1], actor.id))
        return {a: [NameMention(*r) for r in sorted(found)] for a, found in rows.items()}

    @_table(_cited_as)
    def sources_by_actor(self) -> dict[str, list[Source]]:
        out: dict[str, list[Source]] = defaultdict(list)
        for source in self.corpus.sources:
            if source.actor:
                out[source.actor].append(source)
        return out

    @_table(_actor_rows)
    def actors_by_article(self) -> dict[str, list[tuple[Actor, int]]]:
        """The actors of each article with their number of mentions, most mentioned first."""
        out: dict[str, Counter] = defaultdict(Counter)
        for actor in self.corpus.actors:
            for m in actor.mentions:
                out[m.article][actor.id] += 1
        return {a: [(self.actors[i], n)
                    for i, n in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))]
                for a, cnt in out.items()}

    @_table()
    def related(self) -> dict[str, list[RelatedActor]]:
        """For each actor, the actors sharing sentences, events or claims with it (the
        ``MAX_RELATED`` that share most)."""
        return self._related[0]

    @cached_property
    def related_count(self) -> dict[str, int]:
        """For each actor, the number of actors sharing sentences, events or claims with it."""
        return self._related[1]

    @cached_property
    def _related(self) -> tuple[dict[str, list[RelatedActor]], dict[str, int]]:
        return related_actors(self.corpus, (a.id for a in self.corpus.actors))

    @cached_property
    def related_events(self) -> RelatedEvents:
        return RelatedEvents(self.corpus.events)

    @cached_property
    def connectedness(self) -> list[tuple[Actor, int, int]]:
        """Actors with the number of distinct related actors and of mentions, most first."""
        rows = [(actor, self.related_count.get(actor.id, 0), len(actor.mentions))
                for actor in self.corpus.actors]
        rows.sort(key=lambda r: (-r[1], -r[2], r[0].id))
        return rows

    # ---- text --------------------------------------------------------------------------------
    def sentence_text(self, article_id: str, sentence: int) -> str:
        article = self.articles[article_id]
        if not article.sentences:
            return article.text
        start, end = article.sentences[min(sentence, len(article.sentences) - 1)]
        return article.text[start:end]

    def quoted(self, article_id: str, span: tuple[int, int]) -> str:
        return self.articles[article_id].text[span[0]:span[1]].strip()

    def content_text(self, claim: Claim) -> str:
        """What a claim says: its content, or its pieces joined by an ellipsis when the text
        splits it around the cue ('"A," she said, "B."' shows "A," … "B.")."""
        if not claim.content_parts:
            return self.quoted(claim.article, claim.content_span)
        return " … ".join(self.quoted(claim.article, part) for part in claim.content_parts)

    def possessive_cue(self, claim: Claim) -> tuple[str, str]:
        """The cue to show, and the possessive ending to put right after the speaker when the
        text has one between them ("Beijing's growing fear", not "Beijing growing fear";
        "Sir Edward's hopes of", not "Sir Edward 's hopes of")."""
        cue = claim.cue.strip()
        ending = ""
        if claim.speaker_span is not None:
            between = self.articles[claim.article].text[
                claim.speaker_span[1]:claim.cue_span[0]].strip()
            if between in POSSESSIVES:
                ending = between
        head, _, rest = cue.partition(" ")
        if not ending and head in POSSESSIVES and rest:
            ending, cue = head, rest
        return cue_display(cue), ending

    # ---- links from a page -------------------------------------------------------------------
    def actor_link(self, page: str, actor_id: str) -> MD:
        actor = self.actors.get(actor_id)
        return links.link(page, "actor", actor_id, actor.name) if actor else MD(md_text(actor_id))

    def source_link(self, page: str, source_id: str) -> MD:
        return links.link(page, "source", source_id, self.sources[source_id].name)

    def speaker_link(self, page: str, claim: Claim) -> MD:
        if claim.speaker in self.actors:
            return self.actor_link(page, claim.speaker)
        if claim.speaker in self.sources:
            return self.source_link(page, claim.speaker)
        if claim.speaker_text:  # a pronoun or description that could not be resolved
            return MD(f"*{md_text(claim.speaker_text)}* (not identified)")
        return MD("*unattributed* (no source named)")

    def article_link(self, page: str, article_id: str) -> MD:
        return links.link(page, "article", article_id, self.articles[article_id].title)

    def event_link(self, page: str, event: Event, text: str | None = None) -> MD:
        return links.link(page, "event", event.id, event.summary if text is None else text)

    def sentence_link(self, page: str, article_id: str, sentence: int, text: str) -> MD:
        return links.link(page, "article", article_id, text, urls.sentence_anchor(sentence))

    def sentence_href(self, page: str, article_id: str, sentence: int) -> MD:
        return MD(links.href(page, "article", article_id, urls.sentence_anchor(sentence)))


class _RelatedEventIds:
    """``SiteIndex.related_events`` as a recorded table: event id -> related event ids."""

    name = "related_events"

    def __init__(self, site: SiteIndex) -> None:
        self.site = site

    def current(self, event_id: str) -> Any:
        event = dict.get(self.site.events, event_id)
        return MISSING if event is None else tuple(self.site.related_events.of(event))

    def __call__(self, event_id: str) -> tuple[str, ...]:
        reads = self.site.recorder.reads
        if reads is not None:
            reads.add((self.name, event_id))
        return self.current(event_id)


_LAZY_TABLES = ("claims_by_speaker", "claims_about", "claims_by_article", "claims_by_group",
                "events_by_actor", "events_by_article", "citations_by_article",
                "names_by_article", "sources_by_actor", "actors_by_article", "related")
