"""Lines of fixtures in an article ("West Ham v Norwich"), for the merge's type vote.

A name on such a line, in an article holding three or more of them (one alone may head a
tennis match: "Federer v Nadal"), is a team's. When the articles' reads of a name tie between a
person and another type ("Norwich" read a person in a match report without a fixture, a club
in one with them), that line is the better evidence (``buckets.majority_type``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .words import merge_words

# a team's name: capitalised words, "&" and a few lower-case connectors ("Brighton & Hove
# Albion", "Queen of the South"); a kick-off time may follow in brackets ("(1500 GMT)")
_NAME = r"[A-Z][\w'&.-]*(?: (?:[A-Z][\w'&.-]*|&|of|the|de)){0,4}"
_MIN_LINES = 3


@lru_cache(maxsize=4)
def _line(versus: frozenset[str]) -> re.Pattern[str]:
    """A fixture line: a name, a versus word in any case ("v", "V", "vs."), a name."""
    words = "|".join(re.escape(w) for w in sorted(versus, key=len, reverse=True))
    return re.compile(rf"^{_NAME} (?i:{words}) {_NAME}(?: \([^()]{{1,20}}\))?$")


def fixture_lines(text: str) -> list[tuple[int, int]]:
    """The [start, end) offsets of the fixture lines of ``text`` (none when fewer than three)."""
    line_re = _line(merge_words().versus)
    found, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped) <= 80 and line_re.match(stripped):
            start = pos + line.index(stripped)
            found.append((start, start + len(stripped)))
        pos += len(line) + 1
    return found if len(found) >= _MIN_LINES else []


def on_fixture_line(lines: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Does ``span`` stand on one of the fixture ``lines`` (in text order, apart: the one
    starting last at or before the span is the only one that may hold it)?"""
    i = bisect.bisect_right(lines, (span[0], float("inf"))) - 1
    return i >= 0 and lines[i][0] <= span[0] and span[1] <= lines[i][1]
