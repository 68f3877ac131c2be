"""``sitemap.xml`` (and ``sitemap.xml.gz``) listing every page of the site.

MkDocs' own sitemap lists the pages in the navigation only (here: the seven index pages), and
is empty of URLs without ``site_url``. The plugin writes this one over it after the build, with
every page, entity pages included, when ``site_url`` is set.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urljoin
from xml.sax.saxutils import escape

from .files import write_atomic


def sitemap(site_url: str, page_urls: Iterable[str]) -> str:
    base = site_url if site_url.endswith("/") else site_url + "/"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [f"  <url><loc>{escape(urljoin(base, url))}</loc></url>"
              for url in sorted(set(page_urls))]
    lines += ["</urlset>", ""]
    return "\n".join(lines)


def write_sitemap(site_dir: Path | str, site_url: str, page_urls: Iterable[str]) -> int:
    """Write ``sitemap.xml`` and ``sitemap.xml.gz`` into ``site_dir``; return the URLs."""
    text = sitemap(site_url, page_urls)
    data = text.encode("utf-8")
    write_atomic(Path(site_dir) / "sitemap.xml", data)
    write_atomic(Path(site_dir) / "sitemap.xml.gz", gzip.compress(data, mtime=0))
    return text.count("<url>")
