"""Corpus -> {docs path: Markdown}: every page of the site, rendered without spaCy.

The corpus is indexed once (``site.SiteIndex``); then each page kind has its
``render_<kind>`` function (``article``, ``actor``, ``event``, ``source``, ``claims``, and the
home page, listings and build report in ``indexes``), which builds frozen view records for
that page (links relative to it, text escaped unless it is ``MD``) and renders the kind's
template in ``site_templates/`` with them. No state is kept between pages, so
``render_corpus`` is a pure mapping: the same corpus and settings give the same pages, through
the command line and through the MkDocs plugin alike. Every step takes time in proportion to
the corpus (see ``body`` and ``related``).

The pages of articles, actors, events and sources are memoised (``memo.PageMemo``): a page
whose lookups in the index give the same values as at the last render is not rendered again,
which makes a ``mkdocs serve`` rebuild after a new article render only what it touched.
"""

from __future__ import annotations

from pathlib import Path

from ..models import Corpus
from .actor import render_actor
from .article import render_article
from .claims import render_claims
from .context import TEMPLATES_DIR, RenderContext, RenderSettings, make_environment
from .event import render_event
from .events_index import render_events_index
from .explore import render_explore, search_terms
from .indexes import (
    render_actors_index,
    render_articles_index,
    render_home,
    render_problems,
    render_tags,
)
from .memo import InputMemo, PageMemo
from .site import SiteIndex
from .source import render_source
from .sources_index import render_sources_index
from .text import MD

# The pages of the last render (one per process: ``mkdocs serve`` renders again and again).
MEMO = PageMemo()
PARTS = InputMemo()  # the parts of split listings (``RenderContext.part_page``)


def render_corpus(corpus: Corpus, templates: Path | str | None = None,
                  settings: RenderSettings | None = None) -> dict[str, str]:
    """Render every page of ``corpus``: {docs-relative path: Markdown}, sorted by path."""
    site = SiteIndex(corpus)
    ctx = RenderContext(site, make_environment(templates), settings or RenderSettings(), PARTS)
    memo = MEMO
    key = (ctx.env.globals.get("_templates_key"), id(ctx.env), ctx.settings)
    memo.begin(site.tables(), site.recorder, key)
    PARTS.begin(key)
    pages: dict[str, str] = {}
    try:
        # Each entity page reads its own record through the index, so that it is recorded.
        for kind, render, table in (("article", render_article, site.articles),
                                    ("event", render_event, site.events),
                                    ("source", render_source, site.source_records)):
            for item in getattr(corpus, f"{kind}s"):
                path, markdown = memo.page(
                    f"{kind}/{item.id}",
                    lambda r=render, t=table, i=item.id: r(ctx, t[i]))  # type: ignore[misc]
                pages[path] = markdown
        for actor in corpus.actors:  # the page and its parts
            pages.update(memo.page(f"actor/{actor.id}",
                                   lambda i=actor.id: render_actor(ctx, site.actor_records[i])))
    finally:
        memo.end()
    try:
        for listing in (render_home, render_articles_index, render_actors_index,
                        render_events_index, render_sources_index, render_claims, render_tags,
                        render_explore):
            pages.update(listing(ctx))
    finally:
        PARTS.end()
    pages.update(render_problems(ctx, corpus.problems))
    return dict(sorted(pages.items()))


__all__ = ["MD", "TEMPLATES_DIR", "RenderSettings", "SiteIndex", "render_corpus", "search_terms"]
