"""The cue classifier: gold labels from brat (self-written fixture), features, the training
command on a tiny split, and the shipped model finding a cue the rules alone miss."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import spacy

from generator.nlp.claims import extract_attributions
from generator.nlp.claims.classifier import (
    FEATURE_VERSION,
    MODEL_DIR,
    CueClassifier,
    Marks,
    cue_runs,
    feature_matrix,
    fired,
)
from quality import splits
from quality.train import train_cues

TEXT = "Ana Ruiz said on Tuesday the bridge will reopen.\nCritics took aim at the plan."


def at(part: str) -> tuple[int, int]:
    """The character span of ``part`` in ``TEXT``."""
    start = TEXT.index(part)
    return (start, start + len(part))


def offsets(*parts: str) -> str:
    """Brat offsets of one mention made of ``parts`` (fragments)."""
    return ";".join("{} {}".format(*at(p)) for p in parts)


ANN = "\n".join(
    [
        f"T1\tSource {offsets('Ana Ruiz')}\tAna Ruiz",
        f"T2\tCue {offsets(' said on Tuesday ')}\t said on Tuesday ",  # spaces are not cue
        f"T3\tContent {offsets('the bridge will reopen')}\tthe bridge will reopen",
        f"T4\tCue {offsets('took aim', 'at')}\ttook aim at",  # two fragments
        f"T6\tDiscuss {offsets('Critics')}\tCritics",
        "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
    ]
)


@pytest.fixture
def split(tmp_path: Path) -> Path:
    """A split of ``2 * HOLDOUT_EVERY`` copies of the article (two are held out)."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for n in range(2 * splits.HOLDOUT_EVERY):
        (tmp_path / "text" / f"art{n:02d}.txt").write_text(TEXT, encoding="utf-8")
        for annotator in ("a1", "b2"):  # the first file in name order is the one used
            ann = ANN if annotator == "a1" else "T1\tCue 0 3\tAna\n"
            (tmp_path / "attributions" / f"art{n:02d}_{annotator}.ann").write_text(
                ann, encoding="utf-8"
            )
    return tmp_path


def test_gold_flags_follow_the_cue_fragments() -> None:
    from quality.evaluate.polnear import read_ann

    doc = spacy.blank("en")(TEXT)
    flags = train_cues.gold_flags(doc, read_ann(ANN)["cue"])
    assert [t.text for t, f in zip(doc, flags, strict=True) if f] == [
        "said", "on", "Tuesday", "took", "aim", "at",
    ]  # fmt: skip


def test_cue_runs_join_across_whitespace_only() -> None:
    doc = spacy.blank("en")("He said  \n  on Tuesday, then wrote.")
    flags = [t.text in ("said", "on", "Tuesday", "\n  ", "wrote") for t in doc]
    assert [s.text for s in cue_runs(doc, flags)] == ["said  \n  on Tuesday", "wrote"]
    assert cue_runs(doc, [False] * len(doc)) == []


def test_heldout_slice_is_fixed() -> None:
    held = [i for i in range(30) if splits.is_heldout(i)]
    assert held == [9, 19, 29]


def test_features_read_the_rules_marks() -> None:
    doc = spacy.blank("en")("Ana said it rains.")
    n = len(doc)
    none = Marks([False] * n, [False] * n, [False] * n, [False] * n, [""] * n)
    cue = Marks([i == 1 for i in range(n)], [i == 0 for i in range(n)], [False] * n,
                [False] * n, ["hand:assertion" if i == 1 else "" for i in range(n)])  # fmt: skip
    plain, marked = fired(doc, none), fired(doc, cue)
    assert {"w", "l", "l-1", "l1", "b-1", "b1"} <= plain[1] and "rc" not in plain[1]
    assert {"bos-2", "bos-1"} <= plain[0] and "sent0" in plain[0]
    assert {"rc", "rk", "rcB", "rcE"} <= marked[1]
    assert {"rs", "rc1", "lrc1"} <= marked[0] and "dl" in marked[2] and "dr" in marked[0]
    rows, cols, _ = feature_matrix(doc, cue)
    again, cols2, _ = feature_matrix(doc, cue)
    assert (rows == again).all() and (cols == cols2).all()  # deterministic
    assert cols.min() >= 0 and cols.max() < 1 << 18
    # the same word gives the same feature column in another document
    other = spacy.blank("en")("Said Ana.")
    n2 = len(other)
    none2 = Marks([False] * n2, [False] * n2, [False] * n2, [False] * n2, [""] * n2)
    first = set(feature_matrix(doc, none)[1][feature_matrix(doc, none)[0] == 1].tolist())
    second = set(feature_matrix(other, none2)[1][feature_matrix(other, none2)[0] == 0].tolist())
    assert first & second  # at least "l=said" and "w=said" … by their hashed columns


def test_training_command_learns_the_fixture(split: Path, tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    out = tmp_path / "model"
    code = train_cues.main(
        [str(split), "--out", str(out), "--work", str(tmp_path / "work"), "--model", "blank:en"]
    )
    assert code == 0
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["feature_version"] == FEATURE_VERSION
    assert (meta["train_docs"], meta["heldout_docs"]) == (20, 2)
    # the same article twenty times: every tenth is learned perfectly from the other nine
    assert meta["crossvalidated_cue_overlap_classifier_alone"]["f"] == 1.0
    assert set(meta["crossvalidated_f1_by_threshold"]) == {str(t) for t in train_cues.THRESHOLDS}
    # a blank pipeline has no parse, so the whole extractor finds nothing on the held-out tenth
    assert meta["heldout_cue_overlap"]["f"] == 0.0
    clf = CueClassifier.load(out)
    assert clf is not None
    doc = spacy.blank("en")(TEXT)
    n = len(doc)
    marks = Marks([False] * n, [False] * n, [False] * n, [False] * n, [""] * n)
    assert [s.text for s in clf.spans(doc, marks)] == ["said on Tuesday", "took aim at"]


def test_training_refuses_a_folder_without_the_split(tmp_path: Path) -> None:
    assert train_cues.main([str(tmp_path)]) == 2


def test_a_model_for_other_features_is_not_used(tmp_path: Path) -> None:
    clf = CueClassifier(np.zeros(1 << 18, dtype=np.float32), 0.0, 0.5)
    clf.save(tmp_path, {})
    assert CueClassifier.load(tmp_path) is not None
    meta = json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))
    meta["feature_version"] = FEATURE_VERSION - 1
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert CueClassifier.load(tmp_path) is None
    assert CueClassifier.load(tmp_path / "absent") is None


def test_no_parse_no_attributions() -> None:
    for text in ("No parse here.", "He said: no parse.", "", " \n "):
        doc = spacy.blank("en")(text)
        assert extract_attributions(doc, classifier=False) == []
        assert extract_attributions(doc) == []


# a stance verb phrase the word lists do not hold, found by the classifier
SENTENCE = "The senator lashed out at the governor's plan to close rural schools."


@pytest.mark.model
def test_shipped_classifier_finds_a_cue_the_rules_miss(nlp) -> None:
    if CueClassifier.load(MODEL_DIR) is None:
        pytest.skip("no cue classifier weights (python -m quality.train.train_cues)")
    doc = nlp(SENTENCE)
    rules_only = extract_attributions(doc, classifier=False)
    with_classifier = extract_attributions(doc)
    new = [a for a in with_classifier if a.cue not in {b.cue for b in rules_only}]
    assert new, [a.cue_text for a in with_classifier]
    att = new[0]
    assert att.cue_text.startswith("lashed out")
    assert att.source_text == "The senator"
    assert "plan" in SENTENCE[att.content[0] : att.content[1]]
