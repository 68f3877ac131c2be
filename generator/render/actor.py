"""The actor page: a summary first (type, roles with dates, names, first and last seen,
counts, the actors it appears with most), a dated timeline of its events and claims, the
sentences that mention it, then its claims (by cue class) and events folded away, and the
actors it goes with: a small ego graph (``render.ego``, inline SVG) and the list of them.

``render_actor`` makes an ``ActorView`` and renders ``actor.md.j2``. The page stays short for
the page of a country in a 2,000-article archive: at most ``MAX_TIMELINE`` timeline entries,
``MAX_SENTENCES_PER_ACTOR`` mention sentences and ``MAX_LISTED_PER_ACTOR`` claims by, claims
about and events; a cut list links to a part page with all of them (``actor_part.md.j2``, at
``urls.actor_part_path``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .. import urls
from ..markup import md_text
from ..models import Actor
from . import links
from .context import RenderContext
from .ego import ego_svg
from .site import SiteIndex
from .text import MD
from .views import ClaimView, EventView, claim_view, event_view

# What the actor page itself shows; the complete lists are on its part pages
# (``urls.actor_part_path``), linked from the cut lists.
MAX_SENTENCES_PER_ACTOR = 20
MAX_SENTENCES_PER_ARTICLE = 3  # on the actor page, so that its 20 sentences span articles
MAX_LISTED_PER_ACTOR = 15
MAX_TIMELINE = 15
MAX_ROLE_EVIDENCE = 3
TOP_CO_ACTORS = 6
MAX_EGO = 12
CUE_CLASS_LABELS = {
    "assertion": "Assertions",
    "denial": "Denials",
    "belief": "Beliefs and opinions",
    "allegation": "Allegations",
    "report": "Reports",
}
PART_TITLES = {
    "timeline": "timeline",
    "claims": "claims",
    "events": "events",
    "mentions": "mentions in context",
}


@dataclass(frozen=True)
class RoleRow:
    """A title an actor holds (and what it is of), with the articles saying so."""

    title: str
    of: MD | str | None  # a link to the actor it is of, or its name
    dates: tuple[str, str] | None  # the first and last date it was said on
    evidence: tuple[MD, ...]
    more: int  # articles saying so beyond the evidence listed


@dataclass(frozen=True)
class CitedAs:
    """A source that is this actor, and how often it is cited."""

    link: MD
    citations: int


@dataclass(frozen=True)
class RelatedRow:
    """An actor going with this one, and what they share."""

    link: MD
    type: str
    sentences: int
    events: int
    claims: int


@dataclass(frozen=True)
class MentionSentence:
    """A sentence mentioning the actor (the mention in bold) and the link to it."""

    text: MD
    href: MD


@dataclass(frozen=True)
class MentionGroup:
    """The sentences of one article that mention the actor."""

    link: MD  # to the article
    date: str | None
    sentences: tuple[MentionSentence, ...]


@dataclass(frozen=True)
class TimelineEntry:
    """One dated line of an actor's timeline: an event it takes part in, or a claim it makes."""

    date: str
    kind: str  # "event" or "claim"
    event: EventView | None
    claim: ClaimView | None


@dataclass(frozen=True)
class ClaimGroup:
    """Claims of one cue class (assertions, denials...)."""

    label: str
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True)
class Section:
    """A cut list on the actor page: what is shown, how many there are, and the part page
    holding them all (``None`` when nothing was cut)."""

    shown: int
    total: int
    more: MD | None


@dataclass(frozen=True)
class ActorView:
    """Everything ``actor.md.j2`` shows (and its part pages: ``actor_part.md.j2``)."""

    name: str
    type: str
    mentions: int
    articles: int
    first_seen: str | None
    last_seen: str | None
    aliases: tuple[str, ...]
    curated: tuple[str, ...]
    roles: tuple[RoleRow, ...]
    cited_as: tuple[CitedAs, ...]
    co_actors: tuple[RelatedRow, ...]  # the few it appears with most, for the summary
    timeline: tuple[TimelineEntry, ...]
    timeline_section: Section
    undated: int  # events and claims with no date (not on the timeline)
    claims_by: tuple[ClaimGroup, ...]
    claims_by_section: Section
    claims_about: tuple[ClaimGroup, ...]
    claims_about_section: Section
    events: tuple[EventView, ...]
    events_section: Section
    related: tuple[RelatedRow, ...]
    ego: MD  # the ego graph of the related actors (a <figure> with an SVG), or ""
    mention_groups: tuple[MentionGroup, ...]
    mentions_section: Section
    mentions_order: str  # how the articles of the mentions are ordered, as the page says it
    page: MD  # a link back to the actor page from a part page


def _cut(items: list, limit: int | None) -> list:
    return items if limit is None else items[:limit]


def _section(page: str, actor: Actor, part: str, shown: int, total: int) -> Section:
    more = None
    if shown < total:
        target = urls.actor_part_path(actor.id, part)
        more = links.page_link(page, target, f"All {total} — the complete {PART_TITLES[part]}")
    return Section(shown, total, more)


def claim_groups(site: SiteIndex, page: str, claims: list, speaker: str | None
                 ) -> tuple[ClaimGroup, ...]:
    """Claims by cue class, in ``CUE_CLASS_LABELS`` order."""
    by_class: dict[str, list] = defaultdict(list)
    for c in claims:
        by_class[c.cue_class].append(claim_view(site, page, c, speaker))
    order = [*CUE_CLASS_LABELS, *sorted(set(by_class) - set(CUE_CLASS_LABELS))]
    return tuple(ClaimGroup(CUE_CLASS_LABELS.get(k, k.capitalize()), tuple(by_class[k]))
                 for k in order if by_class.get(k))


def timeline(site: SiteIndex, page: str, actor: Actor, limit: int | None = None
             ) -> tuple[list[TimelineEntry], int, int]:
    """The actor's latest ``limit`` events and claims by date (oldest first; ``None``: all),
    how many are dated, and how many have no date."""
    entries, undated = [], 0
    for e in site.events_by_actor.get(actor.id, []):
        date = e.date or site.articles[e.mentions[0].article].date
        if not date:
            undated += 1
            continue
        entries.append((date, 0, e.id, "event", e))
    for c in site.claims_by_speaker.get(actor.id, []):
        date = site.articles[c.article].date
        if not date:
            undated += 1
            continue
        entries.append((date, 1, c.id, "claim", c))
    entries.sort(key=lambda t: t[:3])
    shown = entries if limit is None else entries[max(len(entries) - limit, 0):]
    out = [TimelineEntry(date, kind,
                         event_view(site, page, item) if kind == "event" else None,
                         claim_view(site, page, item, actor.id) if kind == "claim" else None)
           for date, _, _, kind, item in shown]
    return out, len(entries), undated


def related_rows(site: SiteIndex, page: str, actor: Actor, limit: int) -> tuple[RelatedRow, ...]:
    return tuple(RelatedRow(site.actor_link(page, r.actor), site.actors[r.actor].type,
                            r.sentences, r.events, r.claims)
                 for r in site.related.get(actor.id, [])[:limit])


def actor_view(ctx: RenderContext, page: str, actor: Actor, part: str | None = None
               ) -> ActorView:
    """What the page of ``actor`` shows, or its part page ``part`` (complete lists)."""
    site = ctx.site
    whole = part is not None  # a part page lists everything
    claims_by = site.claims_by_speaker.get(actor.id, [])
    claims_about = site.claims_about.get(actor.id, [])
    events = site.events_by_actor.get(actor.id, [])
    limit = None if whole else MAX_LISTED_PER_ACTOR
    dates = sorted(d for d in (site.articles[m.article].date for m in actor.mentions) if d)
    shown_entries, dated, undated = [], 0, 0
    if part in (None, "timeline"):
        shown_entries, dated, undated = timeline(site, page, actor,
                                                 None if whole else MAX_TIMELINE)
    groups, total = mention_groups(site, page, actor,
                                   None if whole else MAX_SENTENCES_PER_ACTOR)
    by_shown, about_shown = _cut(claims_by, limit), _cut(claims_about, limit)
    events_shown = _cut(events, limit)
    return ActorView(
        name=actor.name,
        type=actor.type,
        mentions=len(actor.mentions),
        articles=len({m.article for m in actor.mentions}),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        aliases=actor.aliases,
        curated=actor.curated,
        roles=role_rows(site, page, actor),
        cited_as=tuple(CitedAs(links.link(page, "source", s.id, s.name), len(s.citations))
                       for s in site.sources_by_actor.get(actor.id, [])),
        co_actors=related_rows(site, page, actor, TOP_CO_ACTORS),
        timeline=tuple(shown_entries),
        timeline_section=_section(page, actor, "timeline", len(shown_entries), dated),
        undated=undated,
        claims_by=claim_groups(site, page, by_shown, actor.id)
        if part in (None, "claims") else (),
        claims_by_section=_section(page, actor, "claims", len(by_shown) + len(about_shown),
                                   len(claims_by) + len(claims_about)),
        claims_about=claim_groups(site, page, about_shown, None)
        if part in (None, "claims") else (),
        claims_about_section=Section(len(about_shown), len(claims_about), None),
        events=tuple(event_view(site, page, e) for e in events_shown)
        if part in (None, "events") else (),
        events_section=_section(page, actor, "events", len(events_shown), len(events)),
        related=related_rows(site, page, actor, MAX_EGO),
        ego=ego_svg(site, page, actor.id, MAX_EGO) if part is None else MD(""),
        mention_groups=groups if part in (None, "mentions") else (),
        mentions_section=_section(page, actor, "mentions",
                                  sum(len(g.sentences) for g in groups), total),
        mentions_order=mentions_order(site, actor),
        page=links.link(page, "actor", actor.id, actor.name),
    )


def role_rows(site: SiteIndex, page: str, actor: Actor) -> tuple[RoleRow, ...]:
    """An actor's roles, one row per title (and what it is of), the most attested first."""
    groups: dict[tuple[str, str | None], list] = defaultdict(list)
    for role in actor.roles:
        groups[(role.title, role.of or role.of_name)].append(role)
    rows = []
    for (title, _), roles in groups.items():
        first = roles[0]
        dates = sorted(r.date for r in roles if r.date)
        evidence = []
        for r in roles[:MAX_ROLE_EVIDENCE]:
            article = site.articles[r.article]
            evidence.append(site.sentence_link(page, r.article, article.sentence_of(r.span[0]),
                                               article.title))
        row = RoleRow(
            title=title,
            of=site.actor_link(page, first.of) if first.of in site.actors else (
                first.of_name or None),
            dates=(dates[0], dates[-1]) if dates else None,
            evidence=tuple(evidence),
            more=max(0, len(roles) - MAX_ROLE_EVIDENCE),
        )
        rows.append((len(roles), row))
    rows.sort(key=lambda r: (-r[0], r[1].title))
    return tuple(row for _, row in rows)


def mentions_order(site: SiteIndex, actor: Actor) -> str:
    """How ``mention_groups`` orders the articles, in words: the newest first when they carry
    dates, by file name when they do not."""
    dated = {m.article for m in actor.mentions if site.articles[m.article].date}
    if not dated:
        return "by article, in the order of their file names"
    if len(dated) == len({m.article for m in actor.mentions}):
        return "the newest articles first"
    return "the newest articles first, then the undated ones by file name"


def mention_groups(site: SiteIndex, page: str, actor: Actor, limit: int | None
                   ) -> tuple[tuple[MentionGroup, ...], int]:
    """Sentences mentioning an actor, by article (``mentions_order``), the mention in bold, at most
    ``limit`` of them (``None``: all), an article's share of the limit (at least
    ``MAX_SENTENCES_PER_ARTICLE``) from each; and the number of sentences in all."""
    by_article: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for m in actor.mentions:
        by_article[m.article][m.sentence].append(m)
    groups, shown = [], 0
    # few articles share the limit; many get at most MAX_SENTENCES_PER_ARTICLE each
    per_article = max(MAX_SENTENCES_PER_ARTICLE, (limit or 0) // max(1, len(by_article)))
    # dated articles newest first, then the undated ones by the path of their file
    order = (sorted((a for a in by_article if site.articles[a].date),
                    key=lambda a: (site.articles[a].date, a), reverse=True)
             + sorted((a for a in by_article if not site.articles[a].date),
                      key=lambda a: (site.articles[a].path, a)))
    for article_id in order:
        article = site.articles[article_id]
        sentences = []
        for sentence, mentions in sorted(by_article[article_id].items()):
            if limit is not None and (shown >= limit or len(sentences) >= per_article):
                break
            shown += 1
            s_start, s_end = article.sentences[sentence] if article.sentences else (
                0, len(article.text))
            pieces, pos = [], s_start
            for m in sorted(mentions, key=lambda m: m.span):
                if m.span[0] < pos:
                    continue
                pieces.append(md_text(article.text[pos:m.span[0]]))
                pieces.append(f"**{md_text(article.text[m.span[0]:m.span[1]])}**")
                pos = m.span[1]
            pieces.append(md_text(article.text[pos:s_end]))
            sentences.append(MentionSentence(MD("".join(pieces).strip()),
                                             site.sentence_href(page, article_id, sentence)))
        if sentences:
            groups.append(MentionGroup(site.article_link(page, article_id), article.date,
                                       tuple(sentences)))
    return tuple(groups), sum(len(v) for v in by_article.values())


def render_actor(ctx: RenderContext, actor: Actor) -> dict[str, str]:
    """{path: Markdown} of the page of ``actor`` and of the part pages its cut lists link to."""
    page = urls.page_path("actor", actor.id)
    view = actor_view(ctx, page, actor)
    pages = {page: ctx.page(page, actor.name, "actor.md.j2", actor=view)}
    sections = {"timeline": view.timeline_section, "claims": view.claims_by_section,
                "events": view.events_section, "mentions": view.mentions_section}
    for part, section in sections.items():
        if section.more is None:
            continue
        path = urls.actor_part_path(actor.id, part)
        title = f"{actor.name}: {PART_TITLES[part]}"
        pages[path] = ctx.page(path, title, "actor_part.md.j2", part=part, part_title=title,
                               actor=actor_view(ctx, path, actor, part))
    return pages
