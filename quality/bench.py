"""Speed and memory benchmark on the BBC corpus: ``python -m generator bench``.

Every figure that is compared with a target is a ratio against a baseline measured in the same
run, so it holds on a noisy machine: the generator's cold annotation against plain spaCy
``nlp.pipe`` over the same texts, a warm rebuild against the cold build, the rebuild after one
new article against the warm rebuild, and ``mkdocs build`` with the plugin against ``mkdocs
build`` of the same pages already written to a folder. Each stage runs in its own Python
process, so its peak memory (resident set size of the process and of its workers) is its own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc" / "bbc"
TARGETS = {"annotation_overhead": 1.10, "warm_rebuild": 0.05, "render_overhead": 1.15,
           "serve_new_article": 2.0}
PEAK_MEMORY_LIMIT_MB = 2048
# The added article is written here, not copied from the corpus: only its length is borrowed.
NEW_ARTICLE = """Benchmark council approves new library for the city

The city council approved plans for a new central library on Tuesday, the mayor said.
"This library will serve every family in the city," Mayor Ana Torres told reporters after the vote.
Opposition councillor Mark Hale said the project would cost more than the council expected.
Building work is due to start in March and the library should open in two years.
"""


# ---- choosing and copying articles -------------------------------------------------------
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


# ---- stages (each runs in its own process) -----------------------------------------------
def _rss_mb() -> dict[str, float]:
    # ru_maxrss is in KiB on Linux. Workers (spaCy n_process) are children of the stage.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_mb": round(own, 1), "workers_rss_mb": round(kids, 1)}


def stage_baseline(a: dict) -> dict:
    """Plain spaCy: ``spacy.load`` and ``list(nlp.pipe(texts))`` over the texts we annotate."""
    from generator.content import read_content

    texts = list(dict.fromkeys(x.text for x in read_content(Path(a["content"])).articles))
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(a["model"])
    t_load = time.perf_counter() - t0
    docs = list(nlp.pipe(texts, n_process=a["n_process"], batch_size=a["batch_size"]))
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "load_seconds": t_load, "texts": len(texts),
            "tokens": sum(len(d) for d in docs)}


def stage_build(a: dict) -> dict:
    """Read, annotate, merge, render and write pages, as ``python -m generator build`` does."""
    from generator.build import Builder, BuildSettings, write_pages

    t0 = time.perf_counter()
    builder = Builder(BuildSettings(
        content_dir=Path(a["content"]), model=a["model"], cache_dir=Path(a["cache"]),
        n_process=a["n_process"], batch_size=a["batch_size"], progress=a.get("progress"),
        search_entity_pages=a.get("search_entity_pages", False),
    ))
    result, pages = builder.build_site()
    t2 = time.perf_counter()
    written = write_pages(pages, a["out"])
    t3 = time.perf_counter()
    s = result.stats
    sizes = [len(md.encode()) for md in pages.values()]
    largest = max(pages, key=lambda p: len(pages[p])) if pages else ""
    return {
        "seconds": t3 - t0,
        "timings": {**result.timings, "write": t3 - t2},
        "articles": s.articles, "annotated": s.annotated, "cached": s.cached,
        "tokens": s.tokens, "model_loaded": s.model_loaded,
        "recomputed_bad_entries": s.recomputed_bad_entries,
        "spacy_imported": "spacy" in sys.modules,
        "pages": len(pages), "pages_written": written,
        "markdown_bytes": sum(sizes), "largest_markdown": [largest, max(sizes, default=0)],
        "actors": len(result.corpus.actors), "events": len(result.corpus.events),
        "sources": len(result.corpus.sources), "claims": len(result.corpus.claims),
        "errors": [str(p) for p in result.errors],
    }


def stage_mkdocs(a: dict) -> dict:
    """``mkdocs build --strict`` of a config file, in this process."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    t0 = time.perf_counter()
    config = load_config(a["config"], strict=True)
    build(config)
    return {"seconds": time.perf_counter() - t0}


def stage_serve(a: dict) -> dict:
    """``mkdocs serve``'s rebuilds in one process (the plugin object kept, as serve keeps it):
    a first build (annotation cache warm), a rebuild with nothing changed, and a rebuild after
    one new article (written here; the model is loaded for it, as at a serve's first new
    article). The LiveReload server is not started."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    config = load_config(a["config"])
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["news"]
    out: dict[str, Any] = {}
    new = Path(a["content"]) / "bench-serve" / "serve-article.txt"
    # What the rebuild left running (the search index): ``wait``; an older plugin (measured
    # for a before/after) ran it within the build and had only the serve state's.
    wait = getattr(plugin, "wait", None) or plugin.serve.wait
    try:
        for step in ("first", "warm", "new"):
            if step == "new":
                new.parent.mkdir(exist_ok=True)
                new.write_text(NEW_ARTICLE.replace("Benchmark council", "Serve council")
                               .replace("Ana Torres", "Ruth Ellis").replace("March", "May"),
                               encoding="utf-8")
                _forget_cached(plugin.builder, Path(a["content"]), new)
            t0 = time.perf_counter()
            build(config, serve_url="http://127.0.0.1:8000/")
            seconds = time.perf_counter() - t0
            out[step] = {"seconds": seconds,
                         "rendered": len(plugin.serve.rebuilt), "kept": plugin.serve.kept,
                         "timings": dict(plugin.last_timings),
                         "annotated": plugin.last_stats.annotated}
            if step == "first":
                wait()  # as after a serve start: the search index is done
            elif step == "new":  # Pagefind and the site cache file run on after the build
                wait()
                out[step]["search_ready_seconds"] = time.perf_counter() - t0
    finally:
        shutil.rmtree(new.parent, ignore_errors=True)
    return out


def _forget_cached(builder, content: Path, path: Path) -> None:
    """Remove the article at ``path`` from the annotation cache (a kept ``--cache`` holds it
    from an earlier run): the new article is annotated, as a new article is."""
    from generator.annotate import annotation_settings, cache_key
    from generator.content import read_content

    cache, rel = builder.cache, path.relative_to(content).as_posix()
    for article in read_content(content).articles:
        if article.path.endswith(rel) and cache.folder is not None:
            key = cache_key(article, annotation_settings(builder.settings.model))
            cache.memory.pop(key, None)
            cache._path(key).unlink(missing_ok=True)


def stage_scaling(a: dict) -> dict:
    """Merge and render half of the (cached) articles and all of them: near 2x is linear."""
    from generator.build import Builder, BuildSettings
    from generator.merge import merge
    from generator.render import SiteIndex, render_corpus

    builder = Builder(BuildSettings(content_dir=Path(a["content"]), model=a["model"],
                                    cache_dir=Path(a["cache"])))
    from generator.annotate import annotate_articles
    from generator.content import read_content

    articles = read_content(Path(a["content"])).articles
    annotated = annotate_articles(articles, model=a["model"], cache=builder.cache)
    out = {}
    for label, part in (("half", annotated[: len(annotated) // 2]), ("full", annotated)):
        t0 = time.perf_counter()
        corpus = merge(part)
        t1 = time.perf_counter()
        SiteIndex(corpus).related  # noqa: B018 - the pair counting, timed on its own
        t2 = time.perf_counter()
        render_corpus(corpus)  # counts the pairs again (a tenth of a second on 2,000 articles)
        t3 = time.perf_counter()
        out[label] = {"articles": len(part), "mentions": sum(len(x.mentions)
                                                            for x in corpus.actors),
                      "merge": t1 - t0, "related": t2 - t1, "render": t3 - t2}
    return out


STAGES = {"baseline": stage_baseline, "build": stage_build, "mkdocs": stage_mkdocs,
          "scaling": stage_scaling, "serve": stage_serve}


def freeze_code(work: Path) -> Path:
    """Copy the generator and its templates: a run measures one version of the code.

    Others may edit the extractors while a long run goes on; an edit would change the rules
    fingerprint and turn the warm rebuild into a cold one.
    """
    code = work / "code"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "generator", code / "generator", ignore=ignore)
    shutil.copytree(ROOT / "quality", code / "quality", ignore=ignore)
    shutil.copytree(ROOT / "site_templates", code / "site_templates", ignore=ignore)
    return code


def run_stage(name: str, args: dict, log: Path | None = None, code: Path = ROOT) -> dict:
    """Run a stage in a fresh Python process; return its figures, wall time and peak memory."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(code),
                                                       os.environ.get("PYTHONPATH")]))}
    cmd = [sys.executable, "-m", "quality.bench", "_stage", name, json.dumps(args)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=code, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if log is not None:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"== {name} {args}\n{proc.stderr}\n")
    if proc.returncode != 0:
        raise RuntimeError(f"stage {name} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall_seconds"] = wall
    return out


def _stage_main(name: str, blob: str) -> int:
    result = STAGES[name](json.loads(blob))
    result.update(_rss_mb())
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0


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


def serve_rows(r: dict) -> list[tuple[str, str, str]]:
    """The serve stage's rows of the table."""
    q, sv = r["ratios"], r["serve"]
    ok = "yes" if q["serve_new_article"] <= TARGETS["serve_new_article"] else "**no**"
    new = sv["new"]
    return [
        ("**Serve: one new article** (rebuild / rebuild with nothing changed)",
         f"{q['serve_new_article']:.2f} ({new['seconds']:.2f} s / {sv['warm']['seconds']:.2f} s)",
         f"≤ {TARGETS['serve_new_article']}: {ok}"),
        ("Serve: new article's page served / its search index ready (s)",
         f"{new['seconds']:.2f} / {new.get('search_ready_seconds', float('nan')):.2f}", ""),
        ("Serve: pages rendered by MkDocs / kept (first; nothing changed; new article)",
         "; ".join(f"{sv[k]['rendered']} / {sv[k]['kept']}" for k in ("first", "warm", "new")),
         ""),
        ("Serve: first build; new-article stages (s)",
         f"{sv['first']['seconds']:.1f}; " + ", ".join(
             f"{k} {v:.2f}" for k, v in new["timings"].items()), ""),
    ]


def ratios(r: dict) -> dict:
    """The figures compared with targets, each against a baseline of the same run."""
    sc = r["scaling"]
    return {
        "annotation_overhead": annotation_overhead(r),
        "warm_rebuild": r["warm"]["seconds"] / r["cold"]["seconds"],
        "one_new_article": r["new"]["seconds"] / r["warm"]["seconds"],
        "render_overhead": r["mkdocs_plugin"]["seconds"] / r["mkdocs_plain"]["seconds"],
        "serve_new_article": r["serve"]["new"]["seconds"] / r["serve"]["warm"]["seconds"],
        "merge_scaling_2x": sc["full"]["merge"] / max(sc["half"]["merge"], 1e-9),
        "related_scaling_2x": sc["full"]["related"] / max(sc["half"]["related"], 1e-9),
        "render_scaling_2x": sc["full"]["render"] / max(sc["half"]["render"], 1e-9),
    }


def annotation_overhead(r: dict) -> float:
    """Cold annotation (model load included) against plain spaCy (``spacy.load`` included)."""
    return r["cold"]["timings"]["annotate"] / r["baseline"]["seconds"]


def annotation_table(r: dict) -> str:
    """The figures of ``--annotation-only``: plain spaCy against the generator's annotation."""
    q, b, c = r["ratios"], r["baseline"], r["cold"]
    ann = c["timings"]["annotate"]
    ok = "yes" if q["annotation_overhead"] <= TARGETS["annotation_overhead"] else "**no**"
    rows = [
        ("Articles read / annotated (cold)", f"{c['articles']} / {c['annotated']} "
         f"({r['files']} files; duplicates skipped)", ""),
        ("**Annotation overhead** (cold annotate / plain `nlp.pipe`, model load included)",
         f"{q['annotation_overhead']:.3f} ({ann:.1f} s / {b['seconds']:.1f} s)",
         f"≤ {TARGETS['annotation_overhead']}: {ok}"),
        ("Runs: plain `nlp.pipe` / cold annotate (s)",
         f"{' '.join(f'{x:.1f}' for x in r['baseline_runs'])} / "
         f"{' '.join(f'{x:.1f}' for x in r['cold_annotate_runs'])}", "fastest kept"),
        ("Plain spaCy: model load (s); articles/s, tokens/s",
         f"{b['load_seconds']:.1f}; {b['texts'] / b['seconds']:.1f}, "
         f"{b['tokens'] / b['seconds']:,.0f}", ""),
        ("Generator cold annotation: articles/s, tokens/s",
         f"{c['annotated'] / ann:.1f}, {c['tokens'] / ann:,.0f}", ""),
        ("Cold build stages (s)", ", ".join(f"{k} {v:.2f}" for k, v in c["timings"].items()),
         ""),
        ("Workers (both sides)", str(r["n_process"]), ""),
    ]
    for label, x in (("baseline (plain spaCy)", b), ("cold build", c)):
        rows.append((f"Peak RSS: {label} (process + workers)",
                     f"{x['rss_mb']:,.0f} MB + {x['workers_rss_mb']:,.0f} MB", ""))
    lines = ["| Figure | Value | Target |", "|---|---|---|"]
    lines += [f"| {a} | {v} | {t} |" for a, v, t in rows]
    return "\n".join(lines)


def estimate_100k(r: dict, n_target: int = 100_000) -> str:
    """Scale the full-N figures linearly (merge and render measured near-linear N/2 -> N):
    an estimate, stated as one."""
    c, sc = r["cold"], r["scaling"]
    f = n_target / max(c["articles"], 1)
    annotate = c["timings"]["annotate"] * n_target / max(c["annotated"], 1)
    return (f"annotate {annotate / 3600:.1f} h on {r['n_process']} processes, merge "
            f"{sc['full']['merge'] * f:.0f} s, render {sc['full']['render'] * f:.0f} s, "
            f"{c['pages'] * f:,.0f} pages")


def _mb(n: float) -> str:
    return f"{n / 1e6:,.2f} MB" if n >= 1e5 else f"{n / 1e3:,.1f} kB"


def table(r: dict) -> str:
    """The figures as a Markdown table."""
    if "cold" not in r:  # --only serve
        lines = ["| Figure | Value | Target |", "|---|---|---|"]
        return "\n".join(lines + [f"| {a} | {v} | {t} |" for a, v, t in serve_rows(r)])
    q, b, c, w, n = r["ratios"], r["baseline"], r["cold"], r["warm"], r["new"]
    site, sc = r["site"], r["scaling"]
    ok = lambda k: "yes" if q[k] <= TARGETS[k] else "**no**"  # noqa: E731
    peak = max(x["rss_mb"] + x["workers_rss_mb"] for x in
               (b, c, w, n, r["mkdocs_plain"], r["mkdocs_plugin"]))
    ann = c["timings"]["annotate"]
    rows = [
        ("Articles read / annotated (cold)", f"{c['articles']} / {c['annotated']} "
         f"({r['files']} files; duplicates skipped)", ""),
        ("**Annotation overhead** (cold annotate / plain `nlp.pipe`)",
         f"{q['annotation_overhead']:.3f} ({ann:.1f} s / {b['seconds']:.1f} s)",
         f"≤ {TARGETS['annotation_overhead']}: {ok('annotation_overhead')}"),
        ("**Warm rebuild** (warm build / cold build)",
         f"{q['warm_rebuild']:.4f} ({w['seconds']:.2f} s / {c['seconds']:.1f} s)",
         f"≤ {TARGETS['warm_rebuild']}: {ok('warm_rebuild')}"),
        ("Warm build loaded the model / imported spaCy",
         f"{w['model_loaded']} / {w['spacy_imported']}", "both False"),
        ("**One new article** (rebuild / warm rebuild)",
         f"{q['one_new_article']:.2f} ({n['seconds']:.2f} s / {w['seconds']:.2f} s); "
         f"annotated {n['annotated']}", "annotated 1"),
        ("**Render overhead** (`mkdocs build` plugin / plain)",
         f"{q['render_overhead']:.3f} ({r['mkdocs_plugin']['seconds']:.1f} s / "
         f"{r['mkdocs_plain']['seconds']:.1f} s)",
         f"≤ {TARGETS['render_overhead']}: {ok('render_overhead')}"),
        *serve_rows(r),
        ("Runs: plain `nlp.pipe` / cold annotate (s)",
         f"{' '.join(f'{x:.1f}' for x in r['baseline_runs'])} / "
         f"{' '.join(f'{x:.1f}' for x in r['cold_annotate_runs'])}", "fastest kept"),
        ("Plain spaCy: articles/s, tokens/s",
         f"{b['texts'] / b['seconds']:.1f}, {b['tokens'] / b['seconds']:,.0f}", ""),
        ("Generator cold annotation: articles/s, tokens/s",
         f"{c['annotated'] / ann:.1f}, {c['tokens'] / ann:,.0f}", ""),
        ("Cold build stages (s)", ", ".join(f"{k} {v:.2f}" for k, v in c["timings"].items()),
         ""),
        ("Warm build stages (s)", ", ".join(f"{k} {v:.2f}" for k, v in w["timings"].items()),
         ""),
        ("Pages (cold: written; warm: rewritten; new: rewritten)",
         f"{c['pages']}: {c['pages_written']}; {w['pages_written']}; {n['pages_written']}", ""),
        ("Actors, events, sources, claims",
         f"{c['actors']}, {c['events']}, {c['sources']}, {c['claims']}", ""),
        ("Largest Markdown page", f"{c['largest_markdown'][0]} ({_mb(c['largest_markdown'][1])})",
         ""),
        ("Site on disk (plugin build), HTML pages",
         f"{_mb(site['site_bytes'])}, {site['html_pages']}", ""),
        ("Largest HTML page", f"{site['largest_page'][0]} ({_mb(site['largest_page'][1])})", ""),
        ("Search index (raw / gzipped)",
         f"{_mb(site['search_index_bytes'])} / {_mb(site['search_index_gzip_bytes'])}", ""),
        ("Merge N/2 → N (s; ratio, ~2 is linear)",
         f"{sc['half']['merge']:.2f} → {sc['full']['merge']:.2f} "
         f"({q['merge_scaling_2x']:.2f}); mentions {sc['half']['mentions']} → "
         f"{sc['full']['mentions']}", "≈ 2"),
        ("Related-actor counting N/2 → N (s; ratio)",
         f"{sc['half']['related']:.2f} → {sc['full']['related']:.2f} "
         f"({q['related_scaling_2x']:.2f})", "≈ 2"),
        ("Render N/2 → N (s; ratio)",
         f"{sc['half']['render']:.2f} → {sc['full']['render']:.2f} "
         f"({q['render_scaling_2x']:.2f})", "≈ 2"),
        ("**Estimate** for 100,000 articles (linear from N; not measured)", estimate_100k(r),
         "estimate"),
    ]
    for label, key in (("baseline (plain spaCy)", "baseline"), ("cold build", "cold"),
                       ("warm build", "warm"), ("new-article build", "new"),
                       ("merge/render scaling", "scaling"),
                       ("mkdocs build, plain", "mkdocs_plain"),
                       ("mkdocs build, plugin", "mkdocs_plugin")):
        x = r[key]
        rows.append((f"Peak RSS: {label} (process + workers)",
                     f"{x['rss_mb']:,.0f} MB + {x['workers_rss_mb']:,.0f} MB", ""))
    fits = "yes" if peak < PEAK_MEMORY_LIMIT_MB else "**no**"
    rows.append(("Peak RSS of any stage", f"{peak:,.0f} MB",
                 f"< {PEAK_MEMORY_LIMIT_MB} MB: {fits}"))
    lines = ["| Figure | Value | Target |", "|---|---|---|"]
    lines += [f"| {a} | {v} | {t} |" for a, v, t in rows]
    return "\n".join(lines)


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
        return _stage_main(argv[1], argv[2])
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
