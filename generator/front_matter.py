"""An article's front matter and headline -> its fields, checked; never imports spaCy.

Front matter is read with ``yamlsafe.TextLoader``: every value is the text written
(``title: 0x1F`` is "0x1F", not 31), a document that stands for more than
``MAX_VALUES`` values once aliases are expanded is refused, and a key given twice is an error
naming both lines. Text values lose control and bidirectional-control characters; only an
``http(s)`` ``url`` with a host is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import yaml
from yaml.nodes import MappingNode

from .errors import ContentError
from .names import strip_bidi
from .yamlsafe import load_text_yaml, quoted

KNOWN_KEYS = {"title", "date", "publisher", "url", "author", "tags", "license"}
MAX_VALUES = 10_000  # values a front matter may stand for once aliases are expanded
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_LISTED = 10  # unknown keys a warning names before "and N more"


@dataclass(frozen=True)
class Fields:
    """What an article file says besides its body."""

    title: str
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    license: str | None = None  # "CC BY 2.5 (https://...); text from Wikinews"


def as_date(value: object) -> str:
    """An ISO date from the front matter's ``date`` (text), or ``ContentError``."""
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%d %B %Y", "%B %d, %Y"):
            try:
                return dt.datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
        try:
            return dt.datetime.fromisoformat(text).date().isoformat()
        except ValueError:
            pass
    raise ContentError(f"'date' is not a date: {quoted(value)} (write it as YYYY-MM-DD)")


def as_text(key: str, value: object) -> str | None:
    """A text value without control or bidirectional-control characters (None when empty)."""
    if value is None:
        return None
    if isinstance(value, str):
        # YAML escapes ("\\a", "\\x1b", "\\u202e") can put control characters in a value.
        return strip_bidi(CONTROLS.sub("", value)).strip() or None
    raise ContentError(f"'{key}' must be text, not {type(value).__name__}")


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address with a host, else None."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def split_front_matter(text: str) -> tuple[dict, str, list[str], dict[str, int]]:
    """Split and parse the front matter; return meta, body, warnings and each key's line."""
    warnings: list[str] = []
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ContentError("no front matter: a .md article starts with '---', a 'title:' line "
                           "and '---'", line=1)
    end = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if end is None:
        raise ContentError("front matter is not closed: no '---' line after the first", line=1)
    source = "\n".join(lines[1:end])
    try:
        meta, node, duplicates = load_text_yaml(source, MAX_VALUES)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for '---'
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, cmark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and cmark is not None and cmark is not mark:
            problem += f" ({context} that starts on line {cmark.line + 2})"
        raise ContentError(f"front matter is not valid YAML: {problem}", line=line) from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise ContentError(f"front matter cannot be read: {quoted(str(exc))}", line=2) from None
    if duplicates:
        key, line, first = duplicates[0]
        raise ContentError(f"front matter gives {quoted(key)} twice (lines {first + 1} and "
                           f"{line + 1}); keep one", line=line + 1)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError("front matter must be a mapping of keys to values (title: ...), "
                           f"not a {type(meta).__name__}", line=2)
    key_lines = {}
    if isinstance(node, MappingNode):
        key_lines = {str(k.value): k.start_mark.line + 2 for k, _ in node.value}
    unknown = sorted(str(k) for k in meta if k not in KNOWN_KEYS)
    if unknown:
        shown = ", ".join(k[:40] for k in unknown[:_LISTED])
        more = f" and {len(unknown) - _LISTED} more" if len(unknown) > _LISTED else ""
        warnings.append(f"unknown front matter keys ignored: {shown}{more} "
                        f"(known: {', '.join(sorted(KNOWN_KEYS))})")
    return meta, "\n".join(lines[end + 1:]), warnings, key_lines


def split_headline(text: str) -> tuple[dict, str]:
    """A ``.txt`` article: the first non-empty line is the title, the rest the body."""
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return {}, ""
    return {"title": lines[0].strip()}, "\n".join(lines[1:])


def article_fields(meta: dict, plain: bool, key_lines: dict[str, int]
                   ) -> tuple[Fields, list[str]]:
    """Check the values of the front matter (or headline); return them and warnings."""
    warnings: list[str] = []
    try:
        title = as_text("title", meta.get("title"))
        if not title:
            raise ContentError("no headline: the first line of a .txt article is its title"
                               if plain else "missing or empty 'title'")
        title = " ".join(title.split())
        date = as_date(meta["date"]) if meta.get("date") not in (None, "") else None
        tags = meta.get("tags") or ()
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.split(",") if t.strip()]
        if not isinstance(tags, list | tuple) or not all(isinstance(t, str) for t in tags):
            raise ContentError("'tags' must be a list of words (tags: [economy, trade])")
        values = {k: as_text(k, meta.get(k)) for k in ("publisher", "url", "author", "license")}
    except ContentError as exc:
        if exc.line is None:
            key = next((k for k in KNOWN_KEYS if f"'{k}'" in str(exc)), "title")
            exc.line = key_lines.get(key, 2 if key_lines or not plain else 1)
        raise
    url = web_url(values["url"])
    if values["url"] and url is None:
        warnings.append(f"'url' is not an http(s) address with a host: {quoted(values['url'])} "
                        "was dropped")
    return Fields(title, date, values["publisher"], url, values["author"],
                  tuple(t for t in (as_text("tags", t) for t in tags) if t),
                  values["license"]), warnings
