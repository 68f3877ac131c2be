"""The per-article annotation cache: bad entries are recomputed, writes are all or nothing.

A fake annotation backend stands in for spaCy, so these tests need no model: what is tested is
the cache, not the annotations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import annotate
from generator.annotate import AnnotationCache, AnnotationStats, annotate_articles
from generator.models import Article

MODEL = "fake-model-for-cache-tests"


def _articles() -> list[Article]:
    return [
        Article(id=f"a{i}", path=f"content/a{i}.txt", title=f"Title {i}",
                text=f"Body of article number {i}. It has two sentences.")
        for i in range(3)
    ]


class FakeBackend:
    """Annotate without spaCy: one sentence, a token count; record what was asked."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, articles, model, n_process, batch_size):
        for a in articles:
            self.calls.append(a.id)
            yield {"sentences": [[0, len(a.text)]], "tokens": len(a.text.split()),
                   "actors": [], "attributions": [], "events": []}


def _run(folder: Path, backend: FakeBackend) -> tuple[list, AnnotationStats]:
    stats = AnnotationStats()
    result = annotate_articles(_articles(), model=MODEL, cache=AnnotationCache(folder),
                               stats=stats, backend=backend, progress=False)
    return result, stats


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.json") if not p.name.startswith(".tmp-"))


def test_entries_are_reused_by_a_new_cache_object(tmp_path):
    first, stats = _run(tmp_path, FakeBackend())
    assert stats.annotated == 3 and stats.model_loaded
    backend = FakeBackend()
    again, stats = _run(tmp_path, backend)  # a new AnnotationCache: a new build or process
    assert backend.calls == []
    assert stats.cached == 3 and stats.annotated == 0 and not stats.model_loaded
    assert again == first


def test_corrupt_truncated_and_stale_entries_are_recomputed(tmp_path, caplog):
    first, _ = _run(tmp_path, FakeBackend())
    corrupt, truncated, stale = _entries(tmp_path)
    corrupt.write_bytes(b"\x00not json at all")
    data = truncated.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    # A stale entry: valid JSON with a valid checksum, but stored under another key.
    entry = json.loads(stale.read_text(encoding="utf-8"))
    entry["key"] = "0" * 64
    stale.write_text(json.dumps(entry), encoding="utf-8")

    backend = FakeBackend()
    again, stats = _run(tmp_path, backend)
    assert stats.recomputed_bad_entries == 3
    assert stats.annotated == 3 and sorted(backend.calls) == ["a0", "a1", "a2"]
    assert again == first
    assert "corrupt or stale" in caplog.text
    # The recomputed entries were written back whole: the next build reads all of them.
    backend = FakeBackend()
    _, stats = _run(tmp_path, backend)
    assert backend.calls == [] and stats.recomputed_bad_entries == 0 and stats.cached == 3


def test_an_entry_whose_payload_was_edited_fails_its_checksum(tmp_path):
    _run(tmp_path, FakeBackend())
    path = _entries(tmp_path)[0]
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["annotations"]["tokens"] = 999_999
    path.write_text(json.dumps(entry), encoding="utf-8")
    _, stats = _run(tmp_path, FakeBackend())
    assert stats.recomputed_bad_entries == 1 and stats.annotated == 1


def test_an_interrupted_write_leaves_no_entry_and_no_temporary_file(tmp_path, monkeypatch):
    cache = AnnotationCache(tmp_path)
    real_dump = json.dump

    def dump_then_die(obj, fh, **kw):
        fh.write('{"format": 1, "key": "half')  # part of the entry reaches the disk
        raise KeyboardInterrupt  # the build is killed in the middle of the write

    monkeypatch.setattr(annotate.json, "dump", dump_then_die)
    with pytest.raises(KeyboardInterrupt):
        cache.put("ab" + "1" * 62, {"tokens": 1})
    monkeypatch.setattr(annotate.json, "dump", real_dump)
    assert list(tmp_path.rglob("*")) in ([], [tmp_path / "ab"])
    # A fresh cache (the next build) misses cleanly and does not count a bad entry.
    assert AnnotationCache(tmp_path).get("ab" + "1" * 62) == (None, False)


def test_a_changed_article_misses_and_the_others_hit(tmp_path):
    _run(tmp_path, FakeBackend())
    articles = _articles()
    articles[1] = Article(id="a1", path="content/a1.txt", title="Title 1",
                          text="A rewritten body.")
    backend = FakeBackend()
    stats = AnnotationStats()
    annotate_articles(articles, model=MODEL, cache=AnnotationCache(tmp_path), stats=stats,
                      backend=backend, progress=False)
    assert backend.calls == ["a1"] and stats.cached == 2 and stats.annotated == 1


# ---- the site cache: a rebuild with nothing changed renders nothing ---------------------------
def _site(tmp_path: Path) -> tuple[Path, Path]:
    from generator.content import read_content

    content, cache = tmp_path / "content", tmp_path / "cache"
    content.mkdir()
    for i in range(2):
        (content / f"a{i}.md").write_text(f"---\ntitle: Title {i}\n---\nBody {i} of an "
                                          "article.\n", encoding="utf-8")
    # Fill the annotation cache without spaCy, under the model name the builds will use.
    annotate_articles(read_content(content).articles, model=MODEL, cache=AnnotationCache(cache),
                      backend=FakeBackend(), progress=False)
    return content, cache


def _build_site(content: Path, cache: Path, templates: Path | None = None):
    from generator.build import Builder, BuildSettings

    return Builder(BuildSettings(content_dir=content, model=MODEL, cache_dir=cache,
                                 progress=False)).build_site(templates)


def test_a_rebuild_with_nothing_changed_reuses_the_pages(tmp_path):
    content, cache = _site(tmp_path)
    first, pages = _build_site(content, cache)
    assert "render" in first.timings and first.stats.annotated == 0
    again, same = _build_site(content, cache)  # a new Builder: a new process
    assert "render" not in again.timings and "merge" not in again.timings
    assert same == pages and again.corpus == first.corpus
    assert again.stats.cached == 2 and not again.stats.model_loaded


def test_any_changed_input_renders_again(tmp_path):
    content, cache = _site(tmp_path)
    _, pages = _build_site(content, cache)
    # A changed title (same body: the annotation is reused) changes the pages.
    (content / "a0.md").write_text("---\ntitle: A new title\n---\nBody 0 of an article.\n",
                                   encoding="utf-8")
    result, changed = _build_site(content, cache)
    assert "render" in result.timings and result.stats.annotated == 0
    assert "A new title" in changed["articles/a0.md"]
    # A changed template renders again too.
    import shutil

    from generator.render import TEMPLATES_DIR

    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, templates)
    page = templates / "article.md.j2"
    page.write_text(page.read_text(encoding="utf-8") + "\nEdited template.\n", encoding="utf-8")
    result, edited = _build_site(content, cache, templates)
    assert "render" in result.timings and "Edited template." in edited["articles/a0.md"]


def test_a_truncated_site_cache_is_rendered_again(tmp_path, caplog):
    content, cache = _site(tmp_path)
    _, pages = _build_site(content, cache)
    site = cache / "site.pickle"
    site.write_bytes(site.read_bytes()[:100])
    result, again = _build_site(content, cache)
    assert "render" in result.timings and again == pages
    assert "cannot be read" in caplog.text


def test_write_pages_sweeps_temporary_files_of_a_killed_run(tmp_path: Path) -> None:
    import os
    import time

    from generator.build import write_pages

    out = tmp_path / "out"
    write_pages({"articles/a.md": "# A\n"}, out)
    old, new = out / "articles" / ".tmp-old", out / "articles" / ".tmp-new"
    old.write_bytes(b"half")
    new.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    write_pages({"articles/a.md": "# A\n", "articles/b.md": "# B\n"}, out)
    assert not old.exists() and new.exists()
    assert (out / "articles" / "b.md").read_text(encoding="utf-8") == "# B\n"
