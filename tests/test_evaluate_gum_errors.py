"""The GUM error kinds (quality/evaluate/gum_errors.py) on the small fixture document."""

from __future__ import annotations

from pathlib import Path

from quality.evaluate import gum
from quality.evaluate.gum_errors import classify, format_counts
from quality.evaluate.gum_read import read_conllu

FIXTURES = Path(__file__).parent / "fixtures"


def test_each_error_falls_in_one_kind():
    doc = read_conllu(FIXTURES / "gum" / "dep" / "GUM_news_fixture.conllu")

    def pred(text: str, typ: str) -> gum.Predicted:
        start = doc.text.index(text)
        return gum.Predicted(start, start + len(text), typ, text)

    predicted = [
        pred("Maria", "person"),  # short of "Maria Lopez"
        pred("Geneva", "organization"),  # a place read as an organization
        pred("thanked", "person"),  # on no gold mention
        pred("Joe Biden", "person"),  # right
    ]
    kinds = sorted((side, typ, kind) for side, typ, kind, _ in classify(doc, predicted))
    assert kinds == [
        ("FN", "organization", "missed"),
        ("FN", "person", "boundary:short"),
        ("FN", "place", "missed"),  # "U.S." (the "Joe Biden" match lies outside it)
        ("FN", "place", "wrong-type:organization"),
        ("FP", "organization", "wrong-type:place"),
        ("FP", "person", "boundary:short"),
        ("FP", "person", "spurious"),
    ]
    table = format_counts([("doc", *row) for row in classify(doc, predicted)])
    assert table.splitlines()[-1].split() == ["total", "2", "1", "1", "1"]
