"""Find the actor behind a span of an article: the corpus actors' mentions, by bisection.

``merge_actors`` fills a ``SpanIndex`` with every mention it gives an actor; the claims and
events merges then ask it which actor a source, a participant or a phrase names (``best``: the
most overlap; ``head``: the actor a phrase is about, as in an apposition; ``within``: every
mention inside a span).
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from .words import merge_words

# Words of a phrase before a name that make it no title of the name ("an attack on"): merge.yml.
_W = merge_words()


class SpanIndex:
    """Find the actor whose mention overlaps a span in an article, by bisection."""

    def __init__(self) -> None:
        self.spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

    def add(self, article: str, start: int, end: int, actor: str) -> None:
        self.spans[article].append((start, end, actor))

    def freeze(self) -> None:
        for spans in self.spans.values():
            spans.sort()
        self.starts = {a: [s for s, _, _ in v] for a, v in self.spans.items()}

    def within(self, article: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Every actor mention lying inside [start, end)."""
        spans = self.spans.get(article, [])
        i = bisect.bisect_left(self.starts.get(article, []), start)
        out = []
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] <= end:
                out.append(spans[i])
            i += 1
        return out

    def head(self, article: str, start: int, end: int, text: str | None = None) -> str | None:
        """The actor named by a phrase: its mention ends the phrase, or is most of it, or (with
        the article's ``text``) opens it before a comma, after at most a title, as in an
        apposition ("Mr Balls, a prospective Labour MP", "Edward Leigh, who chairs …")."""
        spans = self.spans.get(article, [])
        i = max(0, bisect.bisect_left(self.starts.get(article, []), start) - 8)
        best, best_len = None, 0
        while i < len(spans) and spans[i][0] < end:
            s, e, actor = spans[i]
            length = e - s
            covers = end - e <= 1 or length >= 0.6 * (end - start)
            if text is not None and start <= s and e < end and not covers:
                # a title or label before the name: "Mr", "Liberal Democrat", "Former Downing
                # Street communications chief" (not "an attack on": the phrase is about it)
                before = text[start:s].split()
                opens = (len(before) <= 2 and all(w[:1].isupper() for w in before)) or (
                    len(before) <= 6
                    and "," not in text[start:s]
                    and not any(w.lower() in _W.not_in_titles or "'" in w for w in before)
                )
                covers = opens and text[e:end].lstrip().startswith(",")
            if s >= start and e <= end + 1 and covers and length > best_len:
                best, best_len = actor, length
            i += 1
        return best

    def cut(self, article: str, at: int) -> str | None:
        """The actor whose mention starts before ``at`` and runs past it: a phrase opening at
        ``at`` cuts that name ("Will Davies, senior fellow", parsed from "Davies")."""
        spans = self.spans.get(article, [])
        i = bisect.bisect_left(self.starts.get(article, []), at)
        for s, e, actor in spans[max(0, i - 8) : i]:
            if s < at < e:
                return actor
        return None

    def best(self, article: str, start: int, end: int) -> str | None:
        """The actor whose mention overlaps [start, end) the most (the longest on a tie)."""
        spans = self.spans.get(article, [])
        i = bisect.bisect_left(self.starts.get(article, []), start)
        i = max(0, i - 8)  # mentions starting a little before may still overlap
        best, best_overlap = None, 0
        while i < len(spans) and spans[i][0] < end:
            s, e, actor = spans[i]
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
            i += 1
        return best
