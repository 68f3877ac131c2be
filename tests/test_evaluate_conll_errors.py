"""The CoNLL-2003 error listing (quality/evaluate/conll_errors.py) on an invented document."""

from __future__ import annotations

from quality.evaluate.conll_errors import classify


def test_conll_errors_are_sorted_into_kinds():
    text = "Ajax Amsterdam beat Sion in Basel .\nJohn Smith said ."
    def at(word: str, typ: str) -> tuple[int, int, str]:
        return (text.index(word), text.index(word) + len(word), typ)
    gold = {at("Ajax Amsterdam", "organization"), at("Sion", "organization"),
            at("Basel", "place"), at("John Smith", "person")}
    predicted = {at("Ajax Amsterdam", "person"), at("Ajax", "organization"),
                 at("John Smith", "person"), at("said", "person")}
    kinds = sorted((kind, what) for kind, what, _ in classify(text, gold, predicted))
    assert kinds == [
        ("boundary:organization",
         "gold 'Ajax Amsterdam'/organization predicted 'Ajax'/organization"),
        ("missed:organization", "'Sion'"),
        ("missed:place", "'Basel'"),
        ("spurious:person", "'said'"),
        ("wrong-type:organization->person", "'Ajax Amsterdam'"),
    ]
