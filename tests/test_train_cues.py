"""The cue tagger: PolNeAR brat to CUE entities (self-written fixture), and the trained component
in the annotator finding a cue the rules alone miss."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.training.iob_utils import doc_to_biluo_tags

from generator.nlp import train_cues
from generator.nlp.extract_claims import extract_attributions

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
        f"T2\tCue {offsets(' said on Tuesday ')}\t said on Tuesday ",  # spaces are trimmed
        f"T3\tContent {offsets('the bridge will reopen')}\tthe bridge will reopen",
        f"T4\tCue {offsets('took aim', 'at')}\ttook aim at",  # two fragments: two entities
        f"T5\tCue {offsets('aim')}\taim",  # inside another cue: the longer one is kept
        f"T6\tDiscuss {offsets('Critics')}\tCritics",
        "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
    ]
)


@pytest.fixture
def split(tmp_path: Path) -> Path:
    """A split of ``HOLDOUT_EVERY`` copies of the article: the last one is held out."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for n in range(train_cues.HOLDOUT_EVERY):
        (tmp_path / "text" / f"art{n:02d}.txt").write_text(TEXT, encoding="utf-8")
        for annotator in ("a1", "b2"):  # the first file in name order is the one used
            ann = ANN if annotator == "a1" else "T1\tCue 0 3\tAna\n"
            (tmp_path / "attributions" / f"art{n:02d}_{annotator}.ann").write_text(
                ann, encoding="utf-8"
            )
    return tmp_path


def test_conversion_gives_biluo_cue_entities(split: Path) -> None:
    nlp = spacy.blank("en")
    train, held = train_cues.convert(split, nlp)
    assert (len(train), len(held)) == (train_cues.HOLDOUT_EVERY - 1, 1)
    docs = list(train.get_docs(nlp.vocab)) + list(held.get_docs(nlp.vocab))
    expected = [
        ("Ana", "O"), ("Ruiz", "O"), ("said", "B-CUE"), ("on", "I-CUE"), ("Tuesday", "L-CUE"),
        ("the", "O"), ("bridge", "O"), ("will", "O"), ("reopen", "O"), (".", "O"), ("\n", "O"),
        ("Critics", "O"), ("took", "B-CUE"), ("aim", "L-CUE"), ("at", "U-CUE"), ("the", "O"),
        ("plan", "O"), (".", "O"),
    ]  # fmt: skip
    for doc in docs:
        assert doc.text == TEXT
        assert list(zip([t.text for t in doc], doc_to_biluo_tags(doc), strict=True)) == expected
        assert [e.text for e in doc.ents] == ["said on Tuesday", "took aim", "at"]


def test_heldout_slice_is_fixed() -> None:
    held = [i for i in range(30) if train_cues.is_heldout(i)]
    assert held == [9, 19, 29]


def test_rules_work_without_the_tagger() -> None:
    nlp = spacy.blank("en")
    doc = nlp("No parse here.")
    assert extract_attributions(doc) == []
    assert train_cues.add_cue_tagger(nlp) is False  # no tok2vec: nothing added


# a stance verb phrase the word lists do not hold, found by the tagger
SENTENCE = "The senator lashed out at the governor's plan to close rural schools."


@pytest.mark.model
def test_annotator_finds_a_cue_the_rules_miss() -> None:
    if not (train_cues.MODEL_DIR / "model").is_file():
        pytest.skip("the cue tagger weights are absent (python -m generator.nlp.train_cues)")
    from generator.nlp.pipeline import USE_CUE_TAGGER, load_annotator, load_nlp

    if not USE_CUE_TAGGER:
        pytest.skip("the cue tagger is switched off (pipeline.USE_CUE_TAGGER)")
    nlp = load_annotator()
    assert "cue_tagger" in nlp.pipe_names
    assert nlp.pipe_names.index("cue_tagger") < nlp.pipe_names.index("news_annotator")
    doc = nlp(SENTENCE)
    base = load_nlp()(SENTENCE)
    # the tagger's spans go to doc.spans["cues"]; the entities are the base model's
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in base.ents]
    assert [s.label_ for s in doc.spans["cues"]] and "cues" not in base.spans
    with_tagger = extract_attributions(doc)
    cues = doc.spans["cues"]
    del doc.spans["cues"]
    rules_only = extract_attributions(doc)
    doc.spans["cues"] = cues
    new = [a for a in with_tagger if a.cue not in {b.cue for b in rules_only}]
    assert new, [a.cue_text for a in with_tagger]
    att = new[0]
    assert att.cue_text.startswith("lashed out")
    assert doc.user_data["news"]["attributions"]  # the annotator saw the tagged cue too
    assert att.source_text == "The senator"
    assert "plan" in SENTENCE[att.content[0] : att.content[1]]
