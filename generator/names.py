"""Name keys for matching the same actor across articles, without spaCy."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

import yaml

# The pattern files; read here as plain files by annotation and the merge alike (the merge
# never imports the spaCy side).
PATTERNS = Path(__file__).resolve().parent / "nlp" / "patterns"

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(the|a|an)\s+")
K = TypeVar("K")


@functools.lru_cache(maxsize=1 << 17)  # a merge asks for the key of the same names again and again
def name_key(name: str) -> str:
    """Fold a name for comparison: case, accents, punctuation, possessive and a leading 'the'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’]s?$", "", text.strip())
    text = _PUNCT.sub("", text.replace("&", " and ").replace("-", " "))
    text = _SPACE.sub(" ", text).strip()
    return _LEADING.sub("", text)


# Bidirectional controls reorder what a reader sees ("‮gpj.exe" shows as "exe.jpg"); in a
# name, a title or a front-matter value they only serve to spoof.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def most_named(counts: Mapping[K, int]) -> K | None:
    """Of the actors a short name could stand for, by how often each is named so, the one
    named at least twice as often as any other ("United": Manchester United, named seven
    times, not Shareholders United, named twice); else None (no choice)."""
    ranked = Counter(counts).most_common(2)
    if not ranked or not ranked[0][1]:
        return None
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def strip_bidi(text: str) -> str:
    """Remove bidirectional control characters (U+202A-202E, U+2066-2069, LRM, RLM, ALM)."""
    return _BIDI.sub("", text)


def clean_name(name: str) -> str:
    """A name as pages show it: NFKC-normalised (full-width and ligature forms folded), without
    bidirectional controls, without surrounding spaces."""
    if not name.isascii():
        name = strip_bidi(unicodedata.normalize("NFKC", name))
    return name.strip()


@functools.lru_cache(maxsize=1)
def given_name_genders() -> tuple[tuple[str, str], ...]:
    """(given name as written, "f" or "m") of ``given_name_genders.yml``: one loader for
    annotation (``nlp/actors/lexicon``) and the merge (``merge/words``), which each fold the
    names their own way."""
    path = PATTERNS / "given_name_genders.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple((str(name), g) for key, g in (("female", "f"), ("male", "m"))
                 for name in data.get(key) or ())


@functools.lru_cache(maxsize=1)
def versus_words() -> frozenset[str]:
    """The words between two teams ("Leeds v Hull"): ``versus_words`` of ``actors.yml``, for
    the merge's fixture lines (annotation reads the same key with the rest of ``actors.yml``,
    in ``nlp/actors/lexicon``)."""
    data = yaml.safe_load((PATTERNS / "actors.yml").read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in data.get("versus_words") or ())
