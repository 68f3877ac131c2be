"""A leaner published site: the theme files no reader loads are not copied, and each HTML page
loses its indentation as MkDocs writes it (the plugin's ``on_post_page``).

Material for MkDocs ships source maps (``*.map``, for debugging its own bundle) and, for its
search plugin, the lunr.js language files and a search worker. This site's search is
Pagefind's (``site_search``): when no MkDocs search plugin is configured, Material's page
template leaves the search dialog out and its bundle never starts the worker, so those files
are dead weight. They are dropped from MkDocs' file list before anything is written, so the
build deletes nothing.

The whitespace of a page: every run of spaces and newlines that holds a newline, outside
``pre``, ``textarea``, ``script`` and ``style`` elements and outside a tag whose attribute
values hold a newline, becomes one newline. HTML
shows such a run as one space wherever white-space collapses (every element of this site but
those four), so a page looks the same; attribute values are left as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

# Elements whose text is shown or run as written: never touched.
_KEPT = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.S | re.I)
# A start tag, its quoted attribute values read whole (they may hold ">").
_TAG = re.compile(r"<[a-zA-Z][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>")
# A newline and the whitespace after it; spaces before a newline.
_AFTER = re.compile(r"\n[ \t\r\n\f]+")
_BEFORE = re.compile(r"[ \t\r\f]+\n")

SEARCH_PLUGINS = ("search", "material/search")


def has_search_plugin(plugins: Iterable[str]) -> bool:
    """Whether the configured plugins (their names) hold a MkDocs search plugin."""
    return any(name in plugins for name in SEARCH_PLUGINS)


def compact_html(text: str) -> str:
    """``text`` with each whitespace run holding a newline made one newline, outside pre,
    textarea, script and style elements and outside attribute values."""
    kept = [m.span() for m in _KEPT.finditer(text)]
    # a tag whose attribute values hold a newline (a tooltip's lines) is kept as written
    kept += [m.span() for m in _TAG.finditer(text) if "\n" in m.group() and (
        '"' in m.group() or "'" in m.group())]
    kept.sort(key=lambda span: (span[0], -span[1]))  # an element before its own start tag
    out: list[str] = []
    pos = 0
    for start, end in kept:
        if start < pos:  # a tag inside a kept element
            continue
        out.append(_squeeze(text[pos:start]))
        out.append(text[start:end])
        pos = end
    out.append(_squeeze(text[pos:]))
    return "".join(out)


def _squeeze(text: str) -> str:
    return _BEFORE.sub("\n", _AFTER.sub("\n", text))


def unused_theme_file(src_uri: str, *, has_search_plugin: bool) -> bool:
    """Whether a theme file is one no page of this site loads: a source map, or (with no
    MkDocs search plugin) lunr.js and Material's search worker."""
    if src_uri.endswith(".map"):
        return True
    if has_search_plugin:
        return False
    return (src_uri.startswith("assets/javascripts/lunr/")
            or src_uri.startswith("assets/javascripts/workers/search."))


def unused_theme_files(files: Iterable, theme_dirs: Iterable[str],
                       has_search_plugin: bool) -> list:
    """The MkDocs files (``File``) that come from the theme's folders and that no page loads
    (``unused_theme_file``); the site's own files are always copied."""
    roots = [Path(d).resolve() for d in theme_dirs]
    return [f for f in files if f.abs_src_path and unused_theme_file(
        f.src_uri, has_search_plugin=has_search_plugin) and any(
        Path(f.abs_src_path).resolve().is_relative_to(root) for root in roots)]
