"""Memoised entity pages (``render.memo``): a render after a change gives, page for page, what
a render with no memo gives, and renders again only what the change touches."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator import render
from generator.corpus_json import load_corpus
from generator.models import Corpus
from generator.render.memo import InputMemo, PageMemo, Recorder, Tracked

GOLDEN = Path(__file__).parent / "golden" / "corpus.json"


def _fresh(corpus: Corpus, monkeypatch, settings=None) -> dict[str, str]:
    with monkeypatch.context() as m:
        m.setattr(render, "MEMO", PageMemo())
        m.setattr(render, "PARTS", InputMemo())
        return render.render_corpus(corpus, settings=settings)


def _replace(items: tuple, index: int, **changes) -> tuple:
    return (*items[:index], dataclasses.replace(items[index], **changes), *items[index + 1:])


def _changes(corpus: Corpus) -> list[tuple[str, Corpus]]:
    """Corpora that each differ from the one before in one thing a page shows."""
    out = [("the same corpus", corpus)]
    renamed = dataclasses.replace(corpus, actors=_replace(corpus.actors, 1, name="Ant Group Co"))
    out.append(("an actor renamed", renamed))
    retyped = dataclasses.replace(renamed, actors=_replace(renamed.actors, 1, type="person"))
    out.append(("its type changed", retyped))
    fewer = dataclasses.replace(retyped, actors=_replace(
        retyped.actors, 5, mentions=retyped.actors[5].mentions[:-1]))
    out.append(("a mention fewer", fewer))
    retitled = dataclasses.replace(fewer, articles=_replace(fewer.articles, 0, title="Retitled"))
    out.append(("an article retitled", retitled))
    summary = dataclasses.replace(retitled, events=_replace(retitled.events, 2, summary="Done"))
    out.append(("an event summary", summary))
    source = dataclasses.replace(summary, sources=_replace(summary.sources, 0, name="Experts"))
    out.append(("a source renamed", source))
    dropped = dataclasses.replace(source, claims=source.claims[1:])
    out.append(("a claim dropped", dropped))
    out.append(("back to the start", corpus))
    return out


def test_a_render_after_each_change_equals_a_render_without_memo(monkeypatch):
    corpus = load_corpus(GOLDEN)
    memo = PageMemo()
    monkeypatch.setattr(render, "MEMO", memo)
    render.render_corpus(corpus)
    for what, changed in _changes(corpus):
        pages = render.render_corpus(changed)
        expected = _fresh(changed, monkeypatch)
        assert pages.keys() == expected.keys(), what
        wrong = [p for p in pages if pages[p] != expected[p]]
        assert not wrong, f"{what}: stale pages {wrong[:5]}"
        if what == "the same corpus":
            assert memo.rendered == 0 and memo.reused > 50
        else:
            assert memo.reused > 0, what  # something was left as it was
            assert memo.rendered > 0, what


def test_listing_parts_after_each_change_equal_a_render_without_memo(monkeypatch):
    """Split listings (two rows a part): a part is reused only when its rows are the same."""
    corpus = load_corpus(GOLDEN)
    settings = render.RenderSettings(max_index_rows=2)
    parts = InputMemo()
    monkeypatch.setattr(render, "MEMO", PageMemo())
    monkeypatch.setattr(render, "PARTS", parts)
    render.render_corpus(corpus, settings=settings)
    assert parts.rendered > 10
    for what, changed in _changes(corpus):
        pages = render.render_corpus(changed, settings=settings)
        expected = _fresh(changed, monkeypatch, settings)
        assert pages.keys() == expected.keys(), what
        wrong = [p for p in pages if pages[p] != expected[p]]
        assert not wrong, f"{what}: stale pages {wrong[:5]}"
        if what == "the same corpus":
            assert parts.rendered == 0 and parts.reused > 10
    assert parts.rendered > 0


def test_renaming_an_actor_renders_the_pages_that_link_it_and_only_those(monkeypatch):
    corpus = load_corpus(GOLDEN)
    memo = PageMemo()
    monkeypatch.setattr(render, "MEMO", memo)
    before = render.render_corpus(corpus)
    actor = corpus.actors[1]
    after = render.render_corpus(dataclasses.replace(
        corpus, actors=_replace(corpus.actors, 1, name="Ant Group Co")))
    changed = {p for p in after if after[p] != before.get(p)}
    entities = {tuple(p.removesuffix(".md").split("/")[:2]) for p in changed
                if p.split("/")[0] in ("actors", "articles", "events", "sources")
                and not p.endswith("index.md")}
    assert ("actors", actor.id) in entities
    # the pages rendered again are those whose Markdown changed: here the actor's own page,
    # the article and the event that link it
    assert memo.rendered == len(entities) == 3
    assert memo.reused == len(corpus.articles) + len(corpus.actors) + len(corpus.events) + len(
        corpus.sources) - 3


def test_a_mention_more_or_fewer_does_not_render_every_page_that_links_the_actor(monkeypatch):
    """An article that names China once more changes China's counts: China's own page and that
    article's page change; the other articles that link China show its name and type only
    (their hover previews too), so they are neither changed nor rendered again."""
    corpus = load_corpus(GOLDEN)
    memo = PageMemo()
    monkeypatch.setattr(render, "MEMO", memo)
    before = render.render_corpus(corpus)
    i = next(i for i, a in enumerate(corpus.actors) if a.id == "china")
    china = corpus.actors[i]
    dropped = china.mentions[-1]
    articles = {m.article for m in china.mentions}
    assert len(articles) == 3  # linked from every article
    after = render.render_corpus(dataclasses.replace(
        corpus, actors=_replace(corpus.actors, i, mentions=china.mentions[:-1])))
    assert after == _fresh(dataclasses.replace(
        corpus, actors=_replace(corpus.actors, i, mentions=china.mentions[:-1])), monkeypatch)
    for article in articles - {dropped.article}:
        page = f"articles/{article}.md"
        assert after[page] == before[page]
        assert "china.md" in before[page] and "Place · China" in before[page]
    changed = {p.removesuffix(".md").split("/")[1] for p in after
               if after[p] != before[p] and p.split("/")[0] in ("actors", "articles")
               and not p.endswith("index.md")}
    assert {"china", dropped.article} <= changed
    assert memo.rendered == len(changed)  # the actors sharing the sentence, the article, China


def test_a_memoised_page_may_not_iterate_over_a_table():
    recorder = Recorder()
    table = Tracked("actors", {"a": 1}, recorder)
    assert list(table) == ["a"]
    recorder.reads = set()
    assert table.get("a") == 1 and "b" not in table
    assert recorder.reads == {("actors", "a"), ("actors", "b")}
    with pytest.raises(RuntimeError, match="by key only"):
        list(table.values())
