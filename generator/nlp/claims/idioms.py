"""Set phrases made of a cue word that report nothing ("That said, …", "Having said that",
"so to speak", "not to mention"; ``cue_idioms`` in ``patterns/attribution.yml``): a cue word
inside one is no cue, for the rules and for the classifier's spans alike."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token


@lru_cache(maxsize=8)
def _phrases(idioms: frozenset[str]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Each word of the idioms, with the idioms it is in and its place in each."""
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for idiom in idioms:
        words = tuple(idiom.split())
        for k, word in enumerate(words):
            out.setdefault(word, []).append((k, words))
    return {w: tuple(v) for w, v in out.items()}


def in_idiom(tok: Token, idioms: frozenset[str]) -> bool:
    """Whether ``tok`` is a word of one of the ``idioms`` as the text has it."""
    doc = tok.doc
    for k, words in _phrases(idioms).get(tok.lower_, ()):
        start = tok.i - k
        if start < 0 or start + len(words) > len(doc):
            continue
        if all(doc[start + j].lower_ == w for j, w in enumerate(words)):
            return True
    return False


def any_in_idiom(tokens: Iterable[Token], idioms: frozenset[str]) -> bool:
    """Whether one of ``tokens`` is a word of an idiom."""
    return any(in_idiom(t, idioms) for t in tokens)
