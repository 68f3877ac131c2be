"""Reports of two articles that cannot tell of one event, whatever else they share: they name
other places, neither of which the other article names, or they have nothing in common but
their verb and their story (``event_evidence._pair``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .event_evidence import Item

# A sentence two articles both print (one copy of a report) has at least these many words.
_COPIED_WORDS = 6


def other_places(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles name other places, and neither article names
    the other's place: a place in another ("Houston", "the US"), the article would name too."""
    return (item.article != other.article and item.place is not None
            and other.place is not None and item.place != other.place
            and item.place not in other.named_in_article
            and other.place not in item.named_in_article)


def nothing_in_common(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles share nothing that tells which event they are:
    no participant (an actor, or the last word of a phrase: "mortgage lending"), no place, no
    date to the month, no event noun modifier that is a name ("the Iraq war"), and they are not
    one sentence both articles print. The verb and the story alone do not make one event: in
    a story of an election, "voter turnout may be boosted" and "Labour plan to boost
    pensions", "a calculated campaign of sly anti-Semitism" and "Labour's election campaign"
    are other events."""
    date, their_date = item.report.date, other.report.date
    return not (item.actors & other.actors or item.heads & other.heads
                or item.place is not None and item.place == other.place
                or date is not None and their_date is not None
                and min(len(date), len(their_date)) >= 7
                and (date.startswith(their_date) or their_date.startswith(date))
                or item.named_modifiers & other.named_modifiers
                or item.said == other.said and len(item.said.split()) >= _COPIED_WORDS)
