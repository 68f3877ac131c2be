"""What one merge computed from an article's records, kept for the next merge.

A ``mkdocs serve`` rebuild hands the merge the very record objects of the articles that did not
change (``AnnotationCache.records``; ``clean_annotated`` copies kept by ``_CleanedMemo``). A
value computed from one article's records and from a few other inputs is reused when the
records are the same objects and the other inputs compare equal (values, not identities: a
wrong reuse cannot come from a changed actor id or story). Only the last merge's values are
kept (``rotate``), so the memory held is that of one corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..annotations import AnnotatedArticle

MISSING = object()


class ArticleMemo:
    """Values by article record (identity) and inputs (equality), from the last merge."""

    def __init__(self) -> None:
        self._last: dict[int, tuple[AnnotatedArticle, Any, Any]] = {}
        self._now: dict[int, tuple[AnnotatedArticle, Any, Any]] = {}

    def get(self, ann: AnnotatedArticle, inputs: Any) -> Any:
        """The value stored for ``ann`` with equal ``inputs``, else ``MISSING``."""
        key = id(ann)
        entry = self._now.get(key) or self._last.get(key)
        if entry is None or entry[0] is not ann or entry[1] != inputs:
            return MISSING
        self._now[key] = entry
        return entry[2]

    def put(self, ann: AnnotatedArticle, inputs: Any, value: Any) -> Any:
        self._now[id(ann)] = (ann, inputs, value)
        return value

    def rotate(self) -> None:
        """End of a merge: what it used is kept for the next, the rest dropped."""
        self._last, self._now = self._now, {}


class TupleMemo:
    """Values computed from a sequence of objects (by identity, in order), from the last merge:
    an event made from the same report items is the same event."""

    def __init__(self) -> None:
        self._last: dict[tuple[int, ...], tuple[tuple, Any]] = {}
        self._now: dict[tuple[int, ...], tuple[tuple, Any]] = {}

    def get(self, parts: Sequence[Any]) -> Any:
        key = tuple(map(id, parts))
        entry = self._now.get(key) or self._last.get(key)
        if entry is None or any(a is not b for a, b in zip(entry[0], parts, strict=True)):
            return MISSING
        self._now[key] = entry
        return entry[1]

    def put(self, parts: Sequence[Any], value: Any) -> Any:
        self._now[tuple(map(id, parts))] = (tuple(parts), value)
        return value

    def rotate(self) -> None:
        self._last, self._now = self._now, {}
