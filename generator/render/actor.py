"""The actor page: who an actor is (type, names, roles), what it said and what was said about
it, its events, the actors it goes with, and the sentences that mention it.

``render_actor`` makes an ``ActorView`` and renders ``actor.md.j2``. The lists are cut so that
the page of a country in a 2,000-article archive does not weigh megabytes: at most
``MAX_LISTED_PER_ACTOR`` claims by, claims about and events, and ``MAX_SENTENCES_PER_ACTOR``
mention sentences (the page says how many there are in all).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .. import urls
from ..markup import md_text
from ..models import Actor
from . import links
from .context import RenderContext
from .site import SiteIndex
from .text import MD
from .views import ClaimView, EventView, claim_view, event_view

MAX_SENTENCES_PER_ACTOR = 300
MAX_LISTED_PER_ACTOR = 100
MAX_ROLE_EVIDENCE = 5


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
class ActorView:
    """Everything ``actor.md.j2`` shows; ``*_total`` count what the cut lists were cut from."""

    name: str
    type: str
    mentions: int
    articles: int
    aliases: tuple[str, ...]
    curated: tuple[str, ...]
    roles: tuple[RoleRow, ...]
    cited_as: tuple[CitedAs, ...]
    claims_by: tuple[ClaimView, ...]
    claims_by_total: int
    claims_about: tuple[ClaimView, ...]
    claims_about_total: int
    events: tuple[EventView, ...]
    events_total: int
    related: tuple[RelatedRow, ...]
    mention_groups: tuple[MentionGroup, ...]
    mentions_shown: int
    mentions_total: int


def actor_view(ctx: RenderContext, page: str, actor: Actor) -> ActorView:
    """What the page of ``actor`` shows."""
    site = ctx.site
    claims_by = site.claims_by_speaker.get(actor.id, [])
    claims_about = site.claims_about.get(actor.id, [])
    events = site.events_by_actor.get(actor.id, [])
    groups, total = mention_groups(site, page, actor)
    return ActorView(
        name=actor.name,
        type=actor.type,
        mentions=len(actor.mentions),
        articles=len({m.article for m in actor.mentions}),
        aliases=actor.aliases,
        curated=actor.curated,
        roles=role_rows(site, page, actor),
        cited_as=tuple(CitedAs(links.link(page, "source", s.id, s.name), len(s.citations))
                       for s in site.sources_by_actor.get(actor.id, [])),
        claims_by=tuple(claim_view(site, page, c, actor.id)
                        for c in claims_by[:MAX_LISTED_PER_ACTOR]),
        claims_by_total=len(claims_by),
        claims_about=tuple(claim_view(site, page, c)
                           for c in claims_about[:MAX_LISTED_PER_ACTOR]),
        claims_about_total=len(claims_about),
        events=tuple(event_view(site, page, e) for e in events[:MAX_LISTED_PER_ACTOR]),
        events_total=len(events),
        related=tuple(RelatedRow(site.actor_link(page, r.actor), site.actors[r.actor].type,
                                 r.sentences, r.events, r.claims)
                      for r in site.related.get(actor.id, [])),
        mention_groups=groups,
        mentions_shown=sum(len(g.sentences) for g in groups),
        mentions_total=total,
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


def mention_groups(site: SiteIndex, page: str,
                   actor: Actor) -> tuple[tuple[MentionGroup, ...], int]:
    """Sentences mentioning an actor, by article (newest first), the mention in bold; and the
    number of sentences in all."""
    by_article: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for m in actor.mentions:
        by_article[m.article][m.sentence].append(m)
    groups, shown = [], 0
    order = sorted(by_article, key=lambda a: (site.articles[a].date or "", a), reverse=True)
    for article_id in order:
        article = site.articles[article_id]
        sentences = []
        for sentence, mentions in sorted(by_article[article_id].items()):
            if shown >= MAX_SENTENCES_PER_ACTOR:
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
        groups.append(MentionGroup(site.article_link(page, article_id), article.date,
                                   tuple(sentences)))
    return tuple(groups), sum(len(v) for v in by_article.values())


def render_actor(ctx: RenderContext, actor: Actor) -> tuple[str, str]:
    """(path, Markdown) of the page of ``actor``."""
    page = urls.page_path("actor", actor.id)
    return page, ctx.page(page, actor.name, "actor.md.j2", actor=actor_view(ctx, page, actor))
