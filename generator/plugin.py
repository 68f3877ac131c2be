"""The MkDocs plugin: glue between MkDocs and ``generator.build``.

``on_startup`` makes MkDocs keep this plugin object across ``mkdocs serve`` rebuilds, so the
annotation cache stays in memory and the spaCy model is loaded at most once (under serve, in a
thread as soon as serve starts). A serve rebuild hands MkDocs only the changed pages
(``incremental``); Pagefind's index, the downloads (whole-corpus JSON, CSV and GraphML: the
last build's stand in until then) and the site cache file are written in background threads
after the pages are served, and a rebuild that starts meanwhile cancels or waits for them.
``on_files`` adds the generated pages as they are rendered (the same bytes ``python -m
generator build`` writes), in the navigation or not as ``urls.in_navigation`` says.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import threading
from pathlib import Path

import jinja2
import jinja2.bccache
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from . import settings as build_settings
from . import urls
from .annotate import preload_annotator
from .build import Builder
from .compact import compact_html, has_search_plugin, unused_theme_files
from .errors import NewsError
from .files import is_real_folder, write_atomic
from .incremental import IncrementalFiles, ServeState, digest, nav_signature, settings_signature
from .progress import Progress
from .render import search_terms
from .site_search import BackgroundPagefind, run_pagefind, searchable_html, vendored_files
from .sitemap import write_sitemap

log = logging.getLogger("mkdocs.plugins.news")


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


class _Background:
    """One function run in a thread at a time; ``wait`` joins it."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self, target) -> None:
        self.wait()
        self._thread = threading.Thread(target=target, daemon=True, name="news-background")
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in this process (Jinja checks each against its source)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class NewsPlugin(BasePlugin[NewsPluginConfig]):
    """Generate the report pages from ``content/`` at every build."""

    def __init__(self) -> None:
        self.builder: Builder | None = None
        self.last_stats = None
        self.last_timings: dict[str, float] = {}
        self.command = "build"
        self.serve = ServeState()
        self._pages: dict[str, str] = {}
        self._result = None
        self._settings_sig = ""
        self._skip: set[str] = set()
        self._files: IncrementalFiles | None = None
        self._nav_sig = ""
        self._pages_total = 0
        self._all_pages: list[str] | None = None
        self._bar = Progress(0, "", "", enabled=False)
        self.search_terms: dict[str, dict[str, object]] = {}
        self.search_pages: set[str] = set()
        self._pagefind = BackgroundPagefind()
        self._preloaded: str | None = None
        self._cache_writer = _Background()
        self._site_dir = Path()
        self._bytecode = _MemoryBytecodeCache()

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
        if self.command == "serve" and settings.backend != "dask" and self._preloaded != (
                settings.model):
            # Loaded while the first build runs from the cache: a new article does not wait.
            self._preloaded = settings.model
            preload_annotator(settings.model)
        return config

    def _search_index(self, config):
        """The search plugin's index, when it keeps entries as a list (Material's does)."""
        search = config.plugins.get("search") or config.plugins.get("material/search")
        index = getattr(search, "search_index", None)
        return index if isinstance(getattr(index, "entries", None), list) else None

    def on_pre_build(self, *, config) -> None:
        """Build the pages now: at a serve rebuild, the previous site is moved aside (before
        MkDocs empties the folder) when some pages can keep their HTML."""
        assert self.builder is not None
        templates = self.root / self.config.templates_dir
        try:
            self._cache_writer.wait()
            if self.command == "serve" and self.serve.digests:
                # A rebuild: no cycle collection while the reader waits (with the site in
                # memory, each full collection took 0.2 s, 2-4 of them per rebuild); the
                # collection runs once the pages are served (``_after_serve_build``).
                gc.disable()
            self._result, self._pages = self.builder.build_site(
                templates, defer_cache_write=self.command == "serve",
                defer_downloads=self.command == "serve")
        except NewsError as exc:  # e.g. the model is not installed
            raise PluginError(str(exc)) from exc
        self._pagefind.cancel()  # a serve's search indexing, still going: MkDocs cleans next
        self._skip = set()
        has_search = has_search_plugin(config.plugins)
        if self.command != "serve" or has_search and self._search_index(config) is None:
            return  # an index we cannot add the kept pages' entries to: build every page
        self._settings_sig = settings_signature(config)
        self._skip = self.serve.unchanged(self._pages, self._settings_sig)
        if self._skip:
            self.serve.stash(config.site_dir)

    def on_files(self, files: Files, *, config) -> Files:
        if self._result is None:  # events called without on_pre_build (tests)
            self.on_pre_build(config=config)
        result, pages, self._result = self._result, self._pages, None
        for problem in result.corpus.problems:
            if problem.level == "error":
                # A warning makes `mkdocs build --strict` fail; without --strict the file is
                # reported and skipped, and the rest of the site builds.
                log.warning("skipped %s", problem)
            else:
                log.info("%s", problem)
        stats = self.last_stats = result.stats
        self.last_timings = dict(result.timings)
        log.info("news: %d articles (%d from cache, %d annotated), %d actors, %d claims, "
                 "%d events, %d sources", stats.articles, stats.cached, stats.annotated,
                 len(result.corpus.actors), len(result.corpus.claims),
                 len(result.corpus.events), len(result.corpus.sources))
        by_src = files.src_uris  # live: follows remove and append; our paths are POSIX
        for path, markdown in pages.items():
            existing = by_src.get(path)
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
        # The theme's files no page loads (source maps; lunr.js without a search plugin) are
        # not copied: nothing is deleted after the build.
        for file in unused_theme_files(files, config.theme.dirs,
                                       has_search_plugin(config.plugins)):
            files.remove(file)
        if self.command != "serve":
            return files
        self._files = IncrementalFiles(files, self.serve.keepable(files, self._skip))
        # Active now: MkDocs makes Page objects for the pages it lists only (the navigation is
        # made of index pages, never skipped).
        self._files.active = True
        return self._files

    def on_nav(self, nav, *, config, files):
        """After the navigation is made: if it changed, every page is rendered again (MkDocs
        makes the Page objects of the pages skipped until now as it reads the pages)."""
        if isinstance(files, IncrementalFiles):
            self._nav_sig = nav_signature(nav)
            if self._nav_sig != self.serve.nav:
                files.skip = set()
            self.serve.rebuilt = []
        self._pages_total = len(files.documentation_pages())
        self._all_pages = [f.url for f in Files.documentation_pages(files)]
        self._bar = Progress(self._pages_total, "converting", "page")
        return nav

    def on_page_content(self, html, *, page, config, files):
        self._bar.update(1)
        path = page.file.src_uri
        return searchable_html(path, html, self.search_terms.get(path), self.search_pages)

    def on_env(self, env, *, config, files):
        # MkDocs makes a new theme environment at every build: without this, a serve rebuild
        # compiles the theme's templates again (0.4 s). Memory only, never a file.
        env.bytecode_cache = self._bytecode
        self._bar.close()
        self._bar = Progress(self._pages_total, "writing", "page")
        return env

    def on_post_page(self, output, *, page, config):
        self._bar.update(1)
        # Compacted in memory, as MkDocs writes it: only pages this build writes are touched.
        return compact_html(output)

    def on_post_template(self, output_content, *, template_name, config):
        return compact_html(output_content) if template_name.endswith(".html") else (
            output_content)

    def on_pre_page(self, page, *, config, files):
        if self.command == "serve":
            self.serve.rebuilt.append(page.file.src_uri)
        return page

    @event_priority(100)  # before the search plugin writes its index
    def on_post_build(self, *, config) -> None:
        self._bar.close()
        if config.site_url and self._all_pages is not None:
            # Every page (MkDocs' sitemap has the navigation's only), in a full or serve build.
            write_sitemap(config.site_dir, config.site_url, self._all_pages)
        files, self._files, self._result = self._files, None, None
        if self.command == "serve" and isinstance(files, IncrementalFiles):
            index = self._search_index(config)
            kept = files.skip if files.active else set()
            self.serve.restore(files, kept, config.site_dir, index)
            self.serve.record(self._pages, files, self._settings_sig, self._nav_sig, index)
            if kept:
                log.info("news: %d pages rebuilt, %d kept from the previous build",
                         len(self.serve.rebuilt), len(kept))
        # Last, over the whole site (kept pages included): the search index in shards. Under
        # serve it runs in the background: the page is served now, its search a moment later.
        if self.command == "serve":
            self._pagefind.start(config.site_dir, self._search_key(files))
            self._site_dir = Path(config.site_dir)
            self._cache_writer.start(self._after_serve_build)
        else:
            run_pagefind(config.site_dir)

    def _search_key(self, files) -> str | None:
        """What the search index of a serve build is made from: every page's Markdown, the
        navigation and the settings (the same key: the same index)."""
        if not isinstance(files, IncrementalFiles) or not files.active:
            return None
        h = hashlib.blake2b(digest_size=16)
        for part in (self._settings_sig, self._nav_sig):
            h.update(part.encode() + b"\0")
        known = self.serve.digests  # the generated pages', made by ``serve.record`` just now
        for file in Files.documentation_pages(files):
            path = file.src_uri
            page_digest = known.get(path) or digest(file.content_string)
            h.update(path.encode() + b"\0" + page_digest.encode() + b"\0")
        return h.hexdigest()

    def _after_serve_build(self) -> None:
        """In the background once a serve build's pages are served: the downloads (written over
        the last build's, which stood in for them), the site cache file (for the next `mkdocs
        serve`/build; the rebuild in memory does not need it), then the cycle collection the
        rebuild went without."""
        try:
            if self.builder is not None:
                made = self.builder.finish_downloads()
                for path, text in made.items():
                    target = self._site_dir / path
                    if is_real_folder(target.parent):  # a folder MkDocs made for this build
                        write_atomic(target, text.encode("utf-8"))
                self.serve.replaced(made)
                self.builder.write_site_cache()
        finally:
            gc.enable()
            gc.collect()

    def on_shutdown(self) -> None:
        self._pagefind.cancel()
        self._cache_writer.wait()

    def wait(self) -> None:
        """Wait for what a serve rebuild left running: the search index, the old site's
        deletion (tests and the benchmark)."""
        self._pagefind.wait()
        self._cache_writer.wait()
        self.serve.wait()

    def on_build_error(self, *, error) -> None:
        gc.enable()
        self._result = None
        self.serve.forget()
