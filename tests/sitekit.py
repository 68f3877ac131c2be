"""Helpers for the input-hardening tests: write a content folder, build a real site in tmp_path.

A site here is the project's own ``mkdocs.yml`` with the ``news`` plugin pointed at a temporary
content folder and cache, and the docs and templates of the project: what readers would get.
"""

from __future__ import annotations

import contextlib
import html.parser
import json
import os
import posixpath
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils.meta import get_data

from generator.urls import INDEX_PAGES, site_url

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def write_files(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``{relative path: text or bytes}`` under ``folder``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for rel, data in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return folder


def article(title: str, body: str, **meta: object) -> str:
    """A ``.md`` article with YAML front matter (values dumped safely)."""
    front = yaml.safe_dump({"title": title, **meta}, allow_unicode=True, sort_keys=True)
    return f"---\n{front}---\n{body}\n"


def site_config(tmp: Path, content: Path, cache: Path | None = None) -> Path:
    """Write a ``mkdocs.yml`` in ``tmp``: the project's settings, content read from ``content``."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / config["docs_dir"])
    if config["theme"].get("custom_dir"):
        config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    config["site_dir"] = str(tmp / "site")
    plugins = []
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "news" in plugin:
            options = dict(plugin["news"] or {})
            options["content_dir"] = str(content)
            options["templates_dir"] = str(ROOT / options.get("templates_dir", "site_templates"))
            options["cache_dir"] = str(cache or tmp / "cache")
            plugin = {"news": options}
        plugins.append(plugin)
    config["plugins"] = plugins
    config["watch"] = [str(content), str(ROOT / "site_templates")]
    path = tmp / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


@dataclass
class Run:
    """A finished command: exit status and what it printed."""

    returncode: int
    output: str


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["NO_MKDOCS_2_WARNING"] = "1"
    e.pop("NEWS_GENERATOR_MODEL", None)
    return e


def mkdocs_build(config: Path, *, strict: bool, site: Path | None = None) -> Run:
    """Run ``mkdocs build`` (``--strict`` or not) in a subprocess, as a user would."""
    cmd = [PYTHON, "-m", "mkdocs", "build", "-f", str(config)]
    if strict:
        cmd.append("--strict")
    if site is not None:
        cmd += ["-d", str(site)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env(), timeout=300,
                          cwd=config.parent)
    return Run(done.returncode, done.stdout + done.stderr)


def cli(*args: str, cwd: Path) -> Run:
    """Run ``python -m generator ...`` in a subprocess."""
    done = subprocess.run([PYTHON, "-m", "generator", *args], capture_output=True, text=True,
                          env=env(), timeout=300, cwd=cwd)
    return Run(done.returncode, done.stdout + done.stderr)


def html_pages(site: Path) -> list[Path]:
    """Every HTML page MkDocs wrote (not the theme's assets)."""
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"])
        if a.get("id"):
            self.ids.add(a["id"])


def links_and_ids(markup: str) -> tuple[list[str], set[str]]:
    """The hrefs of ``<a>`` elements and the element ids in some HTML."""
    parser = _Links()
    parser.feed(markup)
    return parser.hrefs, parser.ids


SAFE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# What the templates themselves write, rendered by Python-Markdown as MkDocs configures it.
ALLOWED_TAGS = {"p", "a", "span", "strong", "em", "small", "div", "ul", "ol", "li", "table",
                "thead", "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "blockquote",
                "code", "pre", "br", "hr",
                "details", "summary"}  # minor events folded on article pages and indexes
# tabindex: a sentence carrying a claim is a tab stop, so its tooltip reaches keyboard readers.
ALLOWED_ATTRS = {"href", "id", "class", "title", "style", "markdown", "aria-hidden", "tabindex"}


PUBLISHED_FILES = {"feed.xml", "downloads/corpus.json", "downloads/actors.csv",
                   "downloads/claims.csv", "downloads/events.csv", "downloads/actors.graphml"}


# The graph, timeline and search pages are fixed markup (no corpus text): their scripts and form.
EXPLORE_PAGES = {"graph.md", "timeline.md", "search.md"}
EXPLORE_TAGS = {"script", "form", "input", "label", "select", "option", "noscript"}
EXPLORE_ATTRS = {"src", "defer", "type", "for", "role", "aria-label", "aria-live",
                 "autocomplete", "placeholder", "value", "data-src", "data-library",
                 "data-bundle"}


# The ego graph of an actor page (render/ego.py): an inline SVG in a figure, only there. Its
# links are to published URLs (raw HTML), checked like the others (``resolve``).
EGO_TAGS = {"figure", "figcaption", "svg", "g", "line", "circle", "text", "title"}
EGO_ATTRS = {"viewbox", "role", "aria-label", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
             "stroke-width", "text-anchor"}


# Pages with tabs (pymdownx.tabbed, as mkdocs.yml configures it): the index pages (the kinds
# of actors and of sources).
TABBED_PAGES = INDEX_PAGES
TABBED_TAGS = {"input", "label"}
TABBED_ATTRS = {"type", "name", "checked", "for", "data-tabs"}


def check_pages(pages: dict[str, str], max_slug: int = 80) -> None:
    """Assert: page paths are safe and inside; rendered pages hold only the templates' markup;
    every relative link resolves to a page (and its anchor)."""
    import markdown

    md = markdown.Markdown(extensions=["toc", "tables", "fenced_code", "admonition",
                                       "md_in_html", "pymdownx.tabbed"],
                           extension_configs={"pymdownx.tabbed": {"alternate_style": True}})
    rendered = {}
    for path, text in pages.items():
        assert is_inside(path), path
        if path in ("graph.json", "timeline.json"):  # data for the graph and timeline pages
            json.loads(text)
            continue
        if not path.endswith(".md"):  # the feed and the downloads: files, not pages
            assert path in PUBLISHED_FILES, path
            continue
        parts = path.split("/")
        assert all(SAFE_ID.match(p[:-3] if p.endswith(".md") else p) for p in parts), path
        assert len(path) < 200 and all(len(p) <= max_slug + 3 for p in parts), path
        body, _meta = get_data(text)  # as MkDocs reads it (a tag '0---' ends no front matter)
        md.reset()
        parser = _Links()
        parser.feed(md.convert(body))
        tags, attrs = ALLOWED_TAGS, ALLOWED_ATTRS
        if path in EXPLORE_PAGES:
            tags, attrs = tags | EXPLORE_TAGS, attrs | EXPLORE_ATTRS
        if path in TABBED_PAGES:
            tags, attrs = tags | TABBED_TAGS, attrs | TABBED_ATTRS
        if path.startswith("actors/") and path.count("/") == 1:
            tags, attrs = tags | EGO_TAGS, attrs | EGO_ATTRS
        assert parser.tags <= tags, (path, parser.tags - tags)
        assert parser.attrs <= attrs, (path, parser.attrs - attrs)
        rendered[path] = parser
    published = {posixpath.normpath(site_url(p) or "."): p for p in pages if p.endswith(".md")}
    lower = [p.casefold() for p in pages]
    assert len(set(lower)) == len(lower), "two pages differ only in case"
    for path, parser in rendered.items():
        for href in parser.hrefs:
            assert not href.strip().lower().startswith(("javascript:", "data:", "vbscript:")), \
                href
            target = resolve(path, href)
            if target is None:
                continue
            if not target.endswith(".md"):  # raw HTML links to the published page
                target = posixpath.normpath(posixpath.join(site_url(path) or ".",
                                                           href.split("#", 1)[0]))
                target = published.get(target, target)
            assert target in pages, f"{path}: link {href} -> {target} is not a page"
            anchor = href.split("#", 1)[1] if "#" in href else None
            if anchor and not re.fullmatch(r"s\d+", anchor):
                assert anchor in rendered[target].ids, href


def resolve(page: str, href: str) -> str | None:
    """Resolve a relative link of a docs page; None for external links and pure anchors."""
    if href.startswith("#") or "://" in href or href.startswith(("mailto:", "/")):
        return None
    target = href.split("#", 1)[0]
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), target))


def is_inside(rel: str) -> bool:
    """Say whether a relative path stays inside the folder it is relative to."""
    norm = posixpath.normpath(rel)
    return not (rel.startswith("/") or norm == ".." or norm.startswith("../")
                or "\\" in rel or "\x00" in rel or ":" in rel.split("/")[0])


@contextlib.contextmanager
def graph_page(browser, folder: Path, corpus):
    """A browser page showing the site's graph of ``corpus`` (graph.js and vis-network as the
    site ships them, served from ``folder``), once the graph is drawn; closed after."""
    import functools
    import http.server
    import shutil
    import threading

    from generator.render.context import RenderContext, RenderSettings, make_environment
    from generator.render.explore import graph_data
    from generator.render.site import SiteIndex
    from generator.site_search import vendored_files
    from generator.urls import VENDOR_DIR
    from quality.graph_timing import PAGE

    graph = graph_data(RenderContext(SiteIndex(corpus), make_environment(), RenderSettings()))
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    (folder / "graph.json").write_text(json.dumps(graph), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    shutil.copy(root / "site_templates/docs/javascripts/graph.js", folder / "graph.js")
    shutil.copy(vendored_files()[f"{VENDOR_DIR}/vis-network.min.js"],
                folder / "vis-network.min.js")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(f"http://127.0.0.1:{httpd.server_address[1]}/index.html")
        page.wait_for_function("document.getElementById('news-graph').dataset.drawMs")
        yield page
    finally:
        page.close()
        httpd.shutdown()
        httpd.server_close()
