"""The attribution cue classifier: which tokens of a parsed article belong to a cue.

PolNeAR decides cues in context ("backed the bill" is a cue, "backed the truck" is not; "said
Tuesday" is one cue; "asked" but not "asked about" in one article and the reverse in the
next), which word lists cannot capture. This module scores every token with a logistic
regression over sparse binary features of the token, its neighbours and its place in the
dependency parse, *and of what the rules found* (is the token inside a rule cue, source or
content; is its head a rule cue). So the rules propose and the classifier decides: it keeps,
widens, shortens or drops the rules' cues and adds the ones they miss.

Features are strings ("l=say", "d=ROOT", "rc-1", "hl=report") hashed with CRC-32 into
``2**BITS`` weights; the weights, the bias and the decision threshold are the whole model
(``models/cue_classifier``: ``weights.npy``, float16, and ``meta.json``), trained by
``python -m generator.nlp.train_cues`` on PolNeAR train. Scoring an article needs numpy only.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_SPACE, LEMMA, LOWER, ORTH, POS, SHAPE, TAG
from spacy.tokens import Doc, Span

MODEL_DIR = Path(__file__).with_name("models") / "cue_classifier"
BITS = 18
# Bump when a feature changes: saved weights of another version are not used.
FEATURE_VERSION = 3

_KEEP_CHILD = frozenset({"prt", "prep", "mark", "aux", "auxpass", "neg"})
_OBJ_DEPS = frozenset({"dobj", "pobj", "attr", "acomp", "xcomp", "ccomp"})
_QUOTE_OR_COLON = frozenset({'"', "“", "”", ":", "``", "''"})


@dataclass(frozen=True)
class Marks:
    """What the rules found, as one flag per token: cue, source, content; direct quotes; and
    the kind of each rule cue token ("hand:assertion", "verb:belief"; "" off the cues)."""

    cue: Sequence[bool]
    source: Sequence[bool]
    content: Sequence[bool]
    quote: Sequence[bool]
    kind: Sequence[str]


def token_marks(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[bool]:
    """One flag per token: does the token share a character with one of the char spans."""
    flags = [False] * len(doc)
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                flags[i] = True
    return flags


def features(doc: Doc, marks: Marks) -> list[list[str]]:
    """The feature strings of every token of ``doc`` (see the module docstring)."""
    n = len(doc)
    if n == 0:
        return []
    # token attributes as strings, read in one go (making Token objects is slow)
    cols = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, SHAPE, ENT_TYPE, IS_SPACE, HEAD])
    strings = doc.vocab.strings

    def column(k: int) -> list[str]:
        return [strings[x] for x in cols[:, k].tolist()]

    orth, lower, pos, tag = column(0), column(1), column(3), column(4)
    dep, shape = column(5), column(6)
    lemma = [x.lower() for x in column(2)]
    ent = [strings[x] if x else "" for x in cols[:, 7].tolist()]
    space = [bool(x) for x in cols[:, 8].tolist()]
    rel = np.ascontiguousarray(cols[:, 9]).view(np.int64).tolist()  # HEAD: offset to the head
    head = [i + r for i, r in enumerate(rel)]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(head):
        if h != i:
            children[h].append(i)
    depth = _depths(head)
    # each token's left- and right-most descendant: fold children into heads, deepest first
    left_edge, right_edge = list(range(n)), list(range(n))
    for i in sorted(range(n), key=depth.__getitem__, reverse=True):
        h = head[i]
        if h != i:
            left_edge[h] = min(left_edge[h], left_edge[i])
            right_edge[h] = max(right_edge[h], right_edge[i])
    sent_start = [False] * n
    sent_of = [0] * n
    sent_q: list[bool] = []
    sent_c: list[bool] = []
    cue, src, con, inq = marks.cue, marks.source, marks.content, marks.quote
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for k, sent in enumerate(sents):
        sent_start[sent.start] = True
        sent_q.append(any(inq[sent.start : sent.end]))
        sent_c.append(any(cue[sent.start : sent.end]))
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    # distance to the nearest rule cue token on each side (capped)
    left_cue = [99] * n
    right_cue = [99] * n
    last = -99
    for i in range(n):
        left_cue[i] = min(i - last, 99)
        if cue[i]:
            last = i
    last = n + 99
    for i in range(n - 1, -1, -1):
        right_cue[i] = min(last - i, 99)
        if cue[i]:
            last = i
    # content tokens before i, to ask "is there rule content in this subtree" in O(1)
    con_before = [0] * (n + 1)
    for i in range(n):
        con_before[i + 1] = con_before[i] + (1 if con[i] else 0)
    # each token's subject kind and clausal complement (for the governing verb's features)
    subj_kind = ["-"] * n
    clause_kind = ["-"] * n
    for c in range(n):
        h = head[c]
        if h == c:
            continue
        if dep[c] in ("nsubj", "nsubjpass"):
            subj_kind[h] = ent[c] or ("PRP" if tag[c] == "PRP" else pos[c])
        elif dep[c] in ("ccomp", "xcomp") and clause_kind[h] == "-":
            clause_kind[h] = dep[c]
    # the governing verb of each token: itself, or the nearest verb up the heads
    gverb = [-1] * n
    for i in sorted(range(n), key=depth.__getitem__):
        h = head[i]
        gverb[i] = i if pos[i] in ("VERB", "AUX") or h == i else gverb[h]

    def quote_near(i: int, step: int) -> bool:
        j = i + step
        while 0 <= j < n and space[j]:
            j += step
        return 0 <= j < n and orth[j] in _QUOTE_OR_COLON

    out: list[list[str]] = []
    for i in range(n):
        w, le, p, d, h = lower[i], lemma[i], pos[i], dep[i], head[i]
        hl = lemma[h]
        f = [
            "w=" + w, "l=" + le, "p=" + p, "tg=" + tag[i], "d=" + d,
            f"ld={le}|{d}", f"lp={le}|{p}", "hl=" + hl, "hp=" + pos[h],
            f"dhp={d}|{pos[h]}", f"lhl={le}|{hl}", "shape=" + shape[i][:4],
        ]  # fmt: skip
        child_deps = set()
        for c in children[i]:
            cd = dep[c]
            child_deps.add(cd)
            if cd in _KEEP_CHILD:
                f.append(f"cl={cd}|{lemma[c]}")
            if cd in _OBJ_DEPS:
                f.append(f"cd={cd}|{lemma[c]}")
            if cd in ("nsubj", "nsubjpass"):
                kind = ent[c] or ("PRP" if tag[c] == "PRP" else pos[c])
                f.append("subj=" + kind)
                f.append(f"subj|l={kind}|{le}")
            if cue[c]:
                f.append("anyc_child")
        for cd in child_deps:
            f.append("ch=" + cd)
            f.append(f"lch={le}|{cd}")
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                f.append(f"l{k}={lemma[j]}")
                f.append(f"p{k}={pos[j]}")
                f.append(f"d{k}={dep[j]}")
                if cue[j]:
                    f.append(f"rc{k}")
                    f.append(f"lrc{k}={le}")
            else:
                f.append(f"bos{k}")
        if cue[i]:
            kind = marks.kind[i]
            f += ["rc", "rc|p=" + p, "rc|l=" + le, "rk=" + kind, f"rk|p={kind}|{p}"]
            if i == 0 or not cue[i - 1]:
                f.append("rcB")
            if i == n - 1 or not cue[i + 1]:
                f.append("rcE")
        else:
            if left_cue[i] <= 6:
                f.append(f"dl={left_cue[i]}")
                f.append(f"dl={left_cue[i]}|{p}")
            if right_cue[i] <= 6:
                f.append(f"dr={right_cue[i]}")
                f.append(f"dr={right_cue[i]}|{p}")
        if i > 0:
            f.append(f"b-1={lemma[i - 1]}|{le}")
        if i + 1 < n:
            f.append(f"b1={le}|{lemma[i + 1]}")
        f.append("hhl=" + lemma[head[h]])
        if src[i]:
            f.append("rs")
        if con[i]:
            f += ["rcon", "rcon|l=" + le]
        if inq[i]:
            f.append("inq")
        if cue[h]:
            f += ["hrc", "hrc|d=" + d]
        if sent_start[i]:
            f.append("sent0")
        if ent[i]:
            f.append("ent=" + ent[i])
        v = gverb[i]
        f += ["gv=" + lemma[v], "gvd=" + dep[v], f"depth={min(depth[i], 5)}"]
        if v != i:
            f.append(f"gvpos={'L' if v < i else 'R'}{min(abs(v - i), 4)}")
            f.append(f"gvl|d={lemma[v]}|{d}")
        f.append("gvsubj=" + subj_kind[v])
        f.append(f"gvsubj|gv={subj_kind[v]}|{lemma[v]}")
        f.append("gvclause=" + clause_kind[v])
        if cue[v]:
            f.append("gvrc")
        lo, hi = left_edge[i], right_edge[i]
        if con_before[hi + 1] - con_before[lo] - (1 if con[i] else 0) > 0:
            f.append("subcon")
        if quote_near(i, -1):
            f.append("q-1")
        if quote_near(i, 1):
            f.append("q1")
        if sent_q[sent_of[i]]:
            f.append("sentq")
        if sent_c[sent_of[i]]:
            f.append("sentrc")
        out.append(f)
    return out


def _depths(head: list[int]) -> list[int]:
    """Each token's distance from its root along the heads (a cycle, which a parse should not
    have, is cut at 64 steps)."""
    n = len(head)
    depth = [-1] * n
    for i in range(n):
        path = []
        j = i
        while depth[j] < 0 and head[j] != j and len(path) < 64:
            path.append(j)
            j = head[j]
        d = depth[j] if depth[j] >= 0 else 0
        for p in reversed(path):
            d += 1
            depth[p] = d
        if depth[i] < 0:
            depth[i] = 0
    return depth


class _Hasher:
    """CRC-32 of a feature string, masked to ``bits``, memoised (feature strings repeat)."""

    def __init__(self, bits: int = BITS) -> None:
        self.mask = (1 << bits) - 1
        self.cache: dict[str, int] = {}

    def __call__(self, feature: str) -> int:
        idx = self.cache.get(feature)
        if idx is None:
            idx = zlib.crc32(feature.encode("utf-8")) & self.mask
            if len(self.cache) < 2_000_000:
                self.cache[feature] = idx
        return idx

    def rows(self, feats: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """CSR ``indices`` and ``indptr`` of the rows (every value is 1)."""
        indptr = np.zeros(len(feats) + 1, dtype=np.int32)
        flat: list[int] = []
        for r, row in enumerate(feats):
            flat.extend(self(s) for s in row)
            indptr[r + 1] = len(flat)
        return np.asarray(flat, dtype=np.int32), indptr


@lru_cache(maxsize=1)
def hasher() -> _Hasher:
    """The process-wide hasher (its memo grows with the vocabulary it sees)."""
    return _Hasher()


class _FeatureWeights(dict):
    """Feature string → its weight, filled on first sight from the hashed weight array."""

    def __init__(self, weights: np.ndarray, bits: int = BITS) -> None:
        super().__init__()
        self.weights = weights
        self.mask = (1 << bits) - 1

    def __missing__(self, feature: str) -> float:
        value = float(self.weights[zlib.crc32(feature.encode("utf-8")) & self.mask])
        if len(self) < 2_000_000:
            self[feature] = value
        return value


class CueClassifier:
    """A trained classifier: weights, bias and the decision threshold."""

    def __init__(self, weights: np.ndarray, bias: float, threshold: float) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)
        self._by_feature = _FeatureWeights(self.weights)

    @classmethod
    def load(cls, path: Path = MODEL_DIR) -> CueClassifier | None:
        """The saved classifier, or ``None`` when absent or made for other features."""
        meta_file, weights_file = path / "meta.json", path / "weights.npy"
        if not (meta_file.is_file() and weights_file.is_file()):
            return None
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("feature_version") != FEATURE_VERSION or meta.get("bits") != BITS:
            return None
        return cls(np.load(weights_file), meta["bias"], meta["threshold"])

    def save(self, path: Path, meta: dict[str, object]) -> None:
        """Write ``weights.npy`` (float16) and ``meta.json`` (with bias and threshold)."""
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "weights.npy", self.weights.astype(np.float16))
        full = dict(meta, bias=self.bias, threshold=self.threshold, bits=BITS,
                    feature_version=FEATURE_VERSION)  # fmt: skip
        (path / "meta.json").write_text(
            json.dumps(full, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )

    def probabilities(self, doc: Doc, marks: Marks) -> np.ndarray:
        """The probability that each token of ``doc`` is part of a cue."""
        weight = self._by_feature.__getitem__
        scores = np.array([sum(map(weight, row)) for row in features(doc, marks)], dtype=float)
        return 1.0 / (1.0 + np.exp(-(scores + self.bias)))

    def spans(self, doc: Doc, marks: Marks) -> list[Span]:
        """The cue spans: maximal runs of tokens above the threshold (whitespace tokens inside
        a run do not break it; none at its edges)."""
        probs = self.probabilities(doc, marks)
        return cue_runs(doc, [p >= self.threshold for p in probs])


def cue_runs(doc: Doc, flags: Sequence[bool]) -> list[Span]:
    """Maximal runs of flagged tokens as ``CUE`` spans (see ``CueClassifier.spans``)."""
    spans: list[Span] = []
    start = last = -1
    for i, on in enumerate(flags):
        if on and not doc[i].is_space:
            if start < 0:
                start = i
            elif any(not doc[j].is_space for j in range(last + 1, i)):
                spans.append(Span(doc, start, last + 1, label="CUE"))
                start = i
            last = i
    if start >= 0:
        spans.append(Span(doc, start, last + 1, label="CUE"))
    return spans


@lru_cache(maxsize=1)
def default_classifier() -> CueClassifier | None:
    """The classifier shipped in ``models/cue_classifier`` (``None`` when absent)."""
    return CueClassifier.load(MODEL_DIR)
