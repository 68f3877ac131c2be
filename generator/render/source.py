"""The source page: an outlet, document or person that articles cite, and every citation.

``render_source`` makes a ``SourceView`` and renders ``source.md.j2``: each citation shows its
cue, the claim's words when the citation carries a claim (else the sentence), and the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from ..models import Source
from .context import RenderContext
from .text import MD
from .views import claim_content


@dataclass(frozen=True)
class CitationView:
    """One citation of the source: its cue, what it says (linked) and the article."""

    cue: str
    text: MD
    article: MD
    # who said it, when this source was only the medium ("X told the BBC ..."), else None
    speaker: MD | None = None


@dataclass(frozen=True)
class SourceView:
    """Everything ``source.md.j2`` shows."""

    name: str
    kind: str
    actor: MD | None  # the source's actor page, if it is an actor
    citation_count: int
    citations: tuple[CitationView, ...]


def source_view(ctx: RenderContext, page: str, source: Source) -> SourceView:
    """What the page of ``source`` shows."""
    site = ctx.site
    citations = []
    for c in source.citations:
        claim = site.claims.get(c.claim) if c.claim else None
        text = claim_content(site, page, claim) if claim else site.sentence_link(
            page, c.article, c.sentence, site.sentence_text(c.article, c.sentence))
        # "X told the BBC …": X's claim, the BBC only the medium
        speaker = (site.speaker_link(page, claim)
                   if claim and claim.via == source.id and claim.speaker != source.id else None)
        citations.append(CitationView(c.cue, text, site.article_link(page, c.article), speaker))
    return SourceView(
        name=source.name,
        kind=source.kind,
        actor=site.actor_link(page, source.actor) if source.actor else None,
        citation_count=len(source.citations),
        citations=tuple(citations),
    )


def render_source(ctx: RenderContext, source: Source) -> tuple[str, str]:
    """(path, Markdown) of the page of ``source``."""
    page = urls.page_path("source", source.id)
    return page, ctx.page(page, source.name, "source.md.j2",
                          source=source_view(ctx, page, source))
