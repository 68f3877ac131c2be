"""Reports of two articles that cannot tell of one event, whatever else they share: they name
other places, neither of which the other article names, give dates of other days, share only
an actor who does it in one and has it done to them in the other, or (on a site of many
subjects) share too little: nothing but their verb and their story, or, across stories, one
thing only (an actor, a place), where what many of the site's articles name counts for nothing
(``event_evidence._pair``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Commonness:
    """What says little on a site of many subjects because many of its articles name it: the
    words and the actors (places: "London", "the US") named in more than a share of them."""

    words: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()


def common_things(word_df: Mapping[str, int], actors: Mapping[str, Iterable[str]],
                  articles: int, share: float) -> Commonness:
    """The words (``word_df``: in how many articles each is written) and the actors (the
    actors each article names) of more than ``share`` of ``articles``: one pass over each."""
    limit = share * articles
    actor_df: Counter[str] = Counter()
    for named in actors.values():
        actor_df.update(set(named))
    return Commonness(frozenset(w for w, n in word_df.items() if n > limit),
                      frozenset(a for a, n in actor_df.items() if n > limit))


def too_little_in_common(item: Item, other: Item, common: Commonness) -> bool:
    """Say whether two reports of two articles on a site of many subjects share too little to
    tell of one event: of one story, at least one thing (``agreements``); of two stories, two,
    since an actor alone joins unrelated stories (the SEC's investigation of Disney and its
    investigation of an insurance broker are two), as a place does ("... in London"). The verb
    and the story alone do not make one event: in a story of an election, "voter turnout may
    be boosted" and "Labour plan to boost pensions", "a calculated campaign of sly
    anti-Semitism" and "Labour's election campaign" are other events."""
    return agreements(item, other, common) < (1 if other.article in item.same_story else 2)


def agreements(item: Item, other: Item, common: Commonness) -> int:
    """How many things two reports of two articles agree on, two for one that names the
    event by itself: a date to the month, an event noun modifier that is a name ("the Iraq
    war"), one sentence both articles print. Else one per shared participant actor, one for
    participant phrases that share their last word ("mortgage lending"), not one of a shared
    actor's name, nor a word many articles write ("the technology") unless the phrases share
    another word ("the attorney general"), and one for the place (not a place many articles
    name), both naming it or, besides something else shared, one naming the place of the other
    ("Kennedy visits ..., Somerset", "Kennedy is visiting seats in Somerset")."""
    date, their_date = item.report.date, other.report.date
    if (date is not None and their_date is not None and min(len(date), len(their_date)) >= 7
            and (date.startswith(their_date) or their_date.startswith(date))
            or item.named_modifiers & other.named_modifiers
            or item.said == other.said and len(item.said.split()) >= _COPIED_WORDS):
        return 2
    actors = item.actors & other.actors
    heads = shared_heads(item, other)
    if actors:  # "the SEC" names the shared actor again
        heads -= (item.heads - item.free_heads) | (other.heads - other.free_heads)
    found = len(actors) + bool(heads - common.words or heads and len(
        item.free_words & other.free_words) >= 2)
    place, their_place = (p if p not in common.actors else None
                          for p in (item.place, other.place))
    if place is not None and place == their_place or found and (
            place is not None and place in other.sentence_actors
            or their_place is not None and their_place in item.sentence_actors):
        found += 1  # (naming the other's place only adds to something shared)
    return found


def shared_heads(item: Item, other: Item) -> frozenset[str]:
    """The last words of participant phrases two reports share, but for the words of names of
    other actors ("Jones" of Stephen Jones and of Ryan Jones: two men)."""
    heads = item.heads & other.heads
    if item.actors & other.actors:
        return heads
    return heads - ((item.heads - item.free_heads) & (other.heads - other.free_heads))


def other_days(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles give dates that cannot name one day ("Germany's
    economy shrank in 2003", "... in 2004")."""
    date, their_date = item.report.date, other.report.date
    return (item.article != other.article and date is not None and their_date is not None
            and not (date.startswith(their_date) or their_date.startswith(date)))


def swapped_roles(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles share only an actor who does it in one and has
    it done to them in the other, by other agents or one no actor names ("Goldsmith warned Tony
    Blair", "Tony Blair warned his supporters"; "He kicked Dwayne Peel", "Dwayne Peel kicks the
    ball"); not when the two swap places ("Rahman fought Klitschko",
    "Klitschko fought Rahman")."""
    shared = item.actors & other.actors
    return bool(
        item.article != other.article and shared and (item.agents or other.agents)
        # both name a doer, if one only as a phrase ("He"): not "Peel was kicked"
        and _names_a_doer(item) and _names_a_doer(other)
        and not item.agents & other.agents
        and shared <= (item.agents & other.patients) | (item.patients & other.agents)
        and not (item.agents and other.agents
                 and item.agents <= other.patients and other.agents <= item.patients))


def _names_a_doer(item: Item) -> bool:
    """Say whether a report names who did it, an actor or a phrase ("He kicked ...")."""
    return any(p.role == "agent" for p in item.report.participants)
