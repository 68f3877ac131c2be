"""Per-article event mentions -> corpus events, their participants resolved to actors."""

from __future__ import annotations

from ..annotations import AnnotatedArticle
from ..models import Event, EventMention, Participant
from ..urls import slug
from .actors import SpanIndex


def article_events(ann: AnnotatedArticle, index: SpanIndex) -> list[Event]:
    """One event per event mention of the article (merging across articles comes later)."""
    article = ann.article
    events: list[Event] = []
    for n, ev in enumerate(ann.events, start=1):
        participants, seen = [], set()
        for p in ev.participants:
            actor = index.best(article.id, *p.span)
            if actor and (actor, p.role) not in seen:
                seen.add((actor, p.role))
                participants.append(Participant(actor, p.role))
        place = None
        if ev.place:
            place = index.best(article.id, *ev.place)
        span = ev.span
        events.append(Event(
            id=f"{article.id}-{slug(ev.trigger)[:30]}-{n}",
            summary=ev.summary,
            trigger=ev.trigger,
            participants=tuple(participants),
            place=place,
            date=ev.date,
            mentions=(EventMention(article.id, article.sentence_of(span[0]), span,
                                   trigger_span=ev.trigger_span),),
            negated=ev.negated,
            date_text=ev.date_text,
        ))
    return events
