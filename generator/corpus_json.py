"""Corpus <-> JSON: the public export described in ``corpus-schema.md``."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from .models import Corpus

# The JSON text of each record the last dump wrote, by record (frozen dataclasses of strings,
# ints, bools and tuples: equal records give equal JSON). ``json.dumps`` with ``indent`` runs
# the pure-Python encoder, so a serve rebuild reuses the text of the records that did not change.
_last: dict[Any, str] = {}


def dump_corpus(corpus: Corpus) -> str:
    """Serialise a corpus as JSON text (stable: same corpus, same bytes).

    The bytes are ``json.dumps(corpus.to_dict(), ensure_ascii=False, indent=1) + "\\n"``,
    written record by record."""
    global _last
    memo: dict[Any, str] = {}
    parts = []
    for f in fields(corpus):
        value = getattr(corpus, f.name)
        if not isinstance(value, tuple):
            parts.append(f" {json.dumps(f.name)}: {json.dumps(value, ensure_ascii=False)}")
            continue
        texts = []
        for record in value:
            text = memo.get(record) or _last.get(record)
            if text is None:
                text = json.dumps(record.to_dict(), ensure_ascii=False, indent=1)
            memo[record] = text
            texts.append("  " + text.replace("\n", "\n  "))
        body = "[\n" + ",\n".join(texts) + "\n ]" if texts else "[]"
        parts.append(f" {json.dumps(f.name)}: {body}")
    _last = memo
    first = next(i for i, f in enumerate(fields(corpus)) if f.name == "schema_version")
    parts.insert(0, parts.pop(first))  # schema_version first, as Corpus.to_dict orders it
    return "{\n" + ",\n".join(parts) + "\n}\n"


def load_corpus(source: str | Path) -> Corpus:
    """Read a corpus from JSON text or a JSON file."""
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, Path) else source
    return Corpus.from_dict(json.loads(text))
