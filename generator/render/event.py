"""The event page: one real-world event, merged from every report of it.

``render_event`` renders ``event.md.j2``: the summary; the kind of event and how firmly it is
reported; when (the date most reports agree on, and the dates some report contradicts it
with: "2018 (one report says 2019)"); where; who, with roles said in plain words; then every
report: its article, its sentence with the trigger in bold, and what it adds to the first
report or contradicts in the event. The events that share its actors follow
(``related.RelatedEvents``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from ..markup import md_text
from ..models import Event, EventMention
from .context import RenderContext
from .site import SiteIndex
from .text import MD
from .views import ROLE_WORDS, event_view

# How a report that disagrees with the event puts it.
REPORTED_AS = {"asserted": "reports it as done", "negated": "reports it as not done",
               "possible": "reports it as possible", "future": "reports it as planned"}

MODALITY_WORDS = {"asserted": "reported as having happened",
                  "negated": "reported as not having happened",
                  "possible": "reported as possible, not as done",
                  "future": "reported as planned or expected"}


@dataclass(frozen=True)
class WhoView:
    """An actor of the event and what it did, in plain words."""

    link: MD
    role: str


@dataclass(frozen=True)
class ReportView:
    """One report of the event."""

    article: MD
    sentence: MD  # the sentence, the trigger in bold, linked to its place in the article
    summary: str
    adds: tuple[MD, ...]  # what this report says that the first one does not
    contradicts: tuple[str, ...]  # where it disagrees with the event


@dataclass(frozen=True)
class EventPageView:
    """What the page of one event shows."""

    kind: str
    firmness: str
    when: str | None
    where: MD | None
    who: tuple[WhoView, ...]
    reports: tuple[ReportView, ...]
    articles: int


def render_event(ctx: RenderContext, event: Event) -> tuple[str, str]:
    """(path, Markdown) of the page of ``event``."""
    site = ctx.site
    page = urls.page_path("event", event.id)
    related = [event_view(site, page, site.events[e]) for e in site.related_event_ids(event)]
    markdown = ctx.page(page, event.summary, "event.md.j2",
                        event=event_view(site, page, event),
                        details=event_page_view(site, page, event), related=related)
    return page, markdown


def when_text(event: Event) -> str | None:
    """The event's date, and the dates other reports give: "2018 (one report says 2019)"."""
    if not event.date:
        return None
    if not event.date_conflicts:
        return event.date
    others = " or ".join(event.date_conflicts)
    many = len(event.date_conflicts) > 1
    return f"{event.date} ({'some reports say' if many else 'one report says'} {others})"


def event_page_view(site: SiteIndex, page: str, event: Event) -> EventPageView:
    """The details of ``event`` for its own page."""
    who = tuple(WhoView(site.actor_link(page, p.actor), ROLE_WORDS.get(p.role, p.role))
                for p in event.participants)
    first = event.mentions[0]
    reports = tuple(_report(site, page, event, m, first, n == 0)
                    for n, m in enumerate(event.mentions))
    return EventPageView(
        kind=event.trigger,
        firmness=MODALITY_WORDS.get(event.modality, event.modality),
        when=when_text(event),
        where=site.actor_link(page, event.place) if event.place else None,
        who=who,
        reports=reports,
        articles=len({m.article for m in event.mentions}),
    )


def marked_sentence(site: SiteIndex, page: str, mention: EventMention) -> MD:
    """The report's sentence with its trigger in bold, linked to the sentence in its article."""
    article = site.articles[mention.article]
    if article.sentences:
        start, end = article.sentences[min(mention.sentence, len(article.sentences) - 1)]
    else:
        start, end = 0, len(article.text)
    text = article.text
    trigger = mention.trigger_span
    href = site.sentence_href(page, mention.article, mention.sentence)
    if trigger is None or not start <= trigger[0] < trigger[1] <= end:
        return MD(f"{md_text(text[start:end].strip())} {_source_link(href)}")
    before = md_text(text[start:trigger[0]].lstrip())
    word = md_text(text[trigger[0]:trigger[1]])
    after = md_text(text[trigger[1]:end].rstrip())
    return MD(f"{before}**{word}**{after} {_source_link(href)}")


def _source_link(href: str) -> str:
    # one box: on a phone "(in the / article)" was cut after a report's last word
    return f'<span class="nowrap">([in the article]({href}))</span>'



def _report(site: SiteIndex, page: str, event: Event, mention: EventMention,
            first: EventMention, is_first: bool) -> ReportView:
    adds: list[MD] = []
    contradicts: list[str] = []
    if not is_first:
        known = {(p.actor, p.role) for p in first.participants}
        for p in mention.participants:
            if (p.actor, p.role) not in known:
                adds.append(MD(f"{site.actor_link(page, p.actor)} "
                               f"({md_text(ROLE_WORDS.get(p.role, p.role))})"))
        if mention.place and mention.place != first.place:
            adds.append(MD(f"where: {site.actor_link(page, mention.place)}"))
    agrees = not (mention.date and event.date) or (
        mention.date.startswith(event.date) or event.date.startswith(mention.date))
    if not is_first and mention.date and mention.date != first.date and agrees:
        adds.append(MD(f"when: {md_text(mention.date)}"))
    if not agrees:
        contradicts.append(f"says {mention.date}, not {event.date}")
    if mention.place and event.place and mention.place != event.place:
        name = site.actors[mention.place].name if mention.place in site.actors else mention.place
        contradicts.append(f"says it was in {name}")
    if mention.modality != event.modality:
        contradicts.append(REPORTED_AS.get(mention.modality, mention.modality))
    return ReportView(
        article=site.article_link(page, mention.article),
        sentence=marked_sentence(site, page, mention),
        summary=mention.summary or event.summary,
        adds=tuple(adds),
        contradicts=tuple(contradicts),
    )
