"""The corpus as downloads beside the pages: ``downloads/corpus.json`` (the public JSON, as
``generator annotate`` writes it), CSV tables of actors, claims and events, and the actors'
co-mention graph as GraphML (two actors share an edge when one article mentions both; its
weight is the number of such articles). Linked from the home page (``home_section``).

Every file is a pure function of the corpus, written in time linear in it (the graph: in the
sum over articles of the square of the actors an article names, capped by ``MAX_PER_ARTICLE``).
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from itertools import combinations
from xml.sax.saxutils import escape, quoteattr

from ..corpus_json import dump_corpus
from ..models import Corpus
from .views import ROLE_WORDS

FOLDER = "downloads"
MAX_PER_ARTICLE = 60  # actors of one article linked pairwise (most-mentioned first)
FILES = {
    "corpus.json": "the whole annotated corpus (articles, actors, claims, events, sources)",
    "actors.csv": "one row per actor: id, name, type, aliases, mentions, articles",
    "claims.csv": "one row per claim: article, sentence, speaker, cue, content",
    "events.csv": "one row per event: summary, trigger, kind (happened, did not happen, "
                  "possible, planned), date, place, who took part and how, reports, articles",
    "actors.graphml": "actors mentioned in the same article (GraphML: Gephi, networkx, yEd)",
}


def _csv(header: list[str], rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _clean(text: str | None) -> str:
    """A spreadsheet never runs a cell that starts like a formula."""
    text = text or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _text(texts: dict[str, str], article: str, span) -> str:
    body = texts.get(article, "")
    return body[span[0]:span[1]] if span else ""


def actors_csv(corpus: Corpus) -> str:
    rows = []
    for a in corpus.actors:
        rows.append([a.id, _clean(a.name), a.type, _clean(" | ".join(a.aliases)),
                     len(a.mentions), len({m.article for m in a.mentions})])
    return _csv(["id", "name", "type", "aliases", "mentions", "articles"], rows)


def claims_csv(corpus: Corpus) -> str:
    texts = {a.id: a.text for a in corpus.articles}
    rows = []
    for c in corpus.claims:
        rows.append([c.id, c.article, c.sentence, c.speaker or "",
                     _clean(c.speaker_text or _text(texts, c.article, c.speaker_span)),
                     _clean(c.cue), c.cue_class, c.hedged,
                     _clean(_text(texts, c.article, c.content_span))])
    return _csv(["id", "article", "sentence", "speaker", "speaker_text", "cue", "cue_class",
                 "hedged", "content"], rows)


# What kind of report an event is, by its modality, in plain words.
KIND_WORDS = {"asserted": "happened", "negated": "did not happen", "possible": "possible",
              "future": "planned"}


def events_csv(corpus: Corpus) -> str:
    """One row per event; participants by name with their role in plain words ("Tony Blair
    (did it)"), ``reported`` the number of reports, ``kind`` how the reports give it."""
    names = {a.id: a.name for a in corpus.actors}
    rows = []
    for e in corpus.events:
        who = " | ".join(f"{names.get(p.actor, p.actor)} ({ROLE_WORDS.get(p.role, p.role)})"
                         for p in e.participants)
        rows.append([e.id, _clean(e.summary), _clean(e.trigger),
                     KIND_WORDS.get(e.modality, e.modality), e.date or "",
                     _clean(names.get(e.place, e.place) if e.place else ""), _clean(who),
                     len(e.mentions), " | ".join(sorted({m.article for m in e.mentions}))])
    return _csv(["id", "summary", "trigger", "kind", "date", "place", "participants",
                 "reported", "articles"], rows)


def comention_graphml(corpus: Corpus) -> str:
    per_article: dict[str, Counter] = defaultdict(Counter)
    for a in corpus.actors:
        for m in a.mentions:
            per_article[m.article][a.id] += 1
    weights: Counter = Counter()
    for counts in per_article.values():
        top = sorted(counts, key=lambda k: (-counts[k], k))[:MAX_PER_ARTICLE]
        weights.update(combinations(sorted(top), 2))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
             '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
             '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
             '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
             '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
             '  <graph id="actors" edgedefault="undirected">']
    for a in corpus.actors:
        lines.append(f'    <node id={quoteattr(a.id)}><data key="name">{escape(a.name)}</data>'
                     f'<data key="type">{escape(a.type)}</data>'
                     f'<data key="mentions">{len(a.mentions)}</data></node>')
    for (s, t), w in sorted(weights.items()):
        lines.append(f'    <edge source={quoteattr(s)} target={quoteattr(t)}>'
                     f'<data key="weight">{w}</data></edge>')
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def render_downloads(corpus: Corpus) -> dict[str, str]:
    """{docs path: file text} for every download."""
    made = {"corpus.json": dump_corpus(corpus), "actors.csv": actors_csv(corpus),
            "claims.csv": claims_csv(corpus), "events.csv": events_csv(corpus),
            "actors.graphml": comention_graphml(corpus)}
    return {f"{FOLDER}/{name}": made[name] for name in FILES}


def home_section(feed: str | None = None) -> str:
    """The home page's Markdown lines that link the downloads (and the feed)."""
    lines = ["", "## Downloads", ""]
    if feed:
        lines.append(f"- [New articles (Atom feed)]({feed})")
    lines += [f"- [{name}]({FOLDER}/{name}): {what}" for name, what in FILES.items()]
    return "\n".join(lines) + "\n"
