"""The per-article annotation cache: bad entries are recomputed, writes are all or nothing.

A fake annotation backend stands in for spaCy, so these tests need no model: what is tested is
the cache, not the annotations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import annotate
from generator.annotate import AnnotationCache, AnnotationStats, annotate_articles
from generator.annotations import ArticleAnnotations
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
    site = cache / "site.json"
    site.write_bytes(site.read_bytes()[:100])
    result, again = _build_site(content, cache)
    assert "render" in result.timings and again == pages
    assert "cannot be used" in caplog.text


def test_write_pages_sweeps_temporary_files_of_a_killed_run(tmp_path: Path) -> None:
    import os
    import time

    from generator.build import write_pages

    out = tmp_path / "out"
    write_pages({"articles/a.md": "# A\n"}, out)
    old, new = out / "articles" / ".tmp-news-old", out / "articles" / ".tmp-news-new"
    old.write_bytes(b"half")
    new.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    write_pages({"articles/a.md": "# A\n", "articles/b.md": "# B\n"}, out)
    assert not old.exists() and new.exists()
    assert (out / "articles" / "b.md").read_text(encoding="utf-8") == "# B\n"


# ---- hostile caches: restored from CI caches and shared folders, so never trusted ------------


class _Payload:
    """What a crafted pickle would run on load (here: touch a file, not a shell)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_crafted_site_pickle_is_never_loaded(tmp_path):
    """Hole 1: a site.pickle in the cache folder ran code during the build."""
    import pickle

    content, cache = _site(tmp_path)
    marker = tmp_path / "pwned"
    (cache / "site.pickle").write_bytes(pickle.dumps(("any key", _Payload(marker))))
    result, pages = _build_site(content, cache)
    assert not marker.exists(), "the build unpickled the crafted cache"
    assert "articles/a0.md" in pages and "render" in result.timings


def test_no_module_of_the_product_uses_pickle():
    import ast

    root = Path(__file__).resolve().parent.parent / "generator"
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not [n for n in names if n.split(".")[0] in ("pickle", "dill", "shelve",
                                                                   "marshal")], path


def _site_file(cache: Path) -> Path:
    (path,) = [p for p in cache.iterdir() if p.name.startswith("site.")]
    return path


@pytest.mark.parametrize("forge", [
    lambda e: [],
    lambda e: {**e, "pages": ["not", "a", "dict"]},
    lambda e: {**e, "pages": {"articles/a0.md": 5}},
    lambda e: {**e, "corpus": {"schema_version": 1, "articles": [{"id": 1}]}},
    lambda e: {**e, "corpus": {**e["corpus"], "articles": [
        {**e["corpus"]["articles"][0], "title": ["not", "text"]}]}},
    lambda e: {**e, "corpus": {**e["corpus"], "actors": "many"}},
    lambda e: {**e, "tokens": "12"},
    lambda e: {**e, "corpus": None},
], ids=["list", "pages-list", "page-int", "article-id-int", "title-list", "actors-str",
        "tokens-str", "corpus-null"])
def test_a_forged_site_cache_is_a_miss_with_a_warning(tmp_path, caplog, forge):
    content, cache = _site(tmp_path)
    _, pages = _build_site(content, cache)
    path = _site_file(cache)
    entry = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(forge(entry)), encoding="utf-8")
    result, again = _build_site(content, cache)
    assert "render" in result.timings and again == pages
    assert "site cache" in caplog.text


def test_a_symlinked_cache_folder_does_not_make_the_sweep_delete_elsewhere(tmp_path):
    """Hole 3: a link inside the cache folder made the start-up sweep delete what it points at."""
    import os
    import time

    victim = tmp_path / "victim"
    victim.mkdir()
    precious = victim / ".tmp-news-precious"
    precious.write_text("a user's file")
    hour_ago = time.time() - 3600
    os.utime(precious, (hour_ago, hour_ago))
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "ab").symlink_to(victim, target_is_directory=True)
    AnnotationCache(cache)
    from generator.files import sweep_temporary

    sweep_temporary([cache / "ab", cache])
    assert precious.exists()


def test_sweeps_remove_only_the_generators_own_temporary_files(tmp_path):
    import os
    import time

    from generator.files import sweep_temporary

    mine, users = tmp_path / ".tmp-news-x1", tmp_path / ".tmp-notes"
    for p in (mine, users):
        p.write_text("x")
        os.utime(p, (time.time() - 3600,) * 2)
    sweep_temporary([tmp_path])
    assert not mine.exists() and users.exists()


def test_a_cache_folder_that_is_a_file_builds_without_caching(tmp_path, caplog, monkeypatch):
    """Hole 7: a file where the cache folder should be crashed the build."""
    monkeypatch.setattr(annotate, "annotate_in_process", FakeBackend())
    content, _ = _site(tmp_path)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    result, pages = _build_site(content, blocked)
    assert "articles/a0.md" in pages
    assert caplog.text.count("cannot be written") == 1, caplog.text
    assert blocked.read_text() == "a file, not a folder"


def test_a_read_only_cache_folder_builds_without_caching(tmp_path, caplog, monkeypatch):
    from generator import files

    content, cache = _site(tmp_path)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    monkeypatch.setattr(annotate, "annotate_in_process", FakeBackend())
    (content / "a2.md").write_text("---\ntitle: New\n---\nA new body.\n", encoding="utf-8")
    result, pages = _build_site(content, cache)
    assert "articles/a2.md" in pages
    assert caplog.text.count("cannot be written") == 1, caplog.text


GOOD_ENTRY = ArticleAnnotations.from_dict({
    "sentences": [[0, 10], [11, 20]], "tokens": 5,
    "actors": [{"span": [0, 4], "text": "Body", "type": "person", "name": "Body", "group": 0,
                "kind": "name"}],
    "attributions": [{"cue": [5, 7], "cue_text": "of", "cue_class": "assertion",
                      "content": [8, 15], "source": [0, 4], "source_text": "Body",
                      "source_kind": "person"}],
    "events": [{"trigger": "do", "trigger_span": [5, 7], "span": [0, 15], "summary": "Body",
                "participants": [{"span": [0, 4], "text": "Body", "role": "agent"}]}],
}).to_dict()  # what the annotator writes: ArticleAnnotations.to_dict()

FORGED = [
    [], "text", 5, None, {"sentences": "abc"}, {"sentences": [[0]]}, {"sentences": [["a", "b"]]},
    {"sentences": [[5, 2]]}, {"sentences": [[0, 10**9]]}, {"tokens": "many"}, {"tokens": [1]},
    {"actors": [{"span": [0, 4]}]}, {"actors": [[]]}, {"actors": "x"},
    {"actors": [{**GOOD_ENTRY["actors"][0], "name": ["a", "list"]}]},
    {"actors": [{**GOOD_ENTRY["actors"][0], "text": None}]},
    {"actors": [{**GOOD_ENTRY["actors"][0], "group": "g"}]},
    {"actors": [{**GOOD_ENTRY["actors"][0], "role": 7}]},
    {"attributions": [{**GOOD_ENTRY["attributions"][0], "hedge_cues": "abc"}]},
    {"attributions": [{**GOOD_ENTRY["attributions"][0], "source_text": {"a": 1}}]},
    {"attributions": [{**GOOD_ENTRY["attributions"][0], "content_parts": [[1, 2, 3]]}]},
    {"events": [{**GOOD_ENTRY["events"][0], "participants": [{"span": [0, 4]}]}]},
    {"events": [{**GOOD_ENTRY["events"][0], "summary": 3}]},
    {"events": [{**GOOD_ENTRY["events"][0], "date": ["2024"]}]},
]


def _forge_entry(folder: Path, payload) -> None:
    (path,) = _entries(folder)
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["annotations"] = payload
    entry["checksum"] = annotate.checksum(payload)  # a forger recomputes the checksum
    path.write_text(json.dumps(entry), encoding="utf-8")


@pytest.mark.parametrize("forged", FORGED, ids=range(len(FORGED)))
def test_a_forged_cache_entry_of_the_wrong_shape_is_recomputed(tmp_path, forged):
    """Hole 7: a forged entry of the wrong shape crashed the build instead of a recompute."""
    from generator.merge import merge

    article = [Article("a", "content/a.txt", "T", "Body of an article here.")]
    annotate_articles(article, model=MODEL, cache=AnnotationCache(tmp_path),
                      backend=FakeBackend(), progress=False)
    payload = {**GOOD_ENTRY, **forged} if isinstance(forged, dict) else forged
    _forge_entry(tmp_path, payload)
    backend, stats = FakeBackend(), AnnotationStats()
    result = annotate_articles(article, model=MODEL, cache=AnnotationCache(tmp_path),
                               stats=stats, backend=backend, progress=False)
    assert backend.calls == ["a"] and stats.recomputed_bad_entries == 1
    merge(result)


def test_a_well_formed_entry_is_used(tmp_path):
    from generator.merge import merge

    article = [Article("a", "content/a.txt", "T", "Body of an article here.")]
    annotate_articles(article, model=MODEL, cache=AnnotationCache(tmp_path),
                      backend=FakeBackend(), progress=False)
    _forge_entry(tmp_path, GOOD_ENTRY)
    backend = FakeBackend()
    result = annotate_articles(article, model=MODEL, cache=AnnotationCache(tmp_path),
                               backend=backend, progress=False)
    assert backend.calls == [] and result[0].actors[0].name == "Body"
    merge(result)


def _paths(value, prefix=()):
    """Every place in a JSON value: the paths of its items, recursively."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _replaced(value, path, new):
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], new)
    return copy


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False)
    | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8,
)
_PLACES = list(_paths(GOOD_ENTRY))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.sampled_from(_PLACES), new=_JSON)
def test_any_forged_value_is_recomputed_or_merges(tmp_path_factory, place, new):
    """Whatever a forger puts anywhere in an entry (with a valid checksum), the cache either
    refuses it (a recompute) or returns annotations that merge without an error."""
    from generator.annotations import AnnotatedArticle
    from generator.merge import merge

    folder = tmp_path_factory.mktemp("forged")
    text = "Body of an article here."
    key = "ab" + "0" * 62
    payload = _replaced(GOOD_ENTRY, place, new)
    (folder / "ab").mkdir()
    (folder / "ab" / f"{key}.json").write_text(json.dumps({
        "format": annotate.CACHE_FORMAT, "key": key, "checksum": annotate.checksum(payload),
        "annotations": payload}), encoding="utf-8")
    data, bad = AnnotationCache(folder).get(key, len(text))
    assert (data is None) == bad
    if data is not None:
        article = Article("a", "content/a.txt", "T", text)
        merge([AnnotatedArticle.of(article, ArticleAnnotations.from_dict(data))])
