"""The pipeline: read content -> annotate (cached) -> merge -> render -> write.

The MkDocs plugin and the command line both call this module; neither reaches past it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from .annotate import AnnotationCache, AnnotationStats, annotate_articles, cache_key
from .content import ReadResult, read_content
from .curation import CURATION_FILE, Curation, CurationError, load_curation
from .files import sweep_temporary, write_atomic
from .merge import merge
from .models import Corpus, Problem
from .nlp.pipeline import DEFAULT_MODEL, settings_fingerprint

log = logging.getLogger("generator")

DEFAULT_CACHE = ".cache/news-generator"
SITE_CACHE_FORMAT = "site-1"
_CODE_DIR = Path(__file__).resolve().parent


@dataclass
class BuildSettings:
    """What a build reads and how it annotates."""

    content_dir: Path
    model: str = DEFAULT_MODEL
    cache_dir: Path | None = Path(DEFAULT_CACHE)
    n_process: int = 1
    batch_size: int = 32
    progress: bool | None = None
    backend: str = "local"  # "local" (nlp.pipe) or "dask"
    dask_address: str | None = None
    # Render setting: actor, event and source pages and the parts of split listings are
    # searchable too (Material's search index grows about fivefold on a large archive).
    search_entity_pages: bool = False


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

    def build_corpus(self) -> BuildResult:
        """Read, annotate and merge everything under the content folder."""
        t0 = time.perf_counter()
        read = read_content(self.settings.content_dir)
        return self._corpus_from(read, {"read": time.perf_counter() - t0})

    def build_site(self, templates: Path | str | None = None) -> tuple[BuildResult, dict[str, str]]:
        """Build the corpus and render its pages; reuse the last ones when no input changed.

        The site cache is keyed by every input of the pages (the articles as read, their
        annotation keys, curation.yml, the templates, the generator's code): a rebuild with
        nothing changed neither annotates, nor merges, nor renders. Any change rebuilds all.
        """
        t0 = time.perf_counter()
        read = read_content(self.settings.content_dir)
        timings = {"read": time.perf_counter() - t0}
        t0 = time.perf_counter()
        key = self._site_key(read, templates)
        hit = self.site_cache.get(key)
        timings["site_cache"] = time.perf_counter() - t0
        if hit is not None:
            corpus, pages, tokens = hit
            n = len(read.articles)
            return BuildResult(corpus, AnnotationStats(articles=n, cached=n, tokens=tokens),
                               timings), pages
        result = self._corpus_from(read, timings)
        t0 = time.perf_counter()
        pages = render_pages(result.corpus, templates,
                             search_entity_pages=self.settings.search_entity_pages)
        timings["render"] = time.perf_counter() - t0
        if not result.stats.failures:  # a failed article is retried at the next build
            self.site_cache.put(key, (result.corpus, pages, result.stats.tokens))
        return result, pages

    def _site_key(self, read: ReadResult, templates: Path | str | None) -> str:
        from .render import TEMPLATES_DIR

        s = self.settings
        settings = settings_fingerprint(s.model)
        h = hashlib.sha256(SITE_CACHE_FORMAT.encode())
        h.update(json.dumps([[asdict(a), cache_key(a, settings)] for a in read.articles],
                            sort_keys=True, ensure_ascii=False).encode())
        h.update(json.dumps([asdict(p) for p in read.problems], sort_keys=True).encode())
        curation = s.content_dir / CURATION_FILE
        h.update(curation.read_bytes() if curation.is_file() else b"-")
        h.update(f"search_entity_pages={s.search_entity_pages}".encode())
        for folder in (Path(templates) if templates else TEMPLATES_DIR, _CODE_DIR):
            for path in sorted(folder.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    h.update(path.relative_to(folder).as_posix().encode() + b"\x00")
                    h.update(path.read_bytes())
        for dist in ("jinja2", "pyyaml", "python-slugify", "markupsafe"):
            h.update(f"{dist}=={_version(dist)}".encode())
        return h.hexdigest()

    def _corpus_from(self, read: ReadResult, timings: dict[str, float]) -> BuildResult:
        s = self.settings
        problems = list(read.problems)
        try:
            curation = load_curation(s.content_dir / CURATION_FILE)
        except CurationError as exc:
            problems.append(Problem(str(s.content_dir / CURATION_FILE),
                                    f"{exc}; the curation was not applied", "error"))
            curation = Curation()
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
    """The last build's corpus and pages under one key: in memory, and in one pickle file.

    Written to a temporary file and renamed; a file that cannot be read, or that holds another
    key, is a miss (the pages are rendered again).
    """

    def __init__(self, folder: Path | str | None) -> None:
        self.path = Path(folder) / "site.pickle" if folder else None
        self.memory: tuple[str, object] | None = None

    def get(self, key: str) -> object | None:
        if self.memory is not None and self.memory[0] == key:
            return self.memory[1]
        if self.path is None or not self.path.is_file():
            return None
        try:
            with self.path.open("rb") as fh:
                stored_key, value = pickle.load(fh)
        except Exception as exc:  # truncated, corrupt, from another version: rebuild
            log.warning("site cache %s cannot be read (%s): rendering again", self.path, exc)
            return None
        if stored_key != key:
            return None
        self.memory = (key, value)
        return value

    def put(self, key: str, value: object) -> None:
        self.memory = (key, value)
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        sweep_temporary([self.path.parent], prefix=".tmp-site-")
        write_atomic(self.path, lambda fh: pickle.dump((key, value), fh,
                                                    protocol=pickle.HIGHEST_PROTOCOL),
                     prefix=".tmp-site-")


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def render_pages(corpus: Corpus, templates: Path | str | None = None, *,
                 search_entity_pages: bool = False) -> dict[str, str]:
    """Render the corpus to {docs path: Markdown}: the same pages for the command line and the
    plugin (imported late: a command that only annotates needs no templates)."""
    from .render import RenderSettings, render_corpus

    return render_corpus(corpus, templates,
                         RenderSettings(search_entity_pages=search_entity_pages))


MARKER = ".generated-by-news-generator"


def write_pages(pages: dict[str, str], out_dir: Path | str) -> int:
    """Write pages under ``out_dir``, replacing what a previous run wrote there.

    Every page is written to a temporary file and renamed, so an interrupted run never leaves a
    half-written page (nor a temporary file); pages of items that disappeared are removed, and
    so are the folders they leave empty. A path that would leave the output folder is refused
    before anything is written. The list of pages written is kept in a marker file, updated
    before writing, so that the pages of an interrupted run are still known to the next one.
    """
    out = Path(out_dir).resolve()
    targets: dict[str, Path] = {}
    for rel in pages:
        target = (out / rel).resolve()
        name = target.name
        if out not in target.parents or name == MARKER or name.startswith(".tmp-"):
            raise ValueError(f"refusing to write {rel!r}: not a page path inside {out}")
        targets[rel] = target
    out.mkdir(parents=True, exist_ok=True)
    sweep_temporary({out, *(t.parent for t in targets.values())})  # what a killed run left
    marker = out / MARKER
    previous = set()
    if marker.is_file():
        previous = set(marker.read_text(encoding="utf-8").split("\n")) - {""}
    write_atomic(marker, ("\n".join(sorted(previous | set(pages))) + "\n").encode())
    written = 0
    for rel, text in pages.items():
        target = targets[rel]
        data = text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        written += 1
    for rel in sorted(previous - set(pages)):
        stale = (out / rel).resolve()
        if out in stale.parents and stale.is_file():
            stale.unlink()
            folder = stale.parent
            while folder != out and out in folder.parents and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent
    write_atomic(marker, ("\n".join(sorted(pages)) + "\n").encode())
    return written
