"""Serve rebuilds that hand MkDocs only the generated pages whose Markdown changed.

MkDocs 1.6 renders every page at every ``mkdocs serve`` rebuild (a generated file is always
"modified", and a non-dirty build empties the site folder first). A page's HTML depends on its
own Markdown, on the navigation (only the index pages are in it, ``urls.in_navigation``), and
on the site's settings and theme. So when neither the navigation nor the settings changed, an
entity or article page whose Markdown is the same as at the previous build keeps the HTML that
build wrote:

- ``stash`` (before MkDocs empties the site folder) moves the previous site aside;
- ``IncrementalFiles`` keeps every page in the collection (links resolve as in a full build)
  but lists only the changed pages as documentation pages, so MkDocs neither makes Page
  objects for the others nor converts nor renders them (the navigation is made of index
  pages, which are always rendered; if it changed, every page is);
- ``restore`` joins the kept pages' HTML and the pages written now (moving whole folders)
  and gives the search plugin their previous entries, so the search index is the one a
  full build writes.

``mkdocs build`` never uses it: every page is built, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel

from . import urls

STASH = ".news-previous"  # hidden: MkDocs' cleaning of the site folder skips it
TRASH = ".news-trash-"


def digest(markdown: str) -> str:
    return hashlib.blake2b(markdown.encode("utf-8"), digest_size=16).hexdigest()


def settings_signature(config) -> str:
    """The site settings a page's HTML depends on, and the theme's files (names and times)."""
    keys = ("site_name", "site_url", "site_description", "site_author", "copyright", "nav",
            "markdown_extensions", "mdx_configs", "extra", "extra_css", "extra_javascript",
            "use_directory_urls", "repo_url", "repo_name", "edit_uri", "docs_dir")
    data = {key: repr(config.get(key)) for key in keys}
    theme = config.theme
    data["theme"] = repr(sorted((k, repr(v)) for k, v in dict(theme).items()))
    stamps = []
    for folder in theme.dirs:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                try:
                    stamps.append((path, os.stat(path).st_mtime_ns))
                except OSError:
                    continue
    data["theme_files"] = sorted(stamps)
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def nav_signature(nav) -> str:
    """The navigation as every page shows it: titles, urls and nesting."""

    def walk(items) -> list:
        return [[type(i).__name__, i.title, getattr(i, "url", None),
                 walk(i.children) if getattr(i, "children", None) else []] for i in items]

    return json.dumps(walk(nav.items))


class IncrementalFiles(Files):
    """A Files collection that hides ``skip`` from ``documentation_pages`` once ``active``."""

    def __init__(self, files: Iterable[File], skip: set[str]) -> None:
        super().__init__(list(files))
        self.skip = skip
        self.active = False

    def documentation_pages(self, *, inclusion=InclusionLevel.is_included) -> list[File]:
        pages = super().documentation_pages(inclusion=inclusion)
        if self.active and self.skip:
            pages = [f for f in pages if f.src_uri not in self.skip]
        return pages


class ServeState:
    """What one serve build leaves for the next: page digests, search entries, signatures."""

    def __init__(self) -> None:
        self.digests: dict[str, str] = {}
        self._markdown: dict[str, str] = {}  # the pages ``digests`` was made from
        self.dest: dict[str, str] = {}
        self.search: dict[str, list[dict]] = {}
        self.settings: str | None = None
        self.nav: str | None = None
        self.stash_dir: Path | None = None
        self.rebuilt: list[str] = []
        self.kept: int = 0
        self._trashed = 0
        self._threads: list[threading.Thread] = []

    def unchanged(self, pages: Mapping[str, str], settings: str) -> set[str]:
        """Generated pages out of the navigation whose Markdown the previous build had."""
        if settings != self.settings or not self.digests:
            return set()
        return {path for path, md in pages.items()  # pages only: MkDocs copies other files
                if path.endswith(".md") and not urls.in_navigation(path)
                and self.digests.get(path) == self.digest(path, md)}

    def digest(self, path: str, markdown: str) -> str:
        """``digest(markdown)``, without hashing again the very string the last build recorded
        (a page the render memo reused, or a rebuild with nothing changed)."""
        if self._markdown.get(path) is markdown:
            return self.digests[path]
        return digest(markdown)

    def stash(self, site_dir: str) -> None:
        """Move the previous build's site into a hidden folder inside it, which MkDocs' cleaning
        leaves alone (a few renames, one per top-level entry)."""
        self.drop_stash()
        site = Path(site_dir)
        if not site.is_dir() or not self.digests:
            return
        stash = site / STASH
        if stash.exists():
            self._trash(stash)
        stash.mkdir()
        for entry in os.listdir(site):
            if not entry.startswith("."):
                os.replace(site / entry, stash / entry)
        self.stash_dir = stash

    def drop_stash(self) -> None:
        if self.stash_dir is not None:
            self._trash(self.stash_dir)
            self.stash_dir = None

    def _trash(self, folder: Path) -> None:
        """Rename ``folder`` away and delete it in a thread: the rebuilt site is served sooner
        (removing thousands of emptied folders takes seconds)."""
        self._trashed += 1
        doomed = folder.with_name(f"{TRASH}{os.getpid()}-{self._trashed}")
        os.replace(folder, doomed)
        thread = threading.Thread(target=shutil.rmtree, args=(doomed,),
                                  kwargs={"ignore_errors": True}, daemon=True)
        thread.start()
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]

    def wait(self) -> None:
        """Wait until the previous sites are deleted (tests)."""
        for thread in self._threads:
            thread.join()
        self._threads = []

    def keepable(self, files: Files, unchanged: set[str]) -> set[str]:
        """The unchanged pages whose previous HTML is in the stash (written by the previous
        build at the same place; not checked file by file: ~63,000 pages at the full corpus)."""
        if self.stash_dir is None:
            return set()
        by_src, dest = files.src_uris, self.dest
        present = set(os.listdir(self.stash_dir))
        keep = set()
        for path in unchanged:
            file = by_src.get(path)
            if (file is not None and dest.get(path) == file.dest_uri
                    and file.dest_uri.partition("/")[0] in present):
                keep.add(path)
        return keep

    def restore(self, files: Files, kept: set[str], site_dir: str, search_index) -> None:
        """Put the kept pages' HTML back; add their previous search entries."""
        site = Path(site_dir)
        assert self.stash_dir is not None or not kept
        if kept:
            by_src = files.src_uris
            self._bring_back(site, {by_src[path].dest_uri for path in kept})
        previous_search = self.stash_dir / urls.PAGEFIND_DIR if self.stash_dir else None
        if previous_search is not None and previous_search.is_dir():
            # searched until the rebuilt site's index replaces it (``BackgroundPagefind``)
            os.replace(previous_search, site / urls.PAGEFIND_DIR)
        if search_index is not None:  # in page order, as a full build lists them
            current: dict[str, list[dict]] = {}
            for entry in search_index.entries:
                current.setdefault(entry["location"].split("#")[0], []).append(entry)
            entries = []
            for file in Files.documentation_pages(files):
                source = self.search if file.src_uri in kept else current
                entries += source.pop(file.url, [])
            search_index.entries[:] = entries + [e for rest in current.values() for e in rest]
        self.drop_stash()
        self.kept = len(kept)

    def _bring_back(self, site: Path, kept: set[str]) -> None:
        """Join the kept pages (in the stash) and the files MkDocs has just written (in the
        site) by moving whole top-level folders: in the stash's copy of a folder that holds
        kept pages, the previous build's pages that are not kept (changed or gone) are deleted
        and the files written now moved in; then that folder replaces the site's. The cost is
        the pages written and gone, not the pages kept (one move per file was 5-17 s at the
        full corpus). A file other than a generated page that the previous build wrote and
        this one did not stays, as in ``mkdocs serve --dirty``."""
        assert self.stash_dir is not None
        stash = self.stash_dir
        tops = {dest.partition("/")[0] for dest in kept}
        for dest in set(self.dest.values()) - kept:  # changed or gone
            top, _, rest = dest.partition("/")
            if top in tops and rest:
                _remove_file(stash / top, rest)
        for top in tops:
            old, new = stash / top, site / top
            if not old.is_dir():  # a page at the top level of the site
                os.replace(old, new)
                continue
            if new.is_dir():
                for root, _dirs, names in os.walk(new):
                    target = old / os.path.relpath(root, new)
                    target.mkdir(parents=True, exist_ok=True)
                    for name in names:
                        os.replace(os.path.join(root, name), target / name)
                self._trash(new)  # empty folders only
            elif new.exists() or new.is_symlink():
                new.unlink()
            os.replace(old, new)

    def record(self, pages: Mapping[str, str], files: Files, settings: str, nav: str,
               search_index) -> None:
        self.digests = {path: self.digest(path, md) for path, md in pages.items()}
        self._markdown = dict(pages)
        self.dest = {}
        by_src = files.src_uris  # the generated paths are POSIX already: no PurePath each
        for path in pages:
            file = by_src.get(path)
            if file is not None:
                self.dest[path] = file.dest_uri
        self.settings, self.nav = settings, nav
        self.search = {}
        if search_index is not None:
            for entry in search_index.entries:
                self.search.setdefault(entry["location"].split("#")[0], []).append(entry)

    def replaced(self, pages: Mapping[str, str]) -> None:
        """Files written after the build was recorded (the deferred downloads)."""
        for path, text in pages.items():
            self.digests[path] = digest(text)
            self._markdown[path] = text

    def forget(self) -> None:
        self.drop_stash()
        self.digests, self.dest, self.search, self._markdown = {}, {}, {}, {}
        self.settings = self.nav = None


def _remove_file(folder: Path, relative: str) -> None:
    """Delete ``folder/relative`` if it is there, and the folders it leaves empty (not
    ``folder``)."""
    path = folder / relative
    try:
        path.unlink()
    except FileNotFoundError:
        return
    parent = path.parent
    while parent != folder:
        try:
            parent.rmdir()
        except OSError:  # not empty
            return
        parent = parent.parent
