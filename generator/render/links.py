"""Links between pages, made relative to the page they are on (passed explicitly every time).

``urls`` decides where each page lives; this module turns a target into the relative ``.md``
link that MkDocs rewrites and validates, and into Markdown link text escaped as data. A large
site makes millions of links, and a link depends only on the folder of the page it is on, so
the relative part is computed once per folder and target.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

from .. import urls
from ..markup import md_text
from .text import MD


def href(page: str, kind: str, ident: str, anchor: str | None = None) -> str:
    """The relative link from ``page`` to the page of an item (and an anchor on it)."""
    target = urls.page_path(kind, ident)
    if target == page:
        return urls.link(page, target, anchor)
    rel = _relative(posixpath.dirname(page), target)
    return f"{rel}#{anchor}" if anchor else rel


@lru_cache(maxsize=1 << 19)  # the same links recur at every serve rebuild
def link(page: str, kind: str, ident: str, text: str, anchor: str | None = None) -> MD:
    """A Markdown link from ``page`` to the page of an item, its text escaped."""
    return MD(f"[{md_text(text)}]({href(page, kind, ident, anchor)})")


def page_link(page: str, target: str, text: str) -> MD:
    """A Markdown link from ``page`` to another page given by its path (an index, a part)."""
    return MD(f"[{md_text(text)}]({urls.link(page, target)})")


@lru_cache(maxsize=262_144)
def _relative(folder: str, target: str) -> str:
    """``urls.link`` from any page in ``folder`` to another page ``target``."""
    return urls.link(posixpath.join(folder, "_.md"), target)
