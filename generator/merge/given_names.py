"""A given name alone joins a full name only where the article names that person in full.

"Sandra" (Michael Howard's wife, in an article that names her only so) is not Sandra Gidley of
another article, nor is "Ed" (Ed Miliband's brother) Ed Balls: across articles, a first name
says nothing of who is meant. A surname alone ("Blair") still joins the one full name that
fits, and so does a first word that is no given name ("Xi" of "Xi Jinping"); a given name
(``given_names.txt``) alone joins a full name whose first word it is only when that full name
is mentioned in every article that has the given name.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from ..annotations import ActorMention
from ..names import name_key

# Read as a file, as ``words.py`` reads merge.yml: the merge side never imports the spaCy side.
GIVEN_NAMES = Path(__file__).resolve().parent.parent / "nlp" / "patterns" / "given_names.txt"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The name keys of ``given_names.txt``."""
    lines = GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


class _Mentioned(Protocol):
    key: str
    mentions: list[tuple[str, ActorMention]]


def _articles(bucket: _Mentioned) -> set[str]:
    return {article for article, _ in bucket.mentions}


def given_name_fits(word: str, bucket: _Mentioned, target: _Mentioned) -> bool:
    """May the one-word ``bucket`` (``word``) join the full name ``target``? Yes when the
    word is the full name's surname or no known given name ("Xi" of "Xi Jinping": a family
    name first); when it is a given name, only if every article of the word names the full
    name too."""
    words = target.key.split()
    if words[-1] == word or word not in given_names():
        return True
    return _articles(bucket) <= _articles(target)


def fitting(words: list[str], bucket: _Mentioned, targets: Iterable) -> dict[int, _Mentioned]:
    """The roots of ``targets`` the ``bucket`` named ``words`` may join, by id (a name after an
    honorific, two words, may join any)."""
    roots = {id(t.root()): t.root() for t in targets}
    if len(words) != 1:
        return roots
    return {k: t for k, t in roots.items() if given_name_fits(words[0], bucket, t)}
