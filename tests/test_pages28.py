"""How the published pages read: presentation fixes found by reading a 200-article BBC site.

Each test renders pages from the golden corpus (or from a few records built here) and checks
the Markdown a reader's page is made from; no spaCy is loaded.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from sitekit import graph_page

from generator import render
from generator.corpus_json import load_corpus

GOLDEN = Path(__file__).parent / "golden" / "corpus.json"


@pytest.fixture(scope="module")
def split_pages() -> dict[str, str]:
    """The golden corpus with listings split into parts (as a site of hundreds of articles)."""
    return render.render_corpus(load_corpus(GOLDEN), settings=render.RenderSettings(
        max_index_rows=2))


def _tables_glued_to_text(page: str) -> list[str]:
    """Table header lines that follow a line of text directly (Markdown then shows pipes)."""
    lines = page.splitlines()
    glued = []
    for before, line, sep in zip(lines, lines[1:], lines[2:] + [""], strict=False):
        if re.match(r"\s*\|", line) and re.match(r"\s*\|[-:| ]+\|\s*$", sep) \
                and before.strip() and not before.lstrip().startswith("|"):
            glued.append(f"{before!r} / {line!r}")
    return glued


def test_the_actors_index_tables_render_as_tables_when_types_are_split(split_pages):
    # "The 100 most mentioned. [parts]" was followed by the table with no blank line between:
    # the tab showed "| Actor | Mentions | Articles | |---|" as text on a 200-article site.
    index = split_pages["actors/index.md"]
    assert "most mentioned." in index
    assert _tables_glued_to_text(index) == []
    html = markdown.markdown(index, extensions=["tables", "pymdownx.tabbed", "md_in_html"])
    assert "<table>" in html and "|---|" not in html


def test_no_page_starts_a_table_right_after_a_line_of_text(split_pages):
    glued = {p: g for p, md in split_pages.items() if (g := _tables_glued_to_text(md))}
    assert glued == {}


def _small_corpus():
    """Two undated articles: an actor with a role, an event told twice in the first article
    and once in the second."""
    from generator.models import (
        Actor,
        Article,
        Corpus,
        Event,
        EventMention,
        Mention,
        Participant,
        Role,
    )
    one = "Ana Ruiz, the mayor, opened the bridge. The bridge was opened at noon."
    two = "The bridge opened by Ana Ruiz is long."
    articles = (
        Article(id="one", path="content/one.txt", title="Bridge opens", text=one,
                sentences=((0, 39), (40, len(one)))),
        Article(id="two", path="content/two.txt", title="A long bridge", text=two,
                sentences=((0, len(two)),)),
    )
    actor = Actor(id="ana-ruiz", name="Ana Ruiz", type="person",
                  roles=(Role("mayor", "one", (14, 19)),),
                  mentions=(Mention("one", (0, 8), "Ana Ruiz", 0),
                            Mention("two", (21, 29), "Ana Ruiz", 0)))
    event = Event(id="one-open-1", summary="Ana Ruiz opened the bridge", trigger="open",
                  participants=(Participant("ana-ruiz", "agent"),),
                  mentions=(EventMention("one", 0, (20, 26)), EventMention("one", 1, (55, 61)),
                            EventMention("two", 0, (11, 17))))
    return Corpus(articles=articles, actors=(actor,), events=(event,))


@pytest.fixture(scope="module")
def small_pages() -> dict[str, str]:
    return render.render_corpus(_small_corpus())


def test_the_event_facts_are_labelled_lines_not_a_table_with_an_empty_header(small_pages):
    # "| | |" made an empty grey header row above What / Who / Reported on every event page
    page = small_pages["events/one-open-1.md"]
    assert "| |" not in page
    assert "- **What:**" in page and "- **Reported:** 3 times in 2 articles" in page


def test_an_events_reports_come_under_their_article_title_once(small_pages):
    # the article link was repeated before every report (5 times running on a BBC race)
    page = small_pages["events/one-open-1.md"]
    reports = page.split("## Reports", 1)[1]
    assert reports.count("[Bridge opens](../articles/one.md)") == 1
    assert reports.count("[A long bridge](../articles/two.md)") == 1
    assert reports.count("> ") == 3


def test_an_actor_with_nothing_dated_has_no_empty_timeline_section(small_pages):
    page = small_pages["actors/ana-ruiz.md"]
    assert "## Timeline" not in page
    assert "without a date" not in page


def test_an_actors_role_says_which_article_tells_it(small_pages):
    # "Roles: Prime Minister Brown ally rejects Budget spree": the article title ran on
    page = small_pages["actors/ana-ruiz.md"]
    assert re.search(r"\*\*Roles:\*\* mayor <small>\(in \[Bridge opens\]\([^)]*\)\)</small>",
                     page), page


@pytest.mark.browser
def test_the_graph_names_its_hubs_and_draws_events_as_small_squares(browser, tmp_path):
    # A 1,200-node graph drew every label at every zoom and every event as an orange box
    # around its summary: an unreadable disc of text. Now node (and label) size follow the
    # number of links, and labels too small at the zoom are not drawn.
    from quality.graph_timing import synthetic_corpus

    with graph_page(browser, tmp_path, synthetic_corpus(300, 600)) as page:
        shapes, values = page.evaluate("""() => {
            const ns = Object.values(window.newsGraph.body.nodes)
                .filter(n => !String(n.id).startsWith('more:'));
            return [Array.from(new Set(ns.filter(n => String(n.id).startsWith('e:'))
                                         .map(n => n.options.shape))),
                    ns.map(n => n.options.value)];
        }""")
    assert shapes == ["square"]
    assert min(values) >= 1 and max(values) > 5 * min(values)  # hubs are drawn bigger


def _undated_corpus():
    from generator.models import Article, Corpus, Event, EventMention
    titles = ["Zebra crossing opens", "Apple harvest up", "[Click](javascript:alert(1)) now",
              "Mid-term <b>results</b>", "Kite festival", "Boat race won"]
    articles, events = [], []
    for i, title in enumerate(titles):
        aid = f"a{i}"
        articles.append(Article(id=aid, path=f"content/{aid}.txt", title=title,
                                text="Something happened."))
        events.append(Event(id=f"{aid}-happen-1", summary=f"It happened {i}", trigger="happen",
                            mentions=(EventMention(aid, 0, (0, 9)),)))
    return Corpus(articles=tuple(articles), events=tuple(events))


def test_an_undated_part_of_the_events_index_names_the_articles_it_holds():
    # "undated (3 of 8)" told a reader nothing of what the part holds; its events are now in
    # the order of their articles' titles, and the link says from which title to which
    pages = render.render_corpus(_undated_corpus(),
                                 settings=render.RenderSettings(max_index_rows=2))
    index = pages["events/index.md"]
    lines = [line for line in index.splitlines() if line.startswith("- [undated")]
    assert len(lines) == 3
    # by title from its first letter (pages30: a bracket before it no longer sorts first, so
    # that the parts' title letters run in order): "Apple", "Boat", "[Click..." (escaped),
    # "Kite", "Mid-term", "Zebra"
    assert lines[0].endswith("from “Apple harvest up” to “Boat race won”</small>")
    assert lines[1].endswith("to “Kite festival”</small>")
    assert lines[2].endswith("to “Zebra crossing opens”</small>")
    # titles are article text: escaped for Markdown and HTML
    html = markdown.markdown(index, extensions=["tables", "md_in_html", "attr_list"])
    assert "[Click](javascript:alert(1)) now" in html
    assert 'href="javascript' not in html and "<b>results</b>" not in html
    # pages30: the part is named by its titles' letters, not "(1 of 3)"
    part = pages["events/index/undated-titles-c-k.md"]
    assert part.index("It happened 2") < part.index("It happened 4")  # "[Click" before Kite


def test_a_dated_part_keeps_its_inline_month_link():
    from dataclasses import replace
    corpus = _undated_corpus()
    arts = tuple(replace(a, date="2004-05-0" + str(i + 1)) if i < 2 else a
                 for i, a in enumerate(corpus.articles))
    events = tuple(replace(e, date="2004-05-0" + str(i + 1)) if i < 2 else e
                   for i, e in enumerate(corpus.events))
    pages = render.render_corpus(replace(corpus, articles=arts, events=events),
                                 settings=render.RenderSettings(max_index_rows=2))
    index = pages["events/index.md"]
    # pages30: the count says what it counts
    assert "[2004\\-05](index/2004-05.md) <small class=\"count\">2 events</small>" in index
    assert not any(line.startswith("- [2004") for line in index.splitlines())


@pytest.mark.browser
@pytest.mark.parametrize("box", ["actor-summary", "facts"])
def test_labelled_lines_are_flush_with_the_text(browser, box):
    # Material's "[dir=ltr] .md-typeset ul li" margin outranked ".actor-summary li": the
    # summary of actor pages and the facts of event pages were indented by 30 px on a phone
    import material

    css = Path(material.__file__).parent / "templates/assets/stylesheets"
    main = next(css.glob("main.*.min.css")).read_text(encoding="utf-8")
    extra = (Path(__file__).resolve().parent.parent
             / "site_templates/docs/stylesheets/extra.css").read_text(encoding="utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.set_content(f"<style>{main}</style><style>{extra}</style>"
                     f'<div dir="ltr"><article class="md-typeset"><p id="p">Text</p>'
                     f'<div class="{box}"><ul><li id="li"><strong>What:</strong> x</li></ul>'
                     f"</div></article></div>")
    p_left = page.eval_on_selector("#p", "e => e.getBoundingClientRect().left")
    li_left = page.eval_on_selector("#li", "e => e.getBoundingClientRect().left")
    page.close()
    assert abs(li_left - p_left) < 2
