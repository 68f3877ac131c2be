"""Score event triggers and cross-document event coreference against ECB+.

Usage: ``python -m generator evaluate ecb /work/shared/corpora/ecbplus [--topics 1-35]
[--limit N] [--docbin FILE] [--errors tune]``.

Each document is rebuilt as text (one paragraph per ECB+ sentence, headlines included) and run
through the generator: spaCy, the actor and event extractors, then ``generator.merge`` over the
documents of one topic, which decides which mentions are one event. Only the sentences ECB+
lists as validated (ECBplus_coreference_sentences.csv) are scored.

Triggers: a predicted trigger and a gold ACTION_*/NEG_ACTION_* mention match when they share a
token, one-to-one (largest overlap first). "without reporting" drops the ACTION_REPORTING gold
mentions, and the predictions that overlap one of them count neither way.

Coreference within each topic: gold clusters are ECB+'s cross-document instances (and
within-document chains; every other mention is a singleton); predicted clusters are the merged
events. "matched" scores only the mentions matched on both sides; "end to end" scores all gold
against all predicted mentions (a miss or a spurious mention costs). MUC, B-cubed, CEAF-e and
the CoNLL F1 (their mean) come from ``quality.evaluate.coref``.

The same-lemma baseline runs in the same pass: every verb of a scored sentence is a trigger,
and the verbs of a topic with one lemma are one event.

Topics are split in two: odd topics tune the rules (their errors may be read), even topics are
held out (only their figures are looked at). Both are printed, with all topics together.
The gold reader and the split are in ``ecb_read``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quality.evaluate.coref import conll
from quality.evaluate.ecb_read import (
    SPLITS,
    EcbDoc,
    GoldMention,
    iter_docs,
    parse_topics,
    split_of,
)


@dataclass(frozen=True)
class Predicted:
    key: tuple
    tokens: frozenset[str]
    cluster: str


def parse_docs(docs: Sequence[EcbDoc], model: str | None, docbin: Path | None) -> list:
    """Parse the documents with the generator's spaCy pipeline (reusing ``docbin``'s parses)."""
    from spacy.tokens import DocBin

    from generator.nlp.pipeline import load_nlp

    nlp = load_nlp(model) if model else load_nlp()
    if docbin is not None and docbin.exists():
        parsed = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
        if [d.text for d in parsed] == [d.text for d in docs]:
            return parsed
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=32))
    if docbin is not None:
        DocBin(store_user_data=False, docs=parsed).to_disk(docbin)
    return parsed


def predict(docs: Sequence[EcbDoc], parsed: Sequence) -> list[Predicted]:
    """The generator's event mentions, merged into events within each topic."""
    from generator.annotations import AnnotatedArticle
    from generator.merge import merge
    from generator.models import Article
    from generator.nlp.actors import extract_actor_mentions
    from generator.nlp.events import extract_events

    by_topic: dict[int, list[AnnotatedArticle]] = {}
    by_name = {d.name: d for d in docs}
    for ecb, doc in zip(docs, parsed, strict=True):
        actors = extract_actor_mentions(doc)
        events = extract_events(doc, actors)
        article = Article(id=ecb.name, path=f"{ecb.name}.xml", title=ecb.name, text=ecb.text,
                          sentences=tuple((s.start_char, s.end_char) for s in doc.sents))
        by_topic.setdefault(ecb.topic, []).append(AnnotatedArticle(
            article=article, actors=tuple(actors), events=tuple(events)))
    out: list[Predicted] = []
    for topic, annotated in by_topic.items():
        corpus = merge(annotated)
        for event in corpus.events:
            for n, m in enumerate(event.mentions):
                ecb = by_name[m.article]
                tokens = ecb.tokens_in(*(m.trigger_span or m.span))
                if tokens and ecb.scored(tokens):
                    key = (topic, m.article, "p", m.trigger_span, n)
                    out.append(Predicted(key, tokens, f"{topic}:{event.id}"))
    return out


def same_lemma_baseline(docs: Sequence[EcbDoc], parsed: Sequence) -> list[Predicted]:
    """Every verb of a scored sentence, the verbs of one lemma in a topic one event."""
    out: list[Predicted] = []
    for ecb, doc in zip(docs, parsed, strict=True):
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            tokens = ecb.tokens_in(tok.idx, tok.idx + len(tok))
            if tokens and ecb.scored(tokens):
                out.append(Predicted((ecb.topic, ecb.name, "p", tok.i), tokens,
                                     f"{ecb.topic}:{tok.lemma_.lower()}"))
    return out


def match(gold: Sequence[GoldMention], pred: Sequence[Predicted]) -> dict[tuple, tuple]:
    """One-to-one matches predicted key -> gold key by shared tokens, largest overlap first."""
    by_doc_token: dict[tuple, list[GoldMention]] = {}
    for g in gold:
        for t in g.tokens:
            by_doc_token.setdefault((g.key[1], t), []).append(g)
    pairs = []
    for p in pred:
        seen = set()
        for t in p.tokens:
            for g in by_doc_token.get((p.key[1], t), ()):
                if g.key not in seen:
                    seen.add(g.key)
                    pairs.append((-len(g.tokens & p.tokens), len(g.tokens), p.key, g.key))
    pairs.sort(key=lambda x: (x[0], x[1], str(x[2]), str(x[3])))
    out: dict[tuple, tuple] = {}
    used: set[tuple] = set()
    for _, _, pk, gk in pairs:
        if pk not in out and gk not in used:
            out[pk] = gk
            used.add(gk)
    return out


@dataclass
class Result:
    """Trigger counts and coreference scores of one system on one split and gold variant."""

    tp: int
    fp: int
    fn: int
    matched: dict
    end_to_end: dict

    def trigger(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(gold: Sequence[GoldMention], pred: Sequence[Predicted],
             keep_reporting: bool) -> Result:
    """Match, count triggers and score coreference for one gold variant."""
    reporting_tokens = {(g.key[1], t) for g in gold if g.reporting for t in g.tokens}
    gold = [g for g in gold if keep_reporting or not g.reporting]
    links = match(gold, pred)
    if not keep_reporting:  # a prediction on a reporting verb counts neither way
        pred = [p for p in pred if p.key in links
                or not any((p.key[1], t) in reporting_tokens for t in p.tokens)]
    gold_map = {g.key: g.cluster for g in gold}
    matched_gold = {links[p.key]: g for p in pred if p.key in links
                    for g in [gold_map[links[p.key]]]}
    matched_pred = {links[p.key]: p.cluster for p in pred if p.key in links}
    e2e_pred = {links.get(p.key, p.key): p.cluster for p in pred}

    def block(key: tuple) -> int:
        return key[0]

    return Result(
        tp=len(links), fp=len(pred) - len(links), fn=len(gold) - len(links),
        matched=conll(matched_gold, matched_pred, block),
        end_to_end=conll(gold_map, e2e_pred, block),
    )


def report(results: dict[tuple[str, str, str], Result], counts: dict[str, int]) -> str:
    """The figures as a plain-text table, one block per split."""
    lines = []
    head = (f"{'system':<11}{'gold':<13}{'P':>6}{'R':>6}{'F1':>6}   |"
            f" matched: {'MUC':>5}{'B3':>6}{'CEAF-e':>7}{'CoNLL':>7}   |"
            f" end to end: {'MUC':>5}{'B3':>6}{'CEAF-e':>7}{'CoNLL':>7}")
    for split in SPLITS:
        label = {"tune": "odd topics", "held-out": "even topics", "all": "all topics"}[split]
        lines.append(f"== {split} ({label}, {counts[split]} documents) ==")
        lines.append(head)
        for (system, s, variant), r in results.items():
            if s != split:
                continue
            p, rec, f = r.trigger()
            m, e = r.matched, r.end_to_end
            lines.append(
                f"{system:<11}{variant:<13}{p:>6.3f}{rec:>6.3f}{f:>6.3f}   |"
                f"          {m['MUC'].f1:>5.3f}{m['B3'].f1:>6.3f}{m['CEAF-e'].f1:>7.3f}"
                f"{m['CoNLL']:>7.3f}   |"
                f"             {e['MUC'].f1:>5.3f}{e['B3'].f1:>6.3f}{e['CEAF-e'].f1:>7.3f}"
                f"{e['CoNLL']:>7.3f}")
        lines.append("")
    return "\n".join(lines)


def score(docs: Sequence[EcbDoc], parsed: Sequence) -> dict[tuple[str, str, str], Result]:
    """Score the generator and the same-lemma baseline on every split and gold variant."""
    systems = {"generator": predict(docs, parsed), "same-lemma": same_lemma_baseline(docs, parsed)}
    results: dict[tuple[str, str, str], Result] = {}
    for split in SPLITS:
        def keep(topic: int, split: str = split) -> bool:
            return split == "all" or split_of(topic) == split

        gold = [g for d in docs if keep(d.topic) for g in d.mentions]
        for system, pred in systems.items():
            mine = [p for p in pred if keep(p.key[0])]
            for variant, keep_reporting in (("all actions", True), ("no reporting", False)):
                results[(system, split, variant)] = evaluate(gold, mine, keep_reporting)
    return results


def errors(docs: Sequence[EcbDoc], parsed: Sequence, split: str = "tune") -> str:
    """Misses and false triggers of the generator on one split (the tuning half only)."""
    if split != "tune":
        raise SystemExit("errors are shown for the tuning topics only (the rest is held out)")
    docs_parsed = [(d, p) for d, p in zip(docs, parsed, strict=True) if split_of(d.topic) == split]
    pred = predict([d for d, _ in docs_parsed], [p for _, p in docs_parsed])
    gold = [g for d, _ in docs_parsed for g in d.mentions if not g.reporting]
    links = match(gold, pred)
    found = set(links.values())
    by_name = {d.name: d for d, _ in docs_parsed}
    words = {d.name: {t: d.text[s:e] for t, (s, e) in d.token_span.items()}
             for d in by_name.values()}
    lines = []
    for g in gold:
        if g.key not in found:
            text = " ".join(words[g.key[1]][t] for t in sorted(g.tokens, key=int))
            lines.append(f"MISS {g.key[1]} {g.tag} {text}")
    for p in pred:
        if p.key not in links:
            text = " ".join(words[p.key[1]][t] for t in sorted(p.tokens, key=int))
            lines.append(f"FP   {p.key[1]} {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print trigger and coreference scores on ECB+ (generator and same-lemma baseline)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="the ECB+ directory (with ECB+/ and the csv)")
    parser.add_argument("--topics", default="1-35", help="topics to score (default 1-35)")
    parser.add_argument("--limit", type=int, default=None, help="score only N documents")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--docbin", type=Path, default=None,
                        help="keep the parses in this file and reuse them (faster reruns)")
    parser.add_argument("--errors", choices=("tune", "held-out"), default=None,
                        help="list misses and false triggers instead (tuning topics only)")
    args = parser.parse_args(argv)
    if not (args.dir / "ECB+").is_dir():
        print(f"not an ECB+ directory: {args.dir}", file=sys.stderr)
        return 2
    docs = list(iter_docs(args.dir, args.limit, parse_topics(args.topics)))
    start = time.perf_counter()
    parsed = parse_docs(docs, args.model, args.docbin)
    if args.errors:
        print(errors(docs, parsed, args.errors))
        return 0
    results = score(docs, parsed)
    counts = {s: sum(1 for d in docs if s == "all" or split_of(d.topic) == s) for s in SPLITS}
    print(f"ECB+ documents scored: {len(docs)} (topics {args.topics})")
    print(report(results, counts))
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
