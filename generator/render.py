"""Corpus -> {docs path: Markdown} through the Jinja2 templates in ``site_templates/``.

Rendering never imports spaCy. Every value a template prints is escaped for Markdown and HTML
unless it is a ``MD`` string built here from escaped parts (escape by default: Jinja's
``finalize``), so article text cannot become markup by accident.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import jinja2
import yaml

from . import urls
from .markup import md_heading, md_text, plain_title, safe_url
from .models import Actor, Article, Claim, Corpus, Event, Source

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "site_templates"
TYPE_LABELS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "other": "Other",
}
MAX_SENTENCES_PER_ACTOR = 300  # an actor page lists at most this many mention sentences
# ... and at most this many claims by, claims about and events: the page of a country in a
# 2,000-article archive would otherwise list thousands (and weigh megabytes).
MAX_LISTED_PER_ACTOR = 100
MAX_RELATED = 20
# A listing longer than this is split into pages reached from its index page, so that no page
# lists thousands of links (a small site keeps one page per listing, as before).
MAX_INDEX_ROWS = 500
_PARAGRAPH = re.compile(r"\n\s*\n")


class MD(str):
    """A string that is already Markdown: templates print it as it is."""

    __slots__ = ()


def _finalize(value: object) -> str:
    if isinstance(value, MD):
        return value
    if value is None:
        return ""
    return md_text(str(value))


@dataclass
class SiteIndex:
    """Cross-references derived from the corpus, for rendering only."""

    corpus: Corpus
    articles: dict[str, Article] = field(init=False)
    actors: dict[str, Actor] = field(init=False)
    sources: dict[str, Source] = field(init=False)
    events: dict[str, Event] = field(init=False)

    def __post_init__(self) -> None:
        c = self.corpus
        self.articles = {a.id: a for a in c.articles}
        self.actors = {a.id: a for a in c.actors}
        self.sources = {s.id: s for s in c.sources}
        self.events = {e.id: e for e in c.events}

    @cached_property
    def claims_by_speaker(self) -> dict[str, list[Claim]]:
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
    def events_by_actor(self) -> dict[str, list[Event]]:
        out: dict[str, list[Event]] = defaultdict(list)
        for event in self.corpus.events:
            ids = {p.actor for p in event.participants} | ({event.place} if event.place else set())
            for actor in sorted(ids):
                out[actor].append(event)
        return out

    @cached_property
    def events_by_article(self) -> dict[str, list[Event]]:
        out: dict[str, list[Event]] = defaultdict(list)
        for event in self.corpus.events:
            for m in event.mentions:
                out[m.article].append(event)
        return out

    @cached_property
    def citations_by_article(self) -> dict[str, list[tuple[Source, int]]]:
        out: dict[str, Counter] = defaultdict(Counter)
        for source in self.corpus.sources:
            for c in source.citations:
                out[c.article][source.id] += 1
        return {a: [(self.sources[s], n) for s, n in sorted(cnt.items())]
                for a, cnt in out.items()}

    @cached_property
    def mentions_by_article(self) -> dict[str, list[tuple[int, int, str, str]]]:
        """(start, end, actor id, kind) of every actor mention, per article, in text order."""
        out: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
        for actor in self.corpus.actors:
            for m in actor.mentions:
                out[m.article].append((m.span[0], m.span[1], actor.id, m.kind))
        for rows in out.values():
            rows.sort()
        return out

    @cached_property
    def claims_by_group(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.corpus.claims:
            if claim.group:
                out[claim.group].append(claim)
        return out

    @cached_property
    def sources_by_actor(self) -> dict[str, list[Source]]:
        out: dict[str, list[Source]] = defaultdict(list)
        for source in self.corpus.sources:
            if source.actor:
                out[source.actor].append(source)
        return out

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.corpus.claims}

    @cached_property
    def actors_by_article(self) -> dict[str, list[tuple[Actor, int]]]:
        out: dict[str, Counter] = defaultdict(Counter)
        for actor in self.corpus.actors:
            for m in actor.mentions:
                out[m.article][actor.id] += 1
        return {a: [(self.actors[i], n) for i, n in sorted(cnt.items(), key=lambda kv:
                                                          (-kv[1], kv[0]))]
                for a, cnt in out.items()}

    @cached_property
    def related(self) -> dict[str, list[tuple[str, Counter]]]:
        """For each actor, the actors sharing sentences, events or claims with it, with counts."""
        pair: dict[tuple[str, str], Counter] = defaultdict(Counter)
        by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
        for actor in self.corpus.actors:
            for m in actor.mentions:
                by_sentence[(m.article, m.sentence)].add(actor.id)

        def count(ids: Iterable[str], what: str) -> None:
            members = sorted(set(ids))
            if len(members) > 30:  # a sentence listing 30 names says little about each pair
                return
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    pair[(a, b)][what] += 1

        for ids in by_sentence.values():
            count(ids, "sentences")
        for event in self.corpus.events:
            count([p.actor for p in event.participants]
                  + ([event.place] if event.place else []), "events")
        for claim in self.corpus.claims:
            if claim.speaker in self.actors:
                count([claim.speaker, *claim.about], "claims")
        out: dict[str, list[tuple[str, Counter]]] = defaultdict(list)
        for (a, b), counts in pair.items():
            out[a].append((b, counts))
            out[b].append((a, counts))
        for k, rows in out.items():
            rows.sort(key=lambda r: (-sum(r[1].values()), r[0]))
            out[k] = rows[:MAX_RELATED]
        return out

    @cached_property
    def connectedness(self) -> list[tuple[Actor, int, int]]:
        """Actors with the number of distinct related actors and of mentions, most first."""
        rows = []
        for actor in self.corpus.actors:
            rows.append((actor, len(self.related.get(actor.id, ())), len(actor.mentions)))
        rows.sort(key=lambda r: (-r[1], -r[2], r[0].id))
        return rows


class Renderer:
    """Render every page of a corpus; ``pages()`` returns {docs path: Markdown}."""

    def __init__(self, corpus: Corpus, templates: Path | str | None = None) -> None:
        self.corpus = corpus
        self.index = SiteIndex(corpus)
        folder = Path(templates) if templates else TEMPLATES_DIR
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(folder)),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,  # Markdown, not HTML: escaping is done by _finalize
            finalize=_finalize,
        )
        self.env.filters.update(heading=lambda s: MD(md_heading(str(s))))
        self.page = ""  # the page being rendered: links are relative to it

    # ---- links -------------------------------------------------------------------------
    @staticmethod
    def raw(markdown: str) -> MD:
        """Mark a string built by the generator (a URL made safe, a page path) as Markdown."""
        return MD(markdown)

    def href(self, kind: str, ident: str, anchor: str | None = None) -> str:
        target = urls.page_path(kind, ident)
        if target == self.page:
            return urls.link(self.page, target, anchor)
        # A link depends only on the folder of the page it is on: computed once per folder
        # and target (a large site makes millions of links; urls.link costs a relpath each).
        rel = _relative_link(posixpath.dirname(self.page), target)
        return f"{rel}#{anchor}" if anchor else rel

    def link(self, kind: str, ident: str, text: str, anchor: str | None = None) -> MD:
        return MD(f"[{md_text(text)}]({self.href(kind, ident, anchor)})")

    def actor_link(self, actor_id: str) -> MD:
        actor = self.index.actors.get(actor_id)
        return self.link("actor", actor_id, actor.name) if actor else MD(md_text(actor_id))

    def speaker_link(self, claim: Claim) -> MD:
        if claim.speaker in self.index.actors:
            return self.actor_link(claim.speaker)
        if claim.speaker in self.index.sources:
            return self.link("source", claim.speaker, self.index.sources[claim.speaker].name)
        if claim.speaker_text:  # a pronoun or description that could not be resolved
            return MD(f"*{md_text(claim.speaker_text)}* (not identified)")
        return MD("*unattributed* (no source named)")

    def article_link(self, article_id: str) -> MD:
        return self.link("article", article_id, self.index.articles[article_id].title)

    def sentence_link(self, article_id: str, sentence: int, text: str) -> MD:
        return self.link("article", article_id, text, urls.sentence_anchor(sentence))

    def sentence_text(self, article_id: str, sentence: int) -> str:
        article = self.index.articles[article_id]
        if not article.sentences:
            return article.text
        start, end = article.sentences[min(sentence, len(article.sentences) - 1)]
        return article.text[start:end]

    def quoted(self, article_id: str, span: tuple[int, int]) -> str:
        return self.index.articles[article_id].text[span[0]:span[1]].strip()

    def content_text(self, claim: Claim) -> str:
        """What a claim says: its content, or its pieces joined by an ellipsis when the text
        splits it around the cue ('"A," she said, "B."' shows "A," … "B.")."""
        if not claim.content_parts:
            return self.quoted(claim.article, claim.content_span)
        return " … ".join(self.quoted(claim.article, part) for part in claim.content_parts)

    def possessive_cue(self, claim: Claim) -> dict:
        """The cue to show, and the possessive ending to put right after the speaker when the
        text has one between them ("Beijing's growing fear", not "Beijing growing fear";
        "Sir Edward's hopes of", not "Sir Edward 's hopes of")."""
        cue = claim.cue.strip()
        ending = ""
        if claim.speaker_span is not None:
            between = self.index.articles[claim.article].text[
                claim.speaker_span[1]:claim.cue_span[0]].strip()
            if between in _POSSESSIVES:
                ending = between
        head, _, rest = cue.partition(" ")
        if not ending and head in _POSSESSIVES and rest:
            ending, cue = head, rest
        return {"cue": _cue_display(cue), "possessive": ending}

    # ---- views ---------------------------------------------------------------------------
    def claim_view(self, claim: Claim, page_of: str | None = None) -> dict:
        """What a template shows of a claim; on its speaker's own page the speaker is implied."""
        return {
            "claim": claim,
            "show_speaker": claim.speaker is None or claim.speaker != page_of,
            "speaker": self.speaker_link(claim),
            "via": self.link("source", claim.via, self.index.sources[claim.via].name)
            if claim.via in self.index.sources else None,
            **self.possessive_cue(claim),
            "content": self.sentence_link(claim.article, claim.sentence,
                                          _quote(self.content_text(claim))),
            "article": self.article_link(claim.article),
            "about": [self.actor_link(a) for a in claim.about],
            "also": [self.sentence_link(o.article, o.sentence, self.index.articles[o.article].title)
                     for o in self.index.claims_by_group.get(claim.group or "", [])
                     if o.id != claim.id],
        }

    def role_rows(self, actor: Actor) -> list[dict]:
        """An actor's roles, one row per title (and what it is of), with the articles saying so."""
        groups: dict[tuple[str, str | None], list] = defaultdict(list)
        for role in actor.roles:
            groups[(role.title, role.of or role.of_name)].append(role)
        rows = []
        for (title, _), roles in groups.items():
            first = roles[0]
            dates = sorted(r.date for r in roles if r.date)
            rows.append({
                "title": title,
                "of": self.actor_link(first.of) if first.of in self.index.actors else (
                    first.of_name or None),
                "evidence": [self.sentence_link(r.article, self.index.articles[r.article]
                                                .sentence_of(r.span[0]),
                                                self.index.articles[r.article].title)
                             for r in roles[:5]],
                "more": max(0, len(roles) - 5),
                "count": len(roles),
                "dates": (dates[0], dates[-1]) if dates else None,
            })
        rows.sort(key=lambda r: (-r["count"], r["title"]))
        return rows

    def event_view(self, event: Event) -> dict:
        m = event.mentions[0]
        return {
            "event": event,
            "title": self.link("event", event.id, event.summary),
            "participants": [(self.actor_link(p.actor), p.role) for p in event.participants],
            "place": self.actor_link(event.place) if event.place else None,
            "evidence": [self.sentence_link(x.article, x.sentence,
                                            self.sentence_text(x.article, x.sentence))
                         for x in event.mentions],
            "article": self.article_link(m.article),
        }

    def article_body(self, article: Article) -> MD:
        """The article text as Markdown: sentence anchors, actor names linked to their pages."""
        links = [(s, e, a) for s, e, a, kind in self.index.mentions_by_article.get(article.id, [])
                 if kind == "name"]
        sentences = list(article.sentences) or [(0, len(article.text))]
        paragraphs = []
        for p_start, p_end in _paragraphs(article.text):
            parts, pos = [], p_start
            for i, (s_start, s_end) in enumerate(sentences):
                start, end = max(s_start, p_start), min(s_end, p_end)
                if start >= end or not article.text[start:end].strip():
                    continue
                # The text between sentences is kept as written (a missing space stays missing).
                parts.append(md_text(article.text[pos:start]))
                inner = self._linked(article.text, start, end, links)
                anchor = f' id="{urls.sentence_anchor(i)}"' if start == s_start else ""
                parts.append(f'<span{anchor} class="sentence">{inner}</span>')
                pos = end
            parts.append(md_text(article.text[pos:p_end]))
            paragraphs.append("".join(parts).strip())
        return MD("\n\n".join(paragraphs))

    def _linked(self, text: str, start: int, end: int, links: list[tuple[int, int, str]]) -> str:
        out, pos = [], start
        for s, e, actor_id in links:
            if s < pos or s >= end or e > end:
                continue
            out.append(md_text(text[pos:s]))
            out.append(f"[{md_text(text[s:e])}]({self.href('actor', actor_id)})")
            pos = e
        out.append(md_text(text[pos:end]))
        return "".join(out)

    def mention_rows(self, actor: Actor) -> tuple[list[dict], int]:
        """Sentences mentioning an actor, grouped by article, the mention in bold."""
        by_article: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
        for m in actor.mentions:
            by_article[m.article][m.sentence].append(m)
        rows, shown = [], 0
        order = sorted(by_article, key=lambda a: (self.index.articles[a].date or "", a),
                       reverse=True)
        for article_id in order:
            article = self.index.articles[article_id]
            sentences = []
            for sentence, mentions in sorted(by_article[article_id].items()):
                if shown >= MAX_SENTENCES_PER_ACTOR:
                    break
                shown += 1
                s_start, s_end = article.sentences[sentence] if article.sentences else (
                    0, len(article.text))
                pieces, pos = [], s_start
                for m in sorted(mentions, key=lambda m: m.span):
                    if m.span[0] < pos:
                        continue
                    pieces.append(md_text(article.text[pos:m.span[0]]))
                    pieces.append(f"**{md_text(article.text[m.span[0]:m.span[1]])}**")
                    pos = m.span[1]
                pieces.append(md_text(article.text[pos:s_end]))
                sentences.append({
                    "text": MD("".join(pieces).strip()),
                    "href": self.href("article", article_id, urls.sentence_anchor(sentence)),
                })
            rows.append({"article": article, "link": self.article_link(article_id),
                         "sentences": sentences,
                         "count": len(by_article[article_id])})
        total = sum(len(v) for v in by_article.values())
        return rows, total

    # ---- pages ---------------------------------------------------------------------------
    def render(self, template: str, page: str, **context: object) -> str:
        self.page = page
        tpl = self.env.get_template(template)
        return _tidy(tpl.render(r=self, index=self.index, **context))

    def front_matter(self, title: str, **extra: object) -> str:
        meta = {"title": plain_title(title), **extra}
        return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True) + "---\n\n"

    def pages(self) -> dict[str, str]:
        """Render every page of the site."""
        out: dict[str, str] = {}
        idx = self.index
        for article in self.corpus.articles:
            path = urls.page_path("article", article.id)
            self.page = path
            out[path] = self.front_matter(article.title) + self.render(
                "article.md.j2", path, article=article,
                url=safe_url(article.url),
                actors=idx.actors_by_article.get(article.id, []),
                claims=[self.claim_view(c) for c in idx.claims_by_article.get(article.id, [])],
                sources=idx.citations_by_article.get(article.id, []),
                events=[self.event_view(e) for e in idx.events_by_article.get(article.id, [])],
            )
        for actor in self.corpus.actors:
            path = urls.page_path("actor", actor.id)
            self.page = path
            mentions, total = self.mention_rows(actor)
            out[path] = self.front_matter(actor.name) + self.render(
                "actor.md.j2", path, actor=actor,
                articles=sorted({m.article for m in actor.mentions}),
                claims_by=[self.claim_view(c, actor.id) for c in
                           idx.claims_by_speaker.get(actor.id, [])[:MAX_LISTED_PER_ACTOR]],
                claims_about=[self.claim_view(c) for c in
                              idx.claims_about.get(actor.id, [])[:MAX_LISTED_PER_ACTOR]],
                events=[self.event_view(e) for e in
                        idx.events_by_actor.get(actor.id, [])[:MAX_LISTED_PER_ACTOR]],
                totals={"claims_by": len(idx.claims_by_speaker.get(actor.id, [])),
                        "claims_about": len(idx.claims_about.get(actor.id, [])),
                        "events": len(idx.events_by_actor.get(actor.id, []))},
                related=[(self.actor_link(a), idx.actors[a].type, c)
                         for a, c in idx.related.get(actor.id, [])],
                mentions=mentions, total_mentions=total,
                shown_mentions=sum(len(r["sentences"]) for r in mentions),
                sources=idx.sources_by_actor.get(actor.id, []),
            )
        for event in self.corpus.events:
            path = urls.page_path("event", event.id)
            self.page = path
            out[path] = self.front_matter(event.summary) + self.render(
                "event.md.j2", path, view=self.event_view(event),
                related=[self.event_view(e) for e in self.related_events(event)],
            )
        for source in self.corpus.sources:
            path = urls.page_path("source", source.id)
            self.page = path
            citations = []
            for c in source.citations:
                claim = idx.claims_by_id.get(c.claim) if c.claim else None
                citations.append({
                    "citation": c,
                    "claim": self.claim_view(claim) if claim else None,
                    # "X told the BBC …": X's claim, the BBC only the medium
                    "speaker": self.speaker_link(claim)
                    if claim and claim.via == source.id and claim.speaker != source.id else None,
                    "sentence": self.sentence_link(c.article, c.sentence,
                                                   self.sentence_text(c.article, c.sentence)),
                    "article": self.article_link(c.article),
                })
            out[path] = self.front_matter(source.name) + self.render(
                "source.md.j2", path, source=source, citations=citations,
                actor=self.actor_link(source.actor) if source.actor else None,
            )
        out.update(self.index_pages())
        return dict(sorted(out.items()))

    def related_events(self, event: Event) -> list[Event]:
        """Other events that share an actor with this one, most shared first."""
        mine = {p.actor for p in event.participants}
        scores: Counter = Counter()
        for actor in mine:
            for other in self.index.events_by_actor.get(actor, ()):
                if other.id != event.id:
                    scores[other.id] += 1
        return [self.index.events[e] for e, _ in sorted(scores.items(),
                                                        key=lambda kv: (-kv[1], kv[0]))[:10]]

    def index_pages(self) -> dict[str, str]:
        idx, c = self.index, self.corpus
        out = {}
        by_type: dict[str, list[Actor]] = defaultdict(list)
        for actor in c.actors:
            by_type[actor.type].append(actor)
        type_counts = [(TYPE_LABELS.get(t, t), len(by_type[t])) for t in TYPE_LABELS
                       if by_type.get(t)]
        path = urls.index_path("home")
        self.page = path
        out[path] = self.front_matter("News report") + self.render(
            "index.md.j2", path, corpus=c, type_counts=type_counts,
            top=[(self.actor_link(a.id), a, n, m) for a, n, m in idx.connectedness[:15]],
            latest=[(self.article_link(a.id), a) for a in sorted(
                c.articles, key=lambda a: (a.date or "", a.id), reverse=True)[:10]],
            errors=[p for p in c.problems if p.level == "error"],
        )
        path = urls.index_path("article")
        self.page = path
        newest_first = sorted(c.articles, key=lambda a: (a.date or "", a.id), reverse=True)
        if len(newest_first) <= MAX_INDEX_ROWS:
            out[path] = self.front_matter("Articles") + self.render(
                "articles.md.j2", path, articles=self._article_rows(newest_first))
        else:
            out.update(self._split_index(
                "article", "Articles", "Articles by month of publication, or by section when "
                "they carry no date.", [(None, _group_articles(newest_first))],
                lambda page, label, rows: ("articles.md.j2", {
                    "articles": self._article_rows(rows), "title": f"Articles: {label}",
                    "up": MD(f"[All articles]({urls.link(page, path)})")})))
        path = urls.index_path("actor")
        self.page = path
        types = [t for t in TYPE_LABELS if by_type.get(t)]
        by_name = {t: sorted(by_type[t], key=lambda a: (a.name.casefold(), a.id)) for t in types}
        if len(c.actors) <= MAX_INDEX_ROWS:
            out[path] = self.front_matter("Actors") + self.render(
                "actors.md.j2", path,
                groups=[(TYPE_LABELS.get(t, t), self._actor_rows(by_name[t])) for t in types])
        else:
            out.update(self._split_index(
                "actor", "Actors", "Actors by type and by the first letter of their name.",
                [(f"{TYPE_LABELS.get(t, t)} ({len(by_name[t])})",
                  [(f"{TYPE_LABELS.get(t, t)} {letter}", rows, letter)
                   for letter, rows in _by_letter(by_name[t])]) for t in types],
                lambda page, label, rows: ("actors.md.j2", {
                    "groups": [(label, self._actor_rows(rows))], "title": f"Actors: {label}",
                    "up": MD(f"[All actors]({urls.link(page, path)})")})))
        path = urls.index_path("event")
        self.page = path
        chronological = sorted(c.events, key=lambda e: (e.date or "9999", e.id))
        if len(chronological) <= MAX_INDEX_ROWS:
            out[path] = self.front_matter("Events") + self.render(
                "events.md.j2", path, events=[self.event_view(e) for e in chronological])
        else:
            out.update(self._split_index(
                "event", "Events", "Events by the month they happened (undated events last).",
                [(None, _group_by(chronological, lambda e: _month(e.date) or "undated"))],
                lambda page, label, rows: ("events.md.j2", {
                    "events": [self.event_view(e) for e in rows], "title": f"Events: {label}",
                    "up": MD(f"[All events]({urls.link(page, path)})")})))
        path = urls.index_path("source")
        self.page = path
        most_cited = sorted(c.sources, key=lambda s: (-len(s.citations), s.id))
        if len(most_cited) <= MAX_INDEX_ROWS:
            out[path] = self.front_matter("Sources cited") + self.render(
                "sources.md.j2", path, sources=self._source_rows(most_cited))
        else:
            out.update(self._split_index(
                "source", "Sources cited", "Sources by kind, the most cited first.",
                [(None, _group_by(most_cited, lambda s: s.kind))],
                lambda page, label, rows: ("sources.md.j2", {
                    "sources": self._source_rows(rows), "title": f"Sources cited: {label}",
                    "up": MD(f"[All sources]({urls.link(page, path)})")})))
        path = urls.index_path("claims")
        self.page = path
        with_claims = [a for a in c.articles if idx.claims_by_article.get(a.id)]
        if len(c.claims) <= MAX_INDEX_ROWS:
            out[path] = self.front_matter("Claims") + self.render(
                "claims.md.j2", path, groups=self._claim_groups(with_claims))
        else:
            newest_first = sorted(with_claims, key=lambda a: (a.date or "", a.id), reverse=True)
            out.update(self._split_index(
                "claims", "Claims", "Claims by the month of their article, or by its section.",
                [(None, _group_articles(newest_first,
                                        lambda a: len(idx.claims_by_article[a.id])))],
                lambda page, label, rows: ("claims.md.j2", {
                    "groups": self._claim_groups(rows), "title": f"Claims: {label}",
                    "up": MD(f"[All claims]({urls.link(page, path)})")})))
        path = urls.index_path("problems")
        self.page = path
        out[path] = self.front_matter("Build report") + self.render(
            "problems.md.j2", path, problems=c.problems, corpus=c)
        return out

    # ---- index pages of large sites ----------------------------------------------------
    def _article_rows(self, articles: Iterable[Article]) -> list[tuple]:
        idx = self.index
        return [(self.article_link(a.id), a, len(idx.actors_by_article.get(a.id, [])),
                 len(idx.claims_by_article.get(a.id, []))) for a in articles]

    def _actor_rows(self, actors: Iterable[Actor]) -> list[tuple]:
        return [(self.actor_link(a.id), a, len(a.mentions), len({m.article for m in a.mentions}))
                for a in actors]

    def _source_rows(self, sources: Iterable[Source]) -> list[tuple]:
        return [(self.link("source", s.id, s.name), s, len({x.article for x in s.citations}))
                for s in sources]

    def _claim_groups(self, articles: Iterable[Article]) -> list[tuple]:
        return [(self.article_link(a.id), [self.claim_view(x) for x in
                                           self.index.claims_by_article.get(a.id, [])])
                for a in articles]

    def _split_index(self, kind: str, title: str, intro: str,
                     sections: list[tuple[str | None, list[tuple[str, list]]]],
                     part: object) -> dict[str, str]:
        """An index page linking to part pages of at most ``MAX_INDEX_ROWS`` rows each.

        ``sections`` is [(heading or None, [(label, rows[, link text])])]; a group longer
        than the limit becomes numbered parts. ``part(page, label, rows)`` returns (template,
        context).
        """
        index = urls.index_path(kind)
        out: dict[str, str] = {}
        taken: set[str] = set()
        hub = []
        for heading, groups in sections:
            links = []
            for label, rows, *short in groups:
                chunks = [rows[k:k + MAX_INDEX_ROWS] for k in range(0, len(rows),
                                                                    MAX_INDEX_ROWS)]
                for n, chunk in enumerate(chunks, start=1):
                    name = label if len(chunks) == 1 else f"{label} ({n} of {len(chunks)})"
                    text = (short[0] if short else label) + (
                        "" if len(chunks) == 1 else f" ({n} of {len(chunks)})")
                    page = _part_path(kind, urls.unique_slug(name, taken))
                    self.page = page  # the links in the rows are relative to the part page
                    template, context = part(page, name, chunk)  # type: ignore[operator]
                    out[page] = self.front_matter(f"{title}: {name}") + self.render(
                        template, page, **context)
                    links.append((MD(f"[{md_text(text)}]({urls.link(index, page)})"),
                                  len(chunk)))
            hub.append((heading, links))
        self.page = index
        out[index] = self.front_matter(title) + self.render(
            "index_parts.md.j2", index, title=title, intro=intro, sections=hub)
        return out


_BEFORE_HEADING = re.compile(r"\n+(#{1,6} )")
_AFTER_HEADING = re.compile(r"^(#{1,6} [^\n]*)\n+", re.M)
_BLANKS = re.compile(r"\n{3,}")


def _tidy(markdown: str) -> str:
    """Give every heading a blank line before and after; no runs of blank lines."""
    markdown = _BEFORE_HEADING.sub(r"\n\n\1", markdown)
    markdown = _AFTER_HEADING.sub(r"\1\n\n", markdown)
    return _BLANKS.sub("\n\n", markdown).lstrip("\n")


@lru_cache(maxsize=262_144)
def _relative_link(folder: str, target: str) -> str:
    """``urls.link`` from any page in ``folder`` to another page ``target``."""
    return urls.link(posixpath.join(folder, "_.md"), target)


def _part_path(kind: str, name: str) -> str:
    """Where a part of a split index lives: ``actors/index/people-a.md``.

    Beside the kind's index page, in a folder no item can claim (a slug has no "/").
    """
    return posixpath.join(posixpath.dirname(urls.index_path(kind)), "index", f"{name}.md")


def _month(date: str | None) -> str | None:
    """``2004-12`` from ``2004-12-25`` (a year stays a year); ``None`` when undated."""
    return date[:7] if date else None


def _group_by(items: list, key: object) -> list[tuple[str, list]]:
    """Group ``items`` by ``key(item)``, groups and items in the order they come."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)  # type: ignore[operator]
    return list(groups.items())


def _section(article: Article) -> str:
    """The folder an article was read from under content/ ('' at the top)."""
    parts = article.path.split("/")
    return "/".join(parts[1:-1]) if len(parts) > 2 else ""


def _group_articles(articles: list[Article], weight: object = None) -> list[tuple[str, list]]:
    """Dated articles by month (newest first), then undated ones by section folder.

    With ``weight(article)`` (its number of claims), a group is cut into parts of at most
    ``MAX_INDEX_ROWS`` in weight.
    """
    groups = _group_by(articles, lambda a: _month(a.date) or _section(a) or "undated")
    if weight is None:
        return groups
    out = []
    for label, rows in groups:
        chunks: list[list[Article]] = [[]]
        total = 0
        for a in rows:
            w = weight(a)  # type: ignore[operator]
            if chunks[-1] and total + w > MAX_INDEX_ROWS:
                chunks.append([])
                total = 0
            chunks[-1].append(a)
            total += w
        out += [(label if len(chunks) == 1 else f"{label} ({n} of {len(chunks)})", chunk)
                for n, chunk in enumerate(chunks, start=1)]
    return out


def _by_letter(actors: list[Actor]) -> list[tuple[str, list[Actor]]]:
    """Actors (sorted by name) grouped by the first letter of their transliterated name."""
    def letter(actor: Actor) -> str:
        first = urls.slug(actor.name)[:1].upper()
        return first if first.isalpha() else "0-9" if first.isdigit() else "other"

    return sorted(_group_by(actors, letter), key=lambda g: (len(g[0]) > 1, g[0]))


def _cue_display(cue: str) -> str:
    """A cue as it reads inside a line: no trailing colon, "According to" in lower case."""
    cue = cue.strip(" :,;")
    return cue[0].lower() + cue[1:] if cue[:1].isupper() and cue[1:2].islower() else cue


_QUOTES = "\"“”'‘’"
_POSSESSIVES = ("'s", "’s", "'", "’")


def _quote(text: str) -> str:
    """Put a claim's content in quotation marks, unless it already carries its own."""
    if text[:1] in _QUOTES and text[-1:] in _QUOTES:
        return text
    return f"“{text}”"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[pos:m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def render_corpus(corpus: Corpus, templates: Path | str | None = None) -> dict[str, str]:
    """Render every page of ``corpus``: {docs-relative path: Markdown}."""
    return Renderer(corpus, templates).pages()
