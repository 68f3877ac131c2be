"""End to end: a real, strict MkDocs build of the project's content, and serve-style rebuilds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import Files

pytestmark = [pytest.mark.model, pytest.mark.slow]


def make_project(tmp_path: Path, root: Path) -> Path:
    """Copy mkdocs.yml, content/ and site_templates/ into tmp_path; return the config path."""
    shutil.copytree(root / "content", tmp_path / "content")
    shutil.copytree(root / "site_templates", tmp_path / "site_templates")
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return tmp_path / "mkdocs.yml"


def test_strict_build_of_the_showcase_site(tmp_path, root):
    config_file = make_project(tmp_path, root)
    config = load_config(str(config_file), strict=True, site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    site = tmp_path / "site"
    page = (site / "articles" / "china-restricts-ai-experts-us-travel" / "index.html").read_text(
        encoding="utf-8")
    assert 'id="s1"' in page and "../../actors/xi-jinping/" in page
    actor = (site / "actors" / "xi-jinping" / "index.html").read_text(encoding="utf-8")
    assert "President" in actor
    # Two Wikinews articles share an actor: the merged page lists both.
    church = (site / "actors" / "church-of-scientology" / "index.html").read_text(
        encoding="utf-8")
    for slug in ("wikinews-hackers", "wikinews-imprisoned"):
        assert f"articles/{slug}/" in church
    # Nothing is fetched from a CDN or Google Fonts when the site is read.
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "cdn.jsdelivr" not in text, html
    # The content folder is read, never written.
    assert sorted(p.name for p in (tmp_path / "content").iterdir()) == sorted(
        p.name for p in (root / "content").iterdir())


def test_new_article_appears_on_rebuild_without_reloading_everything(tmp_path, root):
    config_file = make_project(tmp_path, root)
    config = load_config(str(config_file), site_dir=str(tmp_path / "site"))
    plugin = config.plugins["news"]
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
    first = config.plugins.on_files(Files([]), config=config)
    assert "actors/liang-wenfeng.md" in first.src_uris
    (tmp_path / "content" / "new.md").write_text(
        "---\ntitle: Liang Wenfeng visits Shenzhen\ndate: 2025-03-05\n---\n"
        "DeepSeek founder Liang Wenfeng visited Shenzhen on Wednesday, Reuters reported.\n",
        encoding="utf-8")
    config = config.plugins.on_config(config)  # as serve does; the plugin object is kept
    second = config.plugins.on_files(Files([]), config=config)
    assert "articles/new.md" in second.src_uris
    stats = plugin.last_stats
    articles = [p for p in (root / "content").iterdir() if p.suffix in (".md", ".txt")]
    assert stats.annotated == 1 and stats.cached == len(articles)
    liang = second.get_file_from_path("actors/liang-wenfeng.md").content_string
    assert "Liang Wenfeng visits Shenzhen" in liang  # the known actor gets the new mention


def test_mkdocs_yml_watches_content_and_templates(root):
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    assert {"content", "site_templates"} <= set(config["watch"])
    assert config["theme"]["font"] is False


def test_warm_rebuild_never_imports_spacy(tmp_path, root):
    """A rebuild with nothing changed reads the cache: no model loaded, spaCy not imported."""
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path\n"
        "from generator.build import Builder, BuildSettings, render_pages\n"
        f"s = BuildSettings(Path({str(root / 'content')!r}), cache_dir=Path({str(tmp_path)!r}))\n"
        "r = Builder(s).build_corpus(); render_pages(r.corpus)\n"
        "print(r.stats.annotated, r.stats.model_loaded, 'spacy' in sys.modules)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True).stdout.split() for _ in range(2)]
    assert runs[0][0] != "0" and runs[0][1] == "True"
    assert runs[1] == ["0", "False", "False"]
