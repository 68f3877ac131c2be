"""From tokens to character spans: the small parse helpers every part of the extractor uses.

An attribution's parts are character spans of the article text. They are read off the parse
as sets of token indices (a subtree, a clause without its cue) and turned into contiguous runs
trimmed of edge punctuation and spaces (quote marks are kept: a content that is a quote keeps
its marks). Nothing here reads the lexicon or the quotes.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of

CharSpan = tuple[int, int]

_QUOTE_CHARS = {'"', "“", "”", "«", "»", "''", "``"}


def _is_edge_junk(tok: Token) -> bool:
    """Punctuation or space that should not start or end a span (quote marks are kept, and
    a per cent sign: "40%", not "40")."""
    if tok.is_space:
        return True
    return tok.is_punct and tok.text not in _QUOTE_CHARS and tok.text != "%"


def within(tok: Token, spans: Iterable[CharSpan]) -> bool:
    """Whether ``tok`` starts inside one of the character spans."""
    return any(start <= tok.idx < end for start, end in spans)


def runs(doc: Doc, indices: Iterable[int]) -> list[CharSpan]:
    """Contiguous runs of token indices as character spans, trimmed of edge punctuation."""
    toks = doc_tokens(doc).tokens
    out: list[CharSpan] = []
    ordered = sorted(set(indices))
    k = 0
    while k < len(ordered):
        j = k
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        lo, hi = ordered[k], ordered[j]
        while lo <= hi and _is_edge_junk(toks[lo]):
            lo += 1
        while hi >= lo and _is_edge_junk(toks[hi]):
            hi -= 1
        if lo <= hi:
            out.append((toks[lo].idx, toks[hi].idx + len(toks[hi])))
        k = j + 1
    return out


def merge_spans(text: str, spans: Iterable[CharSpan]) -> list[CharSpan]:
    """Merge spans that overlap or are separated by whitespace only."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or not text[out[-1][1] : start].strip()):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def subtree_ids(tok: Token) -> range:
    """Token indices of a subtree (projective parses give a contiguous range)."""
    return range(tok.left_edge.i, tok.right_edge.i + 1)


def span_of_ids(doc: Doc, ids: Iterable[int]) -> CharSpan | None:
    """The hull of the trimmed runs of some token indices."""
    found = runs(doc, ids)
    return (found[0][0], found[-1][1]) if found else None


def span_of(tok: Token) -> CharSpan | None:
    """The character span of a token's subtree, trimmed of edge punctuation."""
    return span_of_ids(tok.doc, subtree_ids(tok))


def children(tok: Token, *deps: str) -> list[Token]:
    """Children of ``tok`` with one of the dependency labels."""
    return [c for c in children_of(tok) if c.dep_ in deps]


def sentences_back(tok: Token, n: int = 3) -> int:
    """The first token of ``tok``'s sentence or of the ``n`` sentences before it."""
    doc, first = tok.doc, sent_of(tok).start
    toks = doc_tokens(doc).tokens
    for _ in range(n):
        if first == 0:
            break
        first = sent_of(toks[first - 1]).start
    return first
