"""Search, graph and timeline in a real browser (Playwright + Debian Chromium), on a small site
built in tmp_path from articles written here: an actor is found by an alias, the graph draws
and a click opens a page, the timeline lists dated events in order; no console error, and no
request leaves localhost."""

from __future__ import annotations

import functools
import http.server
import json
import threading

import pytest
from sitekit import article, mkdocs_build, site_config, write_files

from generator import urls

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.model]

ARTICLES = {
    "blair-visit.md": article(
        "Tony Blair visits Paris", "Prime Minister Tony Blair visited Paris on Monday. "
        "Mr Blair met President Jacques Chirac at the Elysee Palace. Blair said the talks "
        "were useful.", date="2005-01-10"),
    "tories-plan.md": article(
        "Conservative Party sets out tax plan", "The Conservative Party unveiled a tax plan "
        "in London. Michael Howard said the Conservative Party would cut taxes. Tony Blair "
        "criticised the plan. The Tories said the plan was fair.", date="2005-02-14"),
    "brown-budget.md": article(
        "Gordon Brown presents the budget", "Chancellor Gordon Brown presented the budget "
        "in London on Wednesday. Gordon Brown said growth would be strong.",
        date="2005-03-16"),
    "curation.yml": "aliases:\n  Conservative Party: [Tories]\n",
}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("explore")
    content = write_files(tmp / "content", ARTICLES)
    run = mkdocs_build(site_config(tmp, content), strict=True, site=tmp / "site")
    assert run.returncode == 0, run.output
    return tmp / "site"


@pytest.fixture(scope="module")
def server(site):
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def page(browser, server):
    """A page whose requests may only reach the local server; errors and outside requests
    are collected and checked when the test ends."""
    context = browser.new_context()
    outside: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(server):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    p = context.new_page()
    p.set_default_timeout(15_000)
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    p.on("pageerror", lambda e: errors.append(str(e)))
    yield p
    context.close()
    assert outside == []
    assert errors == []


def _results(page, server, query: str) -> list[str]:
    page.goto(f"{server}/search/?q={query}", wait_until="load")
    page.wait_for_selector(".news-result a")
    page.wait_for_timeout(300)
    return page.eval_on_selector_all(".news-result a",
                                     "els => els.map(e => e.getAttribute('href'))")


def test_search_finds_an_actor_by_its_alias_before_articles(page, server, site):
    assert (site / urls.PAGEFIND_DIR / "pagefind.js").is_file()
    assert "conservative-party" in _results(page, server, "Tories")[0]


def test_search_ranks_the_actor_page_first_for_a_surname(page, server):
    assert "/actors/tony-blair/" in _results(page, server, "Blair")[0]


def test_only_the_search_page_loads_the_index(page, server):
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(f"{server}/actors/", wait_until="load")
    page.goto(f"{server}/graph/", wait_until="load")
    assert not [u for u in fetched if f"/{urls.PAGEFIND_DIR}/" in u]


def test_the_graph_draws_typed_nodes_and_a_click_opens_the_page(page, server, site):
    data = json.loads((site / urls.DATA_FILES["graph"]).read_text(encoding="utf-8"))
    assert {n["kind"] for n in data["nodes"]} == {"actor", "event"}
    page.goto(f"{server}/graph/", wait_until="load")
    page.wait_for_selector("#news-graph[data-ready]")
    assert int(page.get_attribute("#news-graph", "data-ready")) == len(data["nodes"])
    assert page.locator("#news-graph canvas").count() == 1
    assert page.locator("#news-graph-filters input[type=checkbox]").count() >= 2
    # The actor farthest from any other node: no event's label box lies over its dot.
    target = max((n for n in data["nodes"] if n["kind"] == "actor"),
                 key=lambda n: min((n["x"] - m["x"]) ** 2 + (n["y"] - m["y"]) ** 2
                                   for m in data["nodes"] if m is not n))
    page.evaluate("id => { window.newsGraph.stopSimulation(); "
                  "window.newsGraph.setOptions({physics: false}); "
                  "window.newsGraph.focus(id, {scale: 1.5}); }", target["id"])
    page.wait_for_timeout(300)
    point = page.evaluate("""id => { const p = window.newsGraph.canvasToDOM(
        window.newsGraph.getPositions([id])[id]);
        const r = document.querySelector('#news-graph canvas').getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y}; }""", target["id"])
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(f"{server}/{target['url']}")


def test_only_the_graph_page_loads_the_library(site):
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        if html.parent.name != "graph":
            assert "vis-network" not in text, html
    assert (site / urls.VENDOR_DIR / "vis-network.min.js").is_file()
    assert any((site / urls.VENDOR_DIR).glob("*LICENSE*"))


def test_the_timeline_lists_dated_events_in_date_order(page, server):
    page.goto(f"{server}/timeline/", wait_until="load")
    page.wait_for_selector("#news-timeline[data-shown]")
    dates = page.eval_on_selector_all("#news-timeline time", "els => els.map(e => e.dateTime)")
    assert dates and dates == sorted(dates)
    options = page.eval_on_selector_all("#news-timeline-actor option",
                                        "els => els.map(e => [e.value, e.textContent])")
    brown = next(v for v, name in options if name == "Gordon Brown")
    page.select_option("#news-timeline-actor", brown)
    shown = page.eval_on_selector_all("#news-timeline time", "els => els.map(e => e.dateTime)")
    assert shown and set(shown) <= {"2005-03-16"}


def test_a_claim_tooltip_opens_on_keyboard_focus(page, server):
    page.goto(f"{server}/articles/tories-plan/", wait_until="load")
    assert page.locator(".sentence.claim").count() >= 1
    for _ in range(60):  # tab through the page until a claim sentence has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('claim')"):
            break
    else:
        raise AssertionError("no claim sentence is reachable with the Tab key")
    page.wait_for_timeout(500)
    tip = page.evaluate("""() => { const id = document.activeElement
        .getAttribute('aria-describedby'); const t = id && document.getElementById(id);
        return t ? t.textContent : null; }""")
    assert tip and tip.startswith("Claim · "), tip


def test_the_ego_graph_links_to_the_co_actors(page, server):
    page.goto(f"{server}/actors/tony-blair/", wait_until="load")
    figure = page.locator("figure.ego-graph")
    assert figure.locator("figcaption").count() == 1
    assert figure.locator("script").count() == 0
    links = figure.locator("a")
    assert links.count() >= 1 and links.count() == figure.locator("a title").count()
    href = links.first.get_attribute("href")
    links.first.click()
    page.wait_for_url(f"{server}/actors/{href.strip('./')}/")
