"""Shared fixtures: the spaCy model (loaded once per session) and the corpora folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("NEWS_CORPORA", ROOT.parent / "shared" / "corpora"))

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once."""
    from generator.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The shared corpora folder; skip when it is absent."""
    if not CORPORA.is_dir():
        pytest.skip(f"corpora folder {CORPORA} is absent (set NEWS_CORPORA)")
    return CORPORA


@pytest.fixture(scope="session")
def root() -> Path:
    """The project's root folder."""
    return ROOT


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden files under tests/golden/ (review the diff)")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    """Whether to rewrite golden files instead of comparing with them."""
    return bool(request.config.getoption("--update-golden"))


SHOWCASE_FILE = ROOT / "content" / "china-restricts-ai-experts-us-travel.txt"


@pytest.fixture(scope="session")
def showcase_article():
    """The user's own article, read from content/ as a build reads it (line 1 its headline)."""
    from generator.content import read_article

    article, _ = read_article(SHOWCASE_FILE, ROOT / "content")
    return article


@pytest.fixture(scope="session")
def showcase_doc(nlp, showcase_article):
    """The showcase article parsed as the build parses it (its lines are its paragraphs)."""
    from generator.nlp.components import PARAGRAPHS_KEY

    doc = nlp.make_doc(showcase_article.text)
    doc.user_data[PARAGRAPHS_KEY] = [s for s, _ in showcase_article.paragraphs]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (no browser download), with no background
    networking: the browser tests see only the site they serve."""
    import shutil

    playwright_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.skip("chromium is not installed")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()
