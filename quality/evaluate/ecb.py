"""Score event triggers of ``extract_events`` against ECB+ gold action mentions.

Usage: ``python -m quality.evaluate.ecb /work/shared/corpora/ecbplus [--limit N]``.

Only the sentences ECB+ lists as validated (ECBplus_coreference_sentences.csv) are
scored. A predicted trigger is right when its token is a token of a gold ACTION_*
(or NEG_ACTION_*) mention in the same document; a gold mention is found when one of
its tokens is a predicted trigger. Scores are printed for all actions and for actions
other than ACTION_REPORTING (which the extractor leaves to attribution by design).
"""

from __future__ import annotations

import argparse
import csv
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.nlp.events import extract_events


@dataclass
class EcbDoc:
    """One ECB+ document rebuilt as text, with its gold action mentions."""

    name: str
    text: str
    token_at: dict[int, str]  # character offset of a token's start -> token id
    token_sentence: dict[str, int]
    scored_sentences: set[int]
    mentions: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # (tag, tokens)


@dataclass
class Counts:
    """Mention-level true/false positives and misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def line(self, label: str) -> str:
        """Format precision, recall and F1 on one line."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"{label:<26} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"
        )


def scored_sentences(root: Path) -> dict[str, set[int]]:
    """Map "<topic>_<file>" to the sentence numbers ECB+ validated."""
    out: dict[str, set[int]] = {}
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = f"{row['Topic'].strip()}_{row['File'].strip()}"
            out.setdefault(key, set()).add(int(row["Sentence Number"]))
    return out


def read_doc(path: Path, sentences: set[int]) -> EcbDoc:
    """Rebuild one document's text (a line per sentence) and read its action mentions."""
    tree = ET.parse(path)
    pieces: list[str] = []
    token_at: dict[int, str] = {}
    token_sentence: dict[str, int] = {}
    offset = 0
    previous: int | None = None
    for tok in tree.getroot().iter("token"):
        sent = int(tok.get("sentence", "0"))
        if previous is not None:
            sep = "\n" if sent != previous else " "
            pieces.append(sep)
            offset += 1
        previous = sent
        word = tok.text or ""
        tid = tok.get("t_id", "")
        token_at[offset] = tid
        token_sentence[tid] = sent
        pieces.append(word)
        offset += len(word)
    doc = EcbDoc(path.stem, "".join(pieces), token_at, token_sentence, sentences)
    markables = tree.getroot().find("Markables")
    for mark in markables if markables is not None else ():
        tag = mark.tag
        if not (tag.startswith("ACTION_") or tag.startswith("NEG_ACTION_")):
            continue
        tokens = frozenset(a.get("t_id", "") for a in mark.iter("token_anchor"))
        if tokens and any(token_sentence.get(t) in sentences for t in tokens):
            doc.mentions.append((tag, tokens))
    return doc


def iter_docs(root: Path, limit: int | None = None) -> Iterator[EcbDoc]:
    """Yield the ECB+ documents that have validated sentences, in topic order."""
    wanted = scored_sentences(root)
    topics = sorted((root / "ECB+").iterdir(), key=lambda p: (len(p.name), p.name))
    count = 0
    for topic in topics:
        if not topic.is_dir():
            continue
        for path in sorted(topic.glob("*.xml")):
            sentences = wanted.get(path.stem)
            if not sentences:
                continue
            yield read_doc(path, sentences)
            count += 1
            if limit is not None and count >= limit:
                return


def score(root: Path, limit: int | None = None, model: str | None = None) -> dict[str, Counts]:
    """Run the extractor over the documents and count trigger matches."""
    from generator.nlp.pipeline import load_nlp

    nlp = load_nlp(model) if model else load_nlp()
    docs = list(iter_docs(root, limit))
    results = {"all actions": Counts(), "without reporting": Counts()}
    for ecb, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        predicted: set[str] = set()
        for event in extract_events(doc):
            tid = ecb.token_at.get(event.trigger_span[0])
            if tid is not None and ecb.token_sentence.get(tid) in ecb.scored_sentences:
                predicted.add(tid)
        for label, keep_reporting in (("all actions", True), ("without reporting", False)):
            gold = [
                tokens
                for tag, tokens in ecb.mentions
                if keep_reporting or not tag.endswith("ACTION_REPORTING")
            ]
            gold_tokens = set().union(*gold) if gold else set()
            counts = results[label]
            counts.tp += sum(1 for t in predicted if t in gold_tokens)
            counts.fp += sum(1 for t in predicted if t not in gold_tokens)
            counts.fn += sum(1 for tokens in gold if not tokens & predicted)
    results["documents"] = Counts(tp=len(docs))
    return results


def main(argv: list[str] | None = None) -> int:
    """Print trigger precision, recall and F1 on ECB+."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="the ECB+ directory (with ECB+/ and the csv)")
    parser.add_argument("--limit", type=int, default=None, help="score only N documents")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    args = parser.parse_args(argv)
    if not (args.dir / "ECB+").is_dir():
        print(f"not an ECB+ directory: {args.dir}", file=sys.stderr)
        return 2
    results = score(args.dir, args.limit, args.model)
    print(f"ECB+ documents scored: {results.pop('documents').tp}")
    for label, counts in results.items():
        print(counts.line(label))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
