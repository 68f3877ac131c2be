"""How the published pages read: presentation fixes found by reading a 200-article BBC site.

Each test renders pages from the golden corpus (or from a few records built here) and checks
the Markdown a reader's page is made from; no spaCy is loaded.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from generator import render
from generator.corpus_json import load_corpus

GOLDEN = Path(__file__).parent / "golden" / "corpus.json"


@pytest.fixture(scope="module")
def split_pages() -> dict[str, str]:
    """The golden corpus with listings split into parts (as a site of hundreds of articles)."""
    return render.render_corpus(load_corpus(GOLDEN), settings=render.RenderSettings(
        max_index_rows=2))


def _tables_glued_to_text(page: str) -> list[str]:
    """Table header lines that follow a line of text directly (Markdown then shows pipes)."""
    lines = page.splitlines()
    glued = []
    for before, line, sep in zip(lines, lines[1:], lines[2:] + [""]):
        if re.match(r"\s*\|", line) and re.match(r"\s*\|[-:| ]+\|\s*$", sep) \
                and before.strip() and not before.lstrip().startswith("|"):
            glued.append(f"{before!r} / {line!r}")
    return glued


def test_the_actors_index_tables_render_as_tables_when_types_are_split(split_pages):
    # "The 100 most mentioned. [parts]" was followed by the table with no blank line between:
    # the tab showed "| Actor | Mentions | Articles | |---|" as text on a 200-article site.
    index = split_pages["actors/index.md"]
    assert "most mentioned." in index
    assert _tables_glued_to_text(index) == []
    html = markdown.markdown(index, extensions=["tables", "pymdownx.tabbed", "md_in_html"])
    assert "<table>" in html and "|---|" not in html


def test_no_page_starts_a_table_right_after_a_line_of_text(split_pages):
    glued = {p: g for p, md in split_pages.items() if (g := _tables_glued_to_text(md))}
    assert glued == {}
