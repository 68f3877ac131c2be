"""Corpus -> {docs path: Markdown}: every page of the site, rendered without spaCy.

The corpus is indexed once (``site.SiteIndex``); then each page kind has its
``render_<kind>`` function (``article``, ``actor``, ``event``, ``source``, ``claims``, and the
home page, listings and build report in ``indexes``), which builds frozen view records for
that page (links relative to it, text escaped unless it is ``MD``) and renders the kind's
template in ``site_templates/`` with them. No state is kept between pages, so
``render_corpus`` is a pure mapping: the same corpus and settings give the same pages, through
the command line and through the MkDocs plugin alike. Every step takes time in proportion to
the corpus (see ``body`` and ``related``).
"""

from __future__ import annotations

from pathlib import Path

from ..models import Corpus
from .actor import render_actor
from .article import render_article
from .claims import render_claims
from .context import TEMPLATES_DIR, RenderContext, RenderSettings, make_environment
from .event import render_event
from .explore import render_explore, search_terms
from .indexes import (
    render_actors_index,
    render_articles_index,
    render_events_index,
    render_home,
    render_problems,
    render_tags,
)
from .site import SiteIndex
from .source import render_source
from .sources_index import render_sources_index
from .text import MD


def render_corpus(corpus: Corpus, templates: Path | str | None = None,
                  settings: RenderSettings | None = None) -> dict[str, str]:
    """Render every page of ``corpus``: {docs-relative path: Markdown}, sorted by path."""
    ctx = RenderContext(SiteIndex(corpus), make_environment(templates),
                        settings or RenderSettings())
    pages: dict[str, str] = {}
    for render, items in ((render_article, corpus.articles),
                          (render_event, corpus.events), (render_source, corpus.sources)):
        for item in items:
            path, markdown = render(ctx, item)  # type: ignore[operator]
            pages[path] = markdown
    for actor in corpus.actors:
        pages.update(render_actor(ctx, actor))  # the page and its parts
    for listing in (render_home, render_articles_index, render_actors_index,
                    render_events_index, render_sources_index, render_claims, render_tags,
                    render_explore):
        pages.update(listing(ctx))
    pages.update(render_problems(ctx, corpus.problems))
    return dict(sorted(pages.items()))


__all__ = ["MD", "TEMPLATES_DIR", "RenderSettings", "SiteIndex", "render_corpus", "search_terms"]
