"""The index pages: the home page, the listings of articles, actors, events and sources (split
into parts on a large site), and the build report.

Each ``render_<listing>`` returns {path: Markdown} for its index page and its parts; rows are
named records (``ArticleRow``, ``ActorRow``...) made for the page they are listed on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .. import urls
from ..models import Actor, Article, Event, Problem, Source
from ..vocab import Modality, SourceKind
from . import links
from .context import RenderContext
from .listings import (
    Listing,
    group_articles,
    section,
    split_listing,
    title_key,
    title_span,
    undated_title,
)
from .text import MD

TYPE_LABELS = {
    "person": "People",
    "organization": "Organizations",
    "place": "Places",
    "group": "Groups",
    "other": "Other",
}
TOP_ACTORS = 10
LEDE_CHARS = 200
TOP_PER_TYPE = 100  # actors of a type on the actors index page (the rest on its parts)
LATEST_ARTICLES = 10
TOP_STORIES = 8
TOP_SOURCES = 8
# The home page's most cited sources are the ones a reader can tell: not "a spokesman", "61%"
_UNNAMED = frozenset({SourceKind.ANONYMOUS, SourceKind.PRONOUN})
LATEST_EVENTS = 8


@dataclass(frozen=True)
class TypeCount:
    label: str
    count: int


@dataclass(frozen=True)
class ConnectedActor:
    """An actor on the home page: how many actors it goes with, how often it is mentioned."""

    link: MD
    type: str
    related: int
    mentions: int


@dataclass(frozen=True)
class LatestArticle:
    link: MD
    date: str | None


@dataclass(frozen=True)
class Story:
    """An event on the home page, with the number of articles reporting it and of the
    sentences stating it."""

    link: MD
    date: str | None
    reports: int
    mentions: int


@dataclass(frozen=True)
class CitedSource:
    link: MD
    citations: int
    articles: int


@dataclass(frozen=True)
class HomeView:
    """Everything ``index.md.j2`` shows; ``*_index`` are links to the index pages."""

    articles: int
    actors: int
    events: int
    sources: int
    claims: int
    type_counts: tuple[TypeCount, ...]
    top: tuple[ConnectedActor, ...]
    stories: tuple[Story, ...]
    cited: tuple[CitedSource, ...]
    latest_events: tuple[Story, ...]
    latest: tuple[LatestArticle, ...]  # the newest dated articles
    undated: tuple[LatestArticle, ...]  # undated ones by file path, when too few are dated
    undated_articles: int
    errors: int
    problems_page: MD
    articles_index: MD
    actors_index: MD
    events_index: MD
    sources_index: MD
    claims_index: MD


@dataclass(frozen=True)
class ArticleRow:
    """An article in the articles listing: its metadata and its first sentence."""

    link: MD
    date: str | None
    publisher: str | None
    section: str  # the folder under content/ ('' at the top)
    lede: str  # the first sentence, cut at LEDE_CHARS
    actors: int
    claims: int


def lede(text: str) -> str:
    """A first sentence as a listing shows it: one line, at most ``LEDE_CHARS`` characters."""
    text = " ".join(text.split())
    if len(text) <= LEDE_CHARS:
        return text
    return text[:LEDE_CHARS].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class ActorRow:
    link: MD
    mentions: int
    articles: int


@dataclass(frozen=True)
class ActorGroup:
    """Actors of one type (or one part of a type) in the actors listing, the most mentioned
    first; ``parts`` link to the complete list when the rows are only the first ones."""

    label: str
    total: int
    rows: tuple[ActorRow, ...]
    parts: tuple[MD, ...]


@dataclass(frozen=True)
class SourceRow:
    link: MD
    kind: str
    citations: int
    articles: int


def newest_first(articles: Sequence[Article]) -> list[Article]:
    """Dated articles, the newest first, then the undated ones by title."""
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.id), reverse=True)
    undated = sorted((a for a in articles if not a.date),
                     key=lambda a: (title_key(a.title), a.id))
    return dated + undated


def actors_by_type(actors: Iterable[Actor]) -> dict[str, list[Actor]]:
    out: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        out[actor.type].append(actor)
    return out


def _names_someone(source: Source) -> bool:
    """Does a source name someone: an actor's ("the BBC News website", "Recent research by
    Jupiter"), an outlet by its name, or a body or person in a few words that end in a name
    ("Swiss Re", "The Lib Dems"); not a description ("A study", "the report", "an Internet
    posting made a day ago", "A Texas company", "The Tory co-chairman")?"""
    words = source.name.split()
    if source.actor is not None:
        return True
    if source.kind == "news outlet":  # not "the post by an unknown author on pigmy"
        return any(w[:1].isupper() for w in words)
    return (source.kind in ("organization", "person") and len(words) <= 4
            and words[-1][:1].isupper() and words[0].lower() not in _DESCRIBING)


# Words that open a description of someone, not a name ("A Texas company", "Around 23 million
# Britons", "Some investors")
_DESCRIBING = frozenset({"a", "an", "some", "many", "several", "around", "about", "most",
                         "few", "all", "other", "two", "three"})


def render_home(ctx: RenderContext) -> dict[str, str]:
    """The home page: what the site holds, the most connected actors, the latest articles."""
    site, c = ctx.site, ctx.site.corpus
    page = urls.index_path("home")
    by_type = actors_by_type(c.actors)

    def index(kind: str) -> MD:
        return MD(urls.link(page, urls.index_path(kind)))

    titles = {a.id: title_key(a.title) for a in c.articles}

    def reports(event: Event) -> tuple[int, int]:
        # articles of one title count once: a story and its edited copy are one report
        return len({titles.get(m.article, m.article) for m in event.mentions}), len(
            event.mentions)

    def story(event: Event) -> Story:
        return Story(site.event_link(page, event), event.date, *reports(event))

    dated = [a for a in newest_first(c.articles) if a.date][:LATEST_ARTICLES]
    listed = [e for e in c.events if e.listed]  # as the events index (``events_index``)
    view = HomeView(
        articles=len(c.articles), actors=len(c.actors), events=len(listed),
        sources=len(c.sources), claims=len(c.claims),
        type_counts=tuple(TypeCount(label, len(by_type[t])) for t, label in TYPE_LABELS.items()
                          if by_type.get(t)),
        top=tuple(ConnectedActor(site.actor_link(page, a.id), a.type, n, m)
                  for a, n, m in site.connectedness[:TOP_ACTORS]),
        stories=tuple(story(e) for e in sorted(
            listed, key=lambda e: (*(-n for n in reports(e)), e.date or "", e.id))
            [:TOP_STORIES] if reports(e)[1] > 1),
        cited=tuple(CitedSource(links.link(page, "source", s.id, s.name), len(s.citations),
                                len({x.article for x in s.citations}))
                    for s in sorted((s for s in c.sources
                                     if s.kind not in _UNNAMED and _names_someone(s)),
                                    key=lambda s: (-len(s.citations), s.id))[:TOP_SOURCES]),
        latest_events=tuple(story(e) for e in sorted(
            (e for e in listed if e.date and e.participants
             and e.modality == Modality.ASSERTED), key=lambda e: (e.date, e.id),
            reverse=True)[:LATEST_EVENTS]),
        latest=tuple(LatestArticle(site.article_link(page, a.id), a.date) for a in dated),
        undated=tuple(LatestArticle(site.article_link(page, a.id), None) for a in sorted(
            (a for a in c.articles if not a.date), key=lambda a: (a.path, a.id))
            [:LATEST_ARTICLES - len(dated)]),
        undated_articles=sum(1 for a in c.articles if not a.date),
        errors=sum(1 for p in c.problems if p.level == "error"),
        problems_page=index("problems"), articles_index=index("article"),
        actors_index=index("actor"), events_index=index("event"),
        sources_index=index("source"), claims_index=index("claims"),
    )
    return {page: ctx.page(page, "News report", "index.md.j2", home=view)}


def render_articles_index(ctx: RenderContext) -> dict[str, str]:
    """The articles, newest first (by month and section on a large site)."""
    site = ctx.site
    articles = newest_first(site.corpus.articles)

    def rows(page: str, items: Sequence[Article]) -> tuple[ArticleRow, ...]:
        return tuple(ArticleRow(site.article_link(page, a.id), a.date, a.publisher, section(a),
                                lede(site.sentence_text(a.id, 0)),
                                len(site.actors_by_article.get(a.id, [])),
                                len(site.claims_by_article.get(a.id, []))) for a in items)

    index = urls.index_path("article")
    if len(articles) <= ctx.settings.max_index_rows:
        listing = Listing("Articles", None, rows(index, articles))
        return {index: ctx.page(index, "Articles", "articles.md.j2", listing=listing)}
    return split_listing(
        ctx, "article", "Articles", "Articles by month of publication, or by section when "
        "they carry no date.", [(None, group_articles(articles, ctx.settings.max_index_rows))],
        lambda page, label, items, up: ("articles.md.j2", {
            "listing": Listing(f"Articles: {label}", up, rows(page, items))}),
        "All articles",
        span=lambda label, items: MD("") if items[0].date else title_span(
            items[0].title, items[-1].title), titles=undated_title, unit="articles")


def render_actors_index(ctx: RenderContext) -> dict[str, str]:
    """The actors in a tab per type, the most mentioned first: the first ``TOP_PER_TYPE`` of
    each type (at most ``max_index_rows``) on the index page, and when a type has more, all
    of them on part pages of ``max_index_rows`` rows."""
    site = ctx.site
    by_type = actors_by_type(site.corpus.actors)
    types = [t for t in TYPE_LABELS if by_type.get(t)]
    ranked = {t: sorted(by_type[t], key=lambda a: (-len(a.mentions), a.name.casefold(), a.id))
              for t in types}

    def rows(page: str, actors: Sequence[Actor]) -> tuple[ActorRow, ...]:
        return tuple(ActorRow(site.actor_link(page, a.id), len(a.mentions),
                              len({m.article for m in a.mentions})) for a in actors)

    index = urls.index_path("actor")
    limit = ctx.settings.max_index_rows
    top = min(TOP_PER_TYPE, limit)
    out: dict[str, str] = {}
    taken: set[str] = set()
    groups = []
    for t in types:
        label = TYPE_LABELS[t]
        actors = ranked[t]
        parts: list[MD] = []
        if len(actors) > top:
            chunks = [actors[k:k + limit] for k in range(0, len(actors), limit)]
            for n, chunk in enumerate(chunks, start=1):
                name = label if len(chunks) == 1 else f"{label} ({n} of {len(chunks)})"
                page = urls.part_path("actor", urls.unique_slug(name, taken))
                first = (n - 1) * limit + 1
                text = (f"All {len(actors)} {label.lower()}" if len(chunks) == 1 else
                        f"{label} {first}–{first + len(chunk) - 1}")
                parts.append(links.page_link(index, page, text + ", by mentions"))
                out[page] = ctx.page(page, f"Actors: {name}", "actors.md.j2", listing=Listing(
                    f"Actors: {name}", links.page_link(page, index, "All actors"),
                    (ActorGroup(label, len(actors), rows(page, chunk), ()),)), tabs=False)
        groups.append(ActorGroup(label, len(actors), rows(index, actors[:top]),
                                 tuple(parts)))
    out[index] = ctx.page(index, "Actors", "actors.md.j2",
                          listing=Listing("Actors", None, tuple(groups)), tabs=True)
    return out


def render_tags(ctx: RenderContext) -> dict[str, str]:
    """The tags page: Material's ``tags`` plugin lists the tagged articles under each tag."""
    page = urls.index_path("tags")
    tagged = sum(1 for a in ctx.site.corpus.articles if a.tags)
    return {page: ctx.page(page, "Tags", "tags.md.j2", tagged=tagged)}


def render_problems(ctx: RenderContext, problems: Sequence[Problem]) -> dict[str, str]:
    """The build report: every file that could not be read, or was read with a caveat."""
    page = urls.index_path("problems")
    return {page: ctx.page(page, "Build report", "problems.md.j2", problems=tuple(problems))}

