"""Corpus <-> JSON: the public export described in ``corpus-schema.md``."""

from __future__ import annotations

import json
from pathlib import Path

from .models import Corpus


def dump_corpus(corpus: Corpus) -> str:
    """Serialise a corpus as JSON text (stable: same corpus, same bytes)."""
    return json.dumps(corpus.to_dict(), ensure_ascii=False, indent=1) + "\n"


def load_corpus(source: str | Path) -> Corpus:
    """Read a corpus from JSON text or a JSON file."""
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, Path) else source
    return Corpus.from_dict(json.loads(text))
