"""``feed.xml``: an Atom feed of the newest articles, linked from the home page.

Entry ids are ``tag:`` URIs made from the article's id (stable across builds and hosts); links
are relative to the feed, which sits at the site root, so the feed is right wherever the site
is published (Atom resolves relative references against the feed's own address). Articles
without a date come last, by title.
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

from .. import urls
from ..models import Article, Corpus

PATH = "feed.xml"
ENTRIES = 50
TAG = "tag:news-report.invalid,2026:"


def _stamp(date: str | None) -> str:
    if date and len(date) >= 10:
        try:
            day = datetime.strptime(date[:10], "%Y-%m-%d")
            return day.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")
        except ValueError:
            pass
    return "1970-01-01T00:00:00Z"


def _href(article: Article) -> str:
    page = urls.page_path("article", article.id)
    return page[: -len(".md")] + "/"


def render_feed(corpus: Corpus, title: str = "News report: new articles") -> dict[str, str]:
    articles = sorted(corpus.articles, key=lambda a: (_stamp(a.date), a.title), reverse=True)
    newest = articles[:ENTRIES]
    updated = _stamp(newest[0].date) if newest else _stamp(None)
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"  <title>{escape(title)}</title>",
             f"  <id>{TAG}feed</id>",
             f"  <updated>{updated}</updated>",
             '  <link rel="alternate" href="./"/>',
             f'  <link rel="self" href="{PATH}"/>',
             "  <author><name>News report generator</name></author>"]
    for a in newest:
        start, end = a.paragraphs[0] if a.paragraphs else (0, 300)
        summary = a.text[start:end]
        lines += ["  <entry>",
                  f"    <title>{escape(a.title)}</title>",
                  f"    <id>{TAG}article:{escape(a.id)}</id>",
                  f"    <updated>{_stamp(a.date)}</updated>",
                  f"    <link rel=\"alternate\" href={quoteattr(_href(a))}/>",
                  f"    <summary>{escape(summary.strip()[:500])}</summary>"]
        if a.author:
            lines.append(f"    <author><name>{escape(a.author)}</name></author>")
        lines.append("  </entry>")
    lines += ["</feed>", ""]
    return {PATH: "\n".join(lines)}
