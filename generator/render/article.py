"""The article page: the text with its sentences anchored and its actors linked, then what was
found in it (actors, claims, sources cited, events).

``render_article`` makes an ``ArticleView`` for the article's page and renders
``article.md.j2`` with it; the text itself is made by ``body.article_body``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from ..markup import safe_url
from ..models import Article
from . import links
from .body import article_body
from .context import RenderContext
from .text import MD
from .views import ClaimView, EventView, claim_view, event_view


@dataclass(frozen=True)
class ArticleActor:
    """An actor of the article, with its type and its number of mentions there."""

    link: MD
    type: str
    mentions: int


@dataclass(frozen=True)
class CitedSource:
    """A source the article cites, with its kind and the number of citations there."""

    link: MD
    kind: str
    citations: int


@dataclass(frozen=True)
class ArticleView:
    """Everything ``article.md.j2`` shows."""

    title: str
    date: str | None
    publisher: str | None
    author: str | None
    url: MD | None  # a safe http(s) URL, or None
    tags: tuple[str, ...]
    license: str | None  # the license and attribution the article is published under
    path: str  # the file it was read from
    body: MD
    actors: tuple[ArticleActor, ...]
    claims: tuple[ClaimView, ...]
    sources: tuple[CitedSource, ...]
    events: tuple[EventView, ...]


def article_view(ctx: RenderContext, page: str, article: Article) -> ArticleView:
    """What the page of ``article`` shows."""
    site = ctx.site
    url = safe_url(article.url)
    return ArticleView(
        title=article.title,
        date=article.date,
        publisher=article.publisher,
        author=article.author,
        url=MD(url) if url else None,
        tags=article.tags,
        license=article.license,
        path=article.path,
        body=article_body(site, page, article),
        actors=tuple(ArticleActor(site.actor_link(page, actor.id), actor.type, n)
                     for actor, n in site.actors_by_article.get(article.id, [])),
        claims=tuple(claim_view(site, page, c) for c in site.claims_by_article.get(article.id, [])),
        sources=tuple(CitedSource(links.link(page, "source", s.id, s.name), s.kind, n)
                      for s, n in site.citations_by_article.get(article.id, [])),
        # not the bare ones ("There was a departure"), which name no one, no place, no date
        events=tuple(event_view(site, page, e, article.id)
                     for e in site.events_by_article.get(article.id, []) if e.listed),
    )


def render_article(ctx: RenderContext, article: Article) -> tuple[str, str]:
    """(path, Markdown) of the page of ``article``."""
    page = urls.page_path("article", article.id)
    view = article_view(ctx, page, article)
    return page, ctx.page(page, article.title, "article.md.j2", article=view,
                          page_tags=article.tags)
