"""Token helpers the extractors share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from generator.nlp.doc_tokens import children_of, doc_tokens


def hyphen_end(doc: Doc, end: int, accept: Callable[[Token], bool] = lambda tok: True) -> int:
    """Move ``end`` (exclusive) past hyphenated pieces the tokenizer or the parse cut off a
    phrase ("co" + "-" + "chairman", "Wong Kwok" + "-hing"): a "-" (or "\u2010") with no space
    on either side and an alphabetic word after it that ``accept`` takes."""
    toks = doc_tokens(doc).tokens
    while (
        end + 1 < len(doc)
        and toks[end].text in ("-", "\u2010")
        and not toks[end - 1].whitespace_
        and not toks[end].whitespace_
        and toks[end + 1].is_alpha
        and accept(toks[end + 1])
    ):
        end += 2
    return end


def hyphen_prefix(tok: Token, prefixes: frozenset[str]) -> Token | None:
    """The word of ``prefixes`` joined to ``tok`` by a hyphen before it ("pro" of "pro-Beijing",
    "re" of "re-elected"), else None."""
    doc, i = tok.doc, tok.i
    toks = doc_tokens(doc).tokens
    if i < 2 or toks[i - 1].text not in ("-", "\u2010") or toks[i - 1].whitespace_:
        return None
    prefix = toks[i - 2]
    return prefix if not prefix.whitespace_ and prefix.lower_ in prefixes else None


def hyphen_start(doc: Doc, start: int) -> int:
    """Move ``start`` back over hyphenated pieces cut off before it ("e" + "-" + "mails")."""
    toks = doc_tokens(doc).tokens
    while (
        start >= 2
        and toks[start - 1].text == "-"
        and not toks[start - 2].whitespace_
        and not toks[start - 1].whitespace_
        and toks[start - 2].is_alpha
    ):
        start -= 2
    return start


def fronted_clause_subject(tok: Token) -> Token | None:
    """The subject of the main clause when ``tok`` sits in an adverbial clause before it and
    the subject comes after ``tok``: the one a pronoun there points forward to ("Asked why he
    thought so, Lord Butler said …": "he" is Lord Butler), also a "when" clause the parse
    hung on a fronted time phrase ("In November, when he surprised MPs, Mr Johnson said")."""
    for anc in tok.ancestors:
        top = _fronted_when_phrase(anc) if anc.dep_ == "relcl" else None
        if top is not None:
            anc = top
        if (anc.dep_ == "advcl" or top is not None) and anc.i < anc.head.i:
            subjects = [c for c in children_of(anc.head) if c.dep_ in ("nsubj", "nsubjpass")]
            return subjects[0] if subjects and subjects[0].i > tok.i else None
    return None


def _fronted_when_phrase(clause: Token) -> Token | None:
    """The phrase on a verb that holds ``clause``, a relative clause opened by "when" (a
    time phrase's: "In November, when he …,"), or None: the top of that phrase, a word
    hung on a verb."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(clause)):
        return None
    top = clause.head
    for _ in range(3):
        if top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i:
            return top if top.dep_ in ("prep", "npadvmod") else None
        top = top.head
    return None


def matrix_subject(tok: Token) -> Token | None:
    """For a pronoun subject of a clause complement ("X insists that they …"), the subject of
    the verb above when it is no pronoun itself: whom the pronoun most often stands for."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    subjects = [c for c in children_of(clause.head) if c.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].pos_ != "PRON" else None


def token_spans(doc: Doc, char_spans: Sequence[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """The token range of each character span (widened to whole tokens), or None where the
    text offers none."""
    spans = (doc.char_span(a, b, alignment_mode="expand") for a, b in char_spans)
    return [None if span is None else (span.start, span.end) for span in spans]


def inside(doc: Doc, ranges: Sequence[tuple[int, int] | None]) -> list[bool]:
    """For each token of ``doc``, whether it lies in one of the token ``ranges``."""
    out = [False] * len(doc)
    for start, end in filter(None, ranges):
        out[start:end] = [True] * (end - start)
    return out
