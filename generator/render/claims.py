"""The claims listing: every attributed claim, under the article that reports it.

``render_claims`` returns {path: Markdown} for ``claims/index.md`` and, on a large site, its
parts: articles by month (or section folder), cut so that no part lists more claims than
``RenderSettings.max_index_rows``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .. import urls
from ..models import Article
from . import links
from .context import RenderContext
from .indexes import newest_first
from .listings import (
    Browse,
    BrowseLink,
    Listing,
    group_articles,
    split_listing,
    title_span,
    undated_title,
)
from .text import MD
from .views import ClaimView, claim_view

BROWSE_TOP = 30  # speakers and sources listed at the top of the claims index


@dataclass(frozen=True)
class ClaimGroup:
    """The claims of one article."""

    article: MD
    claims: tuple[ClaimView, ...]


def render_claims(ctx: RenderContext) -> dict[str, str]:
    """The claims listing (and its parts on a large site)."""
    site = ctx.site
    articles = [a for a in site.corpus.articles if site.claims_by_article.get(a.id)]

    def groups(page: str, items: Sequence[Article]) -> tuple[ClaimGroup, ...]:
        return tuple(ClaimGroup(site.article_link(page, a.id),
                                tuple(claim_view(site, page, c)
                                      for c in site.claims_by_article.get(a.id, [])))
                     for a in items)

    index = urls.index_path("claims")
    limit = ctx.settings.max_index_rows
    browse = claims_browse(ctx, index)
    if len(site.corpus.claims) <= limit:
        return {index: ctx.page(index, "Claims", "claims.md.j2", browse=browse,
                                listing=Listing("Claims", None, groups(index, articles)))}
    return split_listing(
        ctx, "claims", "Claims", "Claims by the month of their article, or by its section.",
        [(None, group_articles(newest_first(articles), limit,
                               lambda a: len(site.claims_by_article[a.id])))],
        lambda page, label, items, up: ("claims.md.j2", {"listing": Listing(
            f"Claims: {label}", up, groups(page, items)), "browse": Browse()}),
        "All claims", browse,
        span=lambda label, items: MD("") if items[0].date else title_span(
            items[0].title, items[-1].title), titles=undated_title,
        count=lambda items: sum(len(site.claims_by_article[a.id]) for a in items),
        unit="claims")


def claims_browse(ctx: RenderContext, page: str) -> Browse:
    """The claims by speaker (their actor pages, where the claims are by cue class) and by
    source (the pages of the sources cited), the most first."""
    site = ctx.site
    speakers = Counter(c.speaker for c in site.corpus.claims if c.speaker in site.actors)
    by_speaker = tuple(
        BrowseLink(links.link(page, "actor", a, site.actors[a].name, "claims-and-events"), n,
                   "claims")
        for a, n in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:BROWSE_TOP])
    sources = sorted(site.corpus.sources, key=lambda s: (-len(s.citations), s.id))[:BROWSE_TOP]
    by_source = tuple(BrowseLink(links.link(page, "source", s.id, s.name), len(s.citations),
                                 "citations")
                      for s in sources if s.citations)
    return Browse(tuple((label, rows) for label, rows in (
        ("By speaker", by_speaker), ("By source", by_source)) if rows))
