"""Name keys for matching the same actor across articles, without spaCy."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(the|a|an)\s+")


def name_key(name: str) -> str:
    """Fold a name for comparison: case, accents, punctuation, possessive and a leading 'the'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’]s?$", "", text.strip())
    text = _PUNCT.sub("", text.replace("&", " and ").replace("-", " "))
    text = _SPACE.sub(" ", text).strip()
    return _LEADING.sub("", text)
