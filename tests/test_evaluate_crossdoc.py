"""Tests of the cross-article actor gold (BBC) and its pairwise scorer (no spaCy)."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from generator.__main__ import EVALUATIONS
from generator.content import read_article
from quality.evaluate import crossdoc
from quality.evaluate.crossdoc import GoldMention, assign, errors, fbeta, missed, pairwise
from quality.evaluate.scoring import PRF

KEYS = {"file", "start", "end", "entity", "type", "name", "split"}
TYPES = {"person", "organization", "place", "group"}


def _raw_lines() -> list[dict]:
    return [json.loads(line) for line in crossdoc.GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_gold_is_well_formed():
    rows = _raw_lines()
    files = {r["file"] for r in rows}
    assert len(rows) >= 300 and len(files) >= 30
    type_of: dict[str, str] = {}
    split_of: dict[str, str] = {}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in rows:
        assert set(r) <= KEYS and KEYS - {"name"} <= set(r), r
        assert re.fullmatch(r"(business|politics|entertainment|sport|tech)/\d{3}\.txt", r["file"])
        assert re.fullmatch(r"[a-z0-9_]+", r["entity"]), r
        assert r["type"] in TYPES, r
        assert 0 <= r["start"] < r["end"], r
        # Only names are stored, never sentences: at most five words.
        if "name" in r:
            assert len(r["name"].split()) <= 5 and r["end"] - r["start"] == len(r["name"]), r
        assert type_of.setdefault(r["entity"], r["type"]) == r["type"], r
        assert split_of.setdefault(r["file"], r["split"]) == r["split"], r
        spans[r["file"]].append((r["start"], r["end"]))
    for file, found in spans.items():
        found.sort()
        assert all(a[1] <= b[0] for a, b in zip(found, found[1:], strict=False)), file
    halves = set(split_of.values())
    assert halves == set(crossdoc.SPLITS)
    # Both halves hold entities met in several articles, or there is nothing to score.
    for half in crossdoc.SPLITS:
        articles_of = defaultdict(set)
        for r in rows:
            if r["split"] == half:
                articles_of[r["entity"]].add(r["file"])
        assert sum(1 for a in articles_of.values() if len(a) > 1) >= 10, half


@pytest.mark.corpus
def test_gold_offsets_match_the_corpus(corpora):
    bbc = corpora / "bbc" / "bbc"
    if not bbc.is_dir():
        pytest.skip(f"{bbc} is absent")
    texts = {}
    for g in crossdoc.load_gold():
        if g.file not in texts:
            texts[g.file] = read_article(bbc / g.file, bbc)[0].text
        text = texts[g.file]
        assert g.end <= len(text), g
        if g.name is not None:
            assert text[g.start : g.end] == g.name, g


def test_crossdoc_is_a_registered_evaluation():
    assert EVALUATIONS["crossdoc"] == "quality.evaluate.crossdoc"


# A tiny example, counted by hand: article A names Blair twice and Brown once, all put in one
# actor X (a false merge); article B names Blair (X), Brown (Y) and Howard (not found).
TINY = [("A", "blair", "X"), ("A", "blair", "X"), ("A", "brown", "X"),
        ("B", "blair", "X"), ("B", "brown", "Y"), ("B", "howard", None)]


def test_pairwise_on_a_tiny_example():
    pw = pairwise(TINY)
    # Cross pairs: gold-same A1-B1, A2-B1 (Blair), A3-B2 (Brown); predicted-same A1-B1, A2-B1,
    # A3-B1 (all in X). Right: the two Blair pairs; wrong: Brown with Blair; missed: Brown.
    assert (pw["cross"].tp, pw["cross"].fp, pw["cross"].fn) == (2, 1, 1)
    # Within A: gold-same Blair-Blair; predicted-same all three pairs. Within B: nothing.
    assert (pw["within"].tp, pw["within"].fp, pw["within"].fn) == (1, 2, 0)
    assert fbeta(pw["cross"], 0.5) == pytest.approx(2 / 3)
    assert fbeta(PRF(tp=1, fp=0, fn=3), 0.5) == pytest.approx(1.25 * 0.25 / (0.25 + 0.25))


def test_pairwise_agrees_with_counting_every_pair():
    import itertools
    import random

    rng = random.Random(7)
    rows = [(rng.choice("ABCD"), rng.choice("pqrs"), rng.choice(["x", "y", "z", None]))
            for _ in range(60)]
    want = {"cross": [0, 0, 0], "within": [0, 0, 0]}
    for a, b in itertools.combinations(rows, 2):
        gold_same, pred_same = a[1] == b[1], a[2] is not None and a[2] == b[2]
        counts = want["cross" if a[0] != b[0] else "within"]
        counts[0] += gold_same and pred_same
        counts[1] += pred_same and not gold_same
        counts[2] += gold_same and not pred_same
    got = pairwise(rows)
    for k, (tp, fp, fn) in want.items():
        assert (got[k].tp, got[k].fp, got[k].fn) == (tp, fp, fn)


def test_errors_and_misses_on_the_tiny_example():
    found = errors(TINY, {"X": "Tony Blair", "Y": "Gordon Brown"},
                   ["Mr Blair", "Blair", "Brown", "Tony Blair", "Mr Brown", "Howard"])
    kinds = [(e.kind, e.pairs, e.cross, e.actors, e.entities) for e in found]
    assert kinds == [
        ("false merge", 3, 1, ("X",), ("blair", "brown")),  # 3 Blair x 1 Brown, 1 across
        ("split", 1, 1, ("X", "Y"), ("brown",)),
    ]
    assert "Tony Blair" in found[0].detail and "Mr Brown" in found[1].detail
    gold = [GoldMention(f, 0, 1, e, "person", n) for (f, e, _), n in
            zip(TINY, ["a", "b", "c", "d", "e", "Howard"], strict=True)]
    assert missed(gold, [a for _, _, a in TINY]) == [("howard", 1, "Howard")]


def test_assign_prefers_a_name_then_the_larger_overlap():
    gold = [GoldMention("f.txt", 10, 20, "e", "person"),
            GoldMention("f.txt", 30, 35, "e", "person"),
            GoldMention("f.txt", 50, 55, "e", "person"),
            GoldMention("g.txt", 10, 20, "e", "person")]
    predicted = {"f.txt": [(5, 12, "name", True), (8, 25, "nominal", False),
                           (28, 31, "short", True), (31, 40, "long", True), (55, 60, "next", True)]}
    assert assign(gold, predicted) == ["name", "long", None, None]


def test_subsets_split_the_gold_by_article():
    gold = crossdoc.load_gold()
    sets = crossdoc.subsets(gold)
    assert sorted(sets["tune"] + sets["held-out"]) == sets["all"]
    tune_files = {gold[i].file for i in sets["tune"]}
    held_files = {gold[i].file for i in sets["held-out"]}
    assert tune_files and held_files and not tune_files & held_files
