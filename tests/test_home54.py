"""The home page's cards count what a reader would: a story and its edited copy (one title)
are one report, and a source that only describes a kind of document is no "most cited" one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.corpus_json import load_corpus
from generator.models import Source
from generator.render import render_corpus

_CORPUS = Path(__file__).parent / "golden" / "corpus.json"


def _story_line(page: str, summary: str) -> str:
    return next(line for line in page.splitlines() if summary in line and "<small>" in line)


def test_a_story_and_its_copy_under_one_title_are_one_report():
    corpus = load_corpus(_CORPUS)
    event = next(e for e in corpus.events if len({m.article for m in e.mentions}) > 1)
    first, second = sorted({m.article for m in event.mentions})
    title = next(a.title for a in corpus.articles if a.id == first)
    articles = tuple(dataclasses.replace(a, title=title) if a.id == second else a
                     for a in corpus.articles)
    before = _story_line(render_corpus(corpus)["index.md"], event.summary)
    after = _story_line(render_corpus(dataclasses.replace(corpus, articles=articles))
                        ["index.md"], event.summary)
    assert "2 articles" in before and "1 article," in after, (before, after)


def test_a_described_document_is_not_a_most_cited_source():
    corpus = load_corpus(_CORPUS)
    cite = corpus.sources[0].citations[0]
    cites = tuple(dataclasses.replace(cite, claim=None) for _ in range(9))
    study = Source(id="a-study", name="A study", kind="document", citations=cites)
    posting = Source(id="an-internet-posting", name="an Internet posting made a day ago",
                     kind="document", citations=cites)
    post = Source(id="the-post-by", name="the post by an unknown author", kind="news outlet",
                  citations=cites)
    named = Source(id="swiss-re", name="Swiss Re", kind="organization", citations=cites[:8])
    home = render_corpus(dataclasses.replace(
        corpus, sources=(*corpus.sources, study, posting, post, named)))["index.md"]
    cards = home.split("**Most cited sources**")[1].split("**Latest events**")[0]
    assert "[Swiss Re]" in cards and "[A study]" not in cards, cards
    assert "Internet posting" not in cards and "unknown author" not in cards, cards
