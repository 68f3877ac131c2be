"""The actor page's ego graph: an inline SVG with a title per node and links that resolve."""

from __future__ import annotations

import html.parser
from pathlib import Path

from sitekit import check_pages

from generator.corpus_json import load_corpus
from generator.models import Actor, Article, Corpus, Mention
from generator.render import render_corpus

GOLDEN = Path(__file__).parent / "golden"


class _Figure(html.parser.HTMLParser):
    """The ego figure's links, titles and texts, and any script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.titles: list[str] = []
        self.texts: list[str] = []
        self.tags: set[str] = set()
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "a":
            self.hrefs.append(dict(attrs)["href"])
        self._in = tag

    def handle_data(self, data):
        if self._in == "title":
            self.titles.append(data)
        elif self._in == "text":
            self.texts.append(data)

    def handle_endtag(self, tag):
        self._in = None


def _figure(page: str) -> _Figure:
    start, end = page.index('<figure class="ego-graph">'), page.index("</figure>")
    parser = _Figure()
    parser.feed(page[start:end + len("</figure>")])
    return parser


def test_the_ego_graph_links_every_co_actor_with_a_title():
    pages = render_corpus(load_corpus(GOLDEN / "corpus.json"))
    page = pages["actors/beijing.md"]
    figure = _figure(page)
    listed = [line for line in page.split("## Appears with", 1)[1].splitlines()
              if line.startswith("- [")]
    assert len(figure.hrefs) == len(listed) >= 3
    assert len(figure.titles) == len(listed) + 1  # the actor itself, then each co-actor
    assert figure.titles[0] == "Beijing"
    assert "China (place): 2 sentences, 1 event shared" in figure.titles
    assert "../china/" in figure.hrefs and "script" not in figure.tags
    assert "<figcaption>" in page
    check_pages(pages)  # the links resolve to actor pages; SVG markup only on actor pages


def test_names_in_the_ego_graph_are_escaped_and_cut():
    hostile = '<script>alert("x")</script> & a name far too long to fit'
    text = f"{hostile} met Bob Smith."
    article = Article(id="a", path="content/a.md", title="T", text=text,
                      sentences=((0, len(text)),))
    bob = text.index("Bob")
    actors = (Actor(id="evil", name=hostile, type="person",
                    mentions=(Mention("a", (0, len(hostile)), hostile),)),
              Actor(id="bob-smith", name="Bob Smith", type="person",
                    mentions=(Mention("a", (bob, bob + 9), "Bob Smith"),)))
    pages = render_corpus(Corpus(articles=(article,), actors=actors))
    page = pages["actors/bob-smith.md"]
    figure = _figure(page)
    assert "<script>" not in page
    assert hostile + " (person): 1 sentence shared" in figure.titles  # whole, as text
    assert figure.texts == ['<script>alert("x")</s…']  # the label is cut to fit
    assert figure.hrefs == ["../evil/"]
