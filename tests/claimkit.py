"""Helpers for the claim tests that build a corpus from real parses (imported as ``claimkit``)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Builder
from generator.settings import BuildSettings


def speakers(tmp_path: Path, texts: dict[str, str], shown: str) -> dict[str, str | None]:
    """Build a corpus of the articles ``texts`` (file stem -> text, headline first) and map the
    content of each claim of article ``shown`` to the name of its speaker (actor or source)."""
    content = tmp_path / "content"
    content.mkdir()
    for stem, text in texts.items():
        (content / f"{stem}.txt").write_text(text, encoding="utf-8")
    corpus = Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus
    names = {a.id: a.name for a in corpus.actors}
    names.update({s.id: s.name for s in corpus.sources})
    body = next(a.text for a in corpus.articles if a.id.endswith(shown))
    return {body[c.content_span[0]:c.content_span[1]]: names.get(c.speaker)
            for c in corpus.claims if c.article.endswith(shown)}
