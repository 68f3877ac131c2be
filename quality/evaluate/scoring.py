"""Shared scoring helpers: precision/recall/F1 counts and B-cubed grouping scores."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass


@dataclass
class PRF:
    """True positives, false positives and false negatives, with derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items found (1.0 when there is no gold)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        """Add another set of counts to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        """The counts and scores, rounded for printing and JSON."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def score_sets(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> PRF:
    """Exact-match P/R/F1 counts of two collections of hashable items (sets)."""
    g, p = set(gold), set(predicted)
    return PRF(tp=len(g & p), fp=len(p - g), fn=len(g - p))


@dataclass
class BCubed:
    """Summed per-mention B-cubed precision and recall, over any number of documents."""

    precision_sum: float = 0.0
    recall_sum: float = 0.0
    mentions: int = 0

    @property
    def precision(self) -> float:
        """Mean per-mention precision (1.0 with no mentions)."""
        return self.precision_sum / self.mentions if self.mentions else 1.0

    @property
    def recall(self) -> float:
        """Mean per-mention recall (1.0 with no mentions)."""
        return self.recall_sum / self.mentions if self.mentions else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of B-cubed precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_document(
        self, predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]
    ) -> None:
        """Score one document: both maps send the same mention keys to cluster ids."""
        keys = [k for k in predicted if k in gold]
        pred_members: dict[Hashable, set[Hashable]] = {}
        gold_members: dict[Hashable, set[Hashable]] = {}
        for k in keys:
            pred_members.setdefault(predicted[k], set()).add(k)
            gold_members.setdefault(gold[k], set()).add(k)
        for k in keys:
            p_cluster = pred_members[predicted[k]]
            g_cluster = gold_members[gold[k]]
            overlap = len(p_cluster & g_cluster)
            self.precision_sum += overlap / len(p_cluster)
            self.recall_sum += overlap / len(g_cluster)
        self.mentions += len(keys)

    def as_dict(self) -> dict[str, float | int]:
        """The scores, rounded for printing and JSON."""
        return {
            "mentions": self.mentions,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def format_table(rows: Mapping[str, Mapping[str, PRF]], columns: Iterable[str]) -> str:
    """A plain-text table: one row per type, P/R/F1 for each system column."""
    cols = list(columns)
    head = f"{'type':<14}" + "".join(f"{c:>28}" for c in cols)
    sub = f"{'':<14}" + "".join(f"{'P':>10}{'R':>9}{'F1':>9}" for _ in cols)
    lines = [head, sub]
    for name, by_system in rows.items():
        cells = "".join(
            f"{by_system[c].precision:>10.3f}{by_system[c].recall:>9.3f}{by_system[c].f1:>9.3f}"
            for c in cols
        )
        lines.append(f"{name:<14}{cells}")
    return "\n".join(lines)
