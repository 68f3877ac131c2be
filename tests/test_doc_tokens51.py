"""The shared per-document tokens (``generator.nlp.doc_tokens``) and the other speed changes of
the annotation: each must answer exactly what spaCy (or the slower code) answers."""

from __future__ import annotations

from pathlib import Path

import yaml

import generator.nlp.wordlists as wordlists
from generator.nlp.actors.lexicon import lexicon
from generator.nlp.actors.recall import lexicon_names
from generator.nlp.doc_tokens import DocTokens, children_of, doc_tokens, release
from generator.vocab import ActorType

TEXT = (
    "Acme Corp's chief executive, Ann Lee, told the BBC on Monday that sales had risen.\n"
    "\"We are pleased,\" she said in Paris. The company, based in Leeds, employs 400 people."
)


def test_the_shared_tokens_are_spacys(nlp) -> None:
    doc = nlp(TEXT)
    dt = DocTokens(doc)
    assert len(dt) == len(doc)
    assert list(dt.tokens) == list(doc)
    assert [t.i for t in dt.tokens] == list(range(len(doc)))
    assert dt.text == doc.text
    assert [(s.start, s.end) for s in dt.sents] == [(s.start, s.end) for s in doc.sents]
    assert [(e.start, e.end, e.label_) for e in dt.ents] == [
        (e.start, e.end, e.label_) for e in doc.ents]
    assert dt.lower == tuple(t.lower_ for t in doc)
    assert dt.words == tuple(t.text for t in doc)
    assert dt.starts == tuple(t.idx for t in doc)
    assert dt.children == tuple(tuple(t.children) for t in doc)


def test_span_text_is_the_spans_text(nlp) -> None:
    doc = nlp(TEXT)
    dt = DocTokens(doc)
    n = len(doc)
    for start in range(n + 1):
        for end in range(start, min(n, start + 6) + 1):
            assert dt.span_text(start, end) == doc[start:end].text, (start, end)
    assert dt.span_text(n - 2, n + 5) == doc[n - 2:n + 5].text  # past the end: cut, as a slice
    assert dt.span_text(5, 3) == ""
    assert dt.span_text(-3, n) == doc[-3:n].text


def test_one_documents_tokens_are_built_once_and_released(nlp) -> None:
    first, second = nlp("Ann Lee said so."), nlp("Tom Wu said no.")
    shared = doc_tokens(first)
    assert doc_tokens(first) is shared
    assert doc_tokens(second) is not shared and doc_tokens(second).doc is second
    assert doc_tokens(first) is not shared  # only the latest document's are kept
    kept = doc_tokens(first)
    release()
    assert doc_tokens(first) is not kept


def test_children_of_a_token_are_its_children(nlp) -> None:
    doc = nlp(TEXT)
    for tok in doc:
        assert children_of(tok) == tuple(tok.children)
    release()


def test_the_lexicon_names_are_read_once_per_lexicon() -> None:
    lex = lexicon()
    listed = lexicon_names(lex, sports=False)
    assert lexicon_names(lex, sports=False) is listed
    france = next(iter(sorted(lex.countries)))
    assert listed.votes[france] == {ActorType.PLACE: 3}
    assert (france, len(france.split())) in listed.by_first[france.split()[0]]
    region = next(r for r in sorted(lex.regions) if r not in lex.countries and r not in lex.types)
    assert region in listed.votes
    assert region not in lexicon_names(lex, sports=True).votes  # in sport a team as often


def test_the_word_lists_read_as_safe_load_reads_them() -> None:
    patterns = Path(wordlists.__file__).parent / "patterns"
    files = sorted(patterns.glob("*.yml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert wordlists.load_pattern_yaml(text) == yaml.safe_load(text), path.name
