"""Tests of the CoNLL and GUM actor evaluations on tiny self-written fixtures and real corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quality.evaluate import conll, gum
from quality.evaluate.gum_read import read_conllu
from quality.evaluate.scoring import PRF, BCubed, score_sets

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Two documents in the CoNLL-2003 four-column format, written for this test (IOB1 tags).
CONLL_SNIPPET = """\
-DOCSTART- -X- O O

TENNIS NNP I-NP O
- : O O
SMITH NNP I-NP I-PER
WINS VBZ I-VP O

Anna NNP I-NP I-PER
Smith NNP I-NP I-PER
beat VBD I-VP O
the DT I-NP O
champion NN I-NP O
in IN I-PP O
Paris NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
hired VBD I-VP O
John NNP I-NP I-PER
Brown NNP I-NP I-PER
from IN I-PP O
the DT I-NP O
European NNP I-NP I-ORG
Union NNP I-NP I-ORG
. . O O
"""


def test_prf_and_bcubed_helpers():
    prf = score_sets({1, 2, 3}, {2, 3, 4, 5})
    assert (prf.tp, prf.fp, prf.fn) == (2, 2, 1)
    assert prf.precision == 0.5 and prf.recall == pytest.approx(2 / 3)
    assert PRF().f1 == 1.0  # nothing to find and nothing predicted
    assert PRF(fp=1, fn=1).f1 == 0.0
    b = BCubed()
    b.add_document({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"})
    # a: P 1/2 R 1; b: P 1/2 R 1/2; c: P 1 R 1/2
    assert b.precision == pytest.approx(2 / 3) and b.recall == pytest.approx(2 / 3)


def test_conll_reader_rebuilds_text_and_gold(tmp_path):
    path = tmp_path / "snippet.conll"
    path.write_text(CONLL_SNIPPET, encoding="utf-8")
    with path.open(encoding="utf-8") as fh:
        docs = [conll.build_document(d) for d in conll.read_conll(fh)]
    assert len(docs) == 2
    first = docs[0]
    assert first.text == "TENNIS - SMITH WINS\nAnna Smith beat the champion in Paris ."
    assert {(first.text[s:e], t) for s, e, t in first.gold} == {
        ("SMITH", "person"),
        ("Anna Smith", "person"),
        ("Paris", "place"),
    }
    second = docs[1]
    assert {(second.text[s:e], t) for s, e, t in second.gold} == {
        ("Acme Corp", "organization"),
        ("John Brown", "person"),
        ("European Union", "organization"),
    }

    # Known predictions give known scores: one right, one wrong type, one missing.
    def span(text: str) -> tuple[int, int]:
        start = second.text.index(text)
        return start, start + len(text)

    predicted = {(*span("Acme Corp"), "organization"), (*span("John Brown"), "place")}
    scores = conll.score(set(second.gold), predicted)
    assert (scores["organization"].tp, scores["organization"].fn) == (1, 1)
    assert (scores["place"].fp, scores["person"].fn) == (1, 1)
    assert scores["overall"].precision == 0.5
    assert scores["overall"].recall == pytest.approx(1 / 3)


@pytest.mark.model
def test_conll_main_runs_on_the_snippet(tmp_path, capsys):
    path = tmp_path / "snippet.conll"
    path.write_text(CONLL_SNIPPET, encoding="utf-8")
    assert conll.main([str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 2
    for system in ("baseline", "generator"):
        for figures in result["scores"][system].values():
            assert 0.0 <= figures["f1"] <= 1.0


def test_gum_reader_finds_named_mentions_and_chains():
    doc = read_conllu(FIXTURES / "gum" / "dep" / "GUM_news_fixture.conllu")
    assert doc.text == (
        "Maria Lopez met U.S. President Joe Biden in Geneva. She thanked the United Nations."
    )
    named = {(doc.text[g.start : g.end], g.type) for g in doc.mentions if g.named}
    assert named == {
        ("Maria Lopez", "person"),
        ("U.S. President Joe Biden", "person"),
        ("U.S.", "place"),
        ("Geneva", "place"),
        ("the United Nations", "organization"),
    }
    she = next(g for g in doc.mentions if doc.text[g.start : g.end] == "She")
    lopez = next(g for g in doc.mentions if doc.text[g.start : g.end] == "Maria Lopez")
    assert not she.named and she.cluster == lopez.cluster


def test_gum_scores_are_exact_on_known_predictions():
    doc = read_conllu(FIXTURES / "gum" / "dep" / "GUM_news_fixture.conllu")

    def pred(text: str, typ: str, group: str, kind: str = "name") -> gum.Predicted:
        start = doc.text.index(text)
        return gum.Predicted(start, start + len(text), typ, group, kind)

    predicted = [
        pred("Maria Lopez", "person", "0"),
        pred("Joe Biden", "person", "1"),  # the name inside "U.S. President Joe Biden"
        pred("U.S.", "place", "2"),
        pred("Geneva", "organization", "3"),  # wrong type
        pred("She", "person", "1", kind="pronoun"),  # joined the wrong actor
        pred("United Nations", "organization", "4"),  # "the United Nations" without "the"
    ]
    scores = gum.Scores()
    gum.score_document(doc, predicted, scores)
    assert (scores.by_type["person"].tp, scores.by_type["person"].fp) == (2, 0)
    assert (scores.by_type["place"].tp, scores.by_type["place"].fn) == (1, 1)
    assert (scores.by_type["organization"].tp, scores.by_type["organization"].fp) == (1, 1)
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (4, 1, 1)
    assert (scores.untyped.tp, scores.untyped.fp, scores.untyped.fn) == (5, 0, 0)
    # The lenient reference row: every prediction lies inside a distinct gold mention.
    assert (scores.inside.tp, scores.inside.fp, scores.inside.fn) == (5, 0, 0)
    # B-cubed over Lopez, Biden, U.S., UN and "She": P = R = (1 + .5 + .5 + 1 + 1) / 5.
    assert scores.bcubed.mentions == 5
    assert scores.bcubed.precision == pytest.approx(0.8)
    assert scores.bcubed.recall == pytest.approx(0.8)
    assert scores.links["pronoun_matched"] == 1 and scores.links["pronoun_correct"] == 0


def test_gum_scores_a_title_standing_for_a_person_as_a_name():
    doc = read_conllu(FIXTURES / "gum" / "dep" / "GUM_news_fixture.conllu")
    start = doc.text.index("Joe Biden")
    as_title = gum.Predicted(start, start + len("Joe Biden"), "person", "1", "title")
    as_nominal = gum.Predicted(start, start + len("Joe Biden"), "person", "1", "nominal")
    counts = []
    for p in (as_title, as_nominal):
        scores = gum.Scores()
        gum.score_document(doc, [p], scores)
        counts.append((scores.by_type["person"].tp, scores.by_type["person"].fp))
    assert counts == [(1, 0), (0, 0)]


@pytest.mark.model
def test_gum_main_runs_on_the_fixture(capsys):
    assert gum.main([str(FIXTURES / "gum"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    gen = result["scores"]["generator"]
    assert 0.0 <= gen["overall"]["f1"] <= 1.0 and 0.0 <= gen["bcubed"]["f1"] <= 1.0


@pytest.mark.model
@pytest.mark.corpus
def test_conll_on_a_few_real_documents(corpora, capsys):
    path = corpora / "conll2003" / "eng.testa"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    assert conll.main([str(path), "--limit", "5", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 5
    for system in ("baseline", "generator"):
        for figures in result["scores"][system].values():
            assert 0.0 <= figures["precision"] <= 1.0 and 0.0 <= figures["recall"] <= 1.0


@pytest.mark.model
@pytest.mark.corpus
def test_gum_on_a_few_real_documents(corpora, capsys):
    directory = corpora / "gum-news"
    if not (directory / "dep").is_dir():
        pytest.skip(f"{directory} is absent")
    assert gum.main([str(directory), "--limit", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 3
    for scores in result["scores"].values():
        assert 0.0 <= scores["overall"]["f1"] <= 1.0
        assert 0.0 <= scores["bcubed"]["f1"] <= 1.0


@pytest.mark.model
def test_gum_claim_sources_are_scored_as_the_pages_name_them(nlp):
    from generator.annotations import ActorMention

    text = "Maria Lopez met Joe Biden in Geneva. She said the talks went well."
    at = text.index

    def gold(sub: str, cluster: str) -> gum.GoldMention:
        span = (at(sub), at(sub) + len(sub))
        return gum.GoldMention(*span, "person", cluster, sub != "She", span, span)

    gdoc = gum.GumDocument("t", text, [gold("Maria Lopez", "1"), gold("Joe Biden", "2"),
                                       gold("She", "1")])
    doc = nlp(text)

    def mention(sub: str, group: int, kind: str = "name") -> ActorMention:
        return ActorMention((at(sub), at(sub) + len(sub)), sub, "person", sub, group, kind)

    names = [mention("Maria Lopez", 0), mention("Joe Biden", 1)]
    # no actor coreference at "She": the claim extractor's own link (the last subject) counts
    assert gum.source_links(gdoc, doc, names) == {"right": 1}
    # the actor coreference comes first, as on the pages: here it joins the wrong actor
    assert gum.source_links(gdoc, doc, [*names, mention("She", 1, "pronoun")]) == {"wrong": 1}
