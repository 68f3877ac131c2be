"""Where people come from: "a Perth man", "a Huntsville woman", "the Leeds couple".

A name of one to three words between "a", "an" or "the" and a noun for ordinary people
(``hometown_nouns``: man, woman, couple, resident ...) that it modifies is the town they come
from, a place, however the model tagged it (the small model reads many towns as bodies).
Parties, companies and clubs the lexicon knows are strong already and never reach this rule.

``constituency``: "the 1904 Horsham by-election", "the Eton and Slough seat": a name of one to
three title-case words (or a list of them) right before a lower-case noun for an electoral
district or its vote (``constituency_nouns``) is that place.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.doc_tokens import doc_tokens


def hometown(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name the town of the person noun right after it ("a Perth man")?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.end - c.start > 3 or c.start < 1 or c.end >= len(doc):
        return False
    det, noun = toks[c.start - 1], toks[c.end]
    if det.lower_ not in ("a", "an", "the") or not noun.is_lower:
        return False
    if noun.lower_ not in ctx.lex.hometown_nouns:
        return False
    span = doc_tokens(doc).span(c.start, c.end)
    return all(t.is_title for t in span) and span.root.head.i == noun.i


def constituency(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name (or the list it ends or is in) right before a noun for a constituency or
    its vote ("the Horsham by-election", "the Eton and Slough seat")?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    span = doc_tokens(doc).span(c.start, c.end)
    if c.end - c.start > 3 or not all(t.is_title for t in span):
        return False
    root = span.root
    end = max([c.end, *(t.i + 1 for t in root.conjuncts if t.i > root.i)])
    if end - c.end > 4:
        return False
    words = [t.lower_ for t in toks[end : end + 3]]
    return bool(words) and toks[end].is_lower and (
        words[0] in ctx.lex.constituency_nouns or "".join(words) in ctx.lex.constituency_nouns
    )
