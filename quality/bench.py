"""Speed and memory benchmark on the BBC corpus: ``python -m generator bench``.

Every figure that is compared with a target is a ratio against a baseline measured in the same
run, so it holds on a noisy machine: the generator's cold annotation against plain spaCy
``nlp.pipe`` over the same texts, a warm rebuild against the cold build, the rebuild after one
new article against the warm rebuild, and ``mkdocs build`` with the plugin against ``mkdocs
build`` of the same pages already written to a folder. Each stage runs in its own Python
process, so its peak memory (resident set size of the process and of its workers) is its own.
The stages are in ``bench_stages``, the ratios and the table in ``bench_report``; this module
picks the articles, writes the MkDocs configs and runs the stages in order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from .bench_report import annotation_overhead, annotation_table, ratios, table
from .bench_stages import NEW_ARTICLE, ROOT, freeze_code, run_stage, stage_main

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc" / "bbc"


def select_articles(corpus: Path, limit: int | None) -> list[Path]:
    """Articles spread over every topic: the i-th file of each topic in turn, deterministic."""
    topics = sorted(p for p in corpus.iterdir() if p.is_dir())
    per_topic = [sorted(t.glob("*.txt")) for t in topics]
    chosen: list[Path] = []
    for i in range(max((len(f) for f in per_topic), default=0)):
        for files in per_topic:
            if i < len(files):
                chosen.append(files[i])
    return chosen if limit is None else chosen[:limit]


def copy_articles(files: list[Path], corpus: Path, content: Path) -> None:
    """Copy article files byte for byte (one is Latin-1) into ``content/<topic>/``."""
    for f in files:
        target = content / f.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, target)


# ---- MkDocs configs ----------------------------------------------------------------------
def news_options() -> dict:
    """The ``news`` plugin's options in the project's ``mkdocs.yml``."""
    import yaml

    base = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return next((p["news"] for p in base.get("plugins", []) if isinstance(p, dict)
                 and "news" in p), {}) or {}


def mkdocs_configs(work: Path, content: Path, cache: Path, pages: Path, model: str,
                   n_process: int, code: Path = ROOT) -> tuple[Path, Path]:
    """Write two configs with the project's theme, extensions and nav: plugin, and plain."""
    import yaml

    base = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    base.pop("watch", None)  # serve only; its paths are relative to the project
    if base["theme"].get("custom_dir"):
        base["theme"]["custom_dir"] = str(code / base["theme"]["custom_dir"])
    assets = code / "site_templates" / "docs"
    news = news_options()
    plugin = {**base, "docs_dir": str(assets), "site_dir": str(work / "site"),
              "plugins": [p for p in base["plugins"] if not (isinstance(p, dict) and "news" in p)]
              + [{"news": {**news, "content_dir": str(content),
                           "templates_dir": str(code / "site_templates"),
                           "cache_dir": str(cache), "model": model,
                           "n_process": n_process}}]}
    # The plain site reads the pages the CLI wrote (the same bytes the plugin adds, search
    # exclusion included), with the same static assets beside them; the plugin keeps entity
    # pages out of the navigation, and plain MkDocs is told the same.
    from generator import urls

    shutil.copytree(assets, pages, dirs_exist_ok=True)
    plain = {**base, "docs_dir": str(pages), "site_dir": str(work / "site-plain"),
             "not_in_nav": urls.not_in_nav(),
             "plugins": [p for p in base["plugins"] if not (isinstance(p, dict) and "news" in p)]}
    paths = work / "mkdocs-plugin.yml", work / "mkdocs-plain.yml"
    for path, cfg in zip(paths, (plugin, plain), strict=True):
        path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return paths


def site_figures(site: Path) -> dict:
    """Size on disk, the search index raw and gzipped, the largest page."""
    total, largest, largest_page, html = 0, 0, "", 0
    for p in site.rglob("*"):
        if p.is_file():
            size = p.stat().st_size
            total += size
            if p.suffix == ".html":
                html += 1
                if size > largest:
                    largest, largest_page = size, p.relative_to(site).as_posix()
    index = site / "search" / "search_index.json"
    raw = index.read_bytes() if index.is_file() else b""
    pagefind = site / "pagefind"
    return {"site_bytes": total, "html_pages": html, "largest_page": [largest_page, largest],
            "search_index_bytes": len(raw),
            "search_index_gzip_bytes": len(gzip.compress(raw, 6)) if raw else 0,
            "pagefind_bytes": sum(p.stat().st_size for p in pagefind.rglob("*") if p.is_file())
            if pagefind.is_dir() else 0}


# ---- the run -----------------------------------------------------------------------------
def run(args: argparse.Namespace) -> dict:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        raise SystemExit(f"corpus folder {corpus} not found (--corpus DIR)")
    files = select_articles(corpus, args.limit)
    if args.only == "serve":
        return run_serve(args, files, corpus)
    work = Path(tempfile.mkdtemp(prefix="news-bench-"))
    log = work / "stages.log"
    try:
        content, cache, pages = work / "content", work / "cache", work / "pages"
        copy_articles(files, corpus, content)
        code = freeze_code(work)

        def stage(name: str, stage_args: dict) -> dict:
            return run_stage(name, stage_args, log, code)

        common = {"content": str(content), "model": args.model, "n_process": args.n_process,
                  "batch_size": args.batch_size}
        build = {**common, "cache": str(cache), "out": str(pages), "progress": False,
                 "search_entity_pages": bool(news_options().get("search_entity_pages"))}
        r: dict[str, Any] = {"date": date.today().isoformat(), "corpus": str(corpus),
                             "files": len(files), "n_process": args.n_process,
                             "batch_size": args.batch_size, "model": args.model,
                             "python": sys.version.split()[0], "cpus": os.cpu_count()}
        say = (lambda m: print(m, file=sys.stderr, flush=True)) if not args.quiet else (
            lambda m: None)
        say(f"bench: {len(files)} articles in {work}")
        # Baseline and cold build alternate --repeat times; the fastest of each is kept (the
        # least disturbed by other work on the machine), every time is recorded.
        baselines, colds = [], []
        for n in range(1, args.repeat + 1):
            say(f"bench: plain spaCy nlp.pipe (baseline) {n}/{args.repeat} ...")
            baselines.append(stage("baseline", common))
            say(f"bench: cold build {n}/{args.repeat} ...")
            shutil.rmtree(cache, ignore_errors=True)
            shutil.rmtree(pages, ignore_errors=True)  # so that each cold build writes all
            colds.append(stage("build", build))
        r["baseline"] = min(baselines, key=lambda x: x["seconds"])
        r["cold"] = min(colds, key=lambda x: x["timings"]["annotate"])
        r["baseline_runs"] = [x["seconds"] for x in baselines]
        r["cold_annotate_runs"] = [x["timings"]["annotate"] for x in colds]
        if args.annotation_only:
            r["ratios"] = {"annotation_overhead": annotation_overhead(r)}
            return r
        say("bench: warm build ...")
        r["warm"] = stage("build", build)
        (content / "bench-new").mkdir(exist_ok=True)
        (content / "bench-new" / "new-article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        say("bench: one new article ...")
        r["new"] = stage("build", build)
        say("bench: merge and render, half and full ...")
        r["scaling"] = stage("scaling", {**common, "cache": str(cache)})
        plugin_cfg, plain_cfg = mkdocs_configs(work, content, cache, pages, args.model,
                                               args.n_process, code)
        say("bench: mkdocs build of the written pages (plain) ...")
        r["mkdocs_plain"] = stage("mkdocs", {"config": str(plain_cfg)})
        say("bench: mkdocs build with the news plugin ...")
        r["mkdocs_plugin"] = stage("mkdocs", {"config": str(plugin_cfg)})
        say("bench: mkdocs serve rebuilds (first, nothing changed, one new article) ...")
        serve_cfg = work / "mkdocs-serve.yml"
        serve_cfg.write_text(plugin_cfg.read_text(encoding="utf-8").replace(
            str(work / "site"), str(work / "site-serve")), encoding="utf-8")
        r["serve"] = stage("serve", {"config": str(serve_cfg), "content": str(content)})
        r["site"] = site_figures(work / "site")
        r["site_plain"] = site_figures(work / "site-plain")
        r["ratios"] = ratios(r)
        return r
    finally:
        if args.keep:
            print(f"bench: kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def run_serve(args: argparse.Namespace, files: list[Path], corpus: Path) -> dict:
    """``--only serve``: the serve stage alone, its annotation cache in ``--cache`` (kept between
    runs: a second run's first build is warm)."""
    work = Path(tempfile.mkdtemp(prefix="news-bench-"))
    try:
        content, pages = work / "content", work / "pages"
        cache = Path(args.cache) if args.cache else work / "cache"
        copy_articles(files, corpus, content)
        code = freeze_code(work)
        plugin_cfg, _ = mkdocs_configs(work, content, cache, pages, args.model,
                                       args.n_process, code)
        if not args.quiet:
            print(f"bench: mkdocs serve rebuilds, {len(files)} articles in {work}",
                  file=sys.stderr, flush=True)
        sv = run_stage("serve", {"config": str(plugin_cfg), "content": str(content)},
                       work / "stages.log", code)
        return {"date": date.today().isoformat(), "corpus": str(corpus), "files": len(files),
                "n_process": args.n_process, "model": args.model, "serve": sv,
                "ratios": {"serve_new_article": sv["new"]["seconds"] / sv["warm"]["seconds"]}}
    finally:
        if args.keep:
            print(f"bench: kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m generator bench", description=__doc__.split(
        "\n\n")[0])
    p.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="BBC folder of topic folders")
    p.add_argument("--limit", type=int, default=None, help="articles (spread over topics)")
    p.add_argument("--n-process", type=int, default=2, help="spaCy processes (both sides)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--repeat", type=int, default=1,
                   help="alternate baseline and cold build this many times; keep the fastest")
    p.add_argument("--model", default=None, help="spaCy pipeline (default: the project's)")
    p.add_argument("--only", choices=("serve",), default=None,
                   help="run one stage alone: serve (mkdocs serve rebuilds)")
    p.add_argument("--cache", default=None,
                   help="annotation cache folder for --only serve (kept: reuse it to start warm)")
    p.add_argument("--json", default=None, help="also save the figures to this file")
    p.add_argument("--annotation-only", action="store_true",
                   help="only plain spaCy against the cold build (the annotation overhead)")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    p.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table (and save JSON with ``--json``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_stage"]:
        return stage_main(argv[1], argv[2])
    args = build_parser().parse_args(argv)
    if args.model is None:
        from generator.nlp.pipeline import DEFAULT_MODEL

        args.model = DEFAULT_MODEL
    r = run(args)
    print(annotation_table(r) if args.annotation_only else table(r))
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
