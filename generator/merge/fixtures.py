"""Lines of fixtures in an article ("West Ham v Norwich"), for the merge's type vote.

A name on such a line, in an article holding three or more of them (one alone may head a
tennis match: "Federer v Nadal"), is a team's. When the articles' reads of a name tie between a
person and another type ("Norwich" read a person in a match report without a fixture, a club
in one with them), that line is the better evidence (``buckets.majority_type``).
"""

from __future__ import annotations

import re

from .words import merge_words

_NAME = r"[A-Z][\w'&.-]*(?: (?:[A-Z][\w'&.-]*|of|the|de)){0,4}?"
_LINE = re.compile(rf"^{_NAME} (?P<v>\S+) {_NAME}$")
_MIN_LINES = 3


def fixture_lines(text: str) -> list[tuple[int, int]]:
    """The [start, end) offsets of the fixture lines of ``text`` (none when fewer than three)."""
    versus = merge_words().versus
    found, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        m = _LINE.match(stripped) if len(stripped) <= 80 else None
        if m is not None and m.group("v").lower() in versus:
            start = pos + line.index(stripped)
            found.append((start, start + len(stripped)))
        pos += len(line) + 1
    return found if len(found) >= _MIN_LINES else []


def on_fixture_line(lines: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Does ``span`` stand on one of the fixture ``lines``?"""
    return any(s <= span[0] and span[1] <= e for s, e in lines)
