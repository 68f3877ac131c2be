"""Serve rebuilds that hand MkDocs only the generated pages whose Markdown changed.

MkDocs 1.6 renders every page at every ``mkdocs serve`` rebuild (a generated file is always
"modified", and a non-dirty build empties the site folder first). A page's HTML depends on its
own Markdown, on the navigation (only the index pages are in it, ``urls.in_navigation``), and
on the site's settings and theme. So when neither the navigation nor the settings changed, an
entity or article page whose Markdown is the same as at the previous build keeps the HTML that
build wrote:

- ``stash`` (before MkDocs empties the site folder) moves the previous site aside;
- ``IncrementalFiles`` keeps every page in the collection (links and the navigation resolve
  as in a full build) but lists only the changed pages as documentation pages once the
  navigation is made, so MkDocs neither converts nor renders the others;
- ``restore`` moves the kept pages' HTML back and gives the search plugin their previous
  entries, so the search index is the one a full build writes.

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
                and self.digests.get(path) == digest(md)}

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
        """The unchanged pages whose previous HTML is in the stash."""
        if self.stash_dir is None:
            return set()
        keep = set()
        stash = str(self.stash_dir)
        isfile, join = os.path.isfile, os.path.join  # strings: ~7,600 pages per rebuild
        for path in unchanged:
            file = files.get_file_from_path(path)
            if (file is not None and self.dest.get(path) == file.dest_uri
                    and isfile(join(stash, file.dest_uri))):
                keep.add(path)
        return keep

    def restore(self, files: Files, kept: set[str], site_dir: str, search_index) -> None:
        """Move the kept pages' HTML back; add their previous search entries."""
        site = Path(site_dir)
        assert self.stash_dir is not None or not kept
        stash, made = str(self.stash_dir), set()
        for path in kept:
            dest = files.get_file_from_path(path).dest_uri
            target = os.path.join(site_dir, dest)
            folder = os.path.dirname(target)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            os.replace(os.path.join(stash, dest), target)
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

    def record(self, pages: Mapping[str, str], files: Files, settings: str, nav: str,
               search_index) -> None:
        self.digests = {path: digest(md) for path, md in pages.items()}
        self.dest = {}
        for path in pages:
            file = files.get_file_from_path(path)
            if file is not None:
                self.dest[path] = file.dest_uri
        self.settings, self.nav = settings, nav
        self.search = {}
        if search_index is not None:
            for entry in search_index.entries:
                self.search.setdefault(entry["location"].split("#")[0], []).append(entry)

    def forget(self) -> None:
        self.drop_stash()
        self.digests, self.dest, self.search = {}, {}, {}
        self.settings = self.nav = None
