"""Serve rebuilds: only the pages whose Markdown changed are rendered by MkDocs again, and the
site is the one a full build of the same content makes (pages, links, search index)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitekit import ROOT, site_config

pytestmark = [pytest.mark.model, pytest.mark.slow]

NEW = ("---\ntitle: Liang Wenfeng visits Shenzhen\ndate: 2025-03-05\n---\n"
       "DeepSeek founder Liang Wenfeng visited Shenzhen on Wednesday, Reuters reported.\n")


def _site(folder: Path) -> dict[str, bytes]:
    """The site's files, but the serve stash and Pagefind's index (whose file names differ from
    run to run on the same input; it is rebuilt over the whole site at every build)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file() and not p.relative_to(folder).as_posix()
            .startswith((".news-", "pagefind/"))}


def _indexed(site: Path) -> int:
    """How many pages Pagefind indexed."""
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(lang["page_count"] for lang in entry["languages"].values())


def _first_serve_build(content: Path, serve_dir: Path, cache: Path):
    """A serve build of a copy of the sample content: (config, plugin, site files, generated
    pages)."""
    shutil.copytree(ROOT / "content", content)
    config = load_config(str(site_config(serve_dir, content, cache)))
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["news"]
    build(config, serve_url="http://127.0.0.1:8000/")
    plugin.wait()
    generated = {p for p in plugin.serve.digests if p.endswith(".md")}
    return config, plugin, _site(serve_dir / "site"), generated


def test_serve_rebuild_renders_only_changed_pages_and_equals_a_full_build(tmp_path):
    content = tmp_path / "content"
    serve_dir = tmp_path / "serve"
    serve_dir.mkdir()
    config, plugin, first, generated = _first_serve_build(content, serve_dir,
                                                          tmp_path / "cache")
    assert set(plugin.serve.rebuilt) >= generated and plugin.serve.kept == 0

    # Nothing changed: only the pages in the navigation are rendered again.
    build(config, serve_url="http://127.0.0.1:8000/")
    plugin.wait()
    from generator import urls

    assert set(plugin.serve.rebuilt) <= set(urls.INDEX_PAGES)
    assert plugin.serve.kept > 100
    assert _site(serve_dir / "site") == first

    # A new article: its page and its actors' pages are rendered, the others are not.
    (content / "new.md").write_text(NEW, encoding="utf-8")
    build(config, serve_url="http://127.0.0.1:8000/")
    plugin.wait()
    rebuilt = set(plugin.serve.rebuilt)
    assert {"articles/new.md", "actors/liang-wenfeng.md"} <= rebuilt
    assert "actors/xi-jinping.md" not in rebuilt  # not in the new article
    # (an article naming Liang Wenfeng changes too: its hover titles count his mentions)
    assert "articles/wikinews-hackers.md" not in rebuilt  # shares no actor with it
    assert len(rebuilt) < len(generated) / 4
    served = _site(serve_dir / "site")
    assert b"Liang Wenfeng visits Shenzhen" in served["actors/liang-wenfeng/index.html"]
    # The site cache file, written after the pages were served, holds this build: a new
    # process (a fresh Builder) renders nothing.
    from generator.build import Builder
    from generator.incremental import digest

    result, pages = Builder(plugin.builder.settings).build_site(
        plugin.root / plugin.config.templates_dir)
    assert "render" not in result.timings and "site_cache" in result.timings
    assert {p: digest(md) for p, md in pages.items()} == plugin.serve.digests

    # The same content built in full (as `mkdocs build` does) gives the same site.
    full_dir = tmp_path / "full"
    full_dir.mkdir()
    full_config = load_config(str(site_config(full_dir, content, tmp_path / "cache")))
    full_config.plugins.on_startup(command="build", dirty=False)
    build(full_config)
    full = _site(full_dir / "site")
    assert sorted(served) == sorted(full)
    differ = [p for p in full if full[p] != served[p]]
    assert not differ, differ[:5]
    # Pagefind indexed the same pages (its index is rebuilt over the whole site each time)
    assert _indexed(serve_dir / "site") == _indexed(full_dir / "site")


def test_a_removed_article_page_is_gone_after_the_serve_rebuild(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    config = load_config(str(site_config(tmp_path, content)))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/")
    victim = next(p for p in sorted(content.iterdir()) if p.name.startswith("wikinews-hackers"))
    slug = victim.stem
    assert (tmp_path / "site" / "articles" / slug / "index.html").is_file()
    victim.unlink()
    build(config, serve_url="http://127.0.0.1:8000/")
    assert not (tmp_path / "site" / "articles" / slug).exists()
    config.plugins["news"].wait()
    assert not [p for p in (tmp_path / "site").iterdir() if p.name.startswith(".")]


def test_a_changed_navigation_renders_every_page_again(tmp_path):
    """The pages skipped before the navigation was made get their Page objects as MkDocs reads
    the pages, and the site is the same as before."""
    config, plugin, first, generated = _first_serve_build(tmp_path / "content", tmp_path,
                                                          tmp_path / "cache")
    plugin.serve.nav = "another navigation"  # as if a page title in it had changed
    build(config, serve_url="http://127.0.0.1:8000/")
    plugin.wait()
    assert set(plugin.serve.rebuilt) >= generated and plugin.serve.kept == 0
    assert _site(tmp_path / "site") == first
