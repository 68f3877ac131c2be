"""The site's search and vendored assets, for the plugin: Pagefind markup and run, vis-network.

Pagefind (offline, its own binary from PyPI) indexes the built site; the index lands in
``site/pagefind/`` and is fetched in shards only when a reader searches. Entity pages are
indexed by their names and aliases only, weighted so that an actor named or aliased by the
query comes first. The graph page's library is copied from the installed ``pyvis`` package.
"""

from __future__ import annotations

import html
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import urls

log = logging.getLogger("mkdocs.plugins.news")

# How much a page's names and aliases count in search (Pagefind: 1 is body text, 7 a heading,
# 10 the most): an actor named or aliased by the query comes before everything else, a source
# next, then an event (its name is its summary).
SEARCH_WEIGHTS = {"actor": 10, "source": 4, "event": 2}


def searchable_html(path: str, html_text: str, terms: dict[str, object] | None,
                    generated: set[str]) -> str:
    """Mark what Pagefind indexes. Articles and index pages: their content. An actor, source
    or event page: only its names and aliases (weighted: an actor above a source above an event
    above article text) and its kind, as a short hidden block; the rest of it repeats sentences
    the article pages already hold. Other generated pages (parts of split listings) are not
    indexed."""
    if terms is None:
        if urls.excluded_from_search(path) and path in generated:
            return html_text
        return f"<div data-pagefind-body>{html_text}</div>"
    names = [html.escape(str(n)) for n in terms["names"]]  # type: ignore[attr-defined]
    kind = html.escape(str(terms["kind"]))
    kind_type = html.escape(str(terms["type"]))
    weight = SEARCH_WEIGHTS[str(terms["kind"])]
    block = (f'<div data-pagefind-body hidden><span data-pagefind-meta="title" '
             f'data-pagefind-ignore>{names[0]}</span><p data-pagefind-weight="{weight}">'
             f'{" · ".join(names)}</p><p>{kind_type}</p>'
             f'<span data-pagefind-filter="kind" data-pagefind-ignore>{kind}</span>'
             f'<span data-pagefind-meta="mentions" data-pagefind-ignore>'
             f'{int(terms.get("mentions", 0))}</span></div>')  # type: ignore[call-overload]
    return block + html_text


# Every page but those under a hidden top-level folder: the serve stash and the previous site
# being deleted (``incremental``) and the next search bundle.
PAGEFIND_GLOB = "{*.html,[!.]*/**/*.html}"
NEXT_DIR = ".news-pagefind-next"


def _pagefind_command(site_dir: str, subdir: str) -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", site_dir, "--output-subdir", subdir,
            "--glob", PAGEFIND_GLOB, "--exclude-selectors", ".headerlink", "--quiet"]


def run_pagefind(site_dir: str) -> None:
    """Index the built site with Pagefind into ``site/pagefind/`` (cleared first: Pagefind
    adds to a folder it finds, and old shards would stay)."""
    shutil.rmtree(Path(site_dir) / urls.PAGEFIND_DIR, ignore_errors=True)
    run = subprocess.run(_pagefind_command(site_dir, urls.PAGEFIND_DIR),
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise PluginError(f"pagefind failed: {run.stderr.strip() or run.stdout.strip()}")


class BackgroundPagefind:
    """Pagefind for ``mkdocs serve``: the rebuilt site is served at once and its search catches
    up a moment later. The index is written into a hidden folder and swapped in when complete;
    a rebuild that starts meanwhile ``cancel``s the run (it would index a site being moved)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._thread: threading.Thread | None = None
        self.failed: str | None = None
        self.indexed: str | None = None  # the key of the site whose index is in place

    def start(self, site_dir: str, key: str | None = None) -> None:
        """Index the site in ``site_dir`` in the background; not when its index is in place
        and was made from the same pages (``key``: a rebuild where nothing changed)."""
        self.cancel()
        site = Path(site_dir)
        if key is not None and key == self.indexed and (site / urls.PAGEFIND_DIR).is_dir():
            return
        self.indexed = None  # until this run completes: the index in place is older
        shutil.rmtree(site / NEXT_DIR, ignore_errors=True)
        command = _pagefind_command(site_dir, NEXT_DIR)
        nice = shutil.which("nice")
        if nice:  # lower priority: a rebuild starting meanwhile goes first
            command = [nice, "-n", "15", *command]
        self._proc = subprocess.Popen(command,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._thread = threading.Thread(target=self._finish, args=(self._proc, site, key),
                                        daemon=True, name="pagefind")
        self._thread.start()

    def _finish(self, proc: subprocess.Popen, site: Path, key: str | None) -> None:
        out, err = proc.communicate()
        if proc.returncode != 0:  # failed, or killed by cancel
            shutil.rmtree(site / NEXT_DIR, ignore_errors=True)
            if proc.returncode > 0:
                self.failed = err.strip() or out.strip()
                log.error("pagefind failed: %s", self.failed)
            return
        self.failed = None
        old = site / f"{NEXT_DIR}-old"
        target = site / urls.PAGEFIND_DIR
        if target.exists():
            os.replace(target, old)
        os.replace(site / NEXT_DIR, target)
        shutil.rmtree(old, ignore_errors=True)
        self.indexed = key

    def cancel(self) -> None:
        """Stop a run still going (its partial index is deleted); wait for its thread."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
        self.wait()

    def wait(self) -> None:
        """Wait until the index is in place (tests, and before the site is touched again)."""
        if self._thread is not None:
            self._thread.join()
        self._thread = self._proc = None


def vendored_files() -> dict[str, Path]:
    """{site path: installed file} of the graph library: vis-network as the PyPI package
    ``pyvis`` ships it, with its license notice (the header of the file, kept as it is)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise PluginError("the graph page needs the package pyvis (pip install pyvis)")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib" / "vis-9.1.2"
    found = {f"{urls.VENDOR_DIR}/vis-network.min.js": lib / "vis-network.min.js"}
    for license_file in sorted(lib.parent.parent.parent.glob("pyvis-*.dist-info/LICENSE*")):
        found[f"{urls.VENDOR_DIR}/pyvis-{license_file.name}"] = license_file
    return {path: source for path, source in found.items() if source.is_file()}


_CONTENT_TAG = '<article class="md-content__inner md-typeset">'  # Material's and Zensical's


def _docs_path(rel: str) -> str:
    """The docs path of a built page (``actors/x/index.html`` -> ``actors/x.md``)."""
    if rel == "index.html":
        return "index.md"
    stem = rel[: -len("/index.html")] if rel.endswith("/index.html") else rel[: -len(".html")]
    index = stem + "/index.md"
    return index if index in urls.INDEX_PAGES else stem + ".md"


def mark_built_site(site_dir: str | Path, terms: dict[str, dict[str, object]]) -> int:
    """Mark what Pagefind indexes in a site built without the plugin (the CLI's pages through
    another renderer), as the plugin does page by page (``searchable_html``): an entity page
    gets its names block, an article or index page its content marked, a part page nothing.
    Pages already marked, and pages of a theme without Material's content element, are left
    as they are. Return the number of pages marked."""
    site, marked = Path(site_dir), 0
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel.split("/")[0] in ("assets", urls.PAGEFIND_DIR) or rel == "404.html":
            continue
        text = page.read_text(encoding="utf-8")
        if _CONTENT_TAG not in text or "data-pagefind-body" in text:
            continue
        path = _docs_path(rel)
        if path in terms:
            new = _CONTENT_TAG + searchable_html(path, "", terms[path], set())
        elif urls.excluded_from_search(path):
            continue
        else:
            new = _CONTENT_TAG[:-1] + " data-pagefind-body>"
        page.write_text(text.replace(_CONTENT_TAG, new, 1), encoding="utf-8")
        marked += 1
    return marked
