"""One parsed document's tokens, read once and shared by every extractor rule.

spaCy builds a new Python ``Token`` object each time a rule indexes the ``Doc`` (``doc[i]``)
or iterates it (``for tok in doc``), and joins every token anew each time a rule reads
``Doc.text``, ``Doc.sents`` or ``Doc.ents``. The actor, claim and event rules make some forty
passes over each document; building those objects was about a third of the annotation time.
``DocTokens`` holds, for one Doc, the ``Token`` objects (built once, in order), the text, the
sentences, the entities and the per-token values the hottest rules read (lower-case form,
character offsets), each token's sentence, and, per token range a rule asks, the range's
``Span`` and root; ``doc_tokens(doc)`` returns the one for ``doc``, building it on the first
call and reusing it until another document is asked for. The Doc must not change (no
retokenising, no new entities) while its ``DocTokens`` is in use: the extractors only read it.

``tokens[i]`` is the same token as ``doc[i]`` (equal, same attributes), but a list slice of
``tokens`` is a tuple of tokens, not a ``Span``: ``span_text`` stands in for
``doc[start:end].text``.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Span, Token


class DocTokens:
    """What the rules read of one Doc, read once (see the module's docstring)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: tuple[Token, ...] = tuple(doc)
        self._roots: dict[tuple[int, int], Token] = {}
        self._spans: dict[tuple[int, int], Span] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    @cached_property
    def text(self) -> str:
        """``Doc.text``."""
        return self.doc.text

    @cached_property
    def sents(self) -> tuple[Span, ...]:
        """``Doc.sents``, in order."""
        return tuple(self.doc.sents)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``Doc.ents``."""
        return tuple(self.doc.ents)

    @cached_property
    def lower(self) -> tuple[str, ...]:
        """Per token, ``Token.lower_``."""
        return tuple(t.lower_ for t in self.tokens)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """Per token, ``Token.text``."""
        return tuple(t.text for t in self.tokens)

    @cached_property
    def pos(self) -> tuple[str, ...]:
        """Per token, ``Token.pos_`` (what most rules test first, to pass a token by)."""
        return tuple(t.pos_ for t in self.tokens)

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Per token, its first character's offset (``Token.idx``)."""
        return tuple(t.idx for t in self.tokens)

    @cached_property
    def children(self) -> tuple[tuple[Token, ...], ...]:
        """Per token, ``tuple(Token.children)``: the tokens whose head it is, in text order."""
        kids: list[list[Token]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            head = tok.head.i
            if head != tok.i:
                kids[head].append(tok)
        return tuple(map(tuple, kids))

    @cached_property
    def sent_index(self) -> tuple[int, ...]:
        """Per token, the index in ``sents`` of its sentence."""
        out = [0] * len(self.tokens)
        for n, sent in enumerate(self.sents):
            out[sent.start:sent.end] = [n] * (sent.end - sent.start)
        return tuple(out)

    def span(self, start: int, end: int) -> Span:
        """``doc[start:end]``, built once per range (slicing a Doc costs as much as reading a
        dozen tokens; the rules slice the same names again and again)."""
        if not 0 <= start <= end <= len(self.tokens):
            return self.doc[start:end]
        span = self._spans.get((start, end))
        if span is None:
            span = self._spans[start, end] = Span(self.doc, start, end)
        return span

    def root(self, start: int, end: int) -> Token:
        """``doc[start:end].root``, read once per range: the rules ask it of the same name
        many times, and each ``doc[start:end]`` builds a ``Span`` (as dear as twelve
        token reads). The ranges asked are the document's names and their neighbours."""
        tok = self._roots.get((start, end))
        if tok is None:
            tok = self._roots[start, end] = self.tokens[self.doc[start:end].root.i]
        return tok

    @cached_property
    def ends(self) -> tuple[int, ...]:
        """Per token, the offset after its last character."""
        return tuple(start + len(word) for start, word in zip(self.starts, self.words, strict=True))

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for ``0 <= start``, ``end <= len(doc)``, without building
        the span (the text from the first token's start to the last token's end)."""
        if start < 0 or end < 0:
            return self.doc[start:end].text
        if end > len(self.tokens):
            end = len(self.tokens)
        if start >= end:
            return ""
        return self.text[self.starts[start]:self.ends[end - 1]]


def children_of(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``, read from its document's shared tokens."""
    return doc_tokens(tok.doc).children[tok.i]


def sent_of(tok: Token) -> Span:
    """``tok.sent``, read from its document's shared sentences (spaCy walks back and forth to
    the sentence's ends and builds a new ``Span`` at each call)."""
    dt = doc_tokens(tok.doc)
    return dt.sents[dt.sent_index[tok.i]]


_current: DocTokens | None = None


def doc_tokens(doc: Doc) -> DocTokens:
    """The ``DocTokens`` of ``doc``: built on the first call for it, then the same object
    (only the latest document's is kept; ``release`` drops it)."""
    global _current
    if _current is None or _current.doc is not doc:
        _current = DocTokens(doc)
    return _current


def release() -> None:
    """Forget the latest document's ``DocTokens`` (its Doc is no longer needed)."""
    global _current
    _current = None
