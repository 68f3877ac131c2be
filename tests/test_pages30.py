"""A lean published site that reads well on a phone (found by reading a 250-article BBC site).

The whitespace and theme-file tests build the project's sample site with ``mkdocs build`` (the
spaCy model annotates it); the index tests render records built here; the layout tests load
the rendered Markdown, with the site's stylesheet, in Chromium at 390 px.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import markdown
import pytest
from sitekit import PYTHON, ROOT, env, mkdocs_build, site_config

from generator import render
from generator.compact import compact_html
from generator.models import Article, Corpus, Event, EventMention
from generator.render import ego

CSS = (ROOT / "site_templates" / "docs" / "stylesheets" / "extra.css").read_text(
    encoding="utf-8")


# ---- the built site: no dead theme files, no indentation ---------------------------------
@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("site30")
    run = mkdocs_build(site_config(tmp, ROOT / "content"), strict=True, site=tmp / "site")
    assert run.returncode == 0, run.output
    return tmp / "site"


@pytest.mark.model
def test_the_site_has_no_source_maps_and_no_lunr_search_files(site):
    # Material copied its source maps and, for its search plugin (not used: the search is
    # Pagefind's), lunr.js with 32 language files and a search worker: 2.3 MB no reader loads.
    files = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    assert not [f for f in files if f.endswith(".map")]
    assert not [f for f in files if "/lunr/" in f or "/workers/search" in f]
    assert any(re.fullmatch(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js", f) for f in files)
    assert any(f.startswith("pagefind/") for f in files)  # the site's search is still there


@pytest.mark.model
def test_published_pages_carry_no_indentation_between_tags(site):
    # 22% of the HTML was the theme's indentation
    pages = list(site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        text = page.read_text(encoding="utf-8")
        outside = re.sub(r"<(pre|textarea|script|style)\b.*?</\1\s*>", "", text, flags=re.S)
        assert not re.search(r"\n[ \t]+<", outside), page
        assert compact_html(text) == text, page


def test_compaction_keeps_pre_textarea_script_and_attribute_values():
    page = ('<div>\n    <p>A <b>bold</b>\n      word</p>\n  <pre><code>x = 1\n    y = 2\n'
            '</code></pre>\n  <textarea>  a\n    b</textarea>\n  <script>\n  var s = "a\n'
            '   b";\n  </script>\n  <span title="two\n   lines">t</span>\n</div>\n')
    small = compact_html(page)
    assert "<p>A <b>bold</b>\nword</p>" in small
    assert "<pre><code>x = 1\n    y = 2\n</code></pre>" in small
    assert "<textarea>  a\n    b</textarea>" in small
    assert '<script>\n  var s = "a\n   b";\n  </script>' in small
    assert 'title="two\n   lines"' in small
    assert len(small) < len(page)
    # a kept element whose own start tag has a newline in an attribute value stays whole
    pre = '<pre class="a\nb">x\n     y</pre>'
    assert compact_html("<p>a\n   b</p>" + pre) == "<p>a\nb</p>" + pre


@pytest.mark.browser
def test_a_compacted_page_shows_the_same_text(browser, site):
    # what a reader sees (the text, as laid out) is the same before and after
    html = (site / "actors" / "xi-jinping" / "index.html").read_text(encoding="utf-8")
    loose = re.sub(r"\n(<(?:div|li|ul|p|a|span|nav|label)\b)", r"\n      \1", html)
    assert compact_html(loose) == html
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    texts = []
    for markup in (loose, html):
        page.set_content(markup)
        texts.append(page.evaluate("document.body.innerText"))
    page.close()
    assert texts[0] == texts[1] and "Xi Jinping" in texts[0]


# ---- index parts: labelled by title letters, counts with their noun ----------------------
def _undated_corpus(n: int) -> Corpus:
    titles = [f"{chr(ord('A') + i % 26)}{'xyz'[i % 3]} story {i}" for i in range(n)]
    articles = tuple(Article(id=f"u{i}", path=f"content/u{i}.txt", title=t,
                             text="Something happened.", sentences=((0, 19),))
                     for i, t in enumerate(titles))
    events = tuple(Event(id=f"u{i}-happen-1", summary=f"Thing {i} happened", trigger="happen",
                         mentions=(EventMention(f"u{i}", 0, (10, 18)),)) for i in range(n))
    return Corpus(articles=articles, events=events)


def test_undated_parts_are_named_by_their_titles_letters():
    # "undated (3 of 8)" told nothing of what a part holds
    pages = render.render_corpus(_undated_corpus(12),
                                 settings=render.RenderSettings(max_index_rows=4))
    for kind in ("articles", "events"):
        index = pages[f"{kind}/index.md"]
        assert " of 3)" not in index
        labels = re.findall(r"\[(undated[^\]]*)\]", index)
        assert labels == ["undated, titles A–D", "undated, titles E–H", "undated, titles I–L"]
        part = pages[f"{kind}/index/undated-titles-e-h.md"]
        assert "Ey story 4" in part and "Hy story 7" in part and "Dx story 3" not in part


def test_parts_sharing_a_letter_are_told_apart_by_more_letters():
    titles = ["Ca", "Cb", "Cc", "Cd"]
    rows = [Article(id=t, path=f"content/{t}.txt", title=t, text="x") for t in titles]
    from generator.render.listings import part_suffixes, undated_title
    assert part_suffixes([rows[:2], rows[2:]], undated_title) == [
        ", titles Ca–Cb", ", titles Cc–Cd"]
    dated = [Article(id="d", path="content/d.txt", title="A", text="x", date="2004-01-02")]
    assert part_suffixes([dated, dated], undated_title) == [" (1 of 2)", " (2 of 2)"]


def test_every_count_on_an_index_says_what_it_counts():
    pages = render.render_corpus(_undated_corpus(12),
                                 settings=render.RenderSettings(max_index_rows=4))
    index = pages["events/index.md"]
    counts = re.findall(r'class="count">([^<]*)<', index)
    assert counts == ["4 events"] * 3
    one = render.render_corpus(_undated_corpus(5), settings=render.RenderSettings(
        max_index_rows=4))["articles/index.md"]
    assert re.findall(r'class="count">([^<]*)<', one) == ["4 articles", "1 article"]


# ---- phone layout: counts and dates are not cut in two -----------------------------------
def _dated_corpus() -> Corpus:
    dates = [f"{2000 + i // 12}-{1 + i % 12:02d}-15" for i in range(30)]
    articles = tuple(Article(id=f"d{i}", path=f"content/d{i}.txt", title=f"Story {i}",
                             text="Something happened.", date=d, sentences=((0, 19),))
                     for i, d in enumerate(dates))
    events = tuple(Event(id=f"d{i}-happen-1", summary=f"Thing {i} happened", trigger="happen",
                         date=d, mentions=(EventMention(f"d{i}", 0, (10, 18)),))
                   for i, d in enumerate(dates))
    return Corpus(articles=articles, events=events)


def _phone_page(browser, md: str):
    body = markdown.markdown(md.split("---\n", 2)[2], extensions=[
        "tables", "md_in_html", "attr_list", "admonition", "pymdownx.details"])
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.set_content(f"<html><head><style>body {{ font: 16px sans-serif; margin: 16px; }}"
                     f"{CSS}</style></head><body><article class='md-typeset'>{body}"
                     f"</article></body></html>")
    return page


@pytest.mark.browser
def test_on_a_phone_no_count_or_date_link_breaks_and_no_line_starts_with_a_dot(browser):
    # at 390 px: "12 / events", "2004- / 12", and lines starting with "·"
    index = render.render_corpus(_dated_corpus(), settings=render.RenderSettings(
        max_index_rows=1))["events/index.md"]
    page = _phone_page(browser, index)
    broken = page.evaluate("""() => Array.from(
        document.querySelectorAll('.part a, .count'))
        .filter(e => e.getClientRects().length > 1).map(e => e.textContent)""")
    parts = page.evaluate("""() => Array.from(document.querySelectorAll('.part'))
        .map(e => [e.getBoundingClientRect().left, e.textContent])""")
    # a dot between two parts is in the first one's box: a part opening a line opens it
    loose_dots = page.evaluate("""() => Array.from(document.querySelectorAll('p'))
        .flatMap(p => Array.from(p.childNodes))
        .filter(n => n.nodeType === 3 && n.textContent.includes('·')).length""")
    lines = page.evaluate("""() => new Set(Array.from(document.querySelectorAll('.part'))
        .map(e => Math.round(e.getBoundingClientRect().top))).size""")
    page.close()
    assert len(parts) == 30
    assert broken == [] and loose_dots == 0
    assert lines > 3  # the test is about lines that wrap


# ---- the actor page's ego graph: labels inside the figure --------------------------------
@pytest.mark.browser
def test_ego_graph_labels_are_cut_to_fit_the_figure(browser):
    # "World Business Repo" ran off the right edge of a BBC actor's graph
    names = ["World Business Report", "Confederation of British Industry",
             "Gregory Ioannidis", "International Monetary Fund", "Alastair Campbell",
             "Liberal Democrats", "Transport and General Workers Union", "Eve Ensler",
             "Digby Jones", "CBI", "European Central Bank", "Hugh Richards"]
    ties = tuple((f"a{i}", 3, 1, 0, 12 - i, name, "organization")
                 for i, name in enumerate(names))
    figure = ego._figure("actors/x.md", "Someone", "person", ties)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.set_content(f"<html><body style='margin:0'><style>{CSS}</style>{figure}</body></html>")
    boxes = page.evaluate("""() => Array.from(document.querySelectorAll('svg text'))
        .map(t => { const b = t.getBBox(); return [t.textContent, b.x, b.x + b.width]; })""")
    page.close()
    assert len(boxes) == 12
    outside = [b for b in boxes if b[1] < 0 or b[2] > ego.WIDTH]
    assert outside == []
    assert any(text.endswith("…") for text, *_ in boxes)
    assert "CBI" in [text for text, *_ in boxes]


@pytest.mark.browser
@pytest.mark.model
def test_screenshots_take_an_event_page_with_events(site, tmp_path):
    # in its own process, as a user runs it (Playwright's sync API runs one at a time)
    done = subprocess.run([PYTHON, "-m", "quality.screenshots", "--site", str(site), "--out",
                           str(tmp_path), "--events"], capture_output=True, text=True,
                          env=env(), timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "event-phone:" in done.stdout
    shots = sorted(p.name for p in tmp_path.glob("*.png"))
    assert "event-phone.png" in shots and "events-desktop.png" in shots
    assert (tmp_path / "event-phone.png").stat().st_size > 10_000


def test_an_event_reports_link_to_its_article_is_not_cut_in_two():
    # on a phone "(in the / article)" broke after the report's last word
    from test_pages28 import _small_corpus
    page = render.render_corpus(_small_corpus())["events/one-open-1.md"]
    links = re.findall(r'<span class="nowrap">\(\[in the article\]\([^)]*\)\)</span>', page)
    assert len(links) == 3
    assert re.search(r"\.nowrap\b[^{]*\{[^}]*white-space: nowrap", CSS)
