"""Reports of two articles that cannot tell of one event, whatever else they share: they name
other places, neither of which the other article names, give dates of other days, share only
an actor who does it in one and has it done to them in the other, or (on a site of many
subjects) have nothing in common but their verb and their story (``event_evidence._pair``)."""

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


def other_days(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles give dates that cannot name one day ("Germany's
    economy shrank in 2003", "... in 2004")."""
    date, their_date = item.report.date, other.report.date
    return (item.article != other.article and date is not None and their_date is not None
            and not (date.startswith(their_date) or their_date.startswith(date)))


def swapped_roles(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles share only an actor who does it in one and has
    it done to them in the other, by other agents ("Goldsmith warned Tony Blair", "Tony Blair
    warned his supporters"); not when the two swap places ("Rahman fought Klitschko",
    "Klitschko fought Rahman")."""
    shared = item.actors & other.actors
    return bool(
        item.article != other.article and shared and item.agents and other.agents
        and not item.agents & other.agents
        and shared <= (item.agents & other.patients) | (item.patients & other.agents)
        and not (item.agents <= other.patients and other.agents <= item.patients))
