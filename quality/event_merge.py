"""How far events merge across articles on a realistic site: counts and a sample to judge.

``python -m quality.event_merge ../shared/corpora/bbc/bbc --cache /tmp/event-merge-cache``

The site is the project's ``content/`` (the sample articles and the showcase) plus the first
``--politics`` BBC politics and ``--business`` BBC business articles (in file order). The
articles are annotated (the cache makes reruns fast), merged with ``generator.merge.merge``,
and the script prints: the number of events, of events reported by more than one article
(cross-article), the largest event (articles), how many articles the cross-article events
span, and a random sample of cross-article events (fixed ``--seed``) with every report's
article, summary and sentence, to be judged by hand (right: one real-world event; wrong:
different events joined). BBC text is for local research only: the sample is printed, not
written into the project.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from generator.annotate import AnnotationCache, annotate_articles
from generator.content import read_content
from generator.merge import merge
from generator.models import Corpus, Event

ROOT = Path(__file__).resolve().parent.parent


def build_content(bbc: Path, politics: int, business: int, target: Path) -> None:
    """Copy the project's articles and the chosen BBC files into ``target``."""
    for f in sorted((ROOT / "content").iterdir()):
        if f.is_file() and f.suffix in {".txt", ".md"}:
            shutil.copyfile(f, target / f.name)
    for section, n in (("politics", politics), ("business", business)):
        files = sorted((bbc / section).glob("*.txt"), key=lambda p: (len(p.stem), p.stem))
        (target / section).mkdir()
        for f in files[:n]:
            shutil.copyfile(f, target / section / f.name)


def corpus_of(bbc: Path, politics: int, business: int, cache: Path | None) -> Corpus:
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        content.mkdir()
        build_content(bbc, politics, business, content)
        articles = read_content(content).articles
    annotated = annotate_articles(articles, cache=AnnotationCache(cache), progress=False)
    return merge(annotated)


def articles_of(event: Event) -> set[str]:
    return {m.article for m in event.mentions}


def figures(corpus: Corpus) -> dict:
    spans = [len(articles_of(e)) for e in corpus.events]
    cross = [n for n in spans if n > 1]
    return {
        "articles": len(corpus.articles),
        "events": len(corpus.events),
        "cross_article_events": len(cross),
        "largest_event_articles": max(spans, default=0),
        "cross_article_sizes": dict(sorted(Counter(cross).items())),
    }


def describe(event: Event, corpus: Corpus) -> str:
    text = {a.id: a for a in corpus.articles}
    lines = [f"== {event.id}  [{event.trigger}] {event.summary}"]
    for m in event.mentions:
        article = text[m.article]
        start, end = article.sentences[m.sentence] if m.sentence < len(
            article.sentences) else m.span
        who = ", ".join(f"{p.role}={p.actor}" for p in m.participants)
        lines.append(f"  - {m.article}: {m.summary} | {who} | place={m.place} date={m.date}")
        lines.append(f"      \"{' '.join(article.text[start:end].split())[:220]}\"")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m quality.event_merge", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("bbc", type=Path, help="the BBC folder (with politics/ and business/)")
    p.add_argument("--politics", type=int, default=150)
    p.add_argument("--business", type=int, default=145)
    p.add_argument("--cache", type=Path, help="annotation cache folder (reruns are fast)")
    p.add_argument("--sample", type=int, default=30, help="cross-article events to print")
    p.add_argument("--seed", type=int, default=14)
    args = p.parse_args(argv)
    corpus = corpus_of(args.bbc, args.politics, args.business, args.cache)
    for key, value in figures(corpus).items():
        print(f"{key}: {value}")
    cross = sorted((e for e in corpus.events if len(articles_of(e)) > 1), key=lambda e: e.id)
    largest = max(cross, key=lambda e: len(articles_of(e)), default=None)
    if largest is not None:
        print("\nlargest:")
        print(describe(largest, corpus))
    print(f"\nrandom sample of {min(args.sample, len(cross))} (seed {args.seed}):")
    for event in random.Random(args.seed).sample(cross, min(args.sample, len(cross))):
        print(describe(event, corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
