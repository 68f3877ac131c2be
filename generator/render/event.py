"""The event page: who did what to whom, where and when, the sentences stating it, and the
events that share its actors.

``render_event`` renders ``event.md.j2`` with the event's ``EventView`` and the views of its
related events (``related.RelatedEvents``: the most shared actors first, found without scoring
every event of every actor).
"""

from __future__ import annotations

from .. import urls
from ..models import Event
from .context import RenderContext
from .views import event_view


def render_event(ctx: RenderContext, event: Event) -> tuple[str, str]:
    """(path, Markdown) of the page of ``event``."""
    site = ctx.site
    page = urls.page_path("event", event.id)
    related = [event_view(site, page, site.events[e]) for e in site.related_events.of(event)]
    return page, ctx.page(page, event.summary, "event.md.j2",
                          event=event_view(site, page, event), related=related)
