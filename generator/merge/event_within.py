"""Reports of one article that cannot tell of one event, on a site of many subjects.

Within an article two reports of one concept used to join on the verb alone: the same article
and the same lemma outweigh one clash ("These proposals would increase the costs", three
sentences on "they would increase maternity pay"), and a report that names no one joins
whatever its verb says elsewhere ("Dominic Howard said of winning" beside "Joss Stone won two
awards"). Three rules (``event_evidence._pair``):

- **Other participants, nothing shared**: two reports that share nothing (no participant actor,
  no word of a participant phrase, no place, no date) and name other ones in a role (other
  agents or patients, actors or phrases that name no actor: "the costs", "maternity pay";
  other "with" participants), another place or another date are two events, however near.
- **Naming nothing**: a verbal report that names no participant, place or date ("Winning",
  "To marry in the UK") joins only a report of its own or the next sentence: further off,
  nothing says which of the article's events of that verb it is.
- **A common verb, nothing shared**: two verbal reports of a common verb (its concept reported
  in more than ``MergeSettings.common_groups`` story groups: "win", "play", "receive") further
  apart than the next sentence join only when they share something ("The Labour Party received
  more than £5m", "the donations they receive"; "Depp played undercover cop Tommy Hanson",
  "he played a sensitive youth"). Event nouns keep joining on the noun ("the festival").

Pronouns ("he", "they", "it") are no other participant: they may stand for the other's. A
phrase that names an actor is compared by the actor, not by its words ("Zurana Horton" and "a
Brooklyn mother of 12" may be one person). The rules apply on a site of many subjects (more
articles than ``MergeSettings.one_subject_articles``): in a collection about one subject (an
ECB+ topic, every document about one murder) an article's reports of the event's verb are
mostly that event told with other descriptions; applied there they took the tuning half's
matched CoNLL from .780 to .773.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .event_evidence import Item

# Two reports this many sentences apart or fewer may share a report that names nothing.
_NEAR_SENTENCES = 1


def told_apart_within(item: Item, other: Item) -> bool:
    """Say whether two reports of one article share nothing and name other participants,
    another place or another date ("The proposals would increase the costs", "They would
    increase maternity pay")."""
    return _nothing_in_common(item, other) and _other_ones(item, other)


def unplaced_within(item: Item, other: Item) -> bool:
    """Say whether one of two reports of one article is a verbal report that names nothing
    (no participant, place or date: "Winning") and they are further apart than the next
    sentence."""
    return abs(item.sentence - other.sentence) > _NEAR_SENTENCES and (
        _names_nothing(item) or _names_nothing(other))


def unshared_common_within(item: Item, other: Item) -> bool:
    """Say whether two reports of one article of a common verb (reported in many story
    groups: "win", "show", "receive") share nothing and are further apart than the next
    sentence ("We lost people from our local party", "the first leader who has won us two
    terms")."""
    return (item.report.kind == other.report.kind == "verbal"
            and abs(item.sentence - other.sentence) > _NEAR_SENTENCES
            and _nothing_in_common(item, other))


def _names_nothing(item: Item) -> bool:
    r = item.report
    return r.kind == "verbal" and not (r.participants or r.place or r.date)


def _nothing_in_common(item: Item, other: Item) -> bool:
    date, their_date = item.report.date, other.report.date
    return not (item.actors & other.actors or item.heads & other.heads
                or item.words_said & other.words_said
                or item.place is not None and item.place == other.place
                or date and their_date and (date.startswith(their_date)
                                            or their_date.startswith(date)))


def _other_ones(item: Item, other: Item) -> bool:
    """Other agents, patients or "with" participants (actors, or phrases naming no actor whose
    last words differ), another place or another date."""
    date, their_date = item.report.date, other.report.date
    return bool(
        item.agents and other.agents  # (nothing shared: other actors)
        or item.patients and other.patients
        or item.free_agent_heads and other.free_agent_heads
        or item.free_patient_heads and other.free_patient_heads
        or item.other_heads and other.other_heads
        or item.place is not None and other.place is not None
        or date and their_date)
