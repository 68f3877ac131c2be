"""Reports of one article that tell of doing it to other things, on a site of many subjects.

The rules of ``event_within`` split two reports of one article only when they share nothing,
so a shared agent still joined whatever it did: "Baikal pays 260.75bn roubles" and "Baikal has
paid a deposit of nearly $1.7bn" were one payment, "S&N will buy a 17.5% equity stake" and
"another 20% stake is bought" one purchase. Five rules (``event_evidence.score_event``, checked
against every report of an event, so that a report naming no patient does not bridge two):

- **Other patients**: two reports of one article whose patients are other actors ("Blair
  visits Paris", "Blair visits Berlin"), or, when neither names a patient actor, whose patient
  phrases share no word of what they are with any phrase of the other ("260.75bn roubles",
  "a deposit of nearly $1.7bn"; not "the bid undervalued the business", "the bid was
  undervalued"), are two events, whoever did it. A name is not compared with a description
  ("Yugansk", "the oil unit" may be one thing), and a pronoun says nothing ("it"). Phrases
  that name no actor but write other names are other things too ("develop the Khurmala Dome
  field", "develop the Suba-Luhais field").
- **Other amounts**: two reports whose patient phrases give amounts of one kind (shares,
  sums in one currency, counts), none of them shared ("a 17.5% equity stake", "another 20%
  stake"; "10 A320 aircraft", "20 more aircraft"), are two events. A share and a count may
  say one thing ("70% of members", "270 members").
- **Other places**: two reports of one article that name other places and share no patient
  (actor or word of a phrase) are two events ("Tony Blair visited Paris on Monday", "on
  Tuesday Mr Blair visited a school in Kent"); with a patient in common they may be one told
  at two scales ("troops in Basra", "troops in Iraq").
- **Other agents**: two reports of one article whose agents are other actors, neither among
  the other's participants, are two events ("Fannie Mae could have to restate its earnings",
  "Freddie Mac was forced to restate its earnings").
- **One sentence, two verbs**: two verbal reports of one sentence, each of its own verb, are
  two events: a sentence that says a verb twice tells of two things ("Yugansk would end up
  with Gazprom but could still end up with the government", "S&N will buy a 17.5% stake ...
  and make an offer to buy another 20% stake"). An event noun beside its verb is often the
  same event ("UKIP campaigned on a slogan ...: the campaign ...") and may still join.

The rules apply on a site of many subjects (more articles than
``MergeSettings.one_subject_articles``), as those of ``event_within``: an ECB+ topic retells one
event with other descriptions of its participants.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .words import merge_words

if TYPE_CHECKING:
    from .event_evidence import Item


def told_of_other_things(item: Item, other: Item) -> bool:
    """Say whether two reports of one article do it to other things: other patient actors,
    patient phrases that share no word with any phrase of the other, or amounts of one kind
    that differ ("a 17.5% stake", "another 20% stake")."""
    if item.patients and other.patients:
        if not (item.patients & other.actors or other.patients & item.actors):
            return True
    elif not item.patients and not other.patients and (
            (_other_words(item.free_patient_words, other.free_patient_words)
             and not (item.free_patient_words & other.words_said
                      or other.free_patient_words & item.words_said))  # "the bid is undervalued"
            or _other_words(item.patient_names, other.patient_names)):  # "the Khurmala Dome
        return True  # field", "the Suba-Luhais field"
    if other_amounts(item.patient_amounts, other.patient_amounts):
        return True
    return (item.place is not None and other.place is not None and item.place != other.place
            and not (item.patients & other.actors or other.patients & item.actors
                     or item.patient_words & other.patient_words))


def done_by_others(item: Item, other: Item) -> bool:
    """Say whether two reports of one article name other actors as who did it ("the US
    bankruptcy court blocked the sale", "the Russian government blocked the sale")."""
    return bool(item.agents and other.agents
                and not (item.agents & other.actors or other.agents & item.actors))


_AMOUNT = re.compile(r"(?<![\w.,])([$£€]?)(\d[\d.,]*\d|\d)(?:\s*(bn|m|billion|million))?\s*(%?)")


def amounts(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The amounts phrases give, each as its kind (a currency sign, "%" or "") and its number
    with its multiplier ("$1.7bn" -> ("$", "1.7bn"); "a 17.5% stake" -> ("%", "17.5"))."""
    found = set()
    for text in texts:
        for m in _AMOUNT.finditer(text):
            sign, number, times, percent = m.groups()
            found.add((sign or percent, number + (times or "")))
    return frozenset(found)


def other_amounts(mine: frozenset[tuple[str, str]], theirs: frozenset[tuple[str, str]]) -> bool:
    """Say whether two sets of amounts have kinds in common and no amount in common ("17.5%",
    "20%"; not "70%" and "270": a share and a count may say one thing)."""
    return bool({k for k, _ in mine} & {k for k, _ in theirs}) and not mine & theirs


def told_twice_in_one_sentence(item: Item, other: Item) -> bool:
    """Say whether two reports are two verbs of one sentence ("Yugansk would end up with
    Gazprom but could still end up with the government")."""
    return (item.sentence == other.sentence
            and item.report.kind == other.report.kind == "verbal"
            and item.report.trigger_span != other.report.trigger_span)


def written_names(texts: Iterable[str]) -> frozenset[str]:
    """The words phrases write as names, lower-cased ("the Khurmala Dome field" -> "khurmala",
    "dome"), but for the words that say nothing of what a thing is ("The")."""
    vague = merge_words().vague_patient_words
    return frozenset(w.lower() for text in texts for w in text.split()
                     if w[:1].isupper() and w.lower() not in vague)


def _other_words(words: frozenset[str], their_words: frozenset[str]) -> bool:
    return bool(words and their_words and not words & their_words)
