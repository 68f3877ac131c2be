"""The home page (``generator.render.indexes``) on a corpus written for it."""

from __future__ import annotations

from generator import render, urls
from generator.models import Article, Corpus, Event, EventMention


def test_the_home_page_counts_and_shows_only_listed_events():
    text = "Something happened. It happened again."
    articles = tuple(Article(id=f"d{n}", path=f"content/d{n}.txt", title=f"Story {n}",
                             text=text, sentences=((0, 19), (20, 38))) for n in range(2))
    told = (EventMention("d0", 0, (10, 18)), EventMention("d1", 0, (10, 18)))
    events = (Event(id="d0-meet-1", summary="The council met", trigger="meet", mentions=told),
              Event(id="d0-distribute-2", summary="To distribute", trigger="distribute",
                    mentions=(*told, EventMention("d1", 1, (23, 31))), bare=True, minor=True))
    home = render.render_corpus(Corpus(articles=articles, events=events))[
        urls.index_path("home")]
    assert "**1** events" in home and "The council met" in home, home
    assert "To distribute" not in home, home  # a bare event: not on the events index either
