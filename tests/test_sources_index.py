"""The sources index (tabs by kind, the most cited first) and the speakers page."""

from __future__ import annotations

import re
from pathlib import Path

from sitekit import check_pages

from generator.corpus_json import load_corpus
from generator.models import Article, Citation, Corpus, Source
from generator.render import render_corpus
from generator.render.sources_index import TAB_ROWS

GOLDEN = Path(__file__).parent / "golden"
CITED = re.compile(r"^\s*\| \[[^]]+\]\([^)]+\) \| (\d+) \|", re.M)


def test_sources_are_ranked_in_a_tab_per_kind():
    corpus = load_corpus(GOLDEN / "corpus.json")
    page = render_corpus(corpus)["sources/index.md"]
    tabs = re.findall(r'^=== "([^"]+) \((\d+)\)"$', page, re.M)
    kinds = {s.kind for s in corpus.sources}
    assert len(tabs) == len(kinds)
    assert sum(int(n) for _, n in tabs) == len(corpus.sources)
    for body in page.split("=== ")[1:]:
        cited = [int(n) for n in CITED.findall(body)]
        assert cited == sorted(cited, reverse=True) and cited
    assert "[Speakers: who is quoted most](index/speakers.md)" in page


def test_the_speakers_page_ranks_actors_by_their_claims():
    corpus = load_corpus(GOLDEN / "corpus.json")
    pages = render_corpus(corpus)
    page = pages["sources/index/speakers.md"]
    rows = re.findall(r"^\| \[([^]]+)\]\(\.\./\.\./actors/([^)]+)\.md\) \| \w+ \| (\d+) \|",
                      page, re.M)
    said = {}
    for claim in corpus.claims:
        if claim.speaker in {a.id for a in corpus.actors}:
            said[claim.speaker] = said.get(claim.speaker, 0) + 1
    assert [(slug, int(n)) for _, slug, n in rows] == sorted(
        said.items(), key=lambda t: (-t[1], next(a.name.casefold() for a in corpus.actors
                                                 if a.id == t[0]), t[0]))
    check_pages(pages)


def test_a_kind_with_many_sources_links_to_its_complete_list():
    text = "x"
    article = Article(id="a", path="content/a.md", title="A", text=text,
                      sentences=((0, 1),))
    sources = tuple(Source(id=f"outlet-{i}", name=f"Outlet {i}", kind="outlet",
                           citations=tuple(Citation("a", (0, 1), f"c{k}")
                                           for k in range(i % 7 + 1)))
                    for i in range(TAB_ROWS + 5))
    pages = render_corpus(Corpus(articles=(article,), sources=sources))
    page = pages["sources/index.md"]
    assert f"*The {TAB_ROWS} most cited of {TAB_ROWS + 5}:* [all {TAB_ROWS + 5}]" in page
    part = pages["sources/index/outlet.md"]
    assert len(CITED.findall(part)) == 0  # the part's table has a kind column
    assert part.count("| [Outlet ") == TAB_ROWS + 5


def test_sources_of_one_name_from_different_articles_are_told_apart():
    """Two articles' "the government" are two sources (a description is one article's
    someone); the index names the article beside each, and a named source stays as it is."""
    text = "The government said so."
    articles = tuple(Article(id=i, path=f"content/{i}.md", title=title, text=text,
                             sentences=((0, len(text)),))
                     for i, title in (("a", "Budget row"), ("b", "Tax cut")))
    sources = (
        Source(id="gov-a", name="The government", kind="organization",
               citations=(Citation("a", (0, 14), "c1"),)),
        Source(id="gov-b", name="The government", kind="organization",
               citations=(Citation("b", (0, 14), "c2"),)),
        Source(id="reuters", name="Reuters", kind="outlet",
               citations=(Citation("a", (0, 14), "c3"),)),
    )
    page = render_corpus(Corpus(articles=articles, sources=sources))["sources/index.md"]
    assert "[The government \\(Budget row\\)](gov-a.md)" in page
    assert "[The government \\(Tax cut\\)](gov-b.md)" in page
    assert "[Reuters](reuters.md)" in page
