"""Span scoring shared by the evaluations: exact and token-overlap precision, recall and F1.

A *mention* is a tuple of ``(start, end)`` character fragments (one fragment for a contiguous
span, several for a discontinuous one such as brat's ``"2168 2170;2175 2210"``).

Tokens for the overlap score are regex word tokens of the text: a maximal run of word characters
(``\\w+``) or a single other non-space character (so punctuation and quote marks count as tokens).
A token belongs to a mention when it shares at least one character with one of its fragments.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Span = tuple[int, int]
Mention = tuple[Span, ...]

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_TRIM = set(string.whitespace + string.punctuation + "“”‘’«»—–…")


@dataclass
class Counts:
    """Hits and totals on the predicted side and on the gold side."""

    pred_hits: float = 0
    pred_total: float = 0
    gold_hits: float = 0
    gold_total: float = 0

    def add(self, other: Counts) -> None:
        """Add another count to this one, in place."""
        self.pred_hits += other.pred_hits
        self.pred_total += other.pred_total
        self.gold_hits += other.gold_hits
        self.gold_total += other.gold_total

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (0 when a total is 0)."""
        p = self.pred_hits / self.pred_total if self.pred_total else 0.0
        r = self.gold_hits / self.gold_total if self.gold_total else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def word_tokens(text: str) -> list[Span]:
    """The word tokens of ``text`` as character spans."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def token_ids(tokens: Sequence[Span], mentions: Iterable[Mention]) -> set[int]:
    """Indices of the ``tokens`` (sorted spans) that share a character with any fragment."""
    starts = [s for s, _ in tokens]
    ids: set[int] = set()
    for mention in mentions:
        for start, end in mention:
            if end <= start:
                continue
            i = max(bisect.bisect_right(starts, start) - 1, 0)
            while i < len(tokens) and tokens[i][0] < end:
                if tokens[i][1] > start:
                    ids.add(i)
                i += 1
    return ids


def overlap_counts(
    tokens: Sequence[Span], pred: Iterable[Mention], gold: Iterable[Mention]
) -> Counts:
    """Token-overlap counts: predicted tokens inside gold, gold tokens covered by predictions."""
    p = token_ids(tokens, pred)
    g = token_ids(tokens, gold)
    hits = len(p & g)
    return Counts(hits, len(p), hits, len(g))


def normalize(text: str, mention: Mention) -> Mention:
    """Trim whitespace and punctuation off each fragment, drop empties, join whitespace gaps."""
    out: list[list[int]] = []
    for start, end in sorted(mention):
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if start >= end:
            continue
        if out and (start <= out[-1][1] or not text[out[-1][1] : start].strip()):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple((s, e) for s, e in out)


def exact_counts(text: str, pred: Iterable[Mention], gold: Iterable[Mention]) -> Counts:
    """Exact-match counts over distinct normalized mentions (see ``normalize``)."""
    p = {m for m in (normalize(text, x) for x in pred) if m}
    g = {m for m in (normalize(text, x) for x in gold) if m}
    hits = len(p & g)
    return Counts(hits, len(p), hits, len(g))


def role_counts(
    text: str,
    pred: dict[str, list[Mention]],
    gold: dict[str, list[Mention]],
    roles: Sequence[str],
    tokens: Sequence[Span] | None = None,
) -> dict[str, dict[str, Counts]]:
    """``{"exact"|"overlap": {role: Counts}}`` for one document."""
    toks = word_tokens(text) if tokens is None else tokens
    out: dict[str, dict[str, Counts]] = {"exact": {}, "overlap": {}}
    for role in roles:
        out["exact"][role] = exact_counts(text, pred.get(role, []), gold.get(role, []))
        out["overlap"][role] = overlap_counts(toks, pred.get(role, []), gold.get(role, []))
    return out
