"""Companies named in the possessive: "McDonald's", "Foster's", "Claridge's", "Sainsbury's".

A company named after its founder keeps the "'s" as part of its name. ``spans`` keeps it when
the model put it inside the entity; often the model leaves it out ("after Foster's bought a
stake", "the Berkeley, Claridge's and the Connaught"), and the company then went by "Foster"
or "McDonald" beside "McDonald's". A possessive that owns nothing (a verb, a preposition, a
conjunction or a closing mark follows it, ``spans.owns_nothing``) after an organisation's name,
or the "'s" a mention already keeps, shows that the "'s" is the name's. Every mention of that
name then takes its "'s" in: "revive McDonald's sales" is the genitive of "McDonald's", and the
company has one name. A person's name is never read so ("Mr Foster's view").
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.spans import owns_nothing
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_APOSTROPHE_S = ("'s", "’s")


def _possessive_after(ctx: ActorContext, c: Candidate) -> bool:
    """Is the token right after the candidate a possessive "'s"?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return c.end < len(doc) and toks[c.end].tag_ == "POS" and toks[c.end].lower_ in _APOSTROPHE_S


def possessive_company_names(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Give the organisations named in the possessive their "'s" in every mention."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    named: set[str] = set()
    for c in cands:
        if c.type != ActorType.ORGANIZATION:
            continue
        last = toks[c.end - 1]
        if c.end - c.start >= 2 and last.lower_ in _APOSTROPHE_S:
            named.add(fold(dt.span_text(c.start, c.end - 1)))  # "McDonald's" kept by ``spans``
        elif _possessive_after(ctx, c) and owns_nothing(doc, c.start, c.end + 1):
            named.add(fold(dt.span_text(c.start, c.end)))  # "after Foster's bought"
    if not named:
        return
    for c in cands:
        if (
            _possessive_after(ctx, c)
            and not (c.type == ActorType.PERSON and (c.titled or c.strong))
            and fold(dt.span_text(c.start, c.end)) in named
        ):
            c.end += 1
