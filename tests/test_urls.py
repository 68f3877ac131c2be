"""Slugs and links: one module decides where every page lives."""

from __future__ import annotations

import pytest

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


def test_only_index_pages_are_in_the_navigation():
    assert urls.in_navigation("index.md") and urls.in_navigation("problems.md")
    assert urls.in_navigation("actors/index.md") and urls.in_navigation("claims/index.md")
    assert not urls.in_navigation("actors/xi.md")
    assert not urls.in_navigation(urls.part_path("actor", "people-a"))


def test_articles_and_index_pages_stay_searchable_and_the_rest_does_not():
    assert not urls.excluded_from_search("articles/a.md")
    assert not urls.excluded_from_search("index.md")
    assert not urls.excluded_from_search("claims/index.md")
    for path in ("actors/xi.md", "events/e.md", "sources/s.md",
                 urls.part_path("article", "2025-03"), urls.part_path("claims", "2025-03")):
        assert urls.excluded_from_search(path), path


def _golden_paths() -> list[str]:
    """Every page of the golden corpus, with its listings split into parts."""
    from pathlib import Path

    from generator.corpus_json import load_corpus
    from generator.render import RenderSettings, render_corpus

    corpus = load_corpus(Path(__file__).parent / "golden" / "corpus.json")
    return sorted(render_corpus(corpus, settings=RenderSettings(max_index_rows=2)))


def test_not_in_nav_patterns_leave_out_what_in_navigation_leaves_out():
    """A plain MkDocs told ``not_in_nav()`` keeps out of its navigation what the plugin does."""
    import pathspec

    spec = pathspec.gitignore.GitIgnoreSpec.from_lines(urls.not_in_nav().splitlines())
    paths = _golden_paths()
    assert any("/index/" in p for p in paths)
    for path in paths:
        if not path.endswith(".md"):  # graph.json, timeline.json: data, not pages
            continue
        assert spec.match_file(path) == (not urls.in_navigation(path)), path


def test_readme_gives_the_not_in_nav_patterns_of_urls():
    import re
    from pathlib import Path

    import yaml

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(not_in_nav: \|\n.*?)```", readme, re.S)
    assert block, "README.md has no not_in_nav block"
    assert yaml.safe_load(block.group(1))["not_in_nav"] == urls.not_in_nav()


def test_actor_parts_live_in_a_folder_named_after_the_actor():
    assert urls.actor_part_path("xi-jinping", "claims") == "actors/xi-jinping/claims.md"
    assert not urls.in_navigation("actors/xi-jinping/claims.md")
    assert urls.excluded_from_search("actors/xi-jinping/claims.md")
    with pytest.raises(ValueError):
        urls.actor_part_path("xi-jinping", "../x")
