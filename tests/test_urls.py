"""Slugs and links: one module decides where every page lives."""

from __future__ import annotations

from generator import urls


def test_slugs_are_safe_and_readable():
    assert urls.slug("Xi Jinping") == "xi-jinping"
    assert urls.slug("AC/DC") == "ac-dc"
    assert urls.slug("CON") == "con-1"  # a reserved file name on Windows
    assert urls.slug("index") == "index-1"  # never collides with an index page
    assert urls.slug("习近平") == "xi-jin-ping"
    assert urls.slug("..").startswith("x-")
    assert len(urls.slug("a" * 300)) <= urls.MAX_SLUG


def test_unique_slug_disambiguates_case_and_accents():
    taken: set[str] = set()
    assert urls.unique_slug("Émile", taken) == "emile"
    assert urls.unique_slug("emile", taken) == "emile-2"
    assert urls.unique_slug("EMILE", taken) == "emile-3"


def test_links_are_relative_md_paths():
    assert urls.link("actors/xi.md", "articles/a.md", "s3") == "../articles/a.md#s3"
    assert urls.link("index.md", "actors/xi.md") == "actors/xi.md"
    assert urls.link("actors/xi.md", "actors/li.md") == "li.md"
    assert urls.link("actors/index.md", "index.md") == "../index.md"
