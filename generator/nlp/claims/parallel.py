"""Whom a subject pronoun that repeats an earlier reported verb stands for.

"The Department of Justice said that both men pleaded guilty … They also pleaded guilty":
the pronoun goes on about the ones who did the same (the reported clause's subject), not
about the one who reported it. ``resolve.subject_antecedent`` asks this first.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.doc_tokens import doc_tokens, sent_of

from .context import Context


def parallel_subject(ctx: Context, tok: Token, first: int, outside: bool) -> Token | None:
    """The latest subject before the pronoun ``tok`` (from token ``first`` on) of a verb
    with the pronoun's verb's lemma in a reported clause of an earlier sentence: "The
    Department of Justice said that both men pleaded guilty … They also pleaded guilty": the
    pronoun goes on about the ones who did the same, not about the one who reported it (a
    main clause's subject is the main loop's). None without one."""
    toks = doc_tokens(ctx.doc).tokens
    verb = tok.head
    lemma = ctx.lex.lemma(verb)
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    for i in range(sent_of(tok).start - 1, first - 1, -1):
        cand = toks[i]
        if cand.dep_ in ("nsubj", "nsubjpass") and cand.pos_ != "PRON" and (
                cand.head.dep_ == "ccomp" and ctx.lex.lemma(cand.head) == lemma) and (
                not outside or ctx.quotes.containing(cand.idx, cand.idx + len(cand)) is None):
            return cand
    return None
