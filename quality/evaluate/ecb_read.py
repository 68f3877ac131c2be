"""Read ECB+ gold for ``ecb``: each document rebuilt as text (one paragraph per ECB+ sentence,
headlines included) with its ACTION_*/NEG_ACTION_* mentions in the sentences ECB+ validated
(ECBplus_coreference_sentences.csv) and their cross-document or within-document clusters
(``iter_docs``), and the split of the topics: odd topics tune, even topics are held out
(``split_of``). Scoring and the report are in ``ecb``.
"""

from __future__ import annotations

import bisect
import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SPLITS = ("tune", "held-out", "all")


def split_of(topic: int) -> str:
    """Odd topics tune, even topics are held out."""
    return "tune" if topic % 2 else "held-out"


@dataclass(frozen=True)
class GoldMention:
    key: tuple
    tag: str
    tokens: frozenset[str]
    cluster: str

    @property
    def reporting(self) -> bool:
        return self.tag.endswith("ACTION_REPORTING")


@dataclass
class EcbDoc:
    """One ECB+ document rebuilt as text, with its gold action mentions."""

    name: str
    topic: int
    text: str
    token_at: dict[int, str]  # character offset of a token's start -> token id
    token_sentence: dict[str, int]
    scored_sentences: set[int]
    mentions: list[GoldMention] = field(default_factory=list)
    token_span: dict[str, tuple[int, int]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)

    def tokens_in(self, start: int, end: int) -> frozenset[str]:
        """Token ids whose characters overlap ``[start, end)``."""
        if len(self.starts) != len(self.token_at):
            self.starts = sorted(self.token_at)
        starts = self.starts
        i = max(0, bisect.bisect_right(starts, start) - 1)
        out = []
        while i < len(starts) and starts[i] < end:
            tid = self.token_at[starts[i]]
            if self.token_span[tid][1] > start:
                out.append(tid)
            i += 1
        return frozenset(out)

    def scored(self, tokens: Iterable[str]) -> bool:
        return any(self.token_sentence.get(t) in self.scored_sentences for t in tokens)


def scored_sentences(root: Path) -> dict[str, set[int]]:
    """Map "<topic>_<file>" to the sentence numbers ECB+ validated."""
    out: dict[str, set[int]] = {}
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = f"{row['Topic'].strip()}_{row['File'].strip()}"
            out.setdefault(key, set()).add(int(row["Sentence Number"]))
    return out


def read_doc(path: Path, sentences: set[int], topic: int = 0) -> EcbDoc:
    """Rebuild one document's text (a paragraph per sentence) and read its action mentions."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    token_at: dict[int, str] = {}
    token_sentence: dict[str, int] = {}
    token_span: dict[str, tuple[int, int]] = {}
    offset = 0
    previous: int | None = None
    for tok in root.iter("token"):
        sent = int(tok.get("sentence", "0"))
        if previous is not None:
            sep = "\n\n" if sent != previous else " "
            pieces.append(sep)
            offset += len(sep)
        previous = sent
        word = tok.text or ""
        tid = tok.get("t_id", "")
        token_at[offset] = tid
        token_sentence[tid] = sent
        token_span[tid] = (offset, offset + len(word))
        pieces.append(word)
        offset += len(word)
    doc = EcbDoc(path.stem, topic, "".join(pieces), token_at, token_sentence, sentences,
                 token_span=token_span)
    cluster_of: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else ():
        if rel.tag == "CROSS_DOC_COREF":
            name = f"x:{rel.get('note')}"
        elif rel.tag == "INTRA_DOC_COREF":
            name = f"i:{path.stem}:{rel.get('r_id')}"
        else:
            continue
        for src in rel.iter("source"):
            cluster_of.setdefault(src.get("m_id", ""), name)
    markables = root.find("Markables")
    for mark in markables if markables is not None else ():
        tag = mark.tag
        if not (tag.startswith("ACTION_") or tag.startswith("NEG_ACTION_")):
            continue
        tokens = frozenset(a.get("t_id", "") for a in mark.iter("token_anchor"))
        m_id = mark.get("m_id", "")
        if tokens and doc.scored(tokens):
            cluster = cluster_of.get(m_id, f"s:{path.stem}:{m_id}")
            doc.mentions.append(GoldMention((topic, path.stem, "g", m_id), tag, tokens, cluster))
    return doc


def parse_topics(text: str | None) -> set[int] | None:
    """Read "1-35" or "1,3,5-9" into a set of topic numbers (None: every topic)."""
    if not text:
        return None
    out: set[int] = set()
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def iter_docs(root: Path, limit: int | None = None,
              topics: set[int] | None = None) -> Iterator[EcbDoc]:
    """Yield the ECB+ documents that have validated sentences, in topic order."""
    wanted = scored_sentences(root)
    dirs = sorted((p for p in (root / "ECB+").iterdir() if p.is_dir() and p.name.isdigit()),
                  key=lambda p: int(p.name))
    count = 0
    for topic_dir in dirs:
        topic = int(topic_dir.name)
        if topics is not None and topic not in topics:
            continue
        for path in sorted(topic_dir.glob("*.xml")):
            sentences = wanted.get(path.stem)
            if not sentences:
                continue
            yield read_doc(path, sentences, topic)
            count += 1
            if limit is not None and count >= limit:
                return
