"""The per-name readings the actor rules share (``DocTokens.span``, ``root``, ``ends`` and
``sent_of``): each must answer exactly what spaCy answers for the same range or token."""

from __future__ import annotations

from generator.nlp.doc_tokens import DocTokens, doc_tokens, release, sent_of

TEXT = (
    "Acme Corp's chief executive, Ann Lee, told the BBC on Monday that sales had risen.\n"
    "\"We are pleased,\" she said in Paris. The company, based in Leeds, employs 400 people.\n"
    "The Financial Times said the FT would report it."
)


def test_a_ranges_span_and_root_are_spacys(nlp) -> None:
    doc = nlp(TEXT)
    dt = DocTokens(doc)
    n = len(doc)
    for start in range(n):
        for end in range(start + 1, min(n, start + 5) + 1):
            span = dt.span(start, end)
            assert span == doc[start:end] and span.text == doc[start:end].text, (start, end)
            assert dt.span(start, end) is span  # built once per range
            assert dt.root(start, end) == doc[start:end].root, (start, end)
            assert dt.root(start, end) is dt.tokens[doc[start:end].root.i]
    assert dt.span(n - 2, n + 5) == doc[n - 2:n + 5]  # past the end: cut, as a slice is
    assert dt.span(-3, n) == doc[-3:n]
    assert len(dt.span(5, 5)) == 0
    assert dt.ends == tuple(t.idx + len(t.text) for t in doc)


def test_a_tokens_sentence_is_spacys(nlp) -> None:
    doc = nlp(TEXT)
    try:
        for tok in doc:
            assert sent_of(tok) == tok.sent, tok.i
            assert sent_of(tok) is doc_tokens(doc).sents[doc_tokens(doc).sent_index[tok.i]]
    finally:
        release()
