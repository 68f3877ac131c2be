"""Article text is data: escape it on its way into Markdown and HTML.

Two paths:

* ``md_text`` for running text: HTML-special characters become entities and every character
  Python-Markdown gives a meaning to is backslash-escaped, so ``[x](javascript:...)``, ``<script>``,
  ``{: attr }`` and ``--8<--`` all come out as the characters the article wrote. Line breaks become
  spaces, so a line cannot turn into a heading, a list or a code block.
* ``plain_title`` for page titles and headings: MkDocs and Material decode entities when they
  turn a heading into the page ``<title>`` and the table of contents, and write it unescaped;
  that path gets no ``<``, ``>``, quotes or entity-like ``&`` at all (look-alike characters
  instead), then the running-text escaping.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

# Python-Markdown's backslash-escapable characters, plus "|" (the tables extension adds it);
# ">" is not among them: it becomes &gt; below, which no Markdown rule reads.
_MD_ESCAPE = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_HTML_TABLE = str.maketrans(_HTML)  # one pass; "&" cannot be escaped twice
_LOOKALIKE = {"<": "‹", ">": "›", '"': "”", "'": "’", "`": "ʹ"}
# "&" then what an HTML parser may read as a character reference, with or without ";"
# ("&lt;", "&lt", "&#60", "&#x3c"): the candidates; _decodes_here() tells which ones decode.
_ENTITY_LIKE = re.compile(r"&(?=#|[A-Za-z])")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 18)  # the same names and sentences recur on many pages and rebuilds
def md_text(text: str) -> str:
    """Escape text so that Markdown and HTML show exactly its characters, on one line."""
    text = _SPACE.sub(" ", text)
    text = _MD_ESCAPE.sub(r"\\\1", text)
    return text.translate(_HTML_TABLE)


def plain_title(text: str) -> str:
    """Make a title safe for paths that decode entities (page <title>, TOC): no markup chars."""
    text = _SPACE.sub(" ", text).strip()
    text = _ENTITY_LIKE.sub(lambda m: "＆" if _decodes_here(text, m.start()) else "&", text)
    return "".join(_LOOKALIKE.get(ch, ch) for ch in text)


def _decodes_here(text: str, at: int) -> bool:
    """Say whether an HTML parser turns the "&" at ``at`` into another character."""
    end = text.find("&", at + 1)
    chunk = text[at:end if 0 < end < at + 40 else at + 40]  # one reference at most
    return html.unescape(chunk) != chunk


def md_heading(text: str) -> str:
    """Text for a Markdown heading: title-safe, then escaped."""
    return md_text(plain_title(text))


def safe_url(url: str | None) -> str | None:
    """Return an http(s) URL made safe for a Markdown link target, or None for anything else."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&*+,;=%~-._")
