"""Which merged events are minor: the ones a reader of an article page can skip.

An article of 500 words states some thirty events, most of them in passing: "There were
sales", "The amount is estimated", "That pattern will continue". A report of an event
matters when it is in the lead (the first two sentences say what the news is), names an actor,
a place or a date (or a participant phrase has a name in it), or says who did what to what (an
agent and a patient phrase: "It loses 464,000 subscribers"), or states an amount of money or
a share ("Profits slump to $284m": on business pages the figures are the news). A report is
minor otherwise, and always when it is a fragment, a kind of event ("every murder"), an event
noun with neither agent nor patient ("There was an AI summit in Paris", "There was a meeting
with officials": what happened to whom, the text says elsewhere or not at all), or an
existential summary of a noun ("There were short visits") that names no actor. An event is
minor when every report of it is.

Minor events stay in the export and keep their pages; article pages and the events index
show them folded under the others (``Event.minor``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .event_evidence import Item

_EXISTENTIAL = ("there was ", "there were ", "there will be ", "there may be ",
                "there might be ", "there could be ", "there would be ", "there is ",
                "there are ", "there has been ", "there have been ", "there had been ")


# words that begin a phrase with a capital and name no one
_PLAIN = {"i", "it", "he", "she", "they", "we", "you", "this", "that", "these", "those",
          "there", "one", "some", "many", "most", "all", "others"}


def _named(text: str) -> bool:
    """Whether a participant phrase has a name in it ("the law lords" no; "the Suprnova.org
    website", "former coach Christos Tzekos" yes), though no actor was found for it."""
    words = text.split()
    first = words[0] if words else ""
    return any(w[:1].isupper() for w in words[1:]) or first[:1].isupper() and (
        len(words) == 1 and first.casefold() not in _PLAIN  # "Ford"
        or first.endswith(("'s", "’s")))  # "AOL's underlying profit"


# an amount of money or a share: on business pages the figures are often the news
_AMOUNT = re.compile(r"[$£€¥]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|per ?cent\b|bn\b|m\b|"
                     r"(?:million|billion|trillion)\b)", re.IGNORECASE)


def minor_report(item: Item) -> bool:
    """Whether one report tells of its event only in passing."""
    r = item.report
    if item.sentence <= 1:  # the lead (one or two sentences) says what the news is
        return False
    if r.fragment or r.generic:
        return True
    if _AMOUNT.search(r.summary):  # "Profits slump to $284m", "a net loss of 472bn yen"
        return False
    roles = {p.role for p in r.participants}
    if r.kind == "nominal" and not roles & {"agent", "patient"}:
        return True  # "There was an AI summit in Paris": a noun that says no one did anything
    if item.participants or item.place or any(_named(p.text) for p in r.participants):
        return False
    if r.summary.casefold().startswith(_EXISTENTIAL):
        return True
    if r.date:
        return False
    return not {"agent", "patient"} <= roles


def minor_event(items: Iterable[Item]) -> bool:
    """Whether every report of an event is minor."""
    return all(minor_report(i) for i in items)
