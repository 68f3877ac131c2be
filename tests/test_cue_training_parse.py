"""The cue classifier and the learned cue table are trained on parses made as ``evaluate
polnear`` and the site make them: every line of an article its own paragraph, so a headline
line without a final stop does not run on into the sentence after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quality.evaluate.polnear import GoldDoc

TEXT = (
    "Senator Says Budget Deal Is Close\n"
    "The senator told reporters on Monday that a vote was near.\n\n"
    "Mayor backs the stadium plan\n"
    "Critics said on Tuesday that the costs were too high."
)
LINES = ("Senator", "The senator", "Mayor", "Critics")


def _sentences(doc) -> list[str]:
    return [s.text.strip() for s in doc.sents]


@pytest.mark.model
def test_training_parse_takes_every_line_as_a_paragraph(tmp_path: Path) -> None:
    from quality.train.learn_cues import lines_start_sentences, parse

    cache = tmp_path / "parsed.spacy"
    (doc,) = parse([GoldDoc("a", TEXT)], cache)
    starts = [s.split("\n")[0] for s in _sentences(doc)]
    assert [next(w for w in LINES if s.startswith(w)) for s in starts] == list(LINES)
    assert lines_start_sentences(doc)
    # the cache gives the same parse back
    (again,) = parse([GoldDoc("a", TEXT)], cache)
    assert _sentences(again) == _sentences(doc)


@pytest.mark.model
def test_training_parse_is_the_evaluation_parse() -> None:
    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp
    from quality.evaluate.polnear import as_articles
    from quality.train.learn_cues import parse

    nlp = load_nlp(DEFAULT_MODEL)
    (evaluated,) = nlp.pipe(as_articles(nlp, [TEXT]))
    (trained,) = parse([GoldDoc("a", TEXT)])
    assert [(t.i, t.is_sent_start, t.dep_, t.head.i) for t in trained] == [
        (t.i, t.is_sent_start, t.dep_, t.head.i) for t in evaluated
    ]


@pytest.mark.model
def test_a_cache_parsed_with_blank_line_paragraphs_is_not_reused(tmp_path: Path) -> None:
    from spacy.tokens import DocBin

    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp
    from quality.train.learn_cues import lines_start_sentences, parse

    nlp = load_nlp(DEFAULT_MODEL)
    stale = nlp(TEXT)  # bare text: only the blank line breaks a paragraph
    assert not lines_start_sentences(stale)
    cache = tmp_path / "parsed.spacy"
    bin_ = DocBin()
    bin_.add(stale)
    bin_.to_disk(cache)
    (doc,) = parse([GoldDoc("a", TEXT)], cache)
    assert lines_start_sentences(doc)
