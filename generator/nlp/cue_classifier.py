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


class _Table:
    """Everything the features of a document's tokens are made of, computed once per document
    (token attributes as strings, tree relations, the rules' marks and what derives from them).
    """

    def __init__(self, doc: Doc, marks: Marks) -> None:
        n = self.n = len(doc)
        # token attributes as strings, read in one go (making Token objects is slow)
        cols = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, SHAPE, ENT_TYPE, IS_SPACE, HEAD])
        strings = doc.vocab.strings

        def column(k: int) -> list[str]:
            return [strings[x] for x in cols[:, k].tolist()]

        self.orth, self.lower, self.pos, self.tag = column(0), column(1), column(3), column(4)
        self.dep = dep = column(5)
        self.shape = [x[:4] for x in column(6)]
        self.lemma = [x.lower() for x in column(2)]
        self.ent = ent = [strings[x] if x else "" for x in cols[:, 7].tolist()]
        self.space = [bool(x) for x in cols[:, 8].tolist()]
        rel = np.ascontiguousarray(cols[:, 9]).view(np.int64).tolist()  # offset to the head
        self.head = head = [i + r for i, r in enumerate(rel)]
        pos, tag = self.pos, self.tag
        self.children = children = [[] for _ in range(n)]
        for i, h in enumerate(head):
            if h != i:
                children[h].append(i)
        self.depth = depth = _depths(head)
        # each token's left- and right-most descendant: fold children into heads, deepest first
        self.left_edge, self.right_edge = left, right = list(range(n)), list(range(n))
        for i in sorted(range(n), key=depth.__getitem__, reverse=True):
            h = head[i]
            if h != i:
                left[h] = min(left[h], left[i])
                right[h] = max(right[h], right[i])
        # the kind of a subject: its entity type, "PRP" for a pronoun, else its POS
        self.kind = [ent[i] or ("PRP" if tag[i] == "PRP" else pos[i]) for i in range(n)]
        # each token's subject kind and clausal complement (for the governing verb's features)
        self.subj_kind = subj_kind = ["-"] * n
        self.clause_kind = clause_kind = ["-"] * n
        for c in range(n):
            h = head[c]
            if h == c:
                continue
            if dep[c] in ("nsubj", "nsubjpass"):
                subj_kind[h] = self.kind[c]
            elif dep[c] in ("ccomp", "xcomp") and clause_kind[h] == "-":
                clause_kind[h] = dep[c]
        # the governing verb of each token: itself, or the nearest verb up the heads
        self.gverb = gverb = [-1] * n
        for i in sorted(range(n), key=depth.__getitem__):
            h = head[i]
            gverb[i] = i if pos[i] in ("VERB", "AUX") or h == i else gverb[h]
        self.marks = marks
        cue, con, inq = marks.cue, marks.content, marks.quote
        self.sent_start = [False] * n
        self.sent_of = [0] * n
        self.sent_q: list[bool] = []
        self.sent_c: list[bool] = []
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for k, sent in enumerate(sents):
            self.sent_start[sent.start] = True
            self.sent_q.append(any(inq[sent.start : sent.end]))
            self.sent_c.append(any(cue[sent.start : sent.end]))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        # distance to the nearest rule cue token on each side (capped)
        self.left_cue = left_cue = [99] * n
        self.right_cue = right_cue = [99] * n
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
        self.con_before = con_before = [0] * (n + 1)
        for i in range(n):
            con_before[i + 1] = con_before[i] + (1 if con[i] else 0)

    # The features come in groups that depend on a few strings only, which ``CueClassifier``
    # uses as a memo key for the group's summed weight (``group_keys``); the word-pair
    # features (``direct``) and those that read the rules' marks (``marked``) are not memoised.

    def static(self, i: int) -> list[str]:
        le, p, d = self.lemma[i], self.pos[i], self.dep[i]
        f = [
            "w=" + self.lower[i], "l=" + le, "p=" + p, "tg=" + self.tag[i], "d=" + d,
            f"ld={le}|{d}", f"lp={le}|{p}", "shape=" + self.shape[i],
        ]  # fmt: skip
        if self.ent[i]:
            f.append("ent=" + self.ent[i])
        return f

    def around_head(self, i: int) -> list[str]:
        h = self.head[i]
        hp = self.pos[h]
        return ["hl=" + self.lemma[h], "hp=" + hp, f"dhp={self.dep[i]}|{hp}"]

    def neighbour(self, i: int, k: int) -> list[str]:
        j = i + k
        if 0 <= j < self.n:
            return [f"l{k}={self.lemma[j]}", f"p{k}={self.pos[j]}", f"d{k}={self.dep[j]}"]
        return [f"bos{k}"]

    def direct(self, i: int) -> list[str]:
        """Features of word pairs, too varied to memoise by group."""
        le, lemma, h, v = self.lemma[i], self.lemma, self.head[i], self.gverb[i]
        f = [f"lhl={le}|{lemma[h]}", "hhl=" + lemma[self.head[h]]]
        if i > 0:
            f.append(f"b-1={lemma[i - 1]}|{le}")
        if i + 1 < self.n:
            f.append(f"b1={le}|{lemma[i + 1]}")
        if v != i:
            f.append(f"gvpos={'L' if v < i else 'R'}{min(abs(v - i), 4)}")
            f.append(f"gvl|d={lemma[v]}|{self.dep[i]}")
        return f

    def below(self, i: int) -> list[str]:
        le, f = self.lemma[i], []
        child_deps = set()
        for c in self.children[i]:
            cd = self.dep[c]
            child_deps.add(cd)
            if cd in _KEEP_CHILD:
                f.append(f"cl={cd}|{self.lemma[c]}")
            if cd in _OBJ_DEPS:
                f.append(f"cd={cd}|{self.lemma[c]}")
            if cd in ("nsubj", "nsubjpass"):
                kind = self.kind[c]
                f.append("subj=" + kind)
                f.append(f"subj|l={kind}|{le}")
        for cd in child_deps:
            f.append("ch=" + cd)
            f.append(f"lch={le}|{cd}")
        return f

    def governor(self, i: int) -> list[str]:
        v = self.gverb[i]
        lv, sk = self.lemma[v], self.subj_kind[v]
        return [
            "gv=" + lv, "gvd=" + self.dep[v], f"depth={min(self.depth[i], 5)}",
            "gvsubj=" + sk, f"gvsubj|gv={sk}|{lv}", "gvclause=" + self.clause_kind[v],
        ]  # fmt: skip

    def group_keys(self, i: int) -> tuple[tuple, ...]:
        """Memo keys of the groups, in the order of ``group_features``: each key holds every
        string its group's features are made of."""
        n, lemma, pos, dep, head = self.n, self.lemma, self.pos, self.dep, self.head
        h, v = head[i], self.gverb[i]
        le = lemma[i]
        keys = [
            (self.lower[i], le, pos[i], self.tag[i], dep[i], self.shape[i], self.ent[i]),
            (lemma[h], pos[h], dep[i]),
        ]
        for k in (-2, -1, 1, 2):
            j = i + k
            keys.append((k, lemma[j], pos[j], dep[j]) if 0 <= j < n else (k,))
        kids = self.children[i]
        keys.append((le, *[(dep[c], lemma[c], self.kind[c]) for c in kids]) if kids else ())
        keys.append((lemma[v], dep[v], min(self.depth[i], 5), self.subj_kind[v],
                     self.clause_kind[v]))  # fmt: skip
        return tuple(keys)

    def group_features(self, i: int) -> list[list[str]]:
        """The features of each group of token ``i``, in the order of ``group_keys``."""
        return [
            self.static(i), self.around_head(i),
            *(self.neighbour(i, k) for k in (-2, -1, 1, 2)),
            self.below(i), self.governor(i),
        ]  # fmt: skip

    def marked(self, i: int) -> list[str]:
        """The features that read the rules' marks (not memoised: they vary with the rules)."""
        marks, n = self.marks, self.n
        cue, src, con = marks.cue, marks.source, marks.content
        le, p, d, h = self.lemma[i], self.pos[i], self.dep[i], self.head[i]
        f = ["anyc_child" for c in self.children[i] if cue[c]]
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n and cue[j]:
                f.append(f"rc{k}")
                f.append(f"lrc{k}={le}")
        if cue[i]:
            kind = marks.kind[i]
            f += ["rc", "rc|p=" + p, "rc|l=" + le, "rk=" + kind, f"rk|p={kind}|{p}"]
            if i == 0 or not cue[i - 1]:
                f.append("rcB")
            if i == n - 1 or not cue[i + 1]:
                f.append("rcE")
        else:
            if self.left_cue[i] <= 6:
                f.append(f"dl={self.left_cue[i]}")
                f.append(f"dl={self.left_cue[i]}|{p}")
            if self.right_cue[i] <= 6:
                f.append(f"dr={self.right_cue[i]}")
                f.append(f"dr={self.right_cue[i]}|{p}")
        if src[i]:
            f.append("rs")
        if con[i]:
            f += ["rcon", "rcon|l=" + le]
        if marks.quote[i]:
            f.append("inq")
        if cue[h]:
            f += ["hrc", "hrc|d=" + d]
        if self.sent_start[i]:
            f.append("sent0")
        if cue[self.gverb[i]]:
            f.append("gvrc")
        lo, hi = self.left_edge[i], self.right_edge[i]
        if self.con_before[hi + 1] - self.con_before[lo] - (1 if con[i] else 0) > 0:
            f.append("subcon")
        if self.quote_near(i, -1):
            f.append("q-1")
        if self.quote_near(i, 1):
            f.append("q1")
        if self.sent_q[self.sent_of[i]]:
            f.append("sentq")
        if self.sent_c[self.sent_of[i]]:
            f.append("sentrc")
        return f

    def quote_near(self, i: int, step: int) -> bool:
        j = i + step
        while 0 <= j < self.n and self.space[j]:
            j += step
        return 0 <= j < self.n and self.orth[j] in _QUOTE_OR_COLON


def features(doc: Doc, marks: Marks) -> list[list[str]]:
    """The feature strings of every token of ``doc`` (see the module docstring)."""
    table = _Table(doc, marks)
    out: list[list[str]] = []
    for i in range(table.n):
        f = [s for group in table.group_features(i) for s in group]
        f.extend(table.direct(i))
        f.extend(table.marked(i))
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
        self._groups: dict[tuple, float] = {}  # (group, key) → the group's summed weight

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
        table = _Table(doc, marks)
        weight = self._by_feature.__getitem__
        memo = self._groups
        scores = np.empty(table.n, dtype=float)
        for i in range(table.n):
            total = self.bias + sum(map(weight, table.marked(i)))
            total += sum(map(weight, table.direct(i)))
            groups = None
            for g, key in enumerate(table.group_keys(i)):
                value = memo.get((g, key))
                if value is None:
                    if groups is None:
                        groups = table.group_features(i)
                    value = sum(map(weight, groups[g]))
                    if len(memo) < 2_000_000:
                        memo[(g, key)] = value
                total += value
            scores[i] = total
        return 1.0 / (1.0 + np.exp(-scores))

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
