"""Train the attribution cue classifier on PolNeAR train: ``generator/nlp/models/cue_classifier``.

    python -m quality.train.train_cues /work/shared/corpora/polnear/data/train \\
        --out generator/nlp/models/cue_classifier        # or: make cues

Steps: every article of the split (one annotation file each, as ``quality.evaluate.polnear``
chooses it) is parsed with the base model (the parsed DocBin is kept in ``--work`` and reused
while the split, the model and spaCy are the same); the rules run alone on it
(``generator.nlp.claims.rule_marks``) and give the ``Marks`` the classifier reads;
a token is a positive example when it shares a character with a gold ``Cue`` fragment.
Every tenth article (``HOLDOUT_EVERY``) is held out: the logistic regression kept
(scikit-learn, liblinear, L2, ``C``) is fitted on the others, so ``evaluate polnear --heldout``
scores the train split fairly. The decision threshold is the one with the best token-overlap
cue F1 over the nine tenths it is fitted on, by cross-validation (each part scored by a model
fitted on the other eight; the held-out tenth takes no part), saved with the weights, the
cross-validated figures and the whole extractor's held-out figures in ``meta.json``.
liblinear is deterministic: the same data, model and versions give the same weights (two runs
gave byte-identical ``weights.npy``).

scikit-learn is needed for training only (``pip install -e ".[train]"``); scoring an article
needs numpy (``generator.nlp.claims.classifier``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from generator.nlp.claims import rule_marks
from generator.nlp.claims.classifier import (
    BITS,
    MODEL_DIR,
    CueClassifier,
    cue_runs,
    feature_matrix,
)
from generator.nlp.pipeline import DEFAULT_MODEL
from quality.evaluate.spans import Counts, Mention, overlap_counts, word_tokens
from quality.splits import HOLDOUT_EVERY, is_heldout

DEFAULT_C = 0.1
THRESHOLDS = tuple(round(0.15 + 0.025 * k, 3) for k in range(15))  # 0.15 … 0.5


def gold_flags(doc, mentions: Sequence[Mention]) -> list[bool]:
    """One flag per token: inside a gold cue fragment (whitespace tokens never)."""
    from quality.train.learn_cues import gold_cue_tokens

    inside = gold_cue_tokens(doc, mentions)
    return [i in inside for i in range(len(doc))]


def parsed_docs(folder: Path, work: Path, base: str, limit: int | None, n_process: int):
    """The split's gold articles and their parses (cached in ``work``, one file per model,
    spaCy version and pipeline version)."""
    import spacy

    from generator.nlp.pipeline import PIPELINE_VERSION
    from quality.evaluate.polnear import load_split
    from quality.train.learn_cues import parse

    golds = load_split(folder, limit)
    work.mkdir(parents=True, exist_ok=True)
    cache = work / f"parsed-{Path(base).name}-{spacy.__version__}-p{PIPELINE_VERSION}.spacy"
    return golds, parse(golds, cache, base, n_process)


def _matrix(entries: list[tuple[np.ndarray, np.ndarray, int]]):
    """One sparse row per token of every article (``(rows, columns, n)`` per article);
    a feature that fires twice on a token counts twice, as in scoring."""
    from scipy.sparse import csr_matrix

    offsets = np.cumsum([0] + [n for _, _, n in entries])
    rows = np.concatenate([r + off for (r, _, _), off in zip(entries, offsets, strict=False)])
    cols = np.concatenate([c for _, c, _ in entries])
    data = np.ones(len(rows), dtype=np.float64)
    shape = (int(offsets[-1]), 1 << BITS)
    return csr_matrix((data, (rows, cols)), shape=shape)


def fit_classifier(rows, labels, c: float) -> CueClassifier:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", max_iter=3000, random_state=0)
    model.fit(_matrix(rows), np.concatenate([np.asarray(y, dtype=np.int8) for y in labels]))
    return CueClassifier(model.coef_[0].astype(np.float32), float(model.intercept_[0]), 0.5)


def cue_counts(classifier: CueClassifier, items) -> dict[float, Counts]:
    """Token-overlap cue counts at every threshold of ``THRESHOLDS`` over ``(gold, doc,
    marks)`` items, the classifier alone, scored as ``evaluate polnear`` scores (regex word
    tokens)."""
    counts = {th: Counts() for th in THRESHOLDS}
    for gold, doc, marks in items:
        probs = classifier.probabilities(doc, marks)
        tokens = word_tokens(gold.text)
        for th in THRESHOLDS:
            spans = cue_runs(doc, [p >= th for p in probs])
            pred = [((s.start_char, s.end_char),) for s in spans]
            counts[th].add(overlap_counts(tokens, pred, gold.mentions["cue"]))
    return counts


def pipeline_cue_score(classifier: CueClassifier, items) -> tuple[float, float, float]:
    """Token-overlap cue P/R/F1 of the whole extractor (rules + classifier, as ``evaluate
    polnear`` runs it) over ``(gold, doc)`` items."""
    from generator.nlp.claims import extract_attributions
    from quality.evaluate.polnear import predicted_mentions, scored

    counts = Counts()
    for gold, doc in items:
        cues = predicted_mentions(scored(extract_attributions(doc, classifier=classifier)))["cue"]
        counts.add(overlap_counts(word_tokens(gold.text), cues, gold.mentions["cue"]))
    return counts.prf()


def train(
    folder: Path,
    out: Path,
    work: Path,
    base: str = DEFAULT_MODEL,
    c: float = DEFAULT_C,
    limit: int | None = None,
    n_process: int = 1,
) -> dict[str, object]:
    """Parse (cached), fit, choose the threshold by cross-validation, score the whole extractor
    on the held-out articles and save the classifier; return its metadata."""
    started = time.perf_counter()
    golds, docs = parsed_docs(folder, work, base, limit, n_process)
    marks = [rule_marks(doc) for doc in docs]
    rows = [(*feature_matrix(doc, m)[:2], len(doc)) for doc, m in zip(docs, marks, strict=True)]
    labels = [gold_flags(doc, g.mentions["cue"]) for g, doc in zip(golds, docs, strict=True)]
    fit_ids = [i for i in range(len(docs)) if not is_heldout(i)]
    held_ids = [i for i in range(len(docs)) if is_heldout(i)]
    if not fit_ids or not held_ids:
        raise ValueError(f"{folder}: too few articles to hold out every {HOLDOUT_EVERY}th")
    # The threshold: the best cue F1 of the classifier over the articles it is fitted on,
    # each scored by a model fitted without its part (cross-validation over the nine tenths;
    # one tenth alone gives a flat, noisy curve). The held-out tenth takes no part in it: its
    # figures are those of a threshold chosen without it. The model kept is fitted on the
    # nine tenths.
    crossed = {th: Counts() for th in THRESHOLDS}
    for fold in range(HOLDOUT_EVERY - 1):
        test = [i for i in fit_ids if i % HOLDOUT_EVERY == fold]
        rest = [i for i in fit_ids if i % HOLDOUT_EVERY != fold]
        if not test:
            continue
        model = fit_classifier([rows[i] for i in rest], [labels[i] for i in rest], c)
        for th, counts in cue_counts(model, [(golds[i], docs[i], marks[i]) for i in test]).items():
            crossed[th].add(counts)
    final: CueClassifier | None = fit_classifier([rows[i] for i in fit_ids],
                                       [labels[i] for i in fit_ids], c)
    assert final is not None
    scores = {th: counts.prf() for th, counts in crossed.items()}
    # on a tie the higher threshold: fewer doubtful claims on the pages for the same F1
    threshold = max(THRESHOLDS, key=lambda th: (round(scores[th][2], 4), th))
    final.threshold = threshold
    held = pipeline_cue_score(final, [(golds[i], docs[i]) for i in held_ids])
    import sklearn
    import spacy

    def prf(values: tuple[float, float, float]) -> dict[str, float]:
        return dict(zip(("p", "r", "f"), (round(v, 4) for v in values), strict=True))

    meta: dict[str, object] = {
        "base_model": base,
        "spacy": spacy.__version__,
        "sklearn": sklearn.__version__,
        "C": c,
        "train_docs": len(docs),
        "heldout_docs": len(held_ids),
        "heldout_every": HOLDOUT_EVERY,
        "crossvalidated_cue_overlap_classifier_alone": prf(scores[threshold]),
        "crossvalidated_f1_by_threshold": {str(th): round(scores[th][2], 4) for th in THRESHOLDS},
        "heldout_cue_overlap": prf(held),
        "tokens": int(sum(len(y) for y in labels)),
        "positive_tokens": int(sum(sum(y) for y in labels)),
    }
    final.save(out, meta)
    print(f"trained in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return json.loads((out / "meta.json").read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: train the cue classifier from a PolNeAR split folder."""
    parser = argparse.ArgumentParser(
        prog="python -m quality.train.train_cues",
        description="Train the attribution cue classifier (logistic regression over the "
        "parse and the rules' findings) on a PolNeAR split.",
    )
    parser.add_argument("dir", type=Path, help="a PolNeAR split folder (text/, attributions/)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="where to save the model")
    parser.add_argument("--work", type=Path, default=Path("/tmp/cue-classifier"),
                        help="work folder (the parsed articles, reused)")  # fmt: skip
    parser.add_argument("--model", default=DEFAULT_MODEL, help="base spaCy pipeline")
    parser.add_argument("--C", dest="c", type=float, default=DEFAULT_C,
                        help="inverse L2 regularisation strength")  # fmt: skip
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--n-process", type=int, default=1, help="processes for the parse")
    args = parser.parse_args(list(argv) if argv is not None else None)
    from quality.evaluate.polnear import split_problem

    problem = split_problem(args.dir)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print('training needs scikit-learn: pip install -e ".[train]"', file=sys.stderr)
        return 2
    meta = train(args.dir, args.out, args.work, args.model, args.c, args.limit, args.n_process)
    print(json.dumps(meta, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
