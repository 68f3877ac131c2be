"""``python -m generator build`` and the MkDocs plugin publish the same pages, byte for byte.

Both render through ``Builder.build_site``; the renderer adds the search exclusion and the
plugin only adds files. The corpus here is the golden one (put in place of the merged corpus),
so no spaCy model is needed; the last test builds the project's content with the model.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import Files
from sitekit import ROOT, site_config

from generator import build, urls
from generator.__main__ import main
from generator.corpus_json import load_corpus

GOLDEN = Path(__file__).parent / "golden" / "corpus.json"


@pytest.fixture()
def golden_merge(monkeypatch):
    """Every build merges to the golden corpus, whatever the content folder holds."""
    corpus = load_corpus(GOLDEN)
    monkeypatch.setattr(build, "merge", lambda *args, **kwargs: corpus)
    return corpus


def cli_pages(content: Path, out: Path, *flags: str) -> dict[str, str]:
    """The pages ``python -m generator build`` writes (the static assets left aside)."""
    assert main(["build", str(content), "--out", str(out), "--no-cache", *flags]) == 0
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
            for p in out.rglob("*.md")}


def plugin_pages(tmp: Path, content: Path, **options: object) -> tuple[dict[str, str], Files]:
    """The pages the ``news`` plugin adds to MkDocs' files, with the project's mkdocs.yml."""
    path = site_config(tmp, content)
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "news" in plugin:
            plugin["news"].update(options)
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    mkdocs = load_config(str(path))
    mkdocs.plugins.on_startup(command="build", dirty=False)
    mkdocs = mkdocs.plugins.on_config(mkdocs)
    files = mkdocs.plugins.on_files(Files([]), config=mkdocs)
    return {f.src_uri: f.content_string for f in files if f.src_uri.endswith(".md")}, files


@pytest.mark.parametrize("searchable", [False, True], ids=["default", "search_entity_pages"])
def test_the_command_line_and_the_plugin_write_the_same_pages(tmp_path, golden_merge,
                                                              searchable):
    content = tmp_path / "content"
    content.mkdir()
    flags = ["--search-entity-pages"] if searchable else []
    written = cli_pages(content, tmp_path / "out", *flags)
    added, _ = plugin_pages(tmp_path, content, search_entity_pages=searchable)
    assert written and sorted(written) == sorted(added)
    for path, markdown in written.items():
        assert markdown == added[path], f"{path}: the plugin and the command line differ"
    excluded = sorted(p for p, md in written.items() if "search:\n  exclude: true\n" in md)
    if searchable:
        assert not excluded
    else:
        assert excluded == sorted(p for p in written if urls.excluded_from_search(p))


def test_the_plugin_puts_only_the_index_pages_in_the_navigation(tmp_path, golden_merge):
    content = tmp_path / "content"
    content.mkdir()
    _, files = plugin_pages(tmp_path, content)
    for f in files:
        assert f.inclusion.is_not_in_nav() == (not urls.in_navigation(f.src_uri)), f.src_uri


@pytest.mark.model
@pytest.mark.slow
def test_the_projects_content_gives_the_same_pages_both_ways(tmp_path):
    content = ROOT / "content"
    written = cli_pages(content, tmp_path / "out")
    added, _ = plugin_pages(tmp_path, content)
    assert written == added
