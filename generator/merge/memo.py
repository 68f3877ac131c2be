"""What one merge computed, kept for the next merge.

A ``mkdocs serve`` rebuild hands the merge the very record objects of the articles that did not
change (``AnnotationCache.records``). A value computed from some objects (an article's records,
the reports of an event) and from a few other inputs is reused when the objects are the same,
in the same order, and the other inputs compare equal (values, not identities: a wrong reuse
cannot come from a changed actor id or story). Only the last merge's values are kept: ``merge``
calls ``rotate_all`` once at its end, so the memory held is that of one corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
_ALL: list[MergeMemo] = []


class MergeMemo:
    """Values by objects (identity, in order) and inputs (equality), from the last merge."""

    def __init__(self) -> None:
        self._last: dict[tuple[int, ...], tuple[tuple, Any, Any]] = {}
        self._now: dict[tuple[int, ...], tuple[tuple, Any, Any]] = {}
        _ALL.append(self)

    def value(self, parts: Sequence[Any], inputs: Any, make: Callable[[], T]) -> T:
        """The value kept for ``parts`` with equal ``inputs``, else ``make()`` (kept)."""
        key = tuple(map(id, parts))
        entry = self._now.get(key) or self._last.get(key)
        if (entry is None or any(a is not b for a, b in zip(entry[0], parts, strict=True))
                or entry[1] != inputs):
            entry = (tuple(parts), inputs, make())
        self._now[key] = entry
        return entry[2]

    def rotate(self) -> None:
        """End of a merge: what it used is kept for the next, the rest dropped."""
        self._last, self._now = self._now, {}


def rotate_all() -> None:
    """End of a merge: every memo keeps what this merge used."""
    for memo in _ALL:
        memo.rotate()
