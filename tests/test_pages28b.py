"""How the published pages read, second round: index pages that lead with what a reader
wants and say what their numbers and orders are (found by reading a 200-article BBC site).

Each test renders pages from records built here (or the golden corpus) and checks the
Markdown; no spaCy is loaded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitekit import graph_page

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
    # pages30: each link in a box with its count (<span class="part">)
    assert lines[0].startswith('**1990s:** <span class="part">[1995\\-03](index/1995-03.md)')
    assert lines[1].startswith('**2000s:** <span class="part">[2004\\-05]')
    # pages30: the count says what it counts; a link, its count and the dot after it are one
    # box (on a phone a line never starts with the dot)
    assert ('[2004\\-06](index/2004-06.md) <small class="count">1 event</small> ·</span> '
            '<span class="part">[2005\\-01]') in lines[1]


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
    # pages30: each number says "claims" itself (the sentence saying so is gone)
    numbers = re.findall(r"\]\((index/[^)]+)\) <small><span class=\"count\">(\d+) claims?<",
                         index)
    assert numbers
    for part, n in numbers:
        listed = [line for line in pages[f"claims/{part}"].splitlines()
                  if line.startswith("- ")]
        assert int(n) == len(listed), part
    assert sum(int(n) for _, n in numbers) == 6


def test_the_split_articles_index_says_what_its_numbers_count():
    pages = render.render_corpus(load_corpus(GOLDEN),
                                 settings=render.RenderSettings(max_index_rows=2))
    # pages30: each part's number is followed by its noun
    assert re.search(r"<small[^>]*>\d+ articles?<", pages["articles/index.md"])


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


def _overlapping_hub_labels(graph: dict) -> list[tuple[str, str]]:
    """Pairs of the 30 biggest nodes whose labels (as graph.js sizes them) overlap each other
    or the other's dot."""
    from collections import Counter

    links: Counter[str] = Counter()
    for e in graph["edges"]:
        links[e["from"]] += 1
        links[e["to"]] += 1
    nodes = graph["nodes"]
    values = [10 if n["kind"] == "more" else 1 + links[n["id"]] for n in nodes]
    lo, hi = min(values), max(values)
    boxes = []  # (label, x0, x1, y0, y1, is a dot)
    for i in sorted(range(len(nodes)), key=lambda i: (-values[i], i))[:30]:
        s = (values[i] - lo) / max(hi - lo, 1)
        font, size, x, y = 12 + 20 * s, 6 + 24 * s, nodes[i]["x"], nodes[i]["y"]
        width = 0.55 * font * min(len(nodes[i]["label"]), 40)
        centre = y + size + 0.6 * font
        label = nodes[i]["label"]
        boxes.append((label, x - width / 2, x + width / 2, centre - 0.65 * font,
                      centre + 0.65 * font, False))
        boxes.append((label, x - size, x + size, y - size, y + size, True))
    return [(a[0], b[0]) for k, a in enumerate(boxes) for b in boxes[k + 1:]
            if a[0] != b[0] and not (a[5] and b[5])
            and a[1] < b[2] and b[1] < a[2] and a[3] < b[4] and b[3] < a[4]]


def test_the_graph_hubs_labels_do_not_overlap():
    # On the BBC graph "Labour Party", "Conservative Party" and "Tony Blair" were written
    # over each other at the centre: the biggest labels are moved apart at build time
    from generator.render.context import RenderContext, RenderSettings, make_environment
    from generator.render.explore import graph_data
    from generator.render.site import SiteIndex
    from quality.graph_timing import synthetic_corpus

    corpus = synthetic_corpus(300, 600)
    graph = graph_data(RenderContext(SiteIndex(corpus), make_environment(), RenderSettings()))
    assert _overlapping_hub_labels(graph) == []


def test_separating_labels_moves_only_the_biggest_nodes_and_only_up_or_down():
    from generator.render.graph_layout import separate_labels

    positions = [(0, 0), (5, 3), (400, 0), (1, 1)]
    out = separate_labels(positions, ["Labour Party", "Conservative Party", "Far", "tiny"],
                          [30, 29, 28, 1], top=3)
    assert out[3] == (1, 1) and out[2] == (400, 0)
    assert [x for x, _ in out] == [0, 5, 400, 1]
    assert abs(out[0][1] - out[1][1]) >= 0.65 * (12 + 20) + 0.65 * (12 + 20 * 28 / 29) - 1


@pytest.mark.browser
def test_the_graph_draws_the_hubs_last_with_a_halo(browser, tmp_path):
    # vis-network draws nodes in their order, each with its label: the hubs came first, so
    # hundreds of small nodes were drawn over their names
    from quality.graph_timing import synthetic_corpus

    with graph_page(browser, tmp_path, synthetic_corpus(100, 200)) as page:
        values, stroke = page.evaluate("""() => {
            const body = window.newsGraph.body;
            const ids = body.nodeIndices.filter(id => !String(id).startsWith('more:'));
            return [ids.map(id => body.nodes[id].options.value),
                    body.nodes[ids[0]].options.font.strokeWidth];
        }""")
    assert values == sorted(values) and values[-1] > values[0]
    assert stroke >= 2
