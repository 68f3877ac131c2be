"""Score actor extraction on CoNLL-2003 (persons, organizations, places; exact spans).

Usage: ``python -m quality.evaluate.conll /path/to/eng.testa [--limit N | --last N] [--model M]
[--json]``; ``--errors`` lists the generator's errors on eng.train before its last 200 documents
(``conll_errors``).

Each ``-DOCSTART-`` document is rebuilt as text (tokens joined by spaces, sentences by line
breaks; its first line is its headline). Plain spaCy NER (labels mapped PERSON -> person, ORG ->
organization, GPE/LOC/FAC -> place) and the generator's extractor are scored on the same text.
MISC is ignored. Both sides' spans are cleaned the same way (no leading "the", no possessive).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from quality.evaluate.conll_errors import HELD_BACK, classify, format_errors
from quality.evaluate.scoring import PRF, format_table, score_sets

TYPES = ("person", "organization", "place")
CONLL_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
SPACY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

Mention = tuple[int, int, str]  # (start char, end char, type)


@dataclass(frozen=True)
class ConllDocument:
    """One CoNLL document rebuilt as text, with its gold mentions."""

    text: str
    gold: frozenset[Mention]


def read_conll(lines: Iterable[str]) -> Iterator[list[list[tuple[str, str]]]]:
    """Documents as lists of sentences of (token, NER tag), from the 4-column format."""
    doc: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                yield doc
            doc = []
            continue
        if not line.strip():
            if sent:
                doc.append(sent)
                sent = []
            continue
        cols = line.split()
        sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def build_document(sentences: list[list[tuple[str, str]]]) -> ConllDocument:
    """Join tokens by spaces and sentences by line breaks; collect gold (IOB1 or IOB2) spans."""
    parts: list[str] = []
    gold: set[Mention] = set()
    offset = 0
    for n, sent in enumerate(sentences):
        if n:
            parts.append("\n")
            offset += 1
        current: list = []  # [start, end, type]
        for i, (token, tag) in enumerate(sent):
            if i:
                parts.append(" ")
                offset += 1
            start, end = offset, offset + len(token)
            parts.append(token)
            offset = end
            kind = tag[2:] if tag != "O" else None
            if kind is None or kind not in CONLL_TYPES:
                if current:
                    gold.add(tuple(current))
                current = []
                continue
            typ = CONLL_TYPES[kind]
            if current and (tag.startswith("B-") or current[2] != typ):
                gold.add(tuple(current))
                current = []
            if current:
                current[1] = end
            else:
                current = [start, end, typ]
        if current:
            gold.add(tuple(current))
    return ConllDocument("".join(parts), frozenset(gold))


def baseline_mentions(doc) -> set[Mention]:
    """Plain spaCy entities mapped to actor types, spans cleaned like the generator's."""
    from generator.nlp.actors import clean_entity_span

    out: set[Mention] = set()
    for ent in doc.ents:
        typ = SPACY_TYPES.get(ent.label_)
        if typ is None:
            continue
        span = clean_entity_span(ent)
        if span is not None:
            out.add((span[0], span[1], typ))
    return out


def generator_mentions(doc) -> set[Mention]:
    """Named person/organization/place mentions from the generator's extractor.

    CoNLL annotates no name inside another, so names nested in a longer one are left out.
    """
    from generator.nlp.actors import extract_actor_mentions

    out: set[Mention] = set()
    outer_end = -1
    # Sorted by start, longer first: a name is nested when an earlier one reaches past its end.
    for m in sorted(
        (m for m in extract_actor_mentions(doc) if m.kind == "name"),
        key=lambda m: (m.span[0], -m.span[1]),
    ):
        if m.span[1] <= outer_end:
            continue
        outer_end = m.span[1]
        if m.type in TYPES:
            out.add((m.span[0], m.span[1], m.type))
    return out


def score(gold: set[Mention], predicted: set[Mention]) -> dict[str, PRF]:
    """Per-type and overall exact-match counts for one document."""
    out = {
        t: score_sets({g for g in gold if g[2] == t}, {p for p in predicted if p[2] == t})
        for t in TYPES
    }
    out["overall"] = score_sets(gold, predicted)
    return out


def evaluate(
    documents: list[ConllDocument], nlp, errors: list | None = None
) -> dict[str, dict[str, PRF]]:
    """Score baseline and generator on every document: {system: {type: PRF}}.

    With ``errors`` (a list), the generator's errors are appended to it as (document number,
    kind, mention, line) rows (``conll_errors.classify``).
    """
    totals = {s: {t: PRF() for t in (*TYPES, "overall")} for s in ("baseline", "generator")}
    texts = nlp.pipe(d.text for d in documents)
    for number, (cdoc, doc) in enumerate(zip(documents, texts, strict=True)):
        gold = set(cdoc.gold)
        for system, pred in (
            ("baseline", baseline_mentions(doc)),
            ("generator", generator_mentions(doc)),
        ):
            for t, prf in score(gold, pred).items():
                totals[system][t].add(prf)
            if errors is not None and system == "generator":
                errors.extend((number, *row) for row in classify(cdoc.text, gold, pred))
    return totals


def main(argv: list[str] | None = None) -> int:
    """Command line: print P/R/F1 per type, baseline beside generator."""
    parser = argparse.ArgumentParser(prog="quality.evaluate.conll", description=__doc__)
    parser.add_argument("file", help="a CoNLL-2003 file such as eng.testa")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--last", type=int, default=None,
                        help="score only the last N documents (eng.train's last 200 are kept "
                             "as an untouched check: report them, never read their errors)")
    parser.add_argument("--errors", action="store_true",
                        help="list the generator's errors (eng.train only, never its last "
                             f"{HELD_BACK} documents)")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp

    if args.errors and (args.last is not None or not args.file.endswith("train")):
        parser.error(f"--errors lists eng.train before its last {HELD_BACK} documents only "
                     "(eng.testa/testb are for figures only): drop --last")
    with open(args.file, encoding="utf-8") as fh:
        documents = [build_document(d) for d in read_conll(fh)]
    if args.errors:
        documents = documents[:-HELD_BACK]
    if args.limit is not None:
        documents = documents[: args.limit]
    if args.last is not None:
        documents = documents[-args.last :]
    nlp = load_nlp(args.model or DEFAULT_MODEL)
    began = time.perf_counter()
    errors: list | None = [] if args.errors else None
    totals = evaluate(documents, nlp, errors)
    seconds = time.perf_counter() - began
    if args.json:
        result = {
            "file": args.file,
            "documents": len(documents),
            "seconds": round(seconds, 1),
            "scores": {s: {t: p.as_dict() for t, p in by.items()} for s, by in totals.items()},
        }
        print(json.dumps(result, indent=2))
    else:
        print(f"CoNLL-2003 {args.file}: {len(documents)} documents, {seconds:.1f} s")
        if errors is not None:
            print(format_errors(errors))
        rows = {t: {s: totals[s][t] for s in totals} for t in (*TYPES, "overall")}
        print(format_table(rows, ("baseline", "generator")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
