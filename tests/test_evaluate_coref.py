"""The coreference scores of quality/evaluate/coref.py on small worked examples."""

from __future__ import annotations

import pytest

from quality.evaluate.coref import b_cubed, ceaf_e, conll, muc


def test_identical_clusterings_score_one():
    gold = {"a": 1, "b": 1, "c": 2}
    scores = conll(gold, dict(gold))
    assert scores["CoNLL"] == pytest.approx(1.0)


def test_muc_counts_links():
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    score = muc(gold, pred)
    assert score.recall == pytest.approx(1 / 2)  # gold {a,b,c}: 3 - 2 parts over 2 links
    assert score.precision == pytest.approx(1 / 2)  # {a,b} right, {c,d} wrong


def test_b_cubed_and_ceaf_with_a_missed_and_a_spurious_mention():
    gold = {"a": 1, "b": 1, "c": 2}
    pred = {"a": "x", "b": "x", "z": "y"}  # c missed, z spurious
    b3 = b_cubed(gold, pred)
    assert b3.recall == pytest.approx(2 / 3) and b3.precision == pytest.approx(2 / 3)
    ceaf = ceaf_e(gold, pred)
    assert ceaf.recall == pytest.approx(1 / 2) and ceaf.precision == pytest.approx(1 / 2)
