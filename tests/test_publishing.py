"""Publishing: a sitemap of every page, an Atom feed, and the corpus as downloads."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitekit import ROOT, site_config

from generator.corpus_json import load_corpus
from generator.models import Actor, Article, Corpus, Event, EventMention, Participant
from generator.render.downloads import render_downloads
from generator.render.feed import render_feed

ATOM = "{http://www.w3.org/2005/Atom}"


def _corpus() -> Corpus:
    return Corpus(articles=(
        Article(id="old", path="old.md", title="Old <news>", text="Old body.", date="2024-01-02"),
        Article(id="new", path="new.md", title="New & shiny", text="=SUM(A1) body.",
                date="2025-03-04", author="A. Writer"),
        Article(id="undated", path="u.md", title="Undated", text="No date."),
    ))


def test_feed_is_atom_newest_first_with_ids_links_and_dates():
    feed = ET.fromstring(render_feed(_corpus())["feed.xml"])
    assert feed.tag == f"{ATOM}feed"
    for child in ("title", "id", "updated", "author"):
        assert feed.find(f"{ATOM}{child}") is not None, child
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["New & shiny", "Old <news>",
                                                              "Undated"]
    for e in entries:
        assert e.findtext(f"{ATOM}id").startswith("tag:")
        assert e.findtext(f"{ATOM}updated").endswith("Z")
        assert e.find(f"{ATOM}link").get("href").startswith("articles/")
    assert entries[0].findtext(f"{ATOM}updated") == "2025-03-04T00:00:00Z"


def test_downloads_parse_and_cells_never_start_a_formula():
    files = render_downloads(_corpus())
    assert set(files) == {"downloads/corpus.json", "downloads/actors.csv",
                          "downloads/claims.csv", "downloads/events.csv",
                          "downloads/actors.graphml"}
    assert len(load_corpus(files["downloads/corpus.json"]).articles) == 3
    for name in ("actors", "claims", "events"):
        rows = list(csv.reader(io.StringIO(files[f"downloads/{name}.csv"])))
        assert rows[0][0] == "id"
    ET.fromstring(files["downloads/actors.graphml"])


def test_the_events_table_says_roles_in_plain_words_with_reports_and_kind():
    corpus = Corpus(
        articles=_corpus().articles,
        actors=(Actor(id="ana", name="Ana Duarte", type="person"),
                Actor(id="lisbon", name="Lisbon", type="place")),
        events=(Event(id="e1", summary="Ana Duarte meets the minister", trigger="meet",
                      participants=(Participant("ana", "agent"),), place="lisbon",
                      modality="future",
                      mentions=(EventMention("old", 0, (0, 3)), EventMention("new", 0, (0, 3)),
                                EventMention("new", 0, (4, 8)))),))
    [header, row] = list(csv.reader(io.StringIO(render_downloads(corpus)["downloads/events.csv"])))
    got = dict(zip(header, row, strict=True))
    assert got["participants"] == "Ana Duarte (did it)"  # not "agent:ana"
    assert (got["reported"], got["kind"], got["place"]) == ("3", "planned", "Lisbon")
    assert got["articles"] == "new | old"


@pytest.mark.model
@pytest.mark.slow
def test_built_site_has_feed_downloads_and_a_sitemap_of_every_page(tmp_path):
    config = load_config(str(site_config(tmp_path, ROOT / "content")), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    site = tmp_path / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="feed.xml"' in home and 'href="downloads/corpus.json"' in home
    entries = ET.parse(site / "feed.xml").getroot().findall(f"{ATOM}entry")
    assert len(entries) == 4
    graph = ET.parse(site / "downloads" / "actors.graphml").getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(graph.iter(f"{ns}node").__next__().attrib) and any(graph.iter(f"{ns}edge"))
    locs = [e.text for e in ET.parse(site / "sitemap.xml").getroot().iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    base = config.site_url
    assert f"{base}actors/xi-jinping/" in locs and base in locs
    html = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    assert len(locs) == len(html)
