"""The sources index and the speakers page.

The sources index ranks the sources by the claims citing them, in one tab per kind (person,
organisation, outlet, document, anonymous, ...: ``SourceKind``); a tab shows the
``TAB_ROWS`` most cited of its kind, and a kind with more has its complete ranked list on
part pages of at most ``max_index_rows`` rows. The speakers page ranks the actors quoted
most (claims they make, in how many articles), each linking to its actor page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .. import urls
from ..models import Source
from ..vocab import SourceKind
from . import links
from .context import RenderContext
from .indexes import SourceRow
from .listings import Listing
from .text import MD

TAB_ROWS = 100
SPEAKER_ROWS = 200
SPEAKERS_PAGE = "speakers"  # a part page of the sources index: sources/index/speakers.md


@dataclass(frozen=True)
class SourceTab:
    """One kind of source: its label, how many, the most cited, and the complete lists."""

    label: str
    total: int
    rows: tuple[SourceRow, ...]
    parts: tuple[MD, ...]  # links to the part pages with all of them (none when all shown)


@dataclass(frozen=True)
class SpeakerRow:
    link: MD
    type: str
    claims: int
    articles: int


def _rows(ctx: RenderContext, page: str, items: list[Source],
          repeated: frozenset[str]) -> tuple[SourceRow, ...]:
    return tuple(SourceRow(links.link(page, "source", s.id, _label(ctx, s, repeated)), s.kind,
                           len(s.citations), len({x.article for x in s.citations}))
                 for s in items)


def _repeated(sources: tuple[Source, ...]) -> frozenset[str]:
    """The names more than one source has ("the government" of one article and of another)."""
    counts = Counter(s.name.casefold() for s in sources)
    return frozenset(name for name, n in counts.items() if n > 1)


def _label(ctx: RenderContext, source: Source, repeated: frozenset[str]) -> str:
    """A source's name, with the article it is cited in when other sources have the same name
    ("The government (Court rejects $280bn tobacco case)"): a description that is one
    article's someone ("the government", "the 30-year-old") reads apart from another's."""
    articles = {c.article for c in source.citations}
    if source.name.casefold() not in repeated or len(articles) != 1:
        return source.name
    article = ctx.site.articles.get(next(iter(articles)))
    return f"{source.name} ({article.title})" if article is not None else source.name


def render_sources_index(ctx: RenderContext) -> dict[str, str]:
    """The sources index (tabs by kind, the most cited first), its part pages, and the
    speakers page."""
    index = urls.index_path("source")
    limit = ctx.settings.max_index_rows
    repeated = _repeated(ctx.site.corpus.sources)
    by_kind: dict[str, list[Source]] = {}
    for s in sorted(ctx.site.corpus.sources, key=lambda s: (-len(s.citations), s.id)):
        by_kind.setdefault(s.kind, []).append(s)
    order = [*SourceKind, *sorted(set(by_kind) - set(SourceKind))]
    pages: dict[str, str] = {}
    tabs = []
    for kind in (k for k in order if k in by_kind):
        items = by_kind[kind]
        parts = []
        if len(items) > TAB_ROWS:
            chunks = [items[k:k + limit] for k in range(0, len(items), limit)]
            for n, chunk in enumerate(chunks, start=1):
                name = kind if len(chunks) == 1 else f"{kind}-{n}"
                page = urls.part_path("source", name)
                label = f"{kind} ({n} of {len(chunks)})" if len(chunks) > 1 else kind
                up = links.page_link(page, index, "All sources")
                pages[page] = ctx.page(page, f"Sources cited: {label}", "sources.md.j2",
                                       listing=Listing(f"Sources cited: {label}", up,
                                                       _rows(ctx, page, chunk, repeated)),
                                       tabs=(), speakers=None)
                parts.append(links.page_link(index, page, f"all {len(items)}" if len(chunks)
                                             == 1 else f"part {n} of {len(chunks)}"))
        tabs.append(SourceTab(kind.capitalize(), len(items),
                              _rows(ctx, index, items[:TAB_ROWS], repeated), tuple(parts)))
    speakers_page = urls.part_path("source", SPEAKERS_PAGE)
    pages[index] = ctx.page(index, "Sources cited", "sources.md.j2",
                            listing=Listing("Sources cited", None, ()), tabs=tuple(tabs),
                            speakers=links.page_link(index, speakers_page,
                                                     "Speakers: who is quoted most"))
    pages[speakers_page] = render_speakers(ctx, speakers_page, index)
    return pages


def render_speakers(ctx: RenderContext, page: str, index: str) -> str:
    """The actors quoted most: claims they make and in how many articles."""
    site = ctx.site
    by_speaker: dict[str, list] = {}
    for claim in site.corpus.claims:  # what an actor says itself (not through an outlet)
        if claim.speaker in site.actors:
            by_speaker.setdefault(claim.speaker, []).append(claim)
    ranked = sorted(by_speaker.items(),
                    key=lambda t: (-len(t[1]), site.actors[t[0]].name.casefold(), t[0]))
    rows = tuple(SpeakerRow(site.actor_link(page, a), site.actors[a].type, len(claims),
                            len({c.article for c in claims}))
                 for a, claims in ranked[:SPEAKER_ROWS])
    return ctx.page(page, "Speakers", "speakers.md.j2", rows=rows, total=len(ranked),
                    up=links.page_link(page, index, "All sources"))
