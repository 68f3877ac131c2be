"""Where annotation time goes: ``python -m quality.profile_annotation``.

Annotates BBC articles in this process (one process, ``generator.annotate``'s own path) and
prints what each pipeline component cost (CPU seconds, the components run one after another
over the same batches), and, with ``--profile``, the top of a cProfile of the whole run.
``--dump`` saves every article's annotations as JSON and ``--compare`` checks a later run
against such a file (a speed change must leave them identical).

Articles are taken as the benchmark takes them (``bench.select_articles``: the i-th of every
topic in turn) from ``--offset`` on, so two disjoint samples are easy to name: the tuning
sample (offset 0) and a held-out one (e.g. offset 2000).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

from quality.bench import DEFAULT_CORPUS, copy_articles, select_articles


def read_sample(corpus: Path, offset: int, limit: int) -> list:
    from generator.content import read_content

    files = select_articles(corpus, None)[offset:offset + limit]
    with tempfile.TemporaryDirectory(prefix="news-prof-") as tmp:
        content = Path(tmp) / "content"
        copy_articles(files, corpus, content)
        return list(read_content(content).articles)


def annotate(articles: list, model: str) -> list[dict]:
    from generator.annotate import annotate_in_process

    return list(annotate_in_process(articles, model, 1, 32))


def component_times(articles: list, model: str, batch_size: int = 32) -> dict[str, float]:
    """CPU seconds of each pipeline component over the articles (after one warm-up doc)."""
    from generator.nlp.components import DATE_KEY, PARAGRAPHS_KEY
    from generator.nlp.pipeline import load_annotator

    nlp = load_annotator(model)
    list(nlp.pipe(["Warm up the model, said Ann Lee in Paris."]))
    times = {"make_doc": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for k in range(0, len(articles), batch_size):
        t = time.process_time()
        docs = []
        for article in articles[k:k + batch_size]:
            doc = nlp.make_doc(article.text)
            doc.user_data[DATE_KEY] = article.date
            doc.user_data[PARAGRAPHS_KEY] = [start for start, _ in article.paragraphs]
            docs.append(doc)
        times["make_doc"] += time.process_time() - t
        for name, proc in nlp.pipeline:
            t = time.process_time()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] += time.process_time() - t
    return times


def differences(found: dict, expected: dict) -> list[str]:
    out = []
    for key in sorted(set(found) | set(expected)):
        if found.get(key) != expected.get(key):
            out.append(key)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m quality.profile_annotation",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--limit", type=int, default=150)
    p.add_argument("--model", default=None)
    p.add_argument("--components", action="store_true", help="time each pipeline component")
    p.add_argument("--profile", type=int, default=0, metavar="N",
                   help="print the N functions with the most internal time under cProfile")
    p.add_argument("--dump", default=None, help="save the annotations to this JSON file")
    p.add_argument("--compare", default=None, help="compare the annotations with this file")
    args = p.parse_args(argv)
    from generator.settings import DEFAULT_MODEL

    model = args.model or DEFAULT_MODEL
    articles = read_sample(Path(args.corpus), args.offset, args.limit)
    print(f"{len(articles)} articles (offset {args.offset})")
    if args.components:
        times = component_times(articles, model)
        for name, sec in times.items():
            print(f"  {name:<22} {sec:7.2f} s CPU")
        print(f"  {'total':<22} {sum(times.values()):7.2f} s CPU")
    if not (args.profile or args.dump or args.compare):
        return 0
    from generator.nlp.pipeline import load_annotator

    load_annotator(model)
    # CPU time, not wall time: the machine may be shared.
    prof = cProfile.Profile(time.process_time) if args.profile else None
    t = time.process_time()
    if prof:
        prof.enable()
    results = annotate(articles, model)
    if prof:
        prof.disable()
    print(f"annotate: {time.process_time() - t:.2f} s CPU"
          + (" (under cProfile)" if prof else ""))
    if prof:
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue())
    found = {a.id: r for a, r in zip(articles, results, strict=True)}
    if args.dump:
        Path(args.dump).write_text(json.dumps(found, sort_keys=True), encoding="utf-8")
    if args.compare:
        expected = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        diff = differences(json.loads(json.dumps(found)), expected)
        print(f"compare: {len(diff)} of {len(expected)} articles differ"
              + (f": {', '.join(diff[:10])}" if diff else ""))
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
