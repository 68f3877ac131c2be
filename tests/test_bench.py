"""The benchmark runs end to end on a few BBC articles and prints every figure.

No time is asserted: a test machine is noisy. What is checked is that each stage ran, that the
warm rebuild did not load spaCy and that exactly one new article was annotated.
"""

from __future__ import annotations

import json

import pytest

from quality import bench

FIGURES = (
    "Annotation overhead", "Warm rebuild", "Warm build loaded the model", "One new article",
    "Render overhead", "Serve: one new article", "Serve: pages rendered",
    "Plain spaCy: articles/s, tokens/s", "Estimate** for 100,000 articles",
    "Generator cold annotation: articles/s, tokens/s", "Pages", "Site on disk",
    "Largest HTML page", "Largest Markdown page", "Search index (raw / gzipped)",
    "Merge N/2 → N", "Related-actor counting", "Render N/2 → N", "Peak RSS: baseline",
    "Peak RSS: cold build", "Peak RSS: warm build", "Peak RSS: mkdocs build, plugin",
    "Peak RSS of any stage",
)


def test_select_articles_spreads_over_topics(corpora):
    bbc = corpora / "bbc" / "bbc"
    if not bbc.is_dir():
        pytest.skip("BBC corpus absent")
    files = bench.select_articles(bbc, 10)
    assert files == bench.select_articles(bbc, 10)  # deterministic
    assert len({f.parent.name for f in files}) == 5
    assert len(bench.select_articles(bbc, None)) == 2225


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.model
def test_bench_runs_end_to_end_and_prints_every_figure(corpora, tmp_path, capsys):
    bbc = corpora / "bbc" / "bbc"
    if not bbc.is_dir():
        pytest.skip("BBC corpus absent")
    out = tmp_path / "bench.json"
    # batch size 2 with 2 processes: the process pool of the annotator is used.
    status = bench.main(["--corpus", str(bbc), "--limit", "6", "--n-process", "2",
                         "--batch-size", "2", "--json", str(out), "--quiet"])
    assert status == 0
    printed = capsys.readouterr().out
    for figure in FIGURES:
        assert figure in printed, figure
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["cold"]["annotated"] == 6 and r["cold"]["model_loaded"]
    assert r["warm"]["annotated"] == 0
    assert r["warm"]["model_loaded"] is False and r["warm"]["spacy_imported"] is False
    assert r["new"]["annotated"] == 1 and r["new"]["cached"] == 6
    assert r["site"]["html_pages"] > 6 and r["site"]["pagefind_bytes"] > 0
    serve = r["serve"]
    assert serve["first"]["kept"] == 0 and serve["warm"]["kept"] > 0
    assert serve["new"]["annotated"] == 1 and serve["new"]["rendered"] < serve["first"]["rendered"]
    for key in ("annotation_overhead", "warm_rebuild", "one_new_article", "render_overhead",
                "serve_new_article"):
        assert r["ratios"][key] > 0


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.model
def test_bench_annotation_only_prints_the_overhead(corpora, tmp_path, capsys):
    bbc = corpora / "bbc" / "bbc"
    if not bbc.is_dir():
        pytest.skip("BBC corpus absent")
    out = tmp_path / "bench.json"
    status = bench.main(["--corpus", str(bbc), "--limit", "4", "--n-process", "1",
                         "--annotation-only", "--json", str(out), "--quiet"])
    assert status == 0
    printed = capsys.readouterr().out
    assert "**Annotation overhead**" in printed and "Peak RSS: cold build" in printed
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["cold"]["annotated"] == 4 and "warm" not in r
    assert r["ratios"]["annotation_overhead"] == pytest.approx(
        r["cold"]["timings"]["annotate"] / r["baseline"]["seconds"])


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.model
def test_bench_only_serve_reuses_its_cache(corpora, tmp_path, capsys):
    """``--only serve --cache DIR``: the serve stage alone; a second run starts warm."""
    bbc = corpora / "bbc" / "bbc"
    if not bbc.is_dir():
        pytest.skip("BBC corpus absent")
    cache, out = tmp_path / "cache", tmp_path / "serve.json"
    args = ["--corpus", str(bbc), "--limit", "3", "--only", "serve", "--cache", str(cache),
            "--json", str(out), "--quiet"]
    for run in (1, 2):
        assert bench.main(args) == 0
        printed = capsys.readouterr().out
        assert "Serve: one new article" in printed and "search index ready" in printed
        assert "Annotation overhead" not in printed
        serve = json.loads(out.read_text(encoding="utf-8"))["serve"]
        assert serve["first"]["annotated"] == (3 if run == 1 else 0)
        assert serve["new"]["annotated"] == 1 and serve["warm"]["kept"] > 0
        assert serve["new"]["search_ready_seconds"] >= serve["new"]["seconds"]
