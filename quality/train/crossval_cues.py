"""Cross-validated cue figures on PolNeAR train's tune part: how the cue classifier generalises.

    python -m quality.train.crossval_cues /work/shared/corpora/polnear/data/train \\
        [--C 0.1] [--drop w,l] [--threshold 0.3] [--json]

``evaluate polnear train --tune`` scores the whole extractor with the shipped classifier,
which was fitted on those very articles: its cue figure is a training figure. This command
splits the tune part (the nine tenths ``quality.splits`` does not hold out; the held-out tenth
is never read) into the nine folds ``train_cues`` uses (article index mod 10), fits a model on
eight, runs the whole extractor (rules + that model) on the ninth, and sums the token-overlap
figures of cue, source and content over the nine: the tune figure of a classifier that has
not seen the articles it is scored on. It also prints the rules alone on the same articles
and the classifier alone at every threshold of ``train_cues.THRESHOLDS``.

``--drop`` leaves feature templates out (``classifier.TEMPLATES`` names) in fitting and
scoring, to see which ones carry weight that does not carry over to unseen articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from generator.nlp.claims import extract_attributions, rule_marks
from generator.nlp.claims.classifier import CueClassifier, Marks, feature_matrix
from generator.nlp.pipeline import DEFAULT_MODEL
from quality.evaluate.spans import Counts, overlap_counts, token_ids, word_tokens
from quality.splits import HOLDOUT_EVERY, is_heldout
from quality.train.train_cues import (
    DEFAULT_C,
    THRESHOLDS,
    cue_counts,
    fit_classifier,
    gold_flags,
    parsed_docs,
)

ROLES = ("cue", "source", "content")


def kept_entries(out, drop: frozenset[str]) -> np.ndarray:
    """A mask over ``feature_matrix``'s entries: those of templates not in ``drop``."""
    return np.concatenate([
        np.full(len(rows), name not in drop, dtype=bool) for name, rows in out.names
    ]) if out.names else np.zeros(0, dtype=bool)  # fmt: skip


class AblatedClassifier(CueClassifier):
    """A classifier that reads every template but those in ``drop``."""

    def __init__(self, weights, bias, threshold, drop: frozenset[str]) -> None:
        super().__init__(weights, bias, threshold)
        self.drop = drop

    def probabilities(self, doc, marks: Marks) -> np.ndarray:
        rows, columns, out = feature_matrix(doc, marks)
        if self.drop:
            keep = kept_entries(out, self.drop)
            rows, columns = rows[keep], columns[keep]
        scores = np.bincount(rows, weights=self.weights[columns], minlength=len(doc))
        return 1.0 / (1.0 + np.exp(-(scores + self.bias)))


def extractor_counts(classifier, items, errors: Counter | None = None) -> dict[str, Counts]:
    """Token-overlap counts by role of the whole extractor over ``(gold, doc)`` items, scored
    as ``evaluate polnear`` scores them; cue errors tallied in ``errors`` when given."""
    from quality.evaluate.polnear import predicted_mentions, scored

    total = {role: Counts() for role in ROLES}
    for gold, doc in items:
        pred = predicted_mentions(scored(extract_attributions(doc, classifier=classifier)))
        tokens = word_tokens(gold.text)
        for role in ROLES:
            total[role].add(overlap_counts(tokens, pred[role], gold.mentions[role]))
        if errors is not None:
            cue_errors(gold.text, tokens, pred["cue"], gold.mentions["cue"], errors)
    return total


def _words(text: str, tokens, ids) -> str:
    return " ".join(text[tokens[i][0]:tokens[i][1]] for i in sorted(ids)).lower()


def cue_errors(text: str, tokens, pred, gold, errors: Counter) -> None:
    """Tally each cue error by its words: ``missed`` (a gold cue no predicted cue meets),
    ``false`` (a predicted cue that meets no gold cue), ``short`` (the gold cue's words a
    predicted cue that meets it leaves out) and ``long`` (a predicted cue's words beyond the
    gold cue it meets). Printed only, never stored (corpus text)."""
    gold_ids = [token_ids(tokens, [m]) for m in gold]
    pred_ids = [token_ids(tokens, [m]) for m in pred]
    all_pred = set().union(*pred_ids) if pred_ids else set()
    all_gold = set().union(*gold_ids) if gold_ids else set()
    for ids in gold_ids:
        if not ids:
            continue
        if not ids & all_pred:
            errors["missed", _words(text, tokens, ids)] += len(ids)
        elif ids - all_pred:
            errors["short", _words(text, tokens, ids - all_pred)] += len(ids - all_pred)
    for ids in pred_ids:
        if not ids:
            continue
        if not ids & all_gold:
            errors["false", _words(text, tokens, ids)] += len(ids)
        elif ids - all_gold:
            errors["long", _words(text, tokens, ids - all_gold)] += len(ids - all_gold)


def crossvalidate(folder: Path, work: Path, c: float = DEFAULT_C,
                  drop: frozenset[str] = frozenset(), threshold: float | None = None,
                  n_process: int = 1,
                  base: str = DEFAULT_MODEL, errors: Counter | None = None) -> dict[str, object]:
    """The rules alone, the classifier alone (per threshold) and the whole extractor on the
    tune part, each fold scored by a model fitted on the other tune folds."""
    golds, docs = parsed_docs(folder, work, base, None, n_process)
    tune = [i for i in range(len(docs)) if not is_heldout(i)]
    marks = {i: rule_marks(docs[i]) for i in tune}
    rows, labels = {}, {}
    for i in tune:
        r, cols, out = feature_matrix(docs[i], marks[i])
        if drop:
            keep = kept_entries(out, drop)
            r, cols = r[keep], cols[keep]
        rows[i] = (r, cols, len(docs[i]))
        labels[i] = gold_flags(docs[i], golds[i].mentions["cue"])
    alone = {th: Counts() for th in THRESHOLDS}
    fitted = []
    for fold in range(HOLDOUT_EVERY - 1):
        test = [i for i in tune if i % HOLDOUT_EVERY == fold]
        rest = [i for i in tune if i % HOLDOUT_EVERY != fold]
        plain = fit_classifier([rows[i] for i in rest], [labels[i] for i in rest], c)
        model = AblatedClassifier(plain.weights, plain.bias, 0.5, drop)
        for th, counts in cue_counts(model, [(golds[i], docs[i], marks[i]) for i in test]).items():
            alone[th].add(counts)
        fitted.append((test, model))
        print(f"fold {fold} fitted", file=sys.stderr)
    scores = {th: counts.prf()[2] for th, counts in alone.items()}
    chosen = threshold if threshold is not None else max(
        THRESHOLDS, key=lambda th: (round(scores[th], 4), th))
    whole = {role: Counts() for role in ROLES}
    for test, model in fitted:
        model.threshold = chosen
        items = [(golds[i], docs[i]) for i in test]
        for role, counts in extractor_counts(model, items, errors).items():
            whole[role].add(counts)
    rules = extractor_counts(False, [(golds[i], docs[i]) for i in tune])

    def f(counts: dict[str, Counts]) -> dict[str, float]:
        return {role: round(counts[role].prf()[2], 4) for role in ROLES}

    return {
        "C": c, "drop": sorted(drop), "threshold": chosen, "articles": len(tune),
        "classifier_alone_by_threshold": {str(th): round(s, 4) for th, s in scores.items()},
        "extractor_crossvalidated_overlap_f1": f(whole),
        "rules_alone_overlap_f1": f(rules),
    }  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: cross-validated cue figures on the tune part of a PolNeAR train split."""
    parser = argparse.ArgumentParser(prog="python -m quality.train.crossval_cues",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="PolNeAR train folder")
    parser.add_argument("--work", type=Path, default=Path("/tmp/cue-classifier"))
    parser.add_argument("--C", dest="c", type=float, default=DEFAULT_C)
    parser.add_argument("--drop", default="", help="templates to leave out, comma-separated")
    parser.add_argument("--threshold", type=float, default=None,
                        help="decision threshold (default: the best classifier-alone one)")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="base spaCy pipeline")
    parser.add_argument("--errors", type=int, default=0,
                        help="print the N most frequent cue errors of each kind (out of fold; "
                        "to the terminal only)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    drop = frozenset(t for t in args.drop.split(",") if t)
    errors: Counter | None = Counter() if args.errors else None
    result = crossvalidate(args.dir, args.work, args.c, drop, args.threshold, args.n_process,
                           args.model, errors)
    print(json.dumps(result, indent=2))
    if errors:
        for kind in ("missed", "false", "short", "long"):
            tally = Counter({w: n for (k, w), n in errors.items() if k == kind})
            print(f"\n{kind}: {sum(tally.values())} tokens")
            for words, n in tally.most_common(args.errors):
                print(f"  {n:5d}  {words}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
