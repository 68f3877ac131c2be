"""The claims listing: every attributed claim, under the article that reports it.

``render_claims`` returns {path: Markdown} for ``claims/index.md`` and, on a large site, its
parts: articles by month (or section folder), cut so that no part lists more claims than
``RenderSettings.max_index_rows``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import urls
from ..models import Article
from .context import RenderContext
from .indexes import newest_first
from .listings import Listing, group_articles, split_listing
from .text import MD
from .views import ClaimView, claim_view


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
    if len(site.corpus.claims) <= limit:
        return {index: ctx.page(index, "Claims", "claims.md.j2",
                                listing=Listing("Claims", None, groups(index, articles)))}
    return split_listing(
        ctx, "claims", "Claims", "Claims by the month of their article, or by its section.",
        [(None, group_articles(newest_first(articles), limit,
                               lambda a: len(site.claims_by_article[a.id])))],
        lambda page, label, items, up: ("claims.md.j2", {"listing": Listing(
            f"Claims: {label}", up, groups(page, items))}),
        "All claims")
