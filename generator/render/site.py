"""The corpus indexed for rendering: every cross-reference a page needs, computed once.

A ``SiteIndex`` is built from a ``Corpus`` before any page is rendered (collect, then render):
items by id, claims by speaker, article and group, events by actor and article, the actor
mentions of each article in text order, related actors and events. Its link helpers take the
page they write on explicitly, so rendering holds no "current page": a page is a pure function
of the index and the item.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

from .. import urls
from ..markup import md_text
from ..models import Actor, Article, Claim, Corpus, Event, Source
from . import links
from .related import RelatedActor, RelatedEvents, related_actors
from .text import MD, POSSESSIVES, cue_display


@dataclass(frozen=True)
class NameMention:
    """An actor named in an article: where (a span of its text) and which actor."""

    start: int
    end: int
    actor: str


class SiteIndex:
    """Cross-references derived from a corpus, for rendering only."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.articles: dict[str, Article] = {a.id: a for a in corpus.articles}
        self.actors: dict[str, Actor] = {a.id: a for a in corpus.actors}
        self.sources: dict[str, Source] = {s.id: s for s in corpus.sources}
        self.events: dict[str, Event] = {e.id: e for e in corpus.events}
        self.claims: dict[str, Claim] = {c.id: c for c in corpus.claims}

    # ---- cross-references ------------------------------------------------------------------
    @cached_property
    def claims_by_speaker(self) -> dict[str, list[Claim]]:
        """Claims by their speaker, and by the outlet or document they came through."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            if claim.speaker:
                out[claim.speaker].append(claim)
            if claim.via and claim.via != claim.speaker:
                out[claim.via].append(claim)
        return out

    @cached_property
    def claims_about(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            for actor in claim.about:
                out[actor].append(claim)
        return out

    @cached_property
    def claims_by_article(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            out[claim.article].append(claim)
        return out

    @cached_property
    def claims_by_group(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            if claim.group:
                out[claim.group].append(claim)
        return out

    @cached_property
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

    @cached_property
    def events_by_article(self) -> dict[str, list[Event]]:
        """The events each article reports, each once however often the article reports it."""
        out: dict[str, list[Event]] = defaultdict(list)
        for event in self.corpus.events:
            for article in dict.fromkeys(m.article for m in event.mentions):
                out[article].append(event)
        return out

    @cached_property
    def citations_by_article(self) -> dict[str, list[tuple[Source, int]]]:
        """The sources each article cites, with the number of citations, by source id."""
        out: dict[str, Counter] = defaultdict(Counter)
        for source in self.corpus.sources:
            for c in source.citations:
                out[c.article][source.id] += 1
        return {a: [(self.sources[s], n) for s, n in sorted(cnt.items())]
                for a, cnt in out.items()}

    @cached_property
    def names_by_article(self) -> dict[str, list[NameMention]]:
        """Where each article names an actor (mentions of kind "name"), in text order."""
        rows: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for actor in self.corpus.actors:
            for m in actor.mentions:
                if m.kind == "name":
                    rows[m.article].append((m.span[0], m.span[1], actor.id))
        return {a: [NameMention(*r) for r in sorted(found)] for a, found in rows.items()}

    @cached_property
    def sources_by_actor(self) -> dict[str, list[Source]]:
        out: dict[str, list[Source]] = defaultdict(list)
        for source in self.corpus.sources:
            if source.actor:
                out[source.actor].append(source)
        return out

    @cached_property
    def actors_by_article(self) -> dict[str, list[tuple[Actor, int]]]:
        """The actors of each article with their number of mentions, most mentioned first."""
        out: dict[str, Counter] = defaultdict(Counter)
        for actor in self.corpus.actors:
            for m in actor.mentions:
                out[m.article][actor.id] += 1
        return {a: [(self.actors[i], n)
                    for i, n in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))]
                for a, cnt in out.items()}

    @cached_property
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
        return related_actors(self.corpus, self.actors)

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

    def event_link(self, page: str, event: Event) -> MD:
        return links.link(page, "event", event.id, event.summary)

    def sentence_link(self, page: str, article_id: str, sentence: int, text: str) -> MD:
        return links.link(page, "article", article_id, text, urls.sentence_anchor(sentence))

    def sentence_href(self, page: str, article_id: str, sentence: int) -> MD:
        return MD(links.href(page, "article", article_id, urls.sentence_anchor(sentence)))
