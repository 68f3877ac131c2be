"""The attribution cue classifier: which tokens of a parsed article belong to a cue.

PolNeAR decides cues in context ("backed the bill" is a cue, "backed the truck" is not; "said
Tuesday" is one cue; "asked" but not "asked about" in one article and the reverse in the
next), which word lists cannot capture. This module scores every token with a logistic
regression over sparse binary features of the token, its neighbours and its place in the
dependency parse, *and of what the rules found* (is the token inside a rule cue, source or
content; is its head a rule cue). So the rules propose and the classifier decides: it keeps,
widens, shortens or drops the rules' cues and adds the ones they miss.

A feature is a *template* (``TEMPLATES``: "l" the lemma, "hl" the head's lemma, "rc-1" the
token before is in a rule cue …) with the values it reads, as spaCy's 64-bit string ids
(stable across machines: they are hashes of the strings). ``feature_matrix`` computes every
template for every token at once with numpy and mixes template and values into one of
``2**BITS`` weights. The weights, the bias and the decision threshold are the whole model
(``generator/nlp/models/cue_classifier``: ``weights.npy``, float16, and ``meta.json``),
trained by ``python -m quality.train.train_cues`` on PolNeAR train. Scoring an article needs
numpy only.
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

from generator.nlp.doc_tokens import doc_tokens

MODEL_DIR = Path(__file__).parent.parent / "models" / "cue_classifier"
BITS = 18
# Bump when a feature changes: saved weights of another version are not used.
FEATURE_VERSION = 5

@dataclass(frozen=True)
class Marks:
    """What the rules found, as one flag per token: cue, source, content; direct quotes; the
    kind of each rule cue token ("hand:assertion", "verb:belief"; "" off the cues); and the
    lexicons' class of every token's word ("verb:belief", "learned-adj:belief"; "" for none,
    or no entries at all: ``Lexicon.word_class``)."""

    cue: Sequence[bool]
    source: Sequence[bool]
    content: Sequence[bool]
    quote: Sequence[bool]
    kind: Sequence[str]
    word: Sequence[str] = ()


def token_marks(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[bool]:
    """One flag per token: does the token share a character with one of the char spans."""
    flags = [False] * len(doc)
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                flags[i] = True
    return flags


_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xBF58476D1CE4E5B9)
_M3 = np.uint64(0x94D049BB133111EB)

TEMPLATES = (
    # the token
    "w", "l", "p", "tg", "d", "ld", "lp", "shape", "ent",
    # its head and its head's head
    "hl", "hp", "dhp", "lhl", "hhl",
    # neighbours
    "l-2", "p-2", "d-2", "bos-2", "l-1", "p-1", "d-1", "bos-1",
    "l1", "p1", "d1", "bos1", "l2", "p2", "d2", "bos2",
    "b-1", "b1",
    # children
    "ch", "lch", "cl", "cd", "subj", "subj|l", "anyc_child",
    # governing verb
    "gv", "gvd", "depth", "gvsubj", "gvsubj|gv", "gvclause", "gvpos", "gvl|d",
    # the rules' marks
    "rc", "rc|p", "rc|l", "rk", "rk|p", "rcB", "rcE", "dl", "dl|p", "dr", "dr|p",
    "rc-2", "lrc-2", "rc-1", "lrc-1", "rc1", "lrc1", "rc2", "lrc2",
    "rs", "rcon", "rcon|l", "inq", "hrc", "hrc|d", "sent0", "gvrc", "subcon", "q-1", "q1",
    "sentq", "sentrc",
    # the lexicons' class of the word, its head's, its governing verb's and its neighbours'
    "wc", "hwc", "gvwc", "wc-1", "wc1", "owc",
)  # fmt: skip
_TID = {name: np.uint64(zlib.crc32(name.encode()) | 1) for name in TEMPLATES}
_KEEP_CHILD = ("prt", "prep", "mark", "aux", "auxpass", "neg")
_OBJ_DEPS = ("dobj", "pobj", "attr", "acomp", "xcomp", "ccomp")
_QUOTES = ('"', "“", "”", ":", "``", "''")


def _sid(doc: Doc, text: str) -> np.uint64:
    """The string id of ``text`` (added to the document's string store if new)."""
    return np.uint64(doc.vocab.strings.add(text))


def _mix(tid: np.uint64 | np.ndarray, *values: np.ndarray) -> np.ndarray:
    """One 64-bit hash per row of a template id (one for all rows, or one per row) and its
    values (multiply-xorshift rounds)."""
    h = np.full(len(values[0]), tid, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for v in values:
            h = (h ^ v.astype(np.uint64)) * _M1
            h ^= h >> np.uint64(31)
        h = h * _M2
        h ^= h >> np.uint64(29)
        h = h * _M3
        h ^= h >> np.uint64(32)
    return h


class _Out:
    """The features collected so far: token rows and what their keys hash, by template."""

    def __init__(self) -> None:
        self.rows: list[np.ndarray] = []
        self.values: list[tuple[np.uint64, tuple[np.ndarray, ...]]] = []  # (template id, values)
        self.names: list[tuple[str, np.ndarray]] = []

    def add(self, name: str, rows: np.ndarray, *values: np.ndarray) -> None:
        """Template ``name`` fires on ``rows`` with ``values`` (arrays aligned with rows)."""
        if len(rows) == 0:
            return
        self.rows.append(rows.astype(np.int64))
        self.values.append((_TID[name], values or (np.zeros(len(rows), dtype=np.uint64),)))
        self.names.append((name, rows))

    def keys(self) -> np.ndarray:
        """The hashed key of every row, in the order of ``rows``. The templates that hash as
        many values are hashed together (``_mix`` works row by row): a few numpy passes per
        document instead of a dozen per template."""
        keys: list[np.ndarray] = [np.zeros(0, dtype=np.uint64)] * len(self.values)
        by_arity: dict[int, list[int]] = {}
        for k, (_, values) in enumerate(self.values):
            by_arity.setdefault(len(values), []).append(k)
        for arity, ks in by_arity.items():
            lengths = [len(self.values[k][1][0]) for k in ks]
            tids = np.repeat(np.array([self.values[k][0] for k in ks], dtype=np.uint64), lengths)
            columns = [np.concatenate([self.values[k][1][a].astype(np.uint64) for k in ks])
                       for a in range(arity)]
            mixed = _mix(tids, *columns)
            for k, part in zip(ks, np.split(mixed, np.cumsum(lengths)[:-1]), strict=True):
                keys[k] = part
        return np.concatenate(keys)


def _depths_and_governors(head: np.ndarray, is_verb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each token's depth in its tree and its governing verb (itself when a verb or a root;
    else the nearest verb up the heads), by pointer jumping; cycles stop at 64 steps."""
    n = len(head)
    idx = np.arange(n)
    root = head == idx
    depth = np.zeros(n, dtype=np.int64)
    cur = idx.copy()
    for _ in range(64):
        live = ~root[cur]
        if not live.any():
            break
        depth += live
        cur = np.where(live, head[cur], cur)
    gv = idx.copy()
    stop = is_verb | root
    for _ in range(64):
        move = ~stop[gv]
        if not move.any():
            break
        gv = np.where(move, head[gv], gv)
    return depth, gv


def feature_matrix(doc: Doc, marks: Marks) -> tuple[np.ndarray, np.ndarray, _Out]:
    """Every feature that fires on a token of ``doc``: ``(rows, columns, out)``, one entry
    per feature (row: the token; column: its weight); ``out.names`` says which template
    fired where (for tests and for reading the model)."""
    n = len(doc)
    out = _Out()
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), out
    cols = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, SHAPE, ENT_TYPE, IS_SPACE, HEAD])
    orth, lower, lemma, pos, tag, dep, shape, ent = (cols[:, k] for k in range(8))
    space = cols[:, 8].astype(bool)
    head = np.arange(n) + np.ascontiguousarray(cols[:, 9]).view(np.int64)
    idx = np.arange(n)

    def sid(text: str) -> np.uint64:
        return _sid(doc, text)

    is_verb = np.isin(pos, [sid("VERB"), sid("AUX")])
    depth, gv = _depths_and_governors(head, is_verb)
    cue = np.asarray(marks.cue, dtype=bool)
    src = np.asarray(marks.source, dtype=bool)
    con = np.asarray(marks.content, dtype=bool)
    inq = np.asarray(marks.quote, dtype=bool)
    kind_ids = np.array([zlib.crc32(k.encode()) for k in marks.kind], dtype=np.uint64)
    prp = tag == sid("PRP")
    kind = np.where(ent != 0, ent, np.where(prp, np.uint64(1), pos))
    # the token
    out.add("w", idx, lower)
    out.add("l", idx, lemma)
    out.add("p", idx, pos)
    out.add("tg", idx, tag)
    out.add("d", idx, dep)
    out.add("ld", idx, lemma, dep)
    out.add("lp", idx, lemma, pos)
    out.add("shape", idx, shape)
    has_ent = ent != 0
    out.add("ent", idx[has_ent], ent[has_ent])
    hh = head[head]
    out.add("hl", idx, lemma[head])
    out.add("hp", idx, pos[head])
    out.add("dhp", idx, dep, pos[head])
    out.add("lhl", idx, lemma, lemma[head])
    out.add("hhl", idx, lemma[hh])
    for k in (-2, -1, 1, 2):
        j = idx + k
        ok = (j >= 0) & (j < n)
        jj = j[ok]
        out.add(f"l{k}", idx[ok], lemma[jj])
        out.add(f"p{k}", idx[ok], pos[jj])
        out.add(f"d{k}", idx[ok], dep[jj])
        out.add(f"bos{k}", idx[~ok])
        rc = np.zeros(n, dtype=bool)
        rc[ok] = cue[jj]
        out.add(f"rc{k}", idx[rc])
        out.add(f"lrc{k}", idx[rc], lemma[rc])
    out.add("b-1", idx[1:], lemma[:-1], lemma[1:])
    out.add("b1", idx[:-1], lemma[:-1], lemma[1:])
    # children, on their parent
    c = idx[head != idx]
    p = head[c]
    out.add("ch", p, dep[c])
    out.add("lch", p, lemma[p], dep[c])
    keep = np.isin(dep[c], [sid(x) for x in _KEEP_CHILD])
    out.add("cl", p[keep], dep[c][keep], lemma[c][keep])
    obj = np.isin(dep[c], [sid(x) for x in _OBJ_DEPS])
    out.add("cd", p[obj], dep[c][obj], lemma[c][obj])
    subj = np.isin(dep[c], [sid("nsubj"), sid("nsubjpass")])
    out.add("subj", p[subj], kind[c][subj])
    out.add("subj|l", p[subj], kind[c][subj], lemma[p][subj])
    out.add("anyc_child", p[cue[c]])
    # the governing verb's subject kind and clausal complement
    subj_kind = np.zeros(n, dtype=np.uint64)
    subj_kind[p[subj]] = kind[c][subj]
    clause = np.zeros(n, dtype=np.uint64)
    cl_mask = np.isin(dep[c], [sid("ccomp"), sid("xcomp")])
    clause[p[cl_mask]] = dep[c][cl_mask]
    out.add("gv", idx, lemma[gv])
    out.add("gvd", idx, dep[gv])
    out.add("depth", idx, np.minimum(depth, 5).astype(np.uint64))
    out.add("gvsubj", idx, subj_kind[gv])
    out.add("gvsubj|gv", idx, subj_kind[gv], lemma[gv])
    out.add("gvclause", idx, clause[gv])
    off = gv != idx
    dist = np.clip(gv - idx, -4, 4).astype(np.int64) + 8
    out.add("gvpos", idx[off], dist[off].astype(np.uint64))
    out.add("gvl|d", idx[off], lemma[gv][off], dep[off])
    # the rules' marks
    out.add("rc", idx[cue])
    out.add("rc|p", idx[cue], pos[cue])
    out.add("rc|l", idx[cue], lemma[cue])
    out.add("rk", idx[cue], kind_ids[cue])
    out.add("rk|p", idx[cue], kind_ids[cue], pos[cue])
    prev_cue = np.concatenate([[False], cue[:-1]])
    next_cue = np.concatenate([cue[1:], [False]])
    out.add("rcB", idx[cue & ~prev_cue])
    out.add("rcE", idx[cue & ~next_cue])
    last = np.where(cue, idx, -99)
    last = np.maximum.accumulate(last)
    left = np.concatenate([[-99], last[:-1]])  # nearest cue strictly before
    dl = np.minimum(idx - left, 99)
    nxt = np.where(cue, idx, n + 99)
    nxt = np.minimum.accumulate(nxt[::-1])[::-1]
    right = np.concatenate([nxt[1:], [n + 99]])
    dr = np.minimum(right - idx, 99)
    m = ~cue & (dl <= 6)
    out.add("dl", idx[m], dl[m].astype(np.uint64))
    out.add("dl|p", idx[m], dl[m].astype(np.uint64), pos[m])
    m = ~cue & (dr <= 6)
    out.add("dr", idx[m], dr[m].astype(np.uint64))
    out.add("dr|p", idx[m], dr[m].astype(np.uint64), pos[m])
    out.add("rs", idx[src])
    out.add("rcon", idx[con])
    out.add("rcon|l", idx[con], lemma[con])
    out.add("inq", idx[inq])
    hc = cue[head]
    out.add("hrc", idx[hc])
    out.add("hrc|d", idx[hc], dep[hc])
    out.add("gvrc", idx[cue[gv]])
    # rule content below the token (not counting itself): fold up the tree, deepest first
    below = np.zeros(n, dtype=bool)
    for level in range(int(depth.max()), 0, -1):
        at = idx[depth == level]
        np.logical_or.at(below, head[at], con[at] | below[at])
    out.add("subcon", idx[below])
    # nearest non-space neighbour is a quote mark or a colon
    isq = np.isin(orth, [sid(q) for q in _QUOTES])
    pos_ns = np.where(~space, idx, -1)
    prev_ns = np.concatenate([[-1], np.maximum.accumulate(pos_ns)[:-1]])
    ok = prev_ns >= 0
    out.add("q-1", idx[ok][isq[prev_ns[ok]]])
    pos_ns2 = np.where(~space, idx, n)
    next_ns = np.concatenate([np.minimum.accumulate(pos_ns2[::-1])[::-1][1:], [n]])
    ok = next_ns < n
    out.add("q1", idx[ok][isq[next_ns[ok]]])
    # sentences
    starts = np.zeros(n, dtype=bool)
    if doc.has_annotation("SENT_START"):
        for sent in doc_tokens(doc).sents:
            starts[sent.start] = True
    else:
        starts[0] = True
    out.add("sent0", idx[starts])
    sent_of = np.cumsum(starts) - 1
    sq = np.bincount(sent_of, weights=inq, minlength=sent_of[-1] + 1) > 0
    sc = np.bincount(sent_of, weights=cue, minlength=sent_of[-1] + 1) > 0
    out.add("sentq", idx[sq[sent_of]])
    out.add("sentrc", idx[sc[sent_of]])
    if len(marks.word) == n:
        _word_classes(out, marks.word, head, gv, c, p, obj)
    rows = np.concatenate(out.rows)
    keys = out.keys()
    return rows, (keys & np.uint64((1 << BITS) - 1)).astype(np.int64), out


def _word_classes(out: _Out, word: Sequence[str], head: np.ndarray, gv: np.ndarray,
                  c: np.ndarray, p: np.ndarray, obj: np.ndarray) -> None:
    """The lexicon class templates: a class stands for all the words it lists, so a rare
    word of a known class borrows the weight of its class (``c``/``p``: child and parent
    rows, ``obj``: the children that are objects)."""
    n = len(word)
    idx = np.arange(n)
    wc = np.array([zlib.crc32(w.encode()) if w else 0 for w in word], dtype=np.uint64)
    has = wc != 0
    out.add("wc", idx[has], wc[has])
    m = has[head]
    out.add("hwc", idx[m], wc[head][m])
    m = has[gv] & (gv != idx)
    out.add("gvwc", idx[m], wc[gv][m])
    m = np.concatenate([[False], has[:-1]])
    out.add("wc-1", idx[m], wc[idx[m] - 1])
    m = np.concatenate([has[1:], [False]])
    out.add("wc1", idx[m], wc[idx[m] + 1])
    m = obj & has[c]
    out.add("owc", p[m], wc[c][m])


def fired(doc: Doc, marks: Marks) -> list[set[str]]:
    """The templates that fire on each token (to test and to read the features)."""
    names: list[set[str]] = [set() for _ in range(len(doc))]
    for name, rows in feature_matrix(doc, marks)[2].names:
        for r in rows.tolist():
            names[r].add(name)
    return names


class CueClassifier:
    """A trained classifier: weights, bias and the decision threshold."""

    def __init__(self, weights: np.ndarray, bias: float, threshold: float) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)

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
        rows, columns, _ = feature_matrix(doc, marks)
        scores = np.bincount(rows, weights=self.weights[columns], minlength=len(doc))
        return 1.0 / (1.0 + np.exp(-(scores + self.bias)))

    def spans(self, doc: Doc, marks: Marks) -> list[Span]:
        """The cue spans: maximal runs of tokens above the threshold (whitespace tokens inside
        a run do not break it; none at its edges)."""
        probs = self.probabilities(doc, marks)
        return cue_runs(doc, [p >= self.threshold for p in probs])


def cue_runs(doc: Doc, flags: Sequence[bool]) -> list[Span]:
    """Maximal runs of flagged tokens as ``CUE`` spans (see ``CueClassifier.spans``)."""
    toks = doc_tokens(doc).tokens
    spans: list[Span] = []
    start = last = -1
    for i, on in enumerate(flags):
        if on and not toks[i].is_space:
            if start < 0:
                start = i
            elif any(not toks[j].is_space for j in range(last + 1, i)):
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
