"""The events index: the most reported events first, then every listed event (``Event.listed``)
by date (by month, in parts of ``RenderSettings.max_index_rows``, on a large site), undated
ones last."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .. import urls
from ..models import Event
from . import links
from .context import RenderContext
from .indexes import Story
from .listings import (
    Browse,
    BrowseLink,
    Group,
    Listing,
    group_by,
    month,
    section,
    split_listing,
    title_key,
    title_span,
)
from .site import SiteIndex
from .text import MD
from .views import event_view

BROWSE_TOP = 30  # actors listed at the top of the events index
TOP_STORIES = 10  # the most reported events, at the top of the events index


def reports(event: Event) -> tuple[int, int]:
    """The number of articles reporting ``event`` and of sentences stating it."""
    return len({m.article for m in event.mentions}), len(event.mentions)


def most_reported(site: SiteIndex, page: str, events: Sequence[Event], n: int
                  ) -> tuple[Story, ...]:
    """The ``n`` events reported most (by articles, then sentences), told more than once and
    not only in passing (``Event.minor``: "There was a race" joined across meetings)."""
    ranked = sorted((e for e in events if not e.minor),
                    key=lambda e: (*(-k for k in reports(e)), e.date or "", e.id))
    return tuple(Story(site.event_link(page, e), e.date, *reports(e))
                 for e in ranked[:n] if reports(e)[1] > 1)


def date_line(groups: Sequence[Group]) -> dict[str, str]:
    """The line of the index each dated part's label goes on: its decade ("1990s"), so that
    fifty months and years read as a few lines rather than one wall of links."""
    return {g.label: g.label[:3] + "0s" for g in groups}


def render_events_index(ctx: RenderContext) -> dict[str, str]:
    """The most reported events, then the events in the order they happened, undated last."""
    site = ctx.site

    def first_title(e: Event) -> str:
        return site.articles[e.mentions[0].article].title if e.mentions else ""

    # undated events by the title of their first article (as the articles and claims are), so
    # that a part of them is a range of titles its index link can name
    # not the bare events (``Event.listed``): no report says who, where or when, or reads
    # well alone ("To distribute", "Those may fall victim"); their pages stay, unlisted as on
    # the article and actor pages
    events = sorted((e for e in site.corpus.events if e.listed), key=lambda e: (
        e.date or "9999", "" if e.date else title_key(first_title(e)), e.id))
    index = urls.index_path("event")
    stories = most_reported(site, index, events, TOP_STORIES)
    counts = Counter(a for e in events
                     for a in {p.actor for p in e.participants} | {e.place} - {None})
    browse = Browse((("By actor", tuple(
        BrowseLink(links.link(index, "actor", a, site.actors[a].name, "claims-and-events"), n,
                   "events")
        for a, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if a in site.actors)[:BROWSE_TOP]),) if counts else ())
    if len(events) <= ctx.settings.max_index_rows:
        listing = Listing("Events", None, tuple(event_view(site, index, e) for e in events))
        return {index: ctx.page(index, "Events", "events.md.j2", listing=listing,
                                browse=browse, stories=stories)}

    def undated(event: Event) -> str:
        # by the folder of the first article reporting it: an article added to one folder
        # leaves the other folders' parts as they were (a serve rebuild converts fewer pages)
        folder = section(site.articles[event.mentions[0].article]) if event.mentions else ""
        return f"undated: {folder}" if folder else "undated"

    dated = group_by([e for e in events if e.date], lambda e: month(e.date) or "")
    sections: list[tuple[str | None, list[Group]]] = [
        ("By date", dated),
        ("Undated", group_by([e for e in events if not e.date], undated))]
    return split_listing(
        ctx, "event", "Events",
        "The most reported events first; then every listed event by the month (or the year) "
        "it happened, undated events last, by the folder and the title of their articles.",
        [(h, g) for h, g in sections if g],
        lambda page, label, items, up: ("events.md.j2", {"listing": Listing(
            f"Events: {label}", up, tuple(event_view(site, page, e) for e in items)),
            "browse": Browse(), "stories": ()}),
        "All events", browse,
        span=lambda label, items: MD("") if items[0].date else title_span(
            first_title(items[0]), first_title(items[-1])),
        titles=lambda e: None if e.date else first_title(e),
        line=date_line(dated), unit="events", index_context={"stories": stories})
