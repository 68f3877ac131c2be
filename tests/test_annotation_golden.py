"""Annotation golden files: the real model on a few tiny self-written articles.

A change to the model, the extractors or their pattern files shows here as a diff of what the
extractors find; review it and refresh with ``pytest --update-golden``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.annotate import annotate_articles
from generator.content import read_content

pytestmark = [pytest.mark.model, pytest.mark.slow]

FOLDER = Path(__file__).parent / "golden" / "annotation"


def test_annotation_golden(update_golden):
    read = read_content(FOLDER)
    assert not [p for p in read.problems if p.level == "error"]
    found = {}
    for ann in annotate_articles(read.articles):
        found[ann.article.id] = {
            "sentences": [list(s) for s in ann.article.sentences],
            "actors": [a.to_dict() for a in ann.actors],
            "attributions": [c.to_dict() for c in ann.claims],
            "events": [e.to_dict() for e in ann.events],
        }
    text = json.dumps(found, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    golden = FOLDER / "expected.json"
    if update_golden:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), "annotations changed: review, then " \
        "run pytest --update-golden"
