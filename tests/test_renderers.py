"""Other renderers than MkDocs: ProperDocs (a MkDocs 1.x fork that runs the plugin) builds the
site with the plugin; Zensical (reads mkdocs.yml, runs no third-party plugin) builds the pages
``python -m generator build`` wrote, entity pages out of the navigation."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sitekit import ROOT, cli, env, site_config

from generator import urls

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _tool(name: str) -> list[str]:
    if importlib.util.find_spec(name) is None:
        pytest.skip(f"{name} is not installed (pip install -c requirements.lock {name}; "
                    "see README, 'Renderers')")
    exe = Path(sys.executable).with_name(name)
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", name]


def test_properdocs_builds_the_site_with_the_plugin(tmp_path):
    command = _tool("properdocs")
    config = site_config(tmp_path, ROOT / "content")
    run = subprocess.run([*command, "build", "--strict", "-f", str(config)], cwd=tmp_path,
                         env=env(), capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "news: " in run.stderr  # the plugin ran
    site = tmp_path / "site"
    page = (site / "articles" / "china-restricts-ai-experts-us-travel" / "index.html")
    assert "../../actors/xi-jinping/" in page.read_text(encoding="utf-8")
    assert (site / "actors" / "xi-jinping" / "index.html").is_file()
    assert (site / "pagefind" / "pagefind.js").is_file()  # the search index, by Pagefind


def plain_config(tmp: Path, pages: Path) -> Path:
    """The project's mkdocs.yml for a renderer without plugins: the CLI's pages as docs_dir,
    entity pages out of the navigation, no ``news`` plugin."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("watch", None)
    # relative to the config's folder: Zensical 0.0.73 panics on an absolute docs_dir
    config["docs_dir"] = str(pages.relative_to(tmp))
    config["site_dir"] = "site"
    # the theme overrides, where the relative custom_dir expects them
    shutil.copytree(ROOT / "site_templates", tmp / "site_templates", dirs_exist_ok=True)
    config["not_in_nav"] = urls.not_in_nav()
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "news" in p)]
    path = tmp / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def test_zensical_builds_the_pages_the_cli_wrote(tmp_path):
    command = _tool("zensical")
    pages = tmp_path / "pages"
    run = cli("build", str(ROOT / "content"), "--out", str(pages), "--cache-dir",
              str(tmp_path / "cache"), cwd=tmp_path)
    assert run.returncode == 0, run.output
    config = plain_config(tmp_path, pages)
    shutil.rmtree(tmp_path / "site", ignore_errors=True)
    run = subprocess.run([*command, "build", "-f", str(config)], cwd=tmp_path, env=env(),
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    site = tmp_path / "site"
    assert (site / "actors" / "xi-jinping" / "index.html").is_file()
    home = (site / "index.html").read_text(encoding="utf-8")
    nav = " ".join(re.findall(r'<nav class="md-nav.*?</nav>', home, flags=re.S))
    assert "actors/xi-jinping" not in nav  # entity pages stay out of the navigation


def test_the_cli_pages_make_a_whole_site_without_the_plugin(tmp_path):
    """MkDocs with the plugin left out stands for any renderer that runs none: the graph's
    library and data come with the CLI's pages, and ``search-index`` makes the search."""
    pages = tmp_path / "pages"
    run = cli("build", str(ROOT / "content"), "--out", str(pages), "--cache-dir",
              str(tmp_path / "cache"), cwd=tmp_path)
    assert run.returncode == 0, run.output
    config = plain_config(tmp_path, pages)
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config)],
                         cwd=tmp_path, env=env(), capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    site = tmp_path / "site"
    # What the graph and search pages need, without the plugin: the vendored library, the
    # data, and the index that `python -m generator search-index SITE` makes.
    assert (site / urls.VENDOR_DIR / "vis-network.min.js").is_file()
    assert (site / urls.DATA_FILES["graph"]).is_file()
    run = cli("search-index", str(site), cwd=tmp_path)
    assert run.returncode == 0, run.output
    assert (site / urls.PAGEFIND_DIR / "pagefind.js").is_file()
    actor = (site / "actors" / "xi-jinping" / "index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-filter="kind"' in actor and "data-pagefind-weight" in actor
    article = (site / "articles" / "china-restricts-ai-experts-us-travel" / "index.html")
    assert "data-pagefind-body>" in article.read_text(encoding="utf-8")
    again = cli("search-index", str(site), cwd=tmp_path)  # the pages are marked once
    assert again.returncode == 0 and "0 pages marked" in again.output, again.output
