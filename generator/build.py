"""The pipeline: read content -> annotate (cached) -> merge -> render -> write.

The MkDocs plugin and the command line both call this module; neither reaches past it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from .annotate import (
    AnnotationCache,
    AnnotationStats,
    annotate_articles,
    annotation_settings,
    cache_key,
)
from .content import ReadResult, read_content
from .curation import CURATION_FILE, Curation, CurationError, parse_curation, read_curation
from .files import is_real_folder, sweep_temporary, write_atomic
from .merge import merge
from .models import Corpus, Problem
from .output import MARKER, write_pages
from .settings import BuildSettings
from .shapes import check_record

__all__ = ["MARKER", "BuildResult", "BuildSettings", "Builder", "SiteCache", "render_pages",
           "write_pages"]

log = logging.getLogger("generator")

SITE_CACHE_FORMAT = "site-2"  # site-1 was a pickle: never read
SITE_CACHE_FILE = "site.json"
_CODE_DIR = Path(__file__).resolve().parent


@dataclass
class BuildResult:
    """A built corpus and what it cost."""

    corpus: Corpus
    stats: AnnotationStats
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.corpus.problems if p.level == "error"]


class Builder:
    """Builds the corpus; keeps its cache in memory between builds (``mkdocs serve``)."""

    def __init__(self, settings: BuildSettings) -> None:
        self.settings = settings
        self.cache = AnnotationCache(settings.cache_dir)
        self.site_cache = SiteCache(settings.cache_dir)
        self._downloads: dict[str, str] = {}  # the last render's
        self._pending_downloads: tuple[Corpus, dict[str, str]] | None = None

    def build_corpus(self) -> BuildResult:
        """Read, annotate and merge everything under the content folder."""
        t0 = time.perf_counter()
        read = read_content(self.settings.content_dir)
        curation = self._read_curation()
        return self._corpus_from(read, curation, {"read": time.perf_counter() - t0})

    def build_site(self, templates: Path | str | None = None, *,
                   defer_cache_write: bool = False, defer_downloads: bool = False
                   ) -> tuple[BuildResult, dict[str, str]]:
        """Build the corpus and render its pages; reuse the last ones when no input changed.

        The site cache is keyed by every input of the pages (the articles as read, their
        annotation keys, curation.yml, the templates, the generator's code): a rebuild with
        nothing changed neither annotates, nor merges, nor renders. Any change rebuilds all.
        With ``defer_cache_write`` the cache file is written by ``write_site_cache`` (the
        plugin calls it once MkDocs has the pages), not here. With ``defer_downloads`` (a
        serve rebuild), the downloads of the last render stand in for this render's until
        ``finish_downloads`` makes them (they are whole-corpus files: JSON, CSV, GraphML).
        """
        self.finish_downloads()  # a deferred render whose downloads were never made
        t0 = time.perf_counter()
        read = read_content(self.settings.content_dir)
        curation = self._read_curation()  # once: the key and the corpus see the same bytes
        timings = {"read": time.perf_counter() - t0}
        t0 = time.perf_counter()
        key = self._site_key(read, curation, templates)
        hit = self.site_cache.get(key)
        timings["site_cache"] = time.perf_counter() - t0
        if hit is not None:
            corpus, pages, tokens = hit
            n = len(read.articles)
            return BuildResult(corpus, AnnotationStats(articles=n, cached=n, tokens=tokens),
                               timings), pages
        result = self._corpus_from(read, curation, timings)
        t0 = time.perf_counter()
        later = defer_downloads and bool(self._downloads)
        pages = render_pages(result.corpus, templates, downloads=not later,
                             search_entity_pages=self.settings.search_entity_pages)
        if later:
            pages.update(self._downloads)
            self._pending_downloads = (result.corpus, pages)
        else:
            self._downloads = {p: text for p, text in pages.items() if is_download(p)}
        timings["render"] = time.perf_counter() - t0
        self.site_cache.unwritable = self.site_cache.unwritable or self.cache.unwritable
        if not result.stats.failures:  # a failed article is retried at the next build
            self.site_cache.put(key, (result.corpus, pages, result.stats.tokens),
                                write=not defer_cache_write)
        return result, pages

    def finish_downloads(self) -> dict[str, str]:
        """Make the downloads a ``build_site(defer_downloads=True)`` left as they were; they
        replace the stand-ins in the pages it returned (and in the site cache entry). Returns
        {docs path: text} of the downloads made, to be written into the site."""
        if self._pending_downloads is None:
            return {}
        corpus, pages = self._pending_downloads
        self._pending_downloads = None
        made = render_downloads(corpus)
        pages.update(made)
        self._downloads = made
        return made

    def write_site_cache(self) -> None:
        """Write the site cache file a ``build_site(defer_cache_write=True)`` left unwritten."""
        self.site_cache.write_pending()

    @property
    def curation_shown(self) -> str:
        """How reports name curation.yml: relative to the project, as articles are."""
        return f"{self.settings.content_dir.name or 'content'}/{CURATION_FILE}"

    def _read_curation(self) -> bytes | CurationError | None:
        try:
            return read_curation(self.settings.content_dir / CURATION_FILE)
        except CurationError as exc:
            return exc

    def _site_key(self, read: ReadResult, curation: bytes | CurationError | None,
                  templates: Path | str | None) -> str:
        from .render import TEMPLATES_DIR

        s = self.settings
        settings = annotation_settings(s.model)
        h = hashlib.sha256(SITE_CACHE_FORMAT.encode())
        h.update(json.dumps([[asdict(a), cache_key(a, settings)] for a in read.articles],
                            sort_keys=True).encode())
        h.update(json.dumps([asdict(p) for p in read.problems], sort_keys=True).encode())
        h.update(curation if isinstance(curation, bytes) else repr(curation).encode())
        h.update(f"search_entity_pages={s.search_entity_pages}".encode())
        for folder in (Path(templates) if templates else TEMPLATES_DIR, _CODE_DIR):
            for path in sorted(folder.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    h.update(path.relative_to(folder).as_posix().encode() + b"\x00")
                    h.update(path.read_bytes())
        for dist in ("jinja2", "pyyaml", "python-slugify", "markupsafe"):
            h.update(f"{dist}=={_version(dist)}".encode())
        return h.hexdigest()

    def _corpus_from(self, read: ReadResult, source: bytes | CurationError | None,
                     timings: dict[str, float]) -> BuildResult:
        s = self.settings
        problems = list(read.problems)
        shown = self.curation_shown
        try:
            if isinstance(source, CurationError):
                raise source
            curation = parse_curation(source, shown)
        except CurationError as exc:
            problems.append(Problem(shown, f"{exc.reason}; the curation was not applied",
                                    "error", exc.line))
            curation = Curation(path=shown)
        problems += [Problem(shown, w, "warning", line) for w, line in curation.warnings]
        t0 = time.perf_counter()
        stats = AnnotationStats()
        backend = None
        if s.backend == "dask":
            from .distributed import dask_backend

            backend = dask_backend(s.dask_address)
        annotated = annotate_articles(
            read.articles, model=s.model, cache=self.cache, n_process=s.n_process,
            batch_size=s.batch_size, progress=s.progress, stats=stats, backend=backend,
        )
        timings["annotate"] = time.perf_counter() - t0
        for path, message in stats.failures:
            problems.append(Problem(path, message, "error"))
        failed = {path for path, _ in stats.failures}
        annotated = [a for a in annotated if a.article.path not in failed]
        t0 = time.perf_counter()
        corpus = merge(annotated, curation, problems)
        timings["merge"] = time.perf_counter() - t0
        return BuildResult(corpus, stats, timings)


class SiteCache:
    """The last build's corpus and pages under one key: in memory, and in one JSON file.

    The file is data, never code: the corpus as its public JSON (``Corpus.to_dict``), the pages
    and the key. It is checked on load (``shapes.check_record``); a file that cannot be read,
    that has the wrong shape or that holds another key is a miss (the pages are rendered
    again). Written to a temporary file and renamed.
    """

    def __init__(self, folder: Path | str | None) -> None:
        self.path = Path(folder) / SITE_CACHE_FILE if folder else None
        self.memory: tuple[str, tuple[Corpus, dict[str, str], int]] | None = None
        self.unwritable: str | None = None
        self.pending = False  # memory holds an entry the file does not have yet
        # (key, mtime, size) of the file as this object last wrote or read it: a file still in
        # that state holds that key, and another key is a miss without reading it
        self._file_state: tuple[str, int, int] | None = None

    def get(self, key: str) -> tuple[Corpus, dict[str, str], int] | None:
        if self.memory is not None and self.memory[0] == key:
            return self.memory[1]
        if self.path is None or not is_real_folder(self.path.parent):
            return None
        try:
            stat = self.path.stat()
            if self._file_state is not None and self._file_state[1:] == (
                    stat.st_mtime_ns, stat.st_size) and self._file_state[0] != key:
                return None
            raw = self.path.read_bytes()
        except OSError:
            return None
        try:
            value = _site_entry(json.loads(raw), key)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError,
                RecursionError) as exc:  # truncated, forged, from another version: rebuild
            log.warning("site cache %s cannot be used (%s): rendering again", self.path,
                        str(exc)[:200])
            return None
        if value is None:
            return None
        self.memory = (key, value)
        self._file_state = (key, stat.st_mtime_ns, stat.st_size)
        return value

    def put(self, key: str, value: tuple[Corpus, dict[str, str], int], *,
            write: bool = True) -> None:
        self.memory = (key, value)
        self.pending = True
        if write:
            self.write_pending()

    def write_pending(self) -> None:
        """Write the entry in memory to the file, unless it is there already."""
        if not self.pending or self.memory is None:
            return
        self.pending = False
        if self.path is None or self.unwritable:
            return
        key, (corpus, pages, tokens) = self.memory
        entry = {"format": SITE_CACHE_FORMAT, "key": key, "tokens": tokens,
                 "pages": pages, "corpus": corpus.to_dict()}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            sweep_temporary([self.path.parent])
            old = self.path.with_name("site.pickle")  # what earlier versions left: never read
            if old.is_file() and not old.is_symlink():
                old.unlink()
            # json.dumps, not json.dump: only the one-shot encoder is the C one (3x faster)
            text = json.dumps(entry, ensure_ascii=False)
            write_atomic(self.path, lambda fh: fh.write(text), text=True)
            stat = self.path.stat()
            self._file_state = (key, stat.st_mtime_ns, stat.st_size)
        except OSError as exc:
            self.unwritable = str(exc.strerror or exc)
            log.warning("site cache %s cannot be written (%s): building without caching",
                        self.path, self.unwritable)


def _site_entry(entry: object, key: str) -> tuple[Corpus, dict[str, str], int] | None:
    """The (corpus, pages, tokens) a site cache file holds for ``key``; None for another key;
    raise ``TypeError``/``ValueError`` when it is not what ``SiteCache.put`` writes."""
    if not isinstance(entry, dict):
        raise TypeError("not a JSON object")
    if entry.get("format") != SITE_CACHE_FORMAT or entry.get("key") != key:
        return None
    pages, tokens, data = entry["pages"], entry["tokens"], entry["corpus"]
    if not isinstance(pages, dict) or not all(isinstance(p, str) and isinstance(t, str)
                                              for p, t in pages.items()):
        raise TypeError("pages are not a mapping of paths to text")
    if not isinstance(tokens, int) or isinstance(tokens, bool):
        raise TypeError("tokens is not a number")
    if not isinstance(data, dict):
        raise TypeError("the corpus is not a JSON object")
    corpus = Corpus.from_dict(data)
    check_record(corpus)
    return corpus, pages, tokens


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def render_downloads(corpus: Corpus) -> dict[str, str]:
    from .render.downloads import render_downloads as render

    return render(corpus)


def is_download(path: str) -> bool:
    from .render.downloads import FOLDER

    return path.startswith(FOLDER + "/")


def render_pages(corpus: Corpus, templates: Path | str | None = None, *,
                 search_entity_pages: bool = False, downloads: bool = True) -> dict[str, str]:
    """Render the corpus to {docs path: Markdown}: the same pages for the command line and the
    plugin (imported late: a command that only annotates needs no templates). Without
    ``downloads``, the pages but the downloads (``Builder.finish_downloads`` makes them)."""
    from .render import RenderSettings, render_corpus
    from .render.downloads import home_section
    from .render.feed import PATH as FEED
    from .render.feed import render_feed

    pages = render_corpus(corpus, templates,
                          RenderSettings(search_entity_pages=search_entity_pages))
    # Publishing: the Atom feed and the downloads are files beside the pages, linked from home.
    pages.update(render_feed(corpus))
    if downloads:
        pages.update(render_downloads(corpus))
    if "index.md" in pages:
        pages["index.md"] += home_section(FEED)
    return pages


