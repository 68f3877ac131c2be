"""Listings too long for one page: an index page linking to part pages, and how rows group.

A listing longer than ``RenderSettings.max_index_rows`` is split: its rows are grouped (by
month, by section folder, by kind), a group longer than the limit becomes numbered parts, and
the kind's index page links to every part (``index_parts.md.j2``).
Where a part lives is ``urls.part_path``'s decision. A small site keeps one page per listing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .. import urls
from ..markup import md_text
from ..models import Article
from . import links
from .context import RenderContext
from .text import MD


@dataclass(frozen=True)
class Listing:
    """A listing page (or one part of one): its title, the link up to its index page in a
    part, and its rows (each listing's template knows their record type)."""

    title: str
    up: MD | None
    rows: tuple[Any, ...]


@dataclass(frozen=True)
class Group:
    """Rows under one label (a month, a type and letter...); ``short`` is the link text when
    it differs from the label."""

    label: str
    rows: Sequence[Any]
    short: str | None = None


@dataclass(frozen=True)
class PartLink:
    """A link from an index page to one of its parts, with the number of rows there."""

    link: MD
    rows: int
    # What the part holds when its label cannot say ("undated (3 of 8)"): the first and last
    # article titles, Markdown-escaped ("" when the label says it all).
    span: MD = MD("")
    # The line of the index the link goes on ("1990s"), shown at its start; "" for one line.
    line: str = ""


@dataclass(frozen=True)
class PartSection:
    """Part links under one heading (or none) on an index page."""

    heading: str | None
    parts: tuple[PartLink, ...]


@dataclass(frozen=True)
class PartsIndex:
    """Everything ``index_parts.md.j2`` shows."""

    title: str
    intro: str
    sections: tuple[PartSection, ...]
    unit: str = ""  # what the number after each part counts ("claims"); "" when unsaid


@dataclass(frozen=True)
class BrowseLink:
    """An entry point into a listing (a speaker, a source, an actor) and its number of rows."""

    link: MD
    count: int
    noun: str = ""  # what ``count`` counts ("claims"), shown after it


@dataclass(frozen=True)
class Browse:
    """Ways into a listing shown at the top of its index page (``_browse.md.j2``): headed
    lists of links, the biggest first."""

    sections: tuple[tuple[str, tuple[BrowseLink, ...]], ...] = ()


# part(page of the part, its label, its rows, link up to the index) -> (template, its context)
PartRenderer = Callable[[str, str, Sequence[Any], MD], tuple[str, dict[str, object]]]


def split_listing(ctx: RenderContext, kind: str, title: str, intro: str,
                  sections: list[tuple[str | None, list[Group]]],
                  part: PartRenderer, up_text: str, browse: Browse | None = None,
                  span: Callable[[str, Sequence[Any]], MD] | None = None, *,
                  count: Callable[[Sequence[Any]], int] = len, unit: str = "",
                  line: dict[str, str] | None = None,
                  titles: Callable[[Any], str | None] | None = None,
                  index_context: dict[str, object] | None = None) -> dict[str, str]:
    """The index page of ``kind`` and its part pages of at most ``max_index_rows`` rows each.

    ``span(label, rows)`` says what a part holds when its label does not (the index lists
    such parts one a line, with it). The number after each part link is ``count(rows)``, of
    ``unit`` ("claims": the index says what it counts). ``line[group label]`` puts the link
    on a line of the index that starts with that name. ``titles(row)`` is the title an undated
    row is sorted by (``None`` for a dated row): a group of such rows cut in parts labels
    each by its titles' first letters ("undated, titles C–K") rather than by number.
    ``index_context`` goes to the index
    page's template."""
    limit = ctx.settings.max_index_rows
    index = urls.index_path(kind)
    out: dict[str, str] = {}
    taken: set[str] = set()
    hub = []
    for heading, groups in sections:
        parts = []
        for group in groups:
            rows = group.rows
            chunks = [rows[k:k + limit] for k in range(0, len(rows), limit)]
            suffixes = part_suffixes(chunks, titles)
            for chunk, suffix in zip(chunks, suffixes, strict=True):
                name = group.label + suffix
                page = urls.part_path(kind, urls.unique_slug(name, taken))
                template, context = part(page, name, chunk, links.page_link(page, index, up_text))
                out[page] = ctx.part_page(page, f"{title}: {name}", template, **context)
                parts.append(PartLink(links.page_link(index, page, (group.short or group.label)
                                                      + suffix), count(chunk),
                                      span(name, chunk) if span else MD(""),
                                      (line or {}).get(group.label, "")))
        hub.append(PartSection(heading, tuple(parts)))
    out[index] = ctx.page(index, title, "index_parts.md.j2",
                          index=PartsIndex(title, intro, tuple(hub), unit),
                          browse=browse or Browse(), **(index_context or {}))
    return out


def month(date: str | None) -> str | None:
    """``2004-12`` from ``2004-12-25`` (a year stays a year); ``None`` when undated."""
    return date[:7] if date else None


def group_by(items: Sequence[Any], key: Callable[[Any], str]) -> list[Group]:
    """Group ``items`` by ``key(item)``, groups and items in the order they come."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return [Group(label, rows) for label, rows in groups.items()]


def section(article: Article) -> str:
    """The folder an article was read from under content/ ('' at the top)."""
    parts = article.path.split("/")
    return "/".join(parts[1:-1]) if len(parts) > 2 else ""


def group_articles(articles: Sequence[Article], limit: int,
                   weight: Callable[[Article], int] | None = None) -> list[Group]:
    """Dated articles by month (newest first), then undated ones by section folder.

    With ``weight(article)`` (its number of claims), a group is cut into parts of at most
    ``limit`` in weight.
    """
    groups = group_by(articles, lambda a: month(a.date) or section(a) or "undated")
    if weight is None:
        return groups
    out = []
    for group in groups:
        chunks: list[list[Article]] = [[]]
        total = 0
        for a in group.rows:
            w = weight(a)
            if chunks[-1] and total + w > limit:
                chunks.append([])
                total = 0
            chunks[-1].append(a)
            total += w
        out += [Group(group.label + suffix, chunk)
                for chunk, suffix in zip(chunks, part_suffixes(chunks, undated_title),
                                         strict=True)]
    return out


def undated_title(article: Article) -> str | None:
    """The title an undated article is listed by (``None`` for a dated one)."""
    return None if article.date else article.title


def title_key(title: str) -> str:
    """What undated rows are sorted by: the title from its first letter or digit (a quote or
    bracket before it does not count), case-folded."""
    start = next((i for i, ch in enumerate(title) if ch.isalnum()), len(title))
    return title[start:].casefold()


def _initial(title: str, size: int) -> str:
    """The first ``size`` letters or digits of a title, the first one upper-case ("Ca")."""
    letters = "".join(ch for ch in title_key(title) if ch.isalnum())[:size] or "?"
    return letters[:1].upper() + letters[1:]


def part_suffixes(chunks: Sequence[Sequence[Any]],
                  titles: Callable[[Any], str | None] | None) -> list[str]:
    """What follows a group's label for each of its parts: nothing for one part; ", titles
    C–K" (the first and last rows' initials, with as many letters as tells the parts apart)
    for rows sorted by title; " (2 of 5)" otherwise."""
    if len(chunks) == 1:
        return [""]
    ends = [(titles(c[0]), titles(c[-1])) for c in chunks if c] if titles else []
    if len(ends) == len(chunks) and all(a is not None and b is not None for a, b in ends):
        for size in (1, 2, 3):
            spans = [(_initial(str(a), size), _initial(str(b), size)) for a, b in ends]
            names = [f", titles {a}" if a == b else f", titles {a}–{b}" for a, b in spans]
            if len(set(names)) == len(names):
                return names
    return [f" ({n} of {len(chunks)})" for n in range(1, len(chunks) + 1)]


def title_span(first: str, last: str, width: int = 40) -> MD:
    """``from "A title" to "Another"`` (each cut at ``width`` characters), Markdown-escaped:
    titles are article text."""
    def cut(t: str) -> str:
        return t if len(t) <= width else t[:width - 1].rstrip() + "…"
    if first == last:
        return MD(f"“{md_text(cut(first))}”")
    return MD(f"from “{md_text(cut(first))}” to “{md_text(cut(last))}”")
