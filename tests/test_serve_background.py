"""What a serve rebuild leaves running: Pagefind in the background, the site cache file."""

from __future__ import annotations

import json
from pathlib import Path

from generator import urls
from generator.site_search import NEXT_DIR, BackgroundPagefind, run_pagefind

PAGE = "<html><body><main data-pagefind-body><p>{}</p></main></body></html>"


def _site(tmp_path: Path, pages: dict[str, str]) -> Path:
    site = tmp_path / "site"
    for path, word in pages.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(PAGE.format(word), encoding="utf-8")
    return site


def _indexed(site: Path) -> int:
    entry = json.loads((site / urls.PAGEFIND_DIR / "pagefind-entry.json").read_text())
    return sum(lang["page_count"] for lang in entry["languages"].values())


def test_hidden_folders_are_not_indexed(tmp_path):
    """The serve stash and the previous site being deleted live in hidden folders of the site:
    their pages are not searchable."""
    site = _site(tmp_path, {"index.html": "home", "a/index.html": "alpha",
                            ".news-previous/b/index.html": "stale",
                            ".news-trash-1/c/index.html": "gone"})
    run_pagefind(str(site))
    assert _indexed(site) == 2


def test_background_index_is_swapped_in_when_done(tmp_path):
    site = _site(tmp_path, {"index.html": "home", "a/index.html": "alpha"})
    run_pagefind(str(site))
    (site / "b").mkdir()
    (site / "b" / "index.html").write_text(PAGE.format("beta"), encoding="utf-8")
    job = BackgroundPagefind()
    job.start(str(site))
    assert (site / urls.PAGEFIND_DIR / "pagefind-entry.json").is_file()  # the old one, meanwhile
    job.wait()
    assert job.failed is None
    assert _indexed(site) == 3
    assert not [p.name for p in site.iterdir() if p.name.startswith(".")]


def test_a_cancelled_run_leaves_the_previous_index_and_no_partial_one(tmp_path):
    site = _site(tmp_path, {f"p{i}/index.html": f"word{i}" for i in range(300)})
    run_pagefind(str(site))
    before = _indexed(site)
    job = BackgroundPagefind()
    job.start(str(site))
    job.cancel()  # at once: Pagefind is still starting
    assert not (site / NEXT_DIR).exists()
    assert _indexed(site) == before
    job.cancel()  # nothing running: a no-op


def test_the_same_pages_are_not_indexed_again(tmp_path):
    site = _site(tmp_path, {"index.html": "home", "a/index.html": "alpha"})
    job = BackgroundPagefind()
    job.start(str(site), key="k1")
    job.wait()
    assert job.indexed == "k1" and _indexed(site) == 2
    (site / "b").mkdir()
    (site / "b" / "index.html").write_text(PAGE.format("beta"), encoding="utf-8")
    job.start(str(site), key="k1")  # the same key: the index in place is kept
    job.wait()
    assert _indexed(site) == 2
    job.start(str(site), key="k2")
    job.wait()
    assert job.indexed == "k2" and _indexed(site) == 3
