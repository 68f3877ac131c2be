"""The tune-fold cross-validation of the cue classifier (cues53): each fold of train's tune
part scored by a model fitted on the other folds, the held-out tenth never read."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from quality import splits
from quality.train import crossval_cues

TEXT = "Ana Ruiz said on Tuesday the bridge will reopen.\nCritics took aim at the plan."


def _span(part: str) -> str:
    start = TEXT.index(part)
    return f"{start} {start + len(part)}"


ANN = "\n".join([
    f"T1\tSource {_span('Ana Ruiz')}\tAna Ruiz",
    f"T2\tCue {_span('said on Tuesday')}\tsaid on Tuesday",
    f"T3\tContent {_span('the bridge will reopen')}\tthe bridge will reopen",
    f"T4\tCue {_span('took aim at')}\ttook aim at",
])  # fmt: skip


@pytest.fixture
def split(tmp_path: Path) -> Path:
    """Twenty copies of one invented article; the last of each ten is held out, and its
    annotation says something else, so reading it would show in the figures."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for n in range(2 * splits.HOLDOUT_EVERY):
        (tmp_path / "text" / f"art{n:02d}.txt").write_text(TEXT, encoding="utf-8")
        ann = "T1\tCue 0 3\tAna\n" if splits.is_heldout(n) else ANN
        (tmp_path / "attributions" / f"art{n:02d}_a1.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def test_cross_validation_reads_the_tune_folds_only(split: Path, tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    errors: Counter = Counter()
    result = crossval_cues.crossvalidate(split, tmp_path / "work", base="blank:en",
                                         errors=errors)  # fmt: skip
    assert result["articles"] == 18
    # every tune fold is learned perfectly from the others (the held-out "Ana" cue is unseen)
    assert max(result["classifier_alone_by_threshold"].values()) == 1.0
    # a blank pipeline has no parse: the whole extractor finds nothing, every gold cue missed
    assert result["extractor_crossvalidated_overlap_f1"]["cue"] == 0.0
    assert errors[("missed", "said on tuesday")] == 18 * 3
    assert ("missed", "ana") not in errors


def test_dropped_templates_change_the_fit(split: Path, tmp_path: Path, capsys) -> None:
    pytest.importorskip("sklearn")
    code = crossval_cues.main([str(split), "--work", str(tmp_path / "work"), "--model",
                               "blank:en", "--drop", "w,l", "--threshold", "0.3"])  # fmt: skip
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["drop"] == ["l", "w"] and result["threshold"] == 0.3
