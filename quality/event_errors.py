"""Count the event errors a reader notices on a site, in an annotated corpus JSON.

``python -m quality.event_errors corpus.json [--show CLASS] [--limit N]``

``corpus.json`` is what ``python -m generator annotate DIR --out corpus.json`` writes. The
classes (issue 15, "what the pages assert must be right"):

- ``it``: a summary whose subject is a bare "It" ("It rose 5%"): the reader is not told what.
- ``prefix``: a verb written with a prefix and a hyphen ("re-elected") whose summary lost
  the prefix ("Elected", "Ann Lee is elected").
- ``to``: a summary that is a subjectless infinitive ("To enforce the law").
- ``places``: an event whose reports name other places ("will visit Auschwitz", "will visit
  Phuket" joined).
- ``agents``: an event reported by several articles, two of which name agents (actors) with
  none in common ("Howard makes her debut speech" with other people's speeches).
- ``generic``: an event reported by several articles, one naming an agent and another naming
  no actor and no place at all ("Greene races" gathering "There was a race").
- ``person``: a listed event (``Event.listed``) whose summary has a first or second person
  word and does not say its speaker ("An extension to my contract is signed"; a summary
  "Nicolas Anelka: An extension to my contract ..." says it).
- ``vague``: a listed event whose summary opens on a subject of quantifiers or pronouns
  only ("Much more may capture a moment", "Those may fall victim").
- ``listed_to``: a listed event whose summary is a "To" fragment ("To distribute").
- ``modal_have``: a summary with "have" after a modal and then its own verb's bare form
  ("It would have insult the intelligence").

Events are counted by their own summary (what the event page and lists show) and reports by
theirs; ``--show`` prints the events of a class with their reports, to be judged by hand.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from generator.merge.event_wording import personal, referentless_subject
from generator.nlp.events.inflect import participle
from generator.nlp.events.lexicon import load_lexicon

CLASSES = ("it", "prefix", "to", "places", "agents", "generic", "person", "vague",
           "listed_to", "modal_have")
_IT = re.compile(r"It\b(?!['’]s\b)|It['’]s\b")
_TO = re.compile(r"To\b")
_PREFIX = re.compile(r"(\w+)[-‐]$")
_SPEAKER = re.compile(r"^[^:]{2,60}: ")
_MODAL_HAVE = re.compile(r"\b(?:would|could|should|might|may|must|will) (?:not )?have "
                         r"(?!been\b|to\b|had\b)([a-z]+)\b")


def _prefix_lost(summary: str, text: str, trigger_span: list[int]) -> bool:
    """Whether the trigger is written after a verb prefix and a hyphen the summary lacks."""
    start = trigger_span[0]
    found = _PREFIX.search(text[max(0, start - 8):start])
    if found is None or found.group(1).lower() not in load_lexicon().verb_prefixes:
        return False
    return f"{found.group(1).lower()}-" not in summary.lower()


def classify(corpus: dict) -> dict[str, list[tuple[dict, list[dict]]]]:
    """The events of each class, with the reports that put them there."""
    texts = {a["id"]: a["text"] for a in corpus["articles"]}
    out: dict[str, list[tuple[dict, list[dict]]]] = {c: [] for c in CLASSES}
    for event in corpus["events"]:
        mentions = event["mentions"]
        its = [m for m in mentions if _IT.match(m["summary"])]
        if _IT.match(event["summary"]) or its:
            out["it"].append((event, its))
        lost = [m for m in mentions
                if _prefix_lost(m["summary"], texts[m["article"]], m["trigger_span"])]
        if lost:
            out["prefix"].append((event, lost))
        tos = [m for m in mentions if _TO.match(m["summary"])]
        if _TO.match(event["summary"]) or tos:
            out["to"].append((event, tos))
        listed = not event.get("bare")
        if listed and personal(event["summary"]) and not _SPEAKER.match(event["summary"]):
            out["person"].append((event, [m for m in mentions if personal(m["summary"])]))
        if listed and referentless_subject(event["summary"]):
            out["vague"].append((event, [m for m in mentions
                                         if referentless_subject(m["summary"])]))
        if listed and _TO.match(event["summary"]):
            out["listed_to"].append((event, tos))
        base = event["trigger"].split()[-1]
        bad = [m for m in mentions if (found := _MODAL_HAVE.search(m["summary"]))
               and found.group(1) == base and participle(base) != base]
        if bad:
            out["modal_have"].append((event, bad))
        places = {m["place"] for m in mentions if m["place"]}
        if len(places) > 1:
            out["places"].append((event, [m for m in mentions if m["place"]]))
        by_article: dict[str, set[str]] = defaultdict(set)
        named: dict[str, bool] = defaultdict(bool)
        for m in mentions:
            by_article[m["article"]] |= {p["actor"] for p in m["participants"]
                                         if p["role"] == "agent"}
            named[m["article"]] |= bool(m["participants"] or m["place"])
        if len(by_article) > 1:
            agents = [a for a in by_article.values() if a]
            if any(not a & b for i, a in enumerate(agents) for b in agents[i + 1:]):
                out["agents"].append((event, mentions))
            elif agents and not all(named.values()):
                out["generic"].append((event, mentions))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", choices=CLASSES)
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args(argv)
    corpus = json.loads(args.corpus.read_text(encoding="utf-8"))
    found = classify(corpus)
    for name in CLASSES:
        reports = sum(len(r) for _, r in found[name])
        print(f"{name:8} events {len(found[name]):4}  reports {reports:4}")
    if args.show:
        for event, reports in found[args.show][: args.limit]:
            print(f"\n== {event['summary']}  [{event['id']}]")
            for m in reports:
                agents = [p["actor"] for p in m["participants"] if p["role"] == "agent"]
                print(f"   {m['article']}: {m['summary']}  place={m['place']} agents={agents}")


if __name__ == "__main__":
    main()
