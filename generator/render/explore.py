"""The pages for exploring the whole corpus: the graph, the timeline and search.

The graph and the timeline are drawn in the reader's browser by small scripts
(``site_templates/docs/javascripts/``) from JSON files emitted beside the pages
(``urls.DATA_FILES``); the JSON is data made with ``json.dumps`` (names and summaries are
strings, never markup: the scripts print them with ``textContent``). The graph keeps the most
connected actors and events (``MAX_GRAPH_ACTORS``, ``MAX_GRAPH_EVENTS``); the rest are one node
per type ("312 more person", linking to the listing), which the page says too. Positions are
computed here (``graph_layout``), so the browser draws with its physics off. ``search_terms``
gives each entity page the names it is found by (its name and aliases, its type), which the
plugin hands to Pagefind with a higher weight.
"""

from __future__ import annotations

import html
import json
from collections import Counter

from .. import urls
from ..models import Corpus
from .context import RenderContext
from .graph_layout import cached_layout, separate_labels
from .text import MD

MAX_GRAPH_ACTORS = 600
MAX_GRAPH_EVENTS = 600


def _json(data: object) -> str:
    # "<" escaped too: the file is never inlined in HTML, but nothing in it can close a tag.
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace(
        "<", "\\u003c") + "\n"


def _link(page: str, asset: str) -> MD:
    """A link from ``page`` to a site file, for an HTML attribute (MkDocs leaves it as it is)."""
    return MD(html.escape(urls.asset_link(page, asset), quote=True))


def graph_data(ctx: RenderContext) -> dict[str, object]:
    """Actors and events as nodes, participation as edges: the most connected first."""
    corpus = ctx.site.corpus
    degree: Counter[str] = Counter()
    for event in corpus.events:
        for p in {p.actor for p in event.participants if p.actor in ctx.site.actors}:
            degree[p] += 1
    actors = sorted(corpus.actors, key=lambda a: (-degree[a.id], -len(a.mentions), a.id))
    kept = {a.id for a in actors[:MAX_GRAPH_ACTORS]}
    events = sorted((e for e in corpus.events
                     if any(p.actor in kept for p in e.participants)),
                    key=lambda e: (-len(e.participants), e.id))
    shown_events = events[:MAX_GRAPH_EVENTS]
    nodes = [{"id": "a:" + a.id, "label": a.name, "kind": "actor", "type": a.type,
              "url": urls.site_url(urls.page_path("actor", a.id))}
             for a in actors if a.id in kept]
    edges = []
    for e in shown_events:
        nodes.append({"id": "e:" + e.id, "label": e.summary, "kind": "event", "type": "event",
                      "url": urls.site_url(urls.page_path("event", e.id))})
        for actor in sorted({p.actor for p in e.participants if p.actor in kept}):
            edges.append({"from": "a:" + actor, "to": "e:" + e.id})
    left_out = Counter(a.type for a in corpus.actors if a.id not in kept)
    if len(corpus.events) > len(shown_events):
        left_out["event"] = len(corpus.events) - len(shown_events)
    for kind, n in sorted(left_out.items()):
        listing = urls.index_path("event" if kind == "event" else "actor")
        nodes.append({"id": "more:" + kind, "label": f"{n} more {kind}", "kind": "more",
                      "type": kind, "url": urls.site_url(listing)})
    index = {node["id"]: i for i, node in enumerate(nodes)}
    positions = cached_layout(len(nodes), tuple((index[e["from"]], index[e["to"]]) for e in edges))
    links: Counter[str] = Counter()
    for e in edges:
        links[e["from"]] += 1
        links[e["to"]] += 1
    # the value graph.js sizes a node and its label by
    values = [10 if node["kind"] == "more" else 1 + links[node["id"]] for node in nodes]
    positions = separate_labels(list(positions), [str(node["label"]) for node in nodes], values)
    for node, (x, y) in zip(nodes, positions, strict=True):
        node["x"], node["y"] = x, y
    return {"nodes": nodes, "edges": edges, "left_out": dict(sorted(left_out.items()))}


def timeline_data(ctx: RenderContext) -> dict[str, object]:
    """Dated events in date order (then by summary), the actors taking part, the undated count."""
    corpus = ctx.site.corpus
    dated = sorted((e for e in corpus.events if e.date),
                   key=lambda e: (e.date or "", e.summary, e.id))
    actor_ids = sorted({p.actor for e in dated for p in e.participants
                        if p.actor in ctx.site.actors},
                       key=lambda a: ctx.site.actors[a].name.casefold())
    index = {a: i for i, a in enumerate(actor_ids)}
    return {
        "actors": [{"name": ctx.site.actors[a].name,
                    "url": urls.site_url(urls.page_path("actor", a))} for a in actor_ids],
        "events": [{"date": e.date, "summary": e.summary,
                    "url": urls.site_url(urls.page_path("event", e.id)),
                    "actors": sorted({index[p.actor] for p in e.participants
                                      if p.actor in index})} for e in dated],
        "undated": len(corpus.events) - len(dated),
    }


def render_explore(ctx: RenderContext) -> dict[str, str]:
    """The graph, timeline and search pages, and the graph's and timeline's JSON files."""
    graph, timeline = graph_data(ctx), timeline_data(ctx)
    pages: dict[str, str] = {}
    page = urls.index_path("graph")
    pages[page] = ctx.page(
        page, "Graph", "graph.md.j2",
        nodes=sum(n["kind"] != "more" for n in graph["nodes"]),  # type: ignore[attr-defined]
        edges=len(graph["edges"]),  # type: ignore[arg-type]
        left_out=", ".join(f"{kind} {n}"
                           for kind, n in graph["left_out"].items()),  # type: ignore[attr-defined]
        actors_cap=MAX_GRAPH_ACTORS, events_cap=MAX_GRAPH_EVENTS,
        script=_link(page, "javascripts/graph.js"),
        library=_link(page, urls.VENDOR_DIR + "/vis-network.min.js"),
        data=_link(page, urls.DATA_FILES["graph"]))
    page = urls.index_path("timeline")
    pages[page] = ctx.page(
        page, "Timeline", "timeline.md.j2", dated=len(timeline["events"]),  # type: ignore[arg-type]
        undated=timeline["undated"], script=_link(page, "javascripts/timeline.js"),
        data=_link(page, urls.DATA_FILES["timeline"]))
    page = urls.index_path("search")
    pages[page] = ctx.page(
        page, "Search", "search.md.j2", script=_link(page, "javascripts/search.js"),
        bundle=MD(_link(page, urls.PAGEFIND_DIR) + "/"))
    pages[urls.DATA_FILES["graph"]] = _json(graph)
    pages[urls.DATA_FILES["timeline"]] = _json(timeline)
    return pages


def search_terms(corpus: Corpus) -> dict[str, dict[str, object]]:
    """{docs path: {"kind", "type", "names"}} of every actor, source and event page: what a
    reader may type to find it (an actor's name and aliases, a source's or event's name)."""
    terms: dict[str, dict[str, object]] = {}
    for a in corpus.actors:
        names = list(dict.fromkeys([a.name, *a.aliases]))
        terms[urls.page_path("actor", a.id)] = {"kind": "actor", "type": a.type, "names": names,
                                                "mentions": len(a.mentions)}
    for s in corpus.sources:
        names = [s.name]
        terms[urls.page_path("source", s.id)] = {"kind": "source", "type": s.kind,
                                                 "names": names}
    for e in corpus.events:
        terms[urls.page_path("event", e.id)] = {"kind": "event", "type": "event",
                                                "names": [e.summary]}
    return terms
