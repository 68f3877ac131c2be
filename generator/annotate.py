"""Article + spaCy -> annotated article, with a per-article cache.

The cache is keyed by the article's content (body and date) and by everything else that changes
an annotation: the model and its version, the extractor code and pattern files, the spaCy
version. A rebuild where every key hits never imports spaCy. An entry that cannot be read, or
whose stored key or checksum does not match, is recomputed, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .annotations import AnnotatedArticle, ArticleAnnotations
from .content import content_hash
from .files import is_real_folder, sweep_temporary, write_atomic
from .models import Article
from .nlp.pipeline import settings_fingerprint
from .progress import Progress
from .settings import DEFAULT_MODEL, workers
from .shapes import check_json

log = logging.getLogger("generator.annotate")

CACHE_FORMAT = 1
_JSON_NAMES = (("attributions", "claims"),)  # ArticleAnnotations.to_dict's name for claims


@dataclass
class AnnotationStats:
    """What one annotation run did: for the log, the plugin and the benchmark."""

    articles: int = 0
    cached: int = 0
    annotated: int = 0
    tokens: int = 0
    recomputed_bad_entries: int = 0
    model_loaded: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)


class AnnotationCache:
    """A folder of JSON files, one per annotated article content, written atomically.

    Entries are data, checked before use: a wrong key or checksum, or annotations whose fields
    do not have their declared types (``shapes.check_record``), are a miss and recomputed. A
    folder that cannot be written (read-only, a file in its place) makes the build go on
    without writing entries, with one warning. Links planted in the folder are not followed.
    """

    def __init__(self, folder: Path | str | None) -> None:
        self.folder = Path(folder) if folder else None
        self.memory: dict[str, dict] = {}
        # The records made from an entry, per key, with the article they were made for: a
        # serve rebuild hands the merge the very objects of the last build (see merge).
        self.records: dict[str, tuple[Article, AnnotatedArticle]] = {}
        self.unwritable: str | None = None  # why entries are not written, once known
        if self.folder is not None and is_real_folder(self.folder):  # what a killed run left
            with contextlib.suppress(OSError):
                sweep_temporary(p for p in self.folder.iterdir() if is_real_folder(p))

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, text_length: int | None = None) -> tuple[dict | None, bool]:
        """Return (annotations, was_bad): ``None`` on a miss; ``was_bad`` for a corrupt entry.

        ``text_length``: the article's length, which every span must lie within.
        """
        if key in self.memory:
            return self.memory[key], False
        if self.folder is None:
            return None, False
        path = self._path(key)
        if not is_real_folder(path.parent):
            return None, False
        try:
            raw = path.read_bytes()
        except OSError:
            return None, False
        try:
            entry = json.loads(raw)
            payload = entry["annotations"]
            ok = (
                entry.get("format") == CACHE_FORMAT
                and entry.get("key") == key
                and entry.get("checksum") == checksum(payload)
            )
            if ok:  # the checksum is recomputable: the shape is checked on its own
                check_json(payload, ArticleAnnotations, text_length, _JSON_NAMES)
                ArticleAnnotations.from_dict(payload)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError,
                RecursionError):
            ok, payload = False, None
        if not ok:
            log.warning("cache entry %s is corrupt or stale: recomputing", path)
            return None, True
        self.memory[key] = payload
        return payload, False

    def put(self, key: str, annotations: dict) -> None:
        """Store an entry; write to a temporary file and rename, so a kill never leaves half."""
        self.memory[key] = annotations
        if self.folder is None or self.unwritable:
            return
        path = self._path(key)
        entry = {"format": CACHE_FORMAT, "key": key, "checksum": checksum(annotations),
                 "annotations": annotations}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not is_real_folder(path.parent):
                raise NotADirectoryError(f"{path.parent} is a link, not a folder")
            write_atomic(path, lambda fh: json.dump(entry, fh, ensure_ascii=False,
                                                    separators=(",", ":")), text=True)
        except OSError as exc:
            self.unwritable = str(exc.strerror or exc)
            log.warning("annotation cache %s cannot be written (%s): building without caching",
                        self.folder, self.unwritable)


def checksum(payload: Any) -> str:
    """The checksum a cache entry stores of its annotations (catches torn or edited files)."""
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def annotation_settings(model: str) -> str:
    """Everything that changes an article's annotation except the article (for cache keys)."""
    return settings_fingerprint(model)


def cache_key(article: Article, settings: str) -> str:
    """Key an article's annotations by its content and the annotation settings."""
    return hashlib.sha256(f"{settings}\x00{content_hash(article)}".encode()).hexdigest()


def _with_annotations(article: Article, data: dict) -> AnnotatedArticle:
    return AnnotatedArticle.of(article, ArticleAnnotations.from_dict(data))


def _records(cache: AnnotationCache, article: Article, key: str, data: dict) -> AnnotatedArticle:
    """The records of ``data`` for ``article``: those made last time from the same cache entry
    for the same article, or new ones (kept when ``data`` is the cache's entry, not a failed
    article's stand-in)."""
    cached = cache.memory.get(key) is data
    known = cache.records.get(key) if cached else None
    if known is not None and known[0] == article:
        return known[1]
    made = _with_annotations(article, data)
    if cached:
        cache.records[key] = (article, made)
    return made


def annotate_articles(
    articles: Sequence[Article],
    *,
    model: str = DEFAULT_MODEL,
    cache: AnnotationCache | None = None,
    n_process: int = 0,
    batch_size: int = 32,
    progress: bool | None = None,
    stats: AnnotationStats | None = None,
    backend: Callable[[list[Article], str, int, int], Iterable[dict]] | None = None,
) -> list[AnnotatedArticle]:
    """Annotate ``articles`` (in order), reusing cached annotations; spaCy only for misses."""
    cache = cache or AnnotationCache(None)
    stats = stats if stats is not None else AnnotationStats()
    settings = annotation_settings(model)
    keys = [cache_key(a, settings) for a in articles]
    found: dict[str, dict] = {}
    todo: list[tuple[Article, str]] = []
    queued: set[str] = set()
    for article, key in zip(articles, keys, strict=True):
        if key in found or key in queued:
            continue
        data, was_bad = cache.get(key, len(article.text))
        stats.recomputed_bad_entries += was_bad
        if data is None:
            todo.append((article, key))
            queued.add(key)
        else:
            found[key] = data
    stats.articles = len(articles)
    stats.cached = len(articles) - len(todo)
    if todo:
        run = backend or annotate_in_process
        bar = Progress(len(todo), "annotating", "article", enabled=progress)
        stats.model_loaded = True
        try:
            todo_articles = [a for a, _ in todo]
            for (article, key), data in zip(
                todo, run(todo_articles, model, n_process, batch_size), strict=True
            ):
                if "error" in data:
                    stats.failures.append((article.path, data["error"]))
                    data = {"sentences": [[0, len(article.text)]], "tokens": 0}
                else:
                    cache.put(key, data)
                found[key] = data
                stats.annotated += 1
                bar.update(1)
        finally:
            bar.close()
    result = [_records(cache, a, k, found[k]) for a, k in zip(articles, keys, strict=True)]
    stats.tokens = sum(r.tokens for r in result)
    return result


def annotate_in_process(
    articles: list[Article], model: str, n_process: int, batch_size: int
) -> Iterable[dict]:
    """Run the annotator over articles with ``nlp.pipe``; yield each one's annotations.

    An article longer than ``CHUNK_CHARS`` (or the model's ``max_length``) is annotated in
    chunks split at paragraph boundaries, one chunk at a time, and the chunks' offsets are
    shifted back into the article: memory stays bounded by the chunk size.
    """
    n_process = workers(n_process)
    nlp = _annotator(model)
    size = max(1, min(CHUNK_CHARS, nlp.max_length))
    i = 0
    while i < len(articles):
        j = i
        while j < len(articles) and len(articles[j].text) <= size:
            j += 1
        if j > i:  # a run of ordinary articles: one nlp.pipe, in order
            if n_process > 1 and j - i > batch_size:
                yield from _pipe_in_workers(model, articles[i:j], n_process, batch_size)
            else:  # one batch or less: in this process (spaCy's workers would be started
                # for nothing: 0.8 s for the one new article of a serve rebuild)
                yield from _pipe(nlp, articles[i:j], 1, batch_size)
            i = j
        else:
            yield _annotate_long(nlp, articles[i], size)
            i += 1


CHUNK_CHARS = 100_000
_BATCH_LOCK = threading.Lock()
_LOAD_LOCK = threading.Lock()


def _annotator(model: str) -> Any:
    """The annotator, loaded once per process (a preload may be loading it right now)."""
    from .nlp.pipeline import load_annotator

    with _LOAD_LOCK:
        return load_annotator(model)


def preload_annotator(model: str) -> threading.Thread:
    """Load the annotator in a background thread (``mkdocs serve`` does it at start, so that
    the first new article does not wait for the model). A failure is left for the build that
    needs the model to report."""

    def load() -> None:
        try:
            _annotator(model)
        except Exception:  # noqa: BLE001 - reported where the model is used
            log.debug("preloading %s failed", model, exc_info=True)

    thread = threading.Thread(target=load, daemon=True, name="preload-model")
    thread.start()
    return thread


def annotate_batch(articles: list[Article], model: str, batch_size: int = 32) -> list[dict]:
    """Annotate a batch in this process: the worker task of the process pool and of dask.

    The annotator is loaded once per process (``load_annotator`` is cached); a lock keeps two
    threads of one worker from running the same pipeline at once.
    """
    with _BATCH_LOCK:
        return list(annotate_in_process(articles, model, 1, batch_size))


def _pipe_in_workers(model: str, articles: Sequence[Article], n_process: int,
                     batch_size: int) -> Iterable[dict]:
    """Annotate batches in ``n_process`` worker processes; yield the results in order.

    Unlike ``nlp.pipe(n_process=...)``, the main process neither tokenizes nor serializes
    Docs, and only the plain annotations come back, not the parsed Docs.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    batches = [list(articles[k:k + batch_size]) for k in range(0, len(articles), batch_size)]
    # The platform's default start method, as spaCy's own n_process uses: on Linux the
    # workers are forked with the annotator the main process has already loaded.
    with ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context(),
                             initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        futures = [pool.submit(annotate_batch, batch, model, batch_size) for batch in batches]
        try:
            for future in futures:
                yield from future.result()
        finally:
            for future in futures:
                future.cancel()


def _exit_with_parent(parent: int) -> None:
    """In a worker: end when the build that started it is gone (killed, not shut down)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


def _pipe(nlp: Any, articles: Sequence[Article], n_process: int,
          batch_size: int) -> Iterable[dict]:
    from .nlp.components import DATE_KEY, PARAGRAPHS_KEY, RESULT_KEY

    def docs():
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc.user_data[DATE_KEY] = article.date
            doc.user_data[PARAGRAPHS_KEY] = [start for start, _ in article.paragraphs]
            yield doc

    for doc in nlp.pipe(docs(), n_process=n_process, batch_size=batch_size):
        yield doc.user_data[RESULT_KEY]


def _annotate_long(nlp: Any, article: Article, size: int) -> dict:
    """Annotate one long article chunk by chunk; merge the chunks' annotations."""
    spans = chunk_spans(article.text, size)
    pieces = [replace(article, text=article.text[s:e], paragraphs=tuple(
        (ps - s, min(pe, e) - s) for ps, pe in article.paragraphs if s <= ps < e))
        for s, e in spans]
    merged = ArticleAnnotations()
    for (start, _), data in zip(spans, _pipe(nlp, pieces, 1, 1), strict=True):
        if "error" in data:
            return {"error": f"{data['error']} (in the chunk at character {start:,})"}
        group_base = max((a.group for a in merged.actors), default=-1) + 1
        chunk = ArticleAnnotations.from_dict(data).shifted(start, group_base)
        merged = ArticleAnnotations(
            sentences=merged.sentences + chunk.sentences, tokens=merged.tokens + chunk.tokens,
            actors=merged.actors + chunk.actors, claims=merged.claims + chunk.claims,
            events=merged.events + chunk.events,
            works=tuple(sorted(set(merged.works) | set(chunk.works))))
    return merged.to_dict()


def chunk_spans(text: str, size: int) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive spans of at most ``size`` characters covering all of it.

    Cuts fall at paragraph boundaries (a blank line) where possible, else after a line or a
    sentence end, else at a space; a run of ``size`` characters without any of those is cut
    where it must be.
    """
    spans, start, n = [], 0, len(text)
    while n - start > size:
        window = text[start:start + size]
        cut = -1
        for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END, _SPACE):
            ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
            if ends and ends[-1] > size // 4:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = size
        spans.append((start, start + cut))
        start += cut
    if start < n or not spans:
        spans.append((start, n))
    return spans


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
