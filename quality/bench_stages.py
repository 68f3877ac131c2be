"""The benchmark's stages (``python -m generator bench``), each run in a fresh Python process.

``run_stage`` starts ``python -m quality.bench _stage NAME ARGS``; the stage returns its figures
as JSON with the process's peak memory. ``freeze_code`` copies the code a run measures.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

NEW_ARTICLE = """Benchmark council approves new library for the city

The city council approved plans for a new central library on Tuesday, the mayor said.
"This library will serve every family in the city," Mayor Ana Torres told reporters after the vote.
Opposition councillor Mark Hale said the project would cost more than the council expected.
Building work is due to start in March and the library should open in two years.
"""


# ---- choosing and copying articles -------------------------------------------------------


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


def stage_main(name: str, blob: str) -> int:
    result = STAGES[name](json.loads(blob))
    result.update(_rss_mb())
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0
