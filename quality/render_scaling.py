"""Rendering time against article size: ``python -m quality.render_scaling``.

A synthetic article of news-like sentences (people meeting in places, organisations hiring,
quotations) in one long paragraph, the worst case for the article page, is built directly as
corpus records (actors with their mentions, events, claims; no spaCy) at each size asked, and
rendered with ``render_corpus``; the time per size is printed with the ratio to the first size
(linear rendering keeps it near the ratio of the sizes). ``--mkdocs SIZE`` also writes the
same text as one article in a content folder, builds it with the generator (spaCy annotates
it: this needs the model and takes minutes), then with ``mkdocs build --strict`` and the news
plugin, and prints the time of each stage.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from generator.models import (
    Actor,
    Article,
    Claim,
    Corpus,
    Event,
    EventMention,
    Mention,
    Participant,
)

ROOT = Path(__file__).resolve().parent.parent
FIRST = ("Alice", "Bruno", "Chen", "Dara", "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Juno",
         "Kofi", "Lena")
LAST = ("Moreau", "Tanaka", "Okafor", "Silva", "Novak", "Haddad", "Larsen", "Kim", "Rossi",
        "Mensah", "Weber", "Ortiz")
PLACES = ("Paris", "Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Dakar")
ORGS = ("Acme Corp", "Globex", "Initech", "Umbrella Group", "Hooli")


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


class _Writer:
    """Sentences appended to one text, with the records that point into it."""

    def __init__(self, article: str) -> None:
        self.article = article
        self.parts: list[str] = []
        self.size = 0
        self.sentences: list[tuple[int, int]] = []
        self.mentions: dict[str, list[Mention]] = {}
        self.types: dict[str, str] = {}
        self.events: list[Event] = []
        self.claims: list[Claim] = []

    def sentence(self, *pieces: str | tuple[str, str]) -> tuple[int, dict[str, tuple[int, int]]]:
        """Append a sentence of text and (name, type) pieces; return its index and name spans."""
        index, start, spans = len(self.sentences), self.size, {}
        for piece in pieces:
            if isinstance(piece, tuple):
                name, kind = piece
                spans[name] = (self.size, self.size + len(name))
                self.mentions.setdefault(name, []).append(
                    Mention(self.article, spans[name], name, index))
                self.types[name] = kind
                piece = name
            self.parts.append(piece)
            self.size += len(piece)
        self.sentences.append((start, self.size))
        self.parts.append(" ")
        self.size += 1
        return index, spans

    def event(self, trigger: str, summary: str, sentence: int, roles: list[tuple[str, str]],
              place: str | None = None) -> None:
        start, end = self.sentences[sentence]
        self.events.append(Event(
            id=f"{self.article}-{trigger}-{len(self.events) + 1}", summary=summary,
            trigger=trigger, participants=tuple(Participant(_slug(n), r) for n, r in roles),
            place=_slug(place) if place else None,
            mentions=(EventMention(self.article, sentence, (start, end)),)))

    def claim(self, sentence: int, speaker: str, speaker_span: tuple[int, int],
              cue_span: tuple[int, int], content_span: tuple[int, int]) -> None:
        self.claims.append(Claim(
            id=f"{self.article}-c{len(self.claims) + 1}", article=self.article,
            sentence=sentence, speaker=_slug(speaker), speaker_span=speaker_span, cue="said",
            cue_span=cue_span, content_span=content_span))


def synthetic_corpus(size: int, paragraph_every: int = 0, shape: str = "news") -> Corpus:
    """One article of about ``size`` characters of sentences, as a corpus (no spaCy).

    ``paragraph_every`` > 0 starts a paragraph after that many sentences (0: one paragraph).
    ``shape`` "news" writes varied sentences; "tiny" writes "Kofi left." again and again (a
    dozen people, each in an event of every twelfth sentence).
    """
    w = _Writer("big")
    i = 0
    while w.size < size:
        if paragraph_every and i and i % paragraph_every == 0:
            w.parts[-1] = "\n\n"
            w.size += 1
        if shape == "tiny":
            name = FIRST[i % len(FIRST)]
            s, spans = w.sentence((name, "person"), " left.")
            w.event("leave", f"{name} left", s, [(name, "agent")])
            i += 1
            continue
        a = f"{FIRST[i % len(FIRST)]} {LAST[(i // 3) % len(LAST)]}"
        b = f"{FIRST[(i + 5) % len(FIRST)]} {LAST[(i // 7) % len(LAST)]}"
        place, org = PLACES[i % len(PLACES)], ORGS[(i // 2) % len(ORGS)]
        shape = i % 4
        if shape == 0:
            s, spans = w.sentence((a, "person"), " met ", (b, "person"), " in ", (place, "place"),
                                  ".")
            w.event("meet", f"{a} met {b}", s, [(a, "agent"), (b, "patient")], place)
        elif shape == 1:
            quote, quote_start = "“We will not back down,”", w.size
            s, spans = w.sentence(quote + " ", (a, "person"), " said.")
            w.claim(s, a, spans[a], (spans[a][1] + 1, spans[a][1] + 5),
                    (quote_start, quote_start + len(quote)))
        elif shape == 2:
            s, spans = w.sentence((org, "organization"), f" said it would hire {i % 90 + 10} "
                                  "people in ", (place, "place"), ".")
            w.event("hire", f"{org} hires", s, [(org, "agent")], place)
        else:
            s, spans = w.sentence((a, "person"), " criticised ", (org, "organization"),
                                  " on Monday.")
            w.event("criticise", f"{a} criticised {org}", s, [(a, "agent"), (org, "patient")])
        i += 1
    text = "".join(w.parts).rstrip()
    article = Article(id=w.article, path=f"content/{w.article}.txt", title="A long article",
                      text=text, date="2025-03-01", sentences=tuple(w.sentences))
    actors = tuple(Actor(id=_slug(n), name=n, type=w.types[n], mentions=tuple(ms))
                   for n, ms in sorted(w.mentions.items()))
    return Corpus(articles=(article,), actors=actors, claims=tuple(w.claims),
                  events=tuple(w.events))


def time_render(size: int, shape: str = "news") -> tuple[float, float, int, int]:
    """Wall and CPU seconds to render a synthetic corpus of ``size`` characters; its pages;
    their Markdown bytes. (CPU time is the steadier figure on a machine shared with others.)"""
    from generator.render import render_corpus

    corpus = synthetic_corpus(size, shape=shape)
    t0, c0 = time.perf_counter(), time.process_time()
    pages = render_corpus(corpus)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return wall, cpu, len(pages), sum(len(p.encode()) for p in pages.values())


def markdown_time(size: int) -> tuple[float, float]:
    """CPU seconds Python-Markdown (the project's extensions) takes on the synthetic article's
    page, and on its text left as one paragraph (the cut turned off)."""
    import markdown
    import yaml

    from generator.render import render_corpus
    from generator.render.body import article_body
    from generator.render.site import SiteIndex

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    corpus = synthetic_corpus(size)
    page = render_corpus(corpus)[f"articles/{corpus.articles[0].id}.md"].split("---\n", 2)[2]
    whole = article_body(SiteIndex(corpus), "articles/big.md", corpus.articles[0], limit=10**12)
    out = []
    for text in (page, whole):
        t0 = time.process_time()
        markdown.Markdown(extensions=extensions).convert(text)
        out.append(time.process_time() - t0)
    return out[0], out[1]


def mkdocs_build(size: int, work: Path) -> dict[str, float]:
    """Seconds of each stage for a site of one article of ``size`` characters (and pages).

    The generator's build (read, annotate with spaCy, merge, render) runs first and fills the
    caches; then ``mkdocs build --strict`` with the news plugin, which reads the pages back
    from the site cache, so its time is MkDocs' own work on those pages.
    """
    import yaml
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.build import Builder, BuildSettings

    content = work / "content"
    content.mkdir(parents=True)
    text = synthetic_corpus(size).articles[0].text
    (content / "big.txt").write_text("A long article\n\n" + text + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    result, pages = Builder(BuildSettings(content_dir=content, cache_dir=work / "cache",
                                          progress=False)).build_site(ROOT / "site_templates")
    seconds = {"generator build": time.perf_counter() - t0, **result.timings,
               "pages": len(pages)}
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("watch", None)
    config["docs_dir"] = str(ROOT / config["docs_dir"])
    if config["theme"].get("custom_dir"):
        config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    config["site_dir"] = str(work / "site")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "news" in plugin:
            plugin["news"].update(content_dir=str(content), cache_dir=str(work / "cache"),
                                  templates_dir=str(ROOT / "site_templates"))
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    t0 = time.perf_counter()
    cfg = load_config(str(work / "mkdocs.yml"), strict=True)
    cfg.plugins.on_startup(command="build", dirty=False)
    build(cfg)
    seconds["mkdocs build"] = time.perf_counter() - t0
    return seconds


def _size(text: str) -> int:
    text = text.strip().upper()
    for unit, factor in (("MB", 1_000_000), ("KB", 1_000), ("M", 1_000_000), ("K", 1_000)):
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * factor)
    return int(text)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m quality.render_scaling",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="200KB,400KB,2MB",
                   help="article sizes, comma-separated (200KB, 2MB, 20MB)")
    p.add_argument("--shape", choices=("news", "tiny"), default="news",
                   help="varied news sentences, or one short sentence repeated")
    p.add_argument("--markdown", action="store_true",
                   help="also time Python-Markdown on the article page, cut and uncut")
    p.add_argument("--mkdocs", default=None, help="also build a site of one article this size")
    args = p.parse_args(argv)
    first = None
    for size in (_size(s) for s in args.sizes.split(",") if s):
        wall, cpu, pages, out = time_render(size, args.shape)
        first = first or (size, cpu)
        print(f"render {size / 1e6:g} MB of {args.shape} text: {wall:.2f} s ({cpu:.2f} s CPU), "
              f"{pages} pages, {out / 1e6:.1f} MB of Markdown (size x{size / first[0]:g}, "
              f"CPU time x{cpu / first[1]:.2f})", flush=True)
        if args.markdown:
            page, whole = markdown_time(size)
            print(f"  Python-Markdown: the article page {page:.2f} s CPU; its text as one "
                  f"paragraph {whole:.2f} s CPU", flush=True)
    if args.mkdocs:
        work = Path(tempfile.mkdtemp(prefix="news-render-scaling-"))
        try:
            size = _size(args.mkdocs)
            stages = mkdocs_build(size, work)
            print(f"one article of {size / 1e6:g} MB: "
                  + ", ".join(f"{k} {v:.1f} s" if isinstance(v, float) else f"{k} {v}"
                              for k, v in stages.items()), flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
