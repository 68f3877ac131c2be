"""The MkDocs plugin: glue between MkDocs and ``generator.build``.

``on_startup`` makes MkDocs keep this plugin object across ``mkdocs serve`` rebuilds, so the
annotation cache stays in memory and the spaCy model is loaded at most once. ``on_files`` adds
the generated pages as they are rendered (the same bytes ``python -m generator build``
writes), in the navigation or not as ``urls.in_navigation`` says.
"""

from __future__ import annotations

import html
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from . import settings as build_settings
from . import urls
from .build import Builder
from .errors import NewsError
from .render import search_terms

log = logging.getLogger("mkdocs.plugins.news")

# How much a page's names and aliases count in search (Pagefind: 1 is body text, 7 a heading,
# 10 the most): an actor named or aliased by the query comes before everything else, a source
# next, then an event (its name is its summary).
SEARCH_WEIGHTS = {"actor": 10, "source": 4, "event": 2}


def _option(kind: type, default: object, choices: tuple[str, ...] | None) -> c.BaseConfigOption:
    if choices:
        return c.Choice(choices, default=default)
    if default is None:
        return c.Optional(c.Type(kind))
    return c.Type(kind, default=default)


def _plugin_options() -> dict[str, c.BaseConfigOption]:
    """The ``mkdocs.yml`` options: every build setting (declared once, in settings), and the
    site's own."""
    options = {name: _option(kind, default, meta.get("choices"))
               for name, kind, default, meta in build_settings.declared()}
    options["templates_dir"] = c.Type(str, default="site_templates")
    return options


# Made with type() so that Config.__init_subclass__ collects the options as a class body's.
NewsPluginConfig = type("NewsPluginConfig", (Config,), {
    "__doc__": "Settings under ``plugins: - news:`` in mkdocs.yml.", **_plugin_options()})


class NewsPlugin(BasePlugin[NewsPluginConfig]):
    """Generate the report pages from ``content/`` at every build."""

    def __init__(self) -> None:
        self.builder: Builder | None = None
        self.last_stats = None
        self.search_terms: dict[str, dict[str, object]] = {}
        self.search_pages: set[str] = set()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Its presence alone makes MkDocs keep this object across serve rebuilds.
        self.command = command

    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.root = root
        settings = build_settings.from_options(
            {name: self.config[name] for name, *_ in build_settings.declared()}, root)
        env_model = os.environ.get("NEWS_GENERATOR_MODEL")
        if env_model:
            settings.model = env_model
        if self.builder is None or self.builder.settings != settings:
            self.builder = Builder(settings)
        return config

    def on_files(self, files: Files, *, config) -> Files:
        assert self.builder is not None
        templates = self.root / self.config.templates_dir
        try:
            result, pages = self.builder.build_site(templates)
        except NewsError as exc:  # e.g. the model is not installed
            raise PluginError(str(exc)) from exc
        for problem in result.corpus.problems:
            if problem.level == "error":
                # A warning makes `mkdocs build --strict` fail; without --strict the file is
                # reported and skipped, and the rest of the site builds.
                log.warning("skipped %s", problem)
            else:
                log.info("%s", problem)
        stats = self.last_stats = result.stats
        log.info("news: %d articles (%d from cache, %d annotated), %d actors, %d claims, "
                 "%d events, %d sources", stats.articles, stats.cached, stats.annotated,
                 len(result.corpus.actors), len(result.corpus.claims),
                 len(result.corpus.events), len(result.corpus.sources))
        for path, markdown in pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            inclusion = (InclusionLevel.UNDEFINED if urls.in_navigation(path)
                         else InclusionLevel.NOT_IN_NAV)
            files.append(File.generated(config, path, content=markdown, inclusion=inclusion))
        self.search_terms = search_terms(result.corpus)
        self.search_pages = set(pages)
        for path, source in vendored_files().items():
            files.append(File.generated(config, path, abs_src_path=str(source),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
        return files

    def on_page_content(self, html_text: str, *, page, config, files) -> str:
        """Mark what Pagefind indexes. Articles and index pages: their content. An actor,
        source or event page: only its names and aliases (weighted: an actor above a source
        above an event above article text) and its kind, as a short hidden block; the rest of
        it repeats sentences the article pages already hold. Other pages (parts of split
        listings) are not indexed."""
        path = page.file.src_uri
        terms = self.search_terms.get(path)
        if terms is None:
            if urls.excluded_from_search(path) and path in self.search_pages:
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

    def on_post_build(self, *, config) -> None:
        """Index the built site with Pagefind (offline, its own binary from PyPI): the index
        lands in ``site/pagefind/`` and is fetched in shards only when a reader searches."""
        # Pagefind adds to a folder it finds: old shards would stay (a --dirty build).
        shutil.rmtree(Path(config.site_dir) / urls.PAGEFIND_DIR, ignore_errors=True)
        run = subprocess.run([sys.executable, "-m", "pagefind", "--site", config.site_dir,
                              "--output-subdir", urls.PAGEFIND_DIR,
                              "--exclude-selectors", ".headerlink", "--quiet"],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            raise PluginError(f"pagefind failed: {run.stderr.strip() or run.stdout.strip()}")


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
