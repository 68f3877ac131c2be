"""A given name alone joins a full name only where the article names that person in full.

"Sandra" (Michael Howard's wife, in an article that names her only so) is not Sandra Gidley of
another article, nor is "Ed" (Ed Miliband's brother) Ed Balls: across articles, a first name
says nothing of who is meant. A surname alone ("Blair") still joins the one full name that
fits; a given name alone joins a full name whose first word it is only when that full name is
mentioned in every article that has the given name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from ..annotations import ActorMention


class _Mentioned(Protocol):
    key: str
    mentions: list[tuple[str, ActorMention]]


def _articles(bucket: _Mentioned) -> set[str]:
    return {article for article, _ in bucket.mentions}


def given_name_fits(word: str, bucket: _Mentioned, target: _Mentioned) -> bool:
    """May the one-word ``bucket`` (``word``) join the full name ``target``? Yes when the
    word is the full name's surname; when it is only its given name, only if every article of
    the word names the full name too."""
    words = target.key.split()
    if words[-1] == word:
        return True
    return _articles(bucket) <= _articles(target)


def fitting(word: str, bucket: _Mentioned, targets: Iterable[_Mentioned]) -> dict[int, _Mentioned]:
    """The ``targets`` the one-word ``bucket`` may join, by id."""
    return {id(t): t for t in targets if given_name_fits(word, bucket, t)}
