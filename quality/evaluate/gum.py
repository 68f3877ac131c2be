"""Score actor extraction and grouping on GUM news (Wikinews, CC BY 2.5; annotations CC BY 4.0).

Usage: ``python -m quality.evaluate.gum /path/to/gum-news [--interviews | --only-interviews]
[--limit N]
[--model M] [--json]``

Gold comes from the ``Entity=`` annotations of ``dep/*.conllu``: every person, organization and
place mention whose head is a proper name (or has one in apposition: "captain Harry Kane") is a
named mention. A predicted name counts when its span is the gold mention, with or without
leading article and possessive ("United States" for "the United States"), or is the end of the
name inside it ("Trump" or "Donald Trump" in "U.S. President Donald Trump"); types must agree
(the generator's ``sense`` is scored where it has one: GUM types what a mention stands for in
context, so a country that acts is an organization). The generator's titles standing for a
named person ("The President", kind "title") are scored as names too: GUM annotates them as
proper-name mentions. The "any type" row ignores types. The
"any type, inside" row is the issue's reference definition (plain spaCy 0.80): types ignored,
and a prediction counts when it lies anywhere inside a gold person/organization/place named
mention ("Hong Kong" inside "the Legislative Council of Hong Kong" counts once per gold).
Grouping is scored with B-cubed on the predicted mentions that match a
gold mention (the generator's resolved pronouns and descriptions included), against gold
identities: coreference chains, joined when they share a Wikipedia identity.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quality.evaluate.gum_read import GoldMention, GumDocument, load_documents
from quality.evaluate.scoring import PRF, BCubed, format_table

TYPES = ("person", "organization", "place")
NAMED_KINDS = ("name", "title")
SPACY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@dataclass(frozen=True)
class Predicted:
    """A system's mention: span, type, group and kind (name, title, pronoun, nominal)."""

    start: int
    end: int
    type: str
    group: str
    kind: str = "name"

    @property
    def named(self) -> bool:
        """Scored as a name: a name, or a title standing for its holder ("The President",
        which GUM annotates as a proper-name mention)."""
        return self.kind in NAMED_KINDS


def baseline_predictions(doc) -> list[Predicted]:
    """Plain spaCy entities (spans cleaned), grouped by exact string."""
    from generator.nlp.actors import clean_entity_span

    out: list[Predicted] = []
    for ent in doc.ents:
        typ = SPACY_TYPES.get(ent.label_)
        span = clean_entity_span(ent) if typ else None
        if typ and span:
            out.append(Predicted(span[0], span[1], typ, doc.text[span[0] : span[1]]))
    return out


def generator_predictions(doc, mentions=None) -> list[Predicted]:
    """The extractor's mentions (``mentions``, or extracted here), grouped by its groups."""
    from generator.nlp.actors import extract_actor_mentions

    return [
        Predicted(m.span[0], m.span[1], m.sense or m.type, str(m.group), m.kind)
        for m in (extract_actor_mentions(doc) if mentions is None else mentions)
    ]


def source_links(gdoc: GumDocument, doc, mentions) -> Counter:
    """Who the claims' pronoun and description sources ("he said", "the company said") are
    said to be, in the order the pages decide it (``merge.py``): the actor coreference at the
    source first, else the claim extractor's own ``resolved_source``. A link is right when the
    named mention it points to is in the gold chain of the source; "unresolved" counts the
    pronouns given no one."""
    from generator.nlp.claims import extract_attributions

    def gold_at(start: int, end: int) -> GoldMention | None:
        inside = [g for g in gdoc.mentions if g.start <= start and end <= g.end]
        return min(inside, key=lambda g: g.end - g.start) if inside else None

    out: Counter = Counter()
    for att in extract_attributions(doc, actors=mentions):
        if att.source is None or att.source_kind not in ("pronoun", "organization", "outlet"):
            continue
        start, end = att.source
        target = None
        for m in mentions:
            if m.kind != "name" and start <= m.span[0] and m.span[1] <= end:
                names = [n for n in mentions if n.group == m.group and n.kind == "name"]
                target = names[0].span if names else None
                break
        target = target or att.resolved_source
        if target is None:
            if att.source_kind == "pronoun":
                out["unresolved"] += 1
            continue
        gold, linked = gold_at(start, end), gold_at(*target)
        if gold is not None:
            right = linked is not None and linked.cluster == gold.cluster
            out["right" if right else "wrong"] += 1
    return out


@dataclass
class Scores:
    """Named-mention P/R/F1 per type, B-cubed grouping and link counts for one system."""

    by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in TYPES})
    overall: PRF = field(default_factory=PRF)
    untyped: PRF = field(default_factory=PRF)
    inside: PRF = field(default_factory=PRF)  # types ignored, prediction inside a gold mention
    bcubed: BCubed = field(default_factory=BCubed)
    links: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)  # see ``source_links``
    errors: list[str] = field(default_factory=list)  # see ``document_errors``

    def as_dict(self) -> dict:
        """Scores as plain data for JSON."""
        return {
            **{t: p.as_dict() for t, p in self.by_type.items()},
            "overall": self.overall.as_dict(),
            "any_type": self.untyped.as_dict(),
            "any_type_inside": self.inside.as_dict(),
            "bcubed": self.bcubed.as_dict(),
            "links": dict(self.links),
            "claim_sources": dict(self.sources),
        }


def match_named(
    gold: list[GoldMention], predicted: Iterable[Predicted], typed: bool = True
) -> dict[Predicted, GoldMention]:
    """One-to-one matches of predicted names to gold named mentions (of the same type)."""
    named = [g for g in gold if g.named and g.type in TYPES]
    used: set[int] = set()
    out: dict[Predicted, GoldMention] = {}
    preds = [p for p in predicted if p.named and p.type in TYPES]
    # Exact matches first, then names inside longer descriptions.
    for exact in (True, False):
        for p in preds:
            if p in out:
                continue
            options = []
            for k, g in enumerate(named):
                if k in used or (typed and g.type != p.type):
                    continue
                if exact and (p.start, p.end) in ((g.start, g.end), g.clean):
                    options.append((0, k))
                elif not exact and g.name[0] <= p.start and p.end == g.name[1]:
                    options.append((g.end - g.start, k))
            if options:
                k = min(options)[1]
                used.add(k)
                out[p] = named[k]
    return out


def match_inside(gold: list[GoldMention], predicted: Iterable[Predicted]) -> int:
    """How many predicted names lie inside a distinct gold named mention (types ignored)."""
    named = [g for g in gold if g.named and g.type in TYPES]
    used: set[int] = set()
    for p in predicted:
        if not p.named or p.type not in TYPES:
            continue
        for k, g in enumerate(named):
            if k not in used and g.start <= p.start and p.end <= g.end:
                used.add(k)
                break
    return len(used)


def score_document(gdoc: GumDocument, predicted: list[Predicted], scores: Scores) -> None:
    """Add one document's counts to ``scores``."""
    matched = match_named(gdoc.mentions, predicted)
    named_gold = [g for g in gdoc.mentions if g.named and g.type in TYPES]
    for t in TYPES:
        tp = sum(1 for p in matched if p.type == t)
        n_pred = sum(1 for p in predicted if p.named and p.type == t)
        n_gold = sum(1 for g in named_gold if g.type == t)
        prf = PRF(tp=tp, fp=n_pred - tp, fn=n_gold - tp)
        scores.by_type[t].add(prf)
        scores.overall.add(prf)
    n_pred = sum(1 for p in predicted if p.named and p.type in TYPES)
    tp = len(match_named(gdoc.mentions, predicted, typed=False))
    scores.untyped.add(PRF(tp=tp, fp=n_pred - tp, fn=len(named_gold) - tp))
    tp = match_inside(gdoc.mentions, predicted)
    scores.inside.add(PRF(tp=tp, fp=n_pred - tp, fn=len(named_gold) - tp))
    # Pronouns and descriptions count for grouping when they are exactly a gold mention.
    by_span = {(g.start, g.end): g for g in gdoc.mentions}
    by_span.update({g.clean: g for g in gdoc.mentions if g.clean not in by_span})
    links = dict(matched)
    for p in predicted:
        if not p.named:
            g = by_span.get((p.start, p.end))
            scores.links[p.kind] += 1
            if g is not None:
                links[p] = g
                scores.links[p.kind + "_matched"] += 1
                antecedents = [matched[q].cluster for q in matched if q.group == p.group]
                if antecedents and Counter(antecedents).most_common(1)[0][0] == g.cluster:
                    scores.links[p.kind + "_correct"] += 1
    scores.bcubed.add_document(
        {(p.start, p.end, p.kind): p.group for p in links},
        {(p.start, p.end, p.kind): g.cluster for p, g in links.items()},
    )


def evaluate(documents: list[GumDocument], nlp) -> dict[str, Scores]:
    """Score baseline and generator on all documents."""
    from generator.nlp.actors import extract_actor_mentions

    out = {"baseline": Scores(), "generator": Scores()}
    for gdoc, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        score_document(gdoc, baseline_predictions(doc), out["baseline"])
        mentions = extract_actor_mentions(doc)
        predicted = generator_predictions(doc, mentions)
        score_document(gdoc, predicted, out["generator"])
        out["generator"].errors.extend(document_errors(gdoc, predicted))
        out["generator"].sources.update(source_links(gdoc, doc, mentions))
    return out


def document_errors(gdoc: GumDocument, predicted: list[Predicted]) -> list[str]:
    """The generator's typed errors in one document: wrong names (FP), missed names (FN)."""
    matched = match_named(gdoc.mentions, predicted)
    hit = {id(g) for g in matched.values()}
    name = gdoc.name
    out = [
        f"{name}\tFP\t{p.type}\t{gdoc.text[p.start:p.end]!r}"
        for p in predicted
        if p.named and p.type in TYPES and p not in matched
    ]
    out += [
        f"{name}\tFN\t{g.type}\t{gdoc.text[g.start:g.end]!r}"
        for g in gdoc.mentions
        if g.named and g.type in TYPES and id(g) not in hit
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: print named-mention and B-cubed scores, baseline beside generator."""
    parser = argparse.ArgumentParser(prog="quality.evaluate.gum", description=__doc__)
    parser.add_argument("dir", help="the GUM directory (with dep/*.conllu)")
    parser.add_argument("--interviews", action="store_true", help="also score interviews")
    parser.add_argument("--only-interviews", action="store_true",
                        help="score the interviews alone (an untouched check: never tuned on)")
    parser.add_argument("--half", choices=("tune", "held-out"), default=None,
                        help="only one half of the news documents (quality/splits.py: tune on "
                             "'tune', only look at the figures of 'held-out')")
    parser.add_argument("--errors", action="store_true",
                        help="list missed and wrong names (refused on the held-out half)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp

    if args.errors and args.half != "tune":
        parser.error("--errors lists the tune half only: add --half tune")
    documents = load_documents(Path(args.dir), interviews=args.interviews,
                               only_interviews=args.only_interviews, half=args.half)
    if args.limit is not None:
        documents = documents[: args.limit]
    nlp = load_nlp(args.model or DEFAULT_MODEL)
    began = time.perf_counter()
    results = evaluate(documents, nlp)
    seconds = time.perf_counter() - began
    if args.json:
        print(
            json.dumps(
                {
                    "dir": args.dir,
                    "documents": len(documents),
                    "seconds": round(seconds, 1),
                    "scores": {s: r.as_dict() for s, r in results.items()},
                },
                indent=2,
            )
        )
        return 0
    half = f", {args.half} half" if args.half else ""
    print(f"GUM {args.dir}{half}: {len(documents)} documents, {seconds:.1f} s")
    if args.errors:
        for line in results["generator"].errors:
            print(line)
    rows: dict[str, dict[str, PRF]] = {
        t: {s: r.by_type[t] for s, r in results.items()} for t in TYPES
    }
    rows["overall"] = {s: r.overall for s, r in results.items()}
    rows["any type"] = {s: r.untyped for s, r in results.items()}
    rows["any, inside"] = {s: r.inside for s, r in results.items()}
    print(format_table(rows, results))
    print(
        "overall = typed micro-average of the three types; any type = spans only (exact, or the"
        " end of the name inside a gold mention); any, inside = spans only, a prediction anywhere"
        " inside a gold mention (the issue's 0.80 reference)"
    )
    for s, r in results.items():
        b = r.bcubed
        print(
            f"B-cubed grouping {s:<10} P {b.precision:.3f}  R {b.recall:.3f}  "
            f"F1 {b.f1:.3f}  ({b.mentions} mentions)"
        )
    links = results["generator"].links
    for kind in ("pronoun", "nominal"):
        print(
            f"generator {kind}s: {links[kind]} resolved, {links[kind + '_matched']} are gold "
            f"mentions, {links[kind + '_correct']} joined the right actor"
        )
    src = results["generator"].sources
    print(
        f"claim sources that are pronouns or descriptions, as the pages name them: "
        f"{src['right']} right, {src['wrong']} wrong, {src['unresolved']} pronouns not identified"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
