"""Coreference scores over clusters of mentions: MUC, B-cubed, CEAF-e and their CoNLL mean.

Both sides are maps from a mention key to a cluster id; the key sets may differ (end-to-end
scoring: a gold mention the system missed, or a predicted mention no gold mention matches). The
definitions follow the reference scorer of Pradhan et al. (2014): a mention present on one side
only counts in that side's denominators and adds nothing to the numerators; MUC counts links
(a singleton has none); CEAF-e aligns clusters one-to-one with phi4 = 2|K∩G| / (|K| + |G|).
CEAF-e aligns within blocks (``block_of``: the topic), which gives the same optimum as one
global alignment when no cluster crosses a block, at a fraction of the cost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Key = Hashable


@dataclass(frozen=True)
class Score:
    """Recall and precision of one metric."""

    recall: float
    precision: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def clusters(assign: Mapping[Key, Hashable]) -> list[set[Key]]:
    """Group mention keys by cluster id."""
    out: dict[Hashable, set[Key]] = defaultdict(set)
    for key, cluster in assign.items():
        out[cluster].add(key)
    return list(out.values())


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def muc(gold: Mapping[Key, Hashable], pred: Mapping[Key, Hashable]) -> Score:
    """MUC: links kept (recall) and links right (precision)."""

    def side(key_side: Mapping[Key, Hashable], other: Mapping[Key, Hashable]) -> tuple[int, int]:
        num = den = 0
        for cluster in clusters(key_side):
            parts = {other.get(k, ("missing", k)) for k in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num, den

    rn, rd = side(gold, pred)
    pn, pd = side(pred, gold)
    return Score(_ratio(rn, rd), _ratio(pn, pd))


def b_cubed(gold: Mapping[Key, Hashable], pred: Mapping[Key, Hashable]) -> Score:
    """B-cubed over the mentions of each side."""

    def side(key_side: Mapping[Key, Hashable], other: Mapping[Key, Hashable]) -> float:
        other_members: dict[Hashable, set[Key]] = defaultdict(set)
        for k, c in other.items():
            other_members[c].add(k)
        total = 0.0
        for cluster in clusters(key_side):
            overlaps: dict[Hashable, int] = defaultdict(int)
            for k in cluster:
                if k in other:
                    overlaps[other[k]] += 1
            total += sum(n * n for n in overlaps.values()) / len(cluster)
        return _ratio(total, len(key_side))

    return Score(side(gold, pred), side(pred, gold))


def ceaf_e(gold: Mapping[Key, Hashable], pred: Mapping[Key, Hashable],
           block_of: Callable[[Key], Hashable] = lambda k: None) -> Score:
    """Entity-based CEAF with phi4, aligned one-to-one (Hungarian) within each block."""
    gold_by_block: dict[Hashable, list[set[Key]]] = defaultdict(list)
    pred_by_block: dict[Hashable, list[set[Key]]] = defaultdict(list)
    for c in clusters(gold):
        gold_by_block[block_of(next(iter(c)))].append(c)
    for c in clusters(pred):
        pred_by_block[block_of(next(iter(c)))].append(c)
    total = 0.0
    for block, gs in gold_by_block.items():
        ps = pred_by_block.get(block, [])
        if not ps:
            continue
        where = {k: j for j, c in enumerate(ps) for k in c}
        sim = np.zeros((len(gs), len(ps)))
        for i, g in enumerate(gs):
            for k in g:
                j = where.get(k)
                if j is not None:
                    sim[i, j] += 1
            for j in np.nonzero(sim[i])[0]:
                sim[i, j] = 2 * sim[i, j] / (len(g) + len(ps[j]))
        rows, cols = linear_sum_assignment(sim, maximize=True)
        total += float(sim[rows, cols].sum())
    n_gold = sum(len(v) for v in gold_by_block.values())
    n_pred = sum(len(v) for v in pred_by_block.values())
    return Score(_ratio(total, n_gold), _ratio(total, n_pred))


def conll(gold: Mapping[Key, Hashable], pred: Mapping[Key, Hashable],
          block_of: Callable[[Key], Hashable] = lambda k: None) -> dict[str, Score | float]:
    """MUC, B-cubed, CEAF-e and the CoNLL F1 (their mean F1)."""
    scores: dict[str, Score | float] = {
        "MUC": muc(gold, pred),
        "B3": b_cubed(gold, pred),
        "CEAF-e": ceaf_e(gold, pred, block_of),
    }
    scores["CoNLL"] = sum(s.f1 for s in scores.values() if isinstance(s, Score)) / 3
    return scores
