"""How the published pages read, second round: index pages that lead with what a reader
wants and say what their numbers and orders are (found by reading a 200-article BBC site).

Each test renders pages from records built here (or the golden corpus) and checks the
Markdown; no spaCy is loaded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import render
from generator.corpus_json import load_corpus
from generator.models import (
    Actor,
    Article,
    Claim,
    Corpus,
    Event,
    EventMention,
    Mention,
)

GOLDEN = Path(__file__).parent / "golden" / "corpus.json"


def _dated_events_corpus() -> Corpus:
    """Five articles with an event each, dated in three decades; the first event is also
    reported by the second article (the most reported one)."""
    dates = ["1995-03-01", "2004-05-02", "2004-06-03", "2005-01-04", None]
    articles, events = [], []
    for i, date in enumerate(dates):
        aid = f"d{i}"
        articles.append(Article(id=aid, path=f"content/{aid}.txt", title=f"Story {i}",
                                text="Something happened. It happened again.", date=date,
                                sentences=((0, 19), (20, 38))))
        mentions = [EventMention(aid, 0, (10, 18))]
        if i == 0:
            mentions += [EventMention("d1", 1, (23, 31)), EventMention("d0", 1, (23, 31))]
        events.append(Event(id=f"{aid}-happen-1", summary=f"Thing {i} happened",
                            trigger="happen", date=date, mentions=tuple(mentions)))
    return Corpus(articles=tuple(articles), events=tuple(events))


def test_the_split_events_index_leads_with_the_most_reported_events():
    # The BBC events index opened on a wall of ~50 month and year links: the biggest
    # stories come first now, then the dated browse, one line per decade.
    pages = render.render_corpus(_dated_events_corpus(),
                                 settings=render.RenderSettings(max_index_rows=1))
    index = pages["events/index.md"]
    assert "## Most reported" in index
    assert index.index("## Most reported") < index.index("## By date") < index.index(
        "## Undated")
    stories = index.split("## Most reported", 1)[1].split("##", 1)[0]
    assert "[Thing 0 happened](d0-happen-1.md) <small>2 articles, 3 sentences · 1995" in stories
    assert "Thing 1 happened" not in stories  # told once: not a story
    lines = [line for line in index.splitlines() if line.startswith("**")]
    assert lines[0].startswith("**1990s:** [1995\\-03](index/1995-03.md)")
    assert lines[1].startswith("**2000s:** [2004\\-05]")
    assert "[2004\\-06](index/2004-06.md) <small>1</small> · [2005\\-01]" in lines[1]


def test_the_one_page_events_index_leads_with_the_most_reported_events_too():
    pages = render.render_corpus(_dated_events_corpus())
    index = pages["events/index.md"]
    assert index.index("## Most reported") < index.index("## All events") < index.index(
        "### 1995\\-03")


def test_a_part_of_the_events_index_has_no_stories():
    pages = render.render_corpus(_dated_events_corpus(),
                                 settings=render.RenderSettings(max_index_rows=1))
    assert "## Most reported" not in pages["events/index/1995-03.md"]


def _claims_corpus() -> Corpus:
    """Three undated articles with 3, 1 and 2 claims."""
    text = "Ann said it rained. Bo said it snowed. Cy said it hailed."
    sentences = ((0, 19), (20, 38), (39, 57))
    articles, claims = [], []
    for i, n in enumerate([3, 1, 2]):
        aid = f"c{i}"
        articles.append(Article(id=aid, path=f"content/{aid}.txt", title=f"Weather {i}",
                                text=text, sentences=sentences))
        for k in range(n):
            start = sentences[k][0]
            claims.append(Claim(id=f"{aid}-{k}", article=aid, sentence=k, speaker=None,
                                speaker_span=None, cue="said", cue_span=(start + 4, start + 8),
                                content_span=(start + 9, sentences[k][1] - 1)))
    return Corpus(articles=tuple(articles), claims=tuple(claims))


def test_the_claims_index_counts_the_claims_of_each_part_and_says_so():
    # "undated (1 of 4) 37": the number counted the part's articles, not its claims, and
    # nothing said what it counted
    pages = render.render_corpus(_claims_corpus(),
                                 settings=render.RenderSettings(max_index_rows=3))
    index = pages["claims/index.md"]
    assert "The number after each part is how many claims it lists" in index
    numbers = re.findall(r"\]\((index/[^)]+)\) <small>(\d+)", index)
    assert numbers
    for part, n in numbers:
        listed = [line for line in pages[f"claims/{part}"].splitlines()
                  if line.startswith("- ")]
        assert int(n) == len(listed), part
    assert sum(int(n) for _, n in numbers) == 6


def test_the_split_articles_index_says_what_its_numbers_count():
    pages = render.render_corpus(load_corpus(GOLDEN),
                                 settings=render.RenderSettings(max_index_rows=2))
    assert "how many articles it lists" in pages["articles/index.md"]


def _home_corpus(dated: int) -> Corpus:
    titles = ["Zoo opens", "Apple harvest", "Mid-term vote", "Kite day", "Boat race"]
    return Corpus(articles=tuple(
        Article(id=f"h{i}", path=f"content/h{i}.txt", title=t, text="Words here.",
                date=f"2020-01-0{i + 1}" if i < dated else None)
        for i, t in enumerate(titles)))


def test_home_lists_undated_articles_apart_by_file_name():
    # "Latest articles, newest first" went on with undated articles in title order
    home = render.render_corpus(_home_corpus(2))["index.md"]
    latest = home.split("## Latest articles", 1)[1].split("##", 1)[0]
    assert "Apple harvest" in latest and "Zoo opens" in latest
    assert "Mid-term" not in latest and "undated" not in latest
    undated = home.split("## Undated articles", 1)[1].split("[All articles]", 1)[0]
    assert "3 more articles carry no date: by file name." in undated
    assert undated.index("Mid\\-term vote") < undated.index("Kite day") < undated.index(
        "Boat race")


def test_home_without_dates_does_not_call_its_articles_the_latest():
    home = render.render_corpus(_home_corpus(0))["index.md"]
    assert "Latest articles" not in home and "Newest first" not in home
    assert "## Articles" in home and "No article carries a date: by file name." in home


def _mentions_corpus(dates: list[str | None]) -> Corpus:
    text = "Ana Ruiz spoke. Ana Ruiz left."
    articles = tuple(Article(id=f"m{i}", path=f"content/m{99 - i:02d}.txt",
                             title=f"Visit {i}",
                             text=text, date=d, sentences=((0, 15), (16, 30)))
                     for i, d in enumerate(dates))
    mentions = tuple(Mention(a.id, span, "Ana Ruiz", s) for a in articles
                     for s, span in enumerate([(0, 8), (16, 24)]))
    actor = Actor(id="ana-ruiz", name="Ana Ruiz", type="person", mentions=mentions)
    return Corpus(articles=articles, actors=(actor,))


@pytest.mark.parametrize("dates, words", [
    ([None] * 12, "by article, in the order of their file names"),
    (["2020-01-01"] * 12, "the newest articles first"),
    (["2020-01-01"] + [None] * 11, "the newest articles first, then the undated ones by file"),
])
def test_the_mentions_say_how_their_articles_are_ordered(dates, words):
    # "the newest articles first" on a corpus without a date said nothing true
    page = render.render_corpus(_mentions_corpus(dates))["actors/ana-ruiz.md"]
    intro = next(line for line in page.splitlines() if "sentences that mention" in line)
    assert words in intro


def test_undated_mentions_come_in_file_order():
    page = render.render_corpus(_mentions_corpus([None] * 12))["actors/ana-ruiz.md"]
    # paths run m99 (article 0) down to m88 (article 11): article 11 comes first
    shown = re.findall(r"\[Visit (\d+)\]", page.split("## Mentions in context", 1)[1])
    assert shown[0] == "11" and shown.index("11") < shown.index("10") < shown.index("2")


def test_a_dated_corpus_keeps_newest_first():
    corpus = _mentions_corpus([f"2020-01-{i + 10}" for i in range(12)])
    page = render.render_corpus(corpus)["actors/ana-ruiz.md"]
    shown = re.findall(r"\[Visit (\d+)\]", page.split("## Mentions in context", 1)[1])
    assert shown[0] == "11"
