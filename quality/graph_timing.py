"""How long the graph page takes to draw a large corpus: ``python -m quality.graph_timing``.

A synthetic corpus (``--actors`` actors of mixed types, ``--events`` events of two to four of
them, one article) is made as corpus records (no spaCy); its ``graph.json`` is made by the
renderer (``render.explore.graph_data``: the cap, the aggregation and the build-time layout,
whose time is printed), and drawn in headless Chromium by the site's own ``graph.js`` and the
vendored vis-network, on a bare page with the graph page's markup served from 127.0.0.1. The
time printed is ``drawMs`` (from ``new vis.Network`` to the first frame drawn with the physics
off) and the wall time from opening the page to it. ``--js FILE`` draws with another
``graph.js`` (e.g. an older one: ``git show REV:site_templates/docs/javascripts/graph.js``).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import random
import shutil
import tempfile
import threading
import time
from pathlib import Path

from generator.models import Actor, Article, Corpus, Event, EventMention, Mention, Participant
from generator.render.context import RenderContext, RenderSettings, make_environment
from generator.render.explore import graph_data
from generator.render.site import SiteIndex
from generator.site_search import vendored_files
from generator.urls import VENDOR_DIR

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("person", "person", "organization", "place", "group")
PAGE = """<!doctype html><meta charset="utf-8"><title>graph timing</title>
<div id="news-graph-filters"></div>
<div id="news-graph" style="height:600px" data-src="graph.json"
     data-library="vis-network.min.js"></div>
<script src="graph.js"></script>
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def synthetic_corpus(n_actors: int, n_events: int, seed: int = 5) -> Corpus:
    """Actors named ``Actor 17``, one mention each, in events of two to four of them (the
    lower numbers in more events, as in news)."""
    rng = random.Random(seed)
    text = "x" * 10
    article = Article(id="a", path="content/a.md", title="A", text=text,
                      sentences=((0, len(text)),))
    actors = tuple(Actor(id=f"actor-{i}", name=f"Actor {i}", type=TYPES[i % len(TYPES)],
                         mentions=(Mention("a", (0, 1), "x"),)) for i in range(n_actors))
    events = []
    for i in range(n_events):
        chosen = {int(n_actors * rng.random() ** 3) for _ in range(rng.randint(2, 4))}
        parts = tuple(Participant(f"actor-{a}", "agent") for a in sorted(chosen))
        events.append(Event(id=f"event-{i}", summary=f"Event {i}", trigger="met",
                            participants=parts,
                            mentions=(EventMention("a", 0, (0, 1), participants=parts),)))
    return Corpus(articles=(article,), actors=actors, events=tuple(events))


def measure(graph: dict, js: Path, runs: int = 3, screenshot: Path | None = None
            ) -> list[tuple[int, float]]:
    """Draw ``graph`` ``runs`` times in headless Chromium: [(drawMs, wall seconds)]."""
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="graph-timing-"))
    try:
        (folder / "index.html").write_text(PAGE, encoding="utf-8")
        (folder / "graph.json").write_text(json.dumps(graph), encoding="utf-8")
        shutil.copy(js, folder / "graph.js")
        shutil.copy(vendored_files()[f"{VENDOR_DIR}/vis-network.min.js"],
                    folder / "vis-network.min.js")
        handler = functools.partial(_Quiet, directory=str(folder))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/index.html"
        results = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                        args=["--no-sandbox"])
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_function("document.getElementById('news-graph').dataset.drawMs",
                                       timeout=300_000)
                wall = time.perf_counter() - start
                ms = int(page.eval_on_selector("#news-graph", "b => b.dataset.drawMs"))
                results.append((ms, wall))
                if screenshot is not None:
                    page.screenshot(path=str(screenshot))
                page.close()
            browser.close()
        httpd.shutdown()
        httpd.server_close()
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quality.graph_timing", description=__doc__)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--events", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--js", type=Path,
                        default=ROOT / "site_templates/docs/javascripts/graph.js")
    parser.add_argument("--screenshot", type=Path, help="a PNG of the drawn graph")
    args = parser.parse_args(argv)
    corpus = synthetic_corpus(args.actors, args.events)
    ctx = RenderContext(SiteIndex(corpus), make_environment(), RenderSettings())
    start = time.perf_counter()
    graph = graph_data(ctx)
    built = time.perf_counter() - start
    placed = bool(graph["nodes"]) and "x" in graph["nodes"][0]  # type: ignore[index]
    print(f"{args.actors} actors, {args.events} events -> {len(graph['nodes'])} nodes, "  # type: ignore[arg-type]
          f"{len(graph['edges'])} edges; graph.json made in {built:.2f} s "  # type: ignore[arg-type]
          f"({'with' if placed else 'without'} positions)")
    for ms, wall in measure(graph, args.js, args.runs, args.screenshot):
        print(f"drawn in {ms} ms (page opened to drawn: {wall:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
