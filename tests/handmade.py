"""Build parsed spaCy Docs by hand, so rule tests need no trained model."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc

# No space before these tokens.
_ATTACHED = {".", ",", "'s", "?", "!", ":", ";"}


@lru_cache(maxsize=1)
def _vocab():
    return spacy.blank("en").vocab


def make_doc(rows: list[tuple[str, str, str, str, int, str]],
             ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A parsed Doc from ``(word, tag, pos, dep, head index, lemma)`` rows and
    ``(start, end, label)`` entities in token offsets; a blank line is not supported."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in _ATTACHED for i in range(len(words))]
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for i in range(start + 1, end):
            iob[i] = f"I-{label}"
    return Doc(
        _vocab(),
        words=words,
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        ents=iob,
    )
