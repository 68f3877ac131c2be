"""Resolve a date expression ("in February", "last week", "May 3, 2018") to ISO text."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_WORD = re.compile(r"[a-z]+|\d+")
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_LEAD = {"in", "on", "at", "the", "of", "during", "since", "by", "early", "late", "mid",
         "earlier", "later"}  # fmt: skip


def parse_iso(text: str | None) -> date | None:
    """Parse an ISO "YYYY-MM-DD" (or a longer timestamp) to a date, or None."""
    if not text:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(text))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_label(monday: date) -> str:
    """Say a Monday-to-Sunday week as a month (or year) when it lies within one."""
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _ym(monday.year, monday.month)
    return f"{monday.year:04d}" if monday.year == sunday.year else monday.isoformat()


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def resolve_date(text: str, article_date: str | None = None, future: bool = False) -> str | None:
    """Return "YYYY-MM-DD", "YYYY-MM" or "YYYY" for ``text``, or None when unsure.

    Relative expressions ("February", "last week", "on Monday", "two years ago") are
    resolved against ``article_date`` (ISO); ``future`` says the clause looks ahead
    ("will meet in May"), so a bare month or weekday is taken as the next one.
    """
    iso = _ISO.search(text)
    if iso:
        y, mo, d = int(iso[1]), int(iso[2]), iso[3]
        return _safe_date(y, mo, int(d)) if d else _ym(y, mo) if 1 <= mo <= 12 else None
    words = _WORD.findall(text.lower())
    while words and words[0] in _LEAD:
        words = words[1:]
    if not words:
        return None
    ref = parse_iso(article_date)
    years = [int(w) for w in words if len(w) == 4 and w.isdigit() and 1800 <= int(w) <= 2100]
    months = [MONTHS[w] for w in words if w in MONTHS]
    days = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
    if re.search(r"\d0s\b|\d0's\b", text) or "decade" in words:
        return None  # "the 1990s"
    if months:
        month = months[0]
        if years:
            year = years[0]
        elif ref is not None:
            year = ref.year
            if not future and month > ref.month:
                year -= 1
            elif future and month < ref.month:
                year += 1
        else:
            return None
        return _safe_date(year, month, days[0]) if days else _ym(year, month)
    if years:
        return f"{years[0]:04d}" if len(years) == 1 else None
    if ref is None:
        return None
    try:
        resolved = _relative(words, ref, future)
    except (OverflowError, ValueError):  # "1000000 days ago", "tomorrow" on 9999-12-31
        return None
    return resolved if resolved is None or _in_range(resolved) else None


def _in_range(iso: str) -> bool:
    """Say whether a resolved date lies in years 1-9999 (``date`` can hold no other)."""
    year = iso.split("-", 1)[0] if not iso.startswith("-") else ""
    return year.isdigit() and len(year) == 4 and year != "0000"


def _relative(words: list[str], ref: date, future: bool) -> str | None:
    """Resolve relative words ("yesterday", "last month", "3 days ago") against ``ref``."""
    joined = " ".join(words)
    simple = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if joined in simple:
        return (ref + timedelta(days=simple[joined])).isoformat()
    if len(words) == 1 and words[0] in WEEKDAYS:
        delta = WEEKDAYS[words[0]] - ref.weekday()
        if future:
            delta = delta % 7
        elif delta > 0:
            delta -= 7
        return (ref + timedelta(days=delta)).isoformat()
    m = re.fullmatch(r"(last|next|this|past) (week|month|year)", joined)
    if m:
        step = {"last": -1, "past": -1, "next": 1, "this": 0}[m[1]]
        if m[2] == "year":
            return f"{ref.year + step:04d}"
        if m[2] == "month":
            return _ym(*_shift_month(ref.year, ref.month, step))
        return _week_label(ref - timedelta(days=ref.weekday()) + timedelta(weeks=step))
    m = re.fullmatch(r"(last|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                     joined)  # fmt: skip
    if m:
        return _relative([m[2]], ref, m[1] == "next")
    m = re.fullmatch(r"(\d+|[a-z]+) (day|days|week|weeks|month|months|year|years) ago", joined)
    if m:
        n = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1])
        if n is None:
            return None
        unit = m[2].rstrip("s")
        if unit == "day":
            return (ref - timedelta(days=n)).isoformat()
        if unit == "week":
            return _week_label(ref - timedelta(days=ref.weekday()) - timedelta(weeks=n))
        if unit == "month":
            return _ym(*_shift_month(ref.year, ref.month, -n))
        return f"{ref.year - n:04d}"
    return None
