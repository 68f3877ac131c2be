"""View records shared by several pages: a claim and an event as a list item shows them.

A view is a frozen record with named fields holding what a template prints: ``MD`` links and
Markdown made here, plain text that the template escapes. It is made for one page (the links
in it are relative to that page), so a template only prints and loops; it never calls back
into Python. Page-specific views live beside the ``render_<kind>`` function that makes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Claim, Event
from .site import SiteIndex
from .text import MD, quote

# An event's roles as a reader says them ("agent" is a linguist's word).
ROLE_WORDS = {"agent": "did it", "patient": "it was done to", "recipient": "received it",
              "beneficiary": "it was done for", "participant": "took part"}

# The participants an event shows as a list item; its own page names them all (a list item
# naming every one of an event's hundreds of participants made a page grow with their square).
LISTED_PARTICIPANTS = 6


@dataclass(frozen=True)
class ClaimView:
    """A claim as a list item (``_claim.md.j2``); on its speaker's page the speaker is implied."""

    show_speaker: bool
    speaker: MD
    possessive: str
    via: MD | None
    cue: str
    hedged: bool
    hedge_cues: tuple[str, ...]
    content: MD  # the claim's words, linked to its sentence
    article: MD
    also: tuple[MD, ...]  # the same claim reported by other articles


@dataclass(frozen=True)
class ParticipantView:
    """An actor of an event and its role."""

    link: MD
    role: str


@dataclass(frozen=True)
class EventView:
    """An event as a list item (``_event.md.j2``) and as the head of its own page."""

    title: MD  # the summary, linked to the event's page
    summary: str
    trigger: str
    negated: bool
    date: str | None
    date_text: str | None
    participants: tuple[ParticipantView, ...]  # the first LISTED_PARTICIPANTS
    more_participants: int  # the participants not shown (the event's page names them)
    place: MD | None
    article: MD  # the first article reporting it
    minor: bool = False  # told only in passing (``Event.minor``): lists fold it


def claim_view(site: SiteIndex, page: str, claim: Claim,
               speaker_page: str | None = None) -> ClaimView:
    """What ``page`` shows of a claim; ``speaker_page`` is the actor whose page it is, if any."""
    cue, possessive = site.possessive_cue(claim)
    return ClaimView(
        show_speaker=claim.speaker is None or claim.speaker != speaker_page,
        speaker=site.speaker_link(page, claim),
        possessive=possessive,
        via=site.source_link(page, claim.via) if claim.via in site.sources else None,
        cue=cue,
        hedged=claim.hedged,
        hedge_cues=claim.hedge_cues,
        content=claim_content(site, page, claim),
        article=site.article_link(page, claim.article),
        also=tuple(site.sentence_link(page, o.article, o.sentence, site.articles[o.article].title)
                   for o in site.claims_by_group.get(claim.group or "", [])
                   if o.id != claim.id),
    )


def claim_content(site: SiteIndex, page: str, claim: Claim) -> MD:
    """A claim's words in quotation marks, linked to the sentence that says them."""
    return site.sentence_link(page, claim.article, claim.sentence, quote(site.content_text(claim)))


def event_view(site: SiteIndex, page: str, event: Event, article: str | None = None
               ) -> EventView:
    """What ``page`` shows of an event; on an article's page (``article``), what that article
    says of it: its own summary when the event's comes from another article's report, and the
    participants and place its own reports name (another article's may be wrongly joined)."""
    summary, participants, place = event.summary, event.participants, event.place
    own = [m for m in event.mentions if m.article == article] if article is not None else []
    if own and len(own) < len(event.mentions):  # reported elsewhere too
        if summary not in {m.summary for m in own}:
            summary = own[0].summary or summary
        participants = tuple(dict.fromkeys(p for m in own for p in m.participants))
        place = next((m.place for m in own if m.place), None)
    return EventView(
        title=site.event_link(page, event, summary),
        summary=summary,
        trigger=event.trigger,
        negated=event.negated,
        date=event.date,
        date_text=event.date_text,
        participants=tuple(ParticipantView(site.actor_link(page, p.actor),
                                           ROLE_WORDS.get(p.role, p.role))
                           for p in participants[:LISTED_PARTICIPANTS]),
        more_participants=max(0, len(participants) - LISTED_PARTICIPANTS),
        place=site.actor_link(page, place) if place else None,
        article=site.article_link(page, event.mentions[0].article),
        minor=event.minor,
    )
