"""Helpers for the claim tests that run the real model (imported as ``claimkit``)."""

from __future__ import annotations

from pathlib import Path

from generator.annotations import ClaimMention
from generator.build import Builder
from generator.nlp.claims import extract_attributions
from generator.settings import BuildSettings


def claims(nlp, text: str, classifier: bool = False) -> list[ClaimMention]:
    """The attributions of a self-written ``text`` (a paragraph: it ends with a newline)."""
    return extract_attributions(nlp(text + "\n"), classifier=classifier)


def claim_with(nlp, text: str, cue: str, classifier: bool = False) -> ClaimMention:
    """The one attribution with the cue text ``cue`` in ``text``."""
    (found,) = [a for a in claims(nlp, text, classifier) if a.cue_text == cue]
    return found


def content_of(text: str, found: ClaimMention) -> str:
    """The words of ``text`` the attribution gives as what is claimed."""
    return text[found.content[0] : found.content[1]]


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
