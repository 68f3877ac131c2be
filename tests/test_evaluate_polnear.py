"""The PolNeAR scorer: brat reading, exact and token-overlap figures on a hand-made fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quality.evaluate import polnear
from quality.evaluate.spans import exact_counts, normalize, overlap_counts, word_tokens

TEXT_A = 'Mayor Ana Ruiz said the bridge will reopen in May. "We are on schedule," she added.'
TEXT_B = "The plan, critics argue, will cost too much. According to a survey, voters agree."


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The character span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return (start, start + len(part))


def brat(text: str, rows: list[tuple[str, list[str]]]) -> str:
    """A brat ``.ann`` body with one T line per (type, fragments) row, plus noise lines."""
    lines = []
    for n, (kind, parts) in enumerate(rows, start=1):
        spans = [at(text, p) for p in parts]
        offsets = ";".join(f"{s} {e}" for s, e in spans)
        surface = " ".join(text[s:e] for s, e in spans)
        lines.append(f"T{n}\t{kind} {offsets}\t{surface}")
    lines.append(f"T{len(rows) + 1}\tDiscuss 0 4\t{text[:4]}")
    lines.append("E1\tAttribution:T1 Source:T1 Cue:T2 Content:T3")
    return "\n".join(lines) + "\n"


GOLD_A = [
    ("Source", ["Mayor Ana Ruiz"]),
    ("Cue", ["said"]),
    ("Content", ["the bridge will reopen in May"]),
    ("ClaimMention", ["said"]),
    ("Content", ['"We are on schedule,"']),
    ("Cue", ["added"]),
    ("Source", ["she"]),
]
GOLD_B = [
    ("Source", ["critics"]),
    ("Cue", ["argue"]),
    ("Content", ["The plan", "will cost too much"]),
    ("Cue", ["According to"]),
    ("Source", ["a survey"]),
    ("Content", ["voters agree"]),
]


@pytest.fixture
def split(tmp_path: Path) -> Path:
    """A two-article split folder; article a has a second annotator file that must be ignored."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "text" / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (tmp_path / "attributions" / "a_aaaa.ann").write_text(brat(TEXT_A, GOLD_A), encoding="utf-8")
    (tmp_path / "attributions" / "a_bbbb.ann").write_text(
        brat(TEXT_A, [("Cue", ["reopen"])]), encoding="utf-8"
    )
    (tmp_path / "attributions" / "b_cccc.ann").write_text(brat(TEXT_B, GOLD_B), encoding="utf-8")
    return tmp_path


def mentions(text: str, spec: dict[str, list[list[str]]]) -> dict[str, list[tuple]]:
    """Mentions by role from surface strings (a list of fragments per mention)."""
    return {role: [tuple(at(text, p) for p in m) for m in ms] for role, ms in spec.items()}


def test_read_split(split: Path) -> None:
    docs = polnear.load_split(split)
    assert [d.name for d in docs] == ["a", "b"]
    a, b = docs
    assert len(a.mentions["cue"]) == 2  # the first annotator's file, not a_bbbb
    assert a.mentions["source"][0] == (at(TEXT_A, "Mayor Ana Ruiz"),)
    assert b.mentions["content"][0] == (at(TEXT_B, "The plan"), at(TEXT_B, "will cost too much"))
    assert polnear.load_split(split, limit=1)[0].name == "a"


def test_parse_fragments() -> None:
    assert polnear.parse_fragments("3 8") == ((3, 8),)
    assert polnear.parse_fragments("2168 2170;2175 2210") == ((2168, 2170), (2175, 2210))


def test_scores_on_fixture(split: Path) -> None:
    gold = {d.name: d for d in polnear.load_split(split)}
    pred_a = mentions(
        TEXT_A,
        {
            "cue": [["said"], ["she added"]],
            "source": [["Ana Ruiz"]],
            "content": [["the bridge will reopen in May"], ["We are on schedule"]],
        },
    )
    pred_b = mentions(
        TEXT_B,
        {
            "cue": [["argue"], ["According to"], ["cost"]],
            "source": [["critics"], ["survey"]],
            "content": [["The plan", "will cost too much"], ["voters agree."]],
        },
    )
    total = polnear.score_documents(
        [
            (TEXT_A, pred_a, gold["a"].mentions),
            (TEXT_B, pred_b, gold["b"].mentions),
        ]
    )
    f = polnear.figures(total)
    # exact: cue 3 of 5 predicted, 3 of 4 gold; source 1/3, 1/4; content 4/4 (trimmed quotes)
    assert f["exact"]["cue"] == {"p": 0.6, "r": 0.75, "f": round(2 * 0.6 * 0.75 / 1.35, 4)}
    assert (f["exact"]["source"]["p"], f["exact"]["source"]["r"]) == (0.3333, 0.25)
    assert f["exact"]["content"] == {"p": 1.0, "r": 1.0, "f": 1.0}
    # overlap (word tokens): cue 5 of 7 predicted tokens inside gold, all 5 gold tokens covered
    assert f["overlap"]["cue"] == {"p": round(5 / 7, 4), "r": 1.0, "f": round(10 / 12, 4)}
    assert f["overlap"]["source"] == {"p": 1.0, "r": round(4 / 7, 4), "f": round(8 / 11, 4)}
    p, r = 18 / 19, 18 / 21
    assert f["overlap"]["content"] == {
        "p": round(p, 4),
        "r": round(r, 4),
        "f": round(2 * p * r / (p + r), 4),
    }


def test_span_helpers() -> None:
    text = 'He said: "Yes, we can."'
    assert word_tokens("said: yes") == [(0, 4), (4, 5), (6, 9)]
    quote = at(text, '"Yes, we can."')
    assert normalize(text, (quote,)) == (at(text, "Yes, we can"),)
    counts = exact_counts(text, [(at(text, "Yes, we can"),)], [(quote,)])
    assert (counts.pred_hits, counts.pred_total, counts.gold_total) == (1, 1, 1)
    toks = word_tokens(text)
    counts = overlap_counts(toks, [(at(text, "we can"),)], [(quote,)])
    assert (counts.pred_hits, counts.pred_total, counts.gold_total) == (2, 2, 7)
    assert counts.prf()[0] == 1.0
    empty = overlap_counts(toks, [], [])
    assert empty.prf() == (0.0, 0.0, 0.0)


@pytest.mark.model
def test_main_on_fixture(split: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert polnear.main([str(split), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 2
    assert set(out["overlap"]) == {"cue", "source", "content"}


def test_tune_and_heldout_split_the_articles(
    split: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # articles 0 and 1 of the fixture: neither is a tenth held out (index 9, 19, ...)
    assert polnear.main([str(split), "--json", "--tune"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 2
    assert polnear.main([str(split), "--json", "--heldout"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 0


@pytest.mark.model
def test_every_annotator_scores_against_each_file(split: Path) -> None:
    first = polnear.evaluate(split)
    every = polnear.evaluate(split, every_annotator=True)
    assert every["articles"] == first["articles"] == 2
    # the second annotator of article a marks only "reopen" as a cue, which the extractor
    # does not take for one: recall against every file falls
    assert every["overlap"]["cue"]["r"] < first["overlap"]["cue"]["r"]


def test_main_rejects_a_folder_without_splits(tmp_path: Path) -> None:
    assert polnear.main([str(tmp_path)]) == 2


@pytest.mark.model
@pytest.mark.corpus
def test_dev_figures_are_fractions(corpora: Path) -> None:
    dev = corpora / "polnear" / "data" / "dev"
    if not (dev / "text").is_dir():
        pytest.skip(f"PolNeAR dev split not found under {dev}")
    result = polnear.evaluate(dev, limit=3)
    assert result["articles"] == 3
    for mode in ("exact", "overlap"):
        for role in ("cue", "source", "content"):
            for value in result[mode][role].values():
                assert 0.0 <= value <= 1.0
    assert result["overlap"]["cue"]["f"] > 0.2


# --- learning cue triggers from a brat split (quality.train.learn_cues) ------------------

LEARN_TEXTS = {
    "c": "The senator backed the new tax plan. The mayor was critical of the budget.",
    "d": "Local unions backed the strike on Friday. The governor was critical of the court.",
    "e": "The council responded to the complaints.",
    "f": "The mayor responded to the critics on Monday.",
    "g": "The union quickly responded to the offer.",
}
LEARN_GOLD = {
    "c": [("Cue", ["backed"]), ("Cue", ["was critical of"]), ("Content", ["the budget"])],
    "d": [("Cue", ["backed"]), ("Cue", ["was critical of"]), ("Source", ["Local unions"])],
    "e": [("Cue", ["responded to"]), ("Content", ["the complaints"])],
    "f": [("Cue", ["responded to"])],
    "g": [("Cue", ["quickly responded to"])],
}


@pytest.fixture
def learn_split(tmp_path: Path) -> Path:
    """Five self-written articles with stance cues outside the hand lexicon."""
    folder = tmp_path / "split"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for name, text in LEARN_TEXTS.items():
        (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / "attributions" / f"{name}_x.ann").write_text(
            brat(text, LEARN_GOLD[name]), encoding="utf-8"
        )
    return folder


@pytest.mark.model
def test_learn_cues_is_deterministic(learn_split: Path, tmp_path: Path) -> None:
    from generator.nlp.claims import load_lexicon, read_learned
    from quality.train import learn_cues

    outs = []
    for n in (1, 2):
        out = tmp_path / f"learned{n}.tsv"
        cache = tmp_path / "parsed.spacy"
        args = [str(learn_split), "--out", str(out), "--cache", str(cache)]
        assert learn_cues.main([*args, "--min-support", "2", "--min-precision", "0.3"]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    rows = [line.split("\t") for line in outs[0].splitlines() if not line.startswith("#")]
    assert rows[0][:2] == ["kind", "lemma"] and rows[1:] == sorted(rows[1:])
    table = read_learned(tmp_path / "learned1.tsv")
    assert table["adj"] == {"critical": "belief"}  # 2 hits, 3 tokens of 3 in gold
    assert "back" not in table["verb"]  # already in the hand lexicon
    assert "respond to" in table["prep"]
    # the table plugs into the extractor as learned entries, loaded once
    lex = load_lexicon(learned=tmp_path / "learned1.tsv")
    assert lex is load_lexicon(learned=tmp_path / "learned1.tsv")
    assert lex.learned_adjs == {"critical": "belief"}


@pytest.mark.model
def test_learn_cues_leaves_out_the_heldout_tenth(tmp_path: Path) -> None:
    """Article 9 of 10 (in name order) is held out (``quality.splits.is_heldout``): a stance
    word that only it marks is not learned, and the header counts the articles learned from."""
    from generator.nlp.claims import read_learned
    from quality.train import learn_cues

    folder = tmp_path / "split"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    critical = "The mayor was critical of the budget. Local unions were critical of the plan."
    hostile = "The mayor was hostile to the budget. Local unions were hostile to the plan."
    texts = {f"a{k}": (critical, ["was critical of", "were critical of"]) for k in range(9)}
    texts["a9"] = (hostile, ["was hostile to", "were hostile to"])
    for name, (text, cues) in texts.items():
        gold = [("Cue", [cue]) for cue in cues]
        (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / "attributions" / f"{name}_x.ann").write_text(brat(text, gold), encoding="utf-8")
    out = tmp_path / "learned.tsv"
    args = [str(folder), "--out", str(out), "--min-support", "2", "--min-precision", "0.3"]
    assert learn_cues.main(args) == 0
    table = read_learned(out)
    assert "critical" in table["adj"] and "hostile" not in table["adj"]
    assert "9 of 10 articles" in out.read_text(encoding="utf-8").splitlines()[1]


def test_read_learned_skips_comments_and_header(tmp_path: Path) -> None:
    from generator.nlp.claims import read_learned

    path = tmp_path / "t.tsv"
    path.write_text(
        "# comment\nkind\tlemma\textra\tcls\nverb\tback\t-\tassertion\t5\t5\t5\t0.5\n"
        "prep\trefer\tto\t-\t3\t3\t3\t1.0\n",
        encoding="utf-8",
    )
    table = read_learned(path)
    assert table["verb"] == {"back": "assertion"} and table["prep"] == {"refer to": "-"}
    assert read_learned(tmp_path / "missing.tsv")["verb"] == {}


def test_agreement_scores_every_annotator_against_every_other(split: Path) -> None:
    result = polnear.agreement(split)
    # only article a has two files: 2 cues in the first, 1 in the second
    assert (result["articles"], result["annotation_files"], result["gold_cues"]) == (1, 2, 3)
    assert result["overlap"]["cue"] == {"p": 0.0, "r": 0.0, "f": 0.0}  # "reopen" is content
    (split / "attributions" / "a_bbbb.ann").write_text(brat(TEXT_A, GOLD_A), encoding="utf-8")
    same = polnear.agreement(split)
    for mode in ("exact", "overlap"):
        for role in polnear.ROLES:
            assert same[mode][role]["f"] == 1.0, (mode, role)
    # a third annotator who marks only "reopen": of the 6 ordered pairs, the two between the
    # first two files hit both cue tokens ("said", "added"), the four with the third none;
    # predicted tokens 2+2+1+2+1+2 = 10, hits 4, so P = R = F1 = 0.4
    (split / "attributions" / "a_cccc.ann").write_text(
        brat(TEXT_A, [("Cue", ["reopen"])]), encoding="utf-8"
    )
    three = polnear.agreement(split)
    assert three["annotation_files"] == 3
    assert three["overlap"]["cue"] == {"p": 0.4, "r": 0.4, "f": 0.4}


def test_main_prints_the_agreement(split: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert polnear.main([str(split), "--agreement"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("annotator agreement") and "overlap  cue" in out


def test_scored_leaves_out_only_the_unconfirmed_nested_attributions() -> None:
    from generator.annotations import ClaimMention

    def att(extra: dict) -> ClaimMention:
        return ClaimMention((0, 4), "said", "assertion", (5, 9), **extra)

    top = att({})
    chain = att({"nested": True})  # a rule cue inside another's content, kept for the chain
    confirmed = att({"nested": True, "confirmed": True})  # the classifier marked it too
    kept = polnear.scored([top, chain, confirmed])
    assert [id(a) for a in kept] == [id(top), id(confirmed)]  # == ignores the scorer-only fields
