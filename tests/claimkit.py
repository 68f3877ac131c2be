"""Helpers for the claim tests that run the real model (imported as ``claimkit``)."""

from __future__ import annotations

from generator.annotations import ClaimMention
from generator.nlp.claims import extract_attributions


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
