"""Slugs and page paths: the only module that knows where a page lives.

Every link between generated pages is a relative ``.md`` link made by ``link``; MkDocs rewrites
and validates them, so ``mkdocs build --strict`` catches a dangling one. Slugs are ASCII,
lowercase, at most ``MAX_SLUG`` characters, never a name that file systems reserve ("con",
"nul", ...) or that an index page uses, and never empty. The path also decides how a page is
published: the index pages are the navigation and every other page stays out of it
(``in_navigation``, and ``not_in_nav`` for a plain MkDocs); pages derived from the articles
stay out of the search index unless a build asks for them (``excluded_from_search``).
"""

from __future__ import annotations

import functools
import hashlib
import posixpath

from slugify import slugify

MAX_SLUG = 80
# Names Windows refuses as files, and names our own index pages use.
RESERVED = {
    "con", "prn", "aux", "nul", "index", "all",
    *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10)),
}

KIND_DIRS = {
    "article": "articles",
    "actor": "actors",
    "event": "events",
    "source": "sources",
}


@functools.lru_cache(maxsize=1 << 16)  # a merge asks for the same triggers and names again
def slug(text: str) -> str:
    """Make a safe, readable ASCII slug from any text (Chinese and Arabic are transliterated)."""
    s = slugify(text or "", max_length=MAX_SLUG, word_boundary=True, save_order=True)
    if not s:
        # Nothing transliterable (symbols only): a short stable hash keeps it unique.
        s = "x-" + hashlib.sha1((text or "").encode()).hexdigest()[:10]
    if s in RESERVED:
        s = f"{s}-1"
    return s


def unique_slug(text: str, taken: set[str]) -> str:
    """Return ``slug(text)``, suffixed ``-2``, ``-3``... until it is not in ``taken``; claim it."""
    base = slug(text)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base[: MAX_SLUG - len(str(n)) - 1]}-{n}"
    taken.add(candidate)
    return candidate


def page_path(kind: str, ident: str) -> str:
    """Return the docs-relative path of the page of an item: ``actors/xi-jinping.md``."""
    return f"{KIND_DIRS[kind]}/{ident}.md"


def index_path(kind: str) -> str:
    """Return the docs-relative path of the index page of a kind (``home`` is the site root)."""
    if kind == "home":
        return "index.md"
    if kind == "claims":
        return "claims/index.md"
    if kind in ("problems", "tags", "graph", "timeline", "search"):
        return f"{kind}.md"
    return f"{KIND_DIRS[kind]}/index.md"


def sentence_anchor(index: int) -> str:
    """Return the HTML id of sentence ``index`` on an article page."""
    return f"s{index + 1}"


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Return the relative link from one docs page to another (and an anchor on it)."""
    rel = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    if to_page == from_page:
        rel = posixpath.basename(to_page)
    return f"{rel}#{anchor}" if anchor else rel


def part_path(kind: str, name: str) -> str:
    """Return where a part of a split listing lives: ``actors/index/people-a.md``.

    Beside the kind's index page, in a folder no item can claim (a slug has no "/").
    """
    return posixpath.join(posixpath.dirname(index_path(kind)), "index", f"{name}.md")


ACTOR_PARTS = ("timeline", "claims", "events", "mentions")


def actor_part_path(actor_id: str, part: str) -> str:
    """Return where the complete list of one part of an actor page lives:
    ``actors/xi-jinping/claims.md``.

    In a folder named after the actor, which no other item can claim (a slug has no "/"),
    beside the actor's own page; ``part`` is one of ``ACTOR_PARTS``.
    """
    if part not in ACTOR_PARTS:
        raise ValueError(f"unknown actor part {part!r}")
    return f"{KIND_DIRS['actor']}/{actor_id}/{part}.md"


INDEX_KINDS = ("home", "article", "actor", "event", "source", "claims", "tags", "problems",
               "graph", "timeline", "search")
INDEX_PAGES = frozenset(index_path(k) for k in INDEX_KINDS)


def in_navigation(path: str) -> bool:
    """Say whether a generated page is in the site's navigation: only the index pages are.

    Listing thousands of entity pages in the navigation makes MkDocs' build cost grow with the
    square of the site.
    """
    return path in INDEX_PAGES


def not_in_nav() -> str:
    """Return MkDocs' ``not_in_nav`` patterns for the pages ``in_navigation`` leaves out, for a
    plain MkDocs (no plugin) building the pages that ``generator build`` wrote."""
    nested = [p for p in (index_path(k) for k in INDEX_KINDS) if "/" in p]
    return "".join(f"/{posixpath.dirname(p)}/*\n!/{p}\n" for p in nested)


def excluded_from_search(path: str) -> bool:
    """Say whether a generated page stays out of search (unless ``search_entity_pages``).

    Article pages carry the text readers search for; pages derived from them (actors, events,
    sources) and the parts of split listings would repeat it many times over.
    """
    if path in INDEX_PAGES:
        return False
    articles = KIND_DIRS["article"] + "/"
    return not path.startswith(articles) or path.startswith(articles + "index/")


# The data the graph and timeline pages draw, beside the pages (site-root relative).
DATA_FILES = {"graph": "graph.json", "timeline": "timeline.json"}
# Where the graph library is copied into the site (from the installed ``pyvis`` package).
VENDOR_DIR = "assets/vendor/vis-network"
# Where Pagefind writes its index and UI (``pagefind --site`` default output folder).
PAGEFIND_DIR = "pagefind"


def site_url(path: str) -> str:
    """Return the site-root relative URL MkDocs publishes a docs page at (directory URLs, the
    MkDocs default): ``actors/xi-jinping.md`` -> ``actors/xi-jinping/``."""
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def asset_link(from_page: str, asset: str) -> str:
    """Return the link from a docs page's published HTML to a site file (a script, a style),
    for raw HTML that MkDocs does not rewrite: ``graph.md`` -> ``../assets/x.js``."""
    here = site_url(from_page)
    return posixpath.relpath(asset, here.rstrip("/") or ".")
