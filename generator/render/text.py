"""Markdown made by the renderer: the ``MD`` marker, escaping by default, and page tidying.

Every value a template prints is escaped for Markdown and HTML (``finalize``) unless it is an
``MD`` string, which only the renderer makes, from escaped parts: article text is data and
cannot become markup by accident. This module also holds the small text rules the pages share
(a claim in quotation marks, a cue as it reads inside a line, the front matter of a page, one
blank line around headings).
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from ..markup import md_heading, md_text, plain_title


class MD(str):
    """A string that is already Markdown: templates print it as it is."""

    __slots__ = ()


def finalize(value: object) -> str:
    """Escape what a template prints, unless it is Markdown made by the renderer."""
    if isinstance(value, MD):
        return value
    if value is None:
        return ""
    return md_text(str(value))


def heading(value: object) -> MD:
    """Text for a Markdown heading (a Jinja filter): title-safe, then escaped."""
    return MD(md_heading(str(value)))


@lru_cache(maxsize=1 << 16)  # YAML's emitter is slow; a page keeps its title across rebuilds
def front_matter(title: str, *, exclude_from_search: bool = False,
                 tags: tuple[str, ...] = ()) -> str:
    """The YAML front matter of a page: its title, Material's search exclusion if asked, and
    its tags (Material's ``tags`` plugin lists them on the page and on the tags page)."""
    meta: dict[str, object] = {"title": plain_title(title)}
    if tags:
        meta["tags"] = [plain_title(t) for t in tags]
    if exclude_from_search:
        meta["search"] = {"exclude": True}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True) + "---\n\n"


_BEFORE_HEADING = re.compile(r"\n+(#{1,6} )")
_AFTER_HEADING = re.compile(r"^(#{1,6} [^\n]*)\n+", re.M)
_BLANKS = re.compile(r"\n{3,}")


def tidy(markdown: str) -> str:
    """Give every heading a blank line before and after; no runs of blank lines."""
    markdown = _BEFORE_HEADING.sub(r"\n\n\1", markdown)
    markdown = _AFTER_HEADING.sub(r"\1\n\n", markdown)
    return _BLANKS.sub("\n\n", markdown).lstrip("\n")


QUOTES = "\"“”'‘’"
POSSESSIVES = ("'s", "’s", "'", "’")


def quote(text: str) -> str:
    """Put a claim's content in quotation marks, unless it already carries its own."""
    if text[:1] in QUOTES and text[-1:] in QUOTES:
        return text
    return f"“{text}”"


def cue_display(cue: str) -> str:
    """A cue as it reads inside a line: no trailing colon, "According to" in lower case."""
    cue = cue.strip(" :,;")
    return cue[0].lower() + cue[1:] if cue[:1].isupper() and cue[1:2].islower() else cue


_PARAGRAPH = re.compile(r"\n\s*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every paragraph of ``text`` that is not blank, in text order."""
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[pos:m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans
