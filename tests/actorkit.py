"""Helpers for the actor tests that run the real model (imported as ``actorkit``)."""

from __future__ import annotations

from generator.nlp.actors import extract_actor_mentions


def names(nlp, text: str) -> list[tuple[str, str]]:
    """[(text, type)] of the shown named mentions of ``text``, in order."""
    return [(m.text, str(m.type)) for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]
