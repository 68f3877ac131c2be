"""Listings longer than ``max_index_rows`` are split into part pages whose links all resolve."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from generator import render
from generator.corpus_json import load_corpus

GOLDEN = Path(__file__).parent / "golden" / "corpus.json"
LINK = re.compile(r"\]\(([^)#\s]+\.md)(#[^)]*)?\)")


@pytest.fixture()
def pages():
    return render.render_corpus(load_corpus(GOLDEN), settings=render.RenderSettings(
        max_index_rows=2))


def test_every_listing_is_split_and_reached_from_its_index(pages):
    for kind in ("articles", "actors", "events", "sources", "claims"):
        parts = [p for p in pages if p.startswith(f"{kind}/index/")]
        assert parts, kind
        index = pages[f"{kind}/index.md"]
        for part in parts:
            assert f"(index/{posixpath.basename(part)})" in index, part


def test_every_link_of_a_split_site_resolves(pages):
    for page, markdown in pages.items():
        for target, _ in LINK.findall(markdown):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
            assert resolved in pages, f"{page} links to {target}"


def test_no_part_lists_more_rows_than_the_limit(pages):
    for page, markdown in pages.items():
        if page == "sources/index/speakers.md":  # a ranking capped at its own length, not a part
            continue
        if "/index/" in page and page.startswith(("articles/", "sources/", "actors/")):
            rows = [line for line in markdown.splitlines() if line.startswith("| [")]
            assert len(rows) <= 2, page


def test_a_small_site_keeps_one_page_per_listing():
    pages = render.render_corpus(load_corpus(GOLDEN))
    # the speakers page is always there (a page of its own, not a part of a split listing)
    assert [p for p in pages if "/index/" in p] == ["sources/index/speakers.md"]


def test_an_undated_event_added_in_one_folder_leaves_the_other_folders_parts_alone():
    from generator.models import Article, Corpus, Event, EventMention

    def corpus(extra: bool) -> Corpus:
        articles, events = [], []
        for folder, n in (("arts", 6), ("sport", 6)):
            for i in range(n + (1 if extra and folder == "arts" else 0)):
                aid = f"{folder}-{i:03d}"
                articles.append(Article(id=aid, path=f"content/{folder}/{i:03d}.txt",
                                        title=f"{folder} {i}", text="Something happened."))
                events.append(Event(id=f"{aid}-happen-1", summary=f"It happened {aid}",
                                    trigger="happen", mentions=(EventMention(aid, 0, (0, 9)),)))
        return Corpus(articles=tuple(articles), events=tuple(events))

    settings = render.RenderSettings(max_index_rows=2)
    before, after = (render.render_corpus(corpus(x), settings=settings) for x in (False, True))
    sport = [p for p in before if p.startswith("events/index/undated-sport")]
    assert len(sport) == 3
    assert all(before[p] == after[p] for p in sport)
    assert [p for p in after if p.startswith("events/index/undated-arts")] != [
        p for p in before if p.startswith("events/index/undated-arts")]
