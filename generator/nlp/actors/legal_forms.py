"""Company names that carry their legal form: "Cofinec S.A.", "Faulding Inc", "PT Matahari".

A legal form after a name (``legal_suffixes``: Inc, Corp, Ltd, Plc, S.A., GmbH ...) or before
it (``legal_prefixes``: PT, JSC ...) makes the name a company, whatever the model tagged. The
document then names the company without the form ("Cofinec said", "a Faulding spokesman"):
a candidate whose name is the company's without the form (and without "Group" or "Holdings",
``org_suffixes``), or its first word when that is no given name, is the company too.
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def has_legal_form(ctx: ActorContext, start: int, end: int) -> bool:
    """Does the name of two words or more end (or start) with a company's legal form?"""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if end - start < 2:
        return False
    last, first = toks[end - 1], toks[start]
    return (
        fold(last.text) in lex.legal_suffixes and not last.is_lower or last.text == "a.s."
    ) or (first.text.isupper() and fold(first.text) in lex.legal_prefixes)


def _short_forms(ctx: ActorContext, c: Candidate) -> set[str]:
    """The folded names the company goes by without its legal form."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    words = [fold(t.text) for t in toks[c.start : c.end]]
    if words[0] in lex.legal_prefixes and toks[c.start].text.isupper():
        words = words[1:]
    while len(words) > 1 and (words[-1] in lex.legal_suffixes or words[-1] in lex.org_suffixes):
        words.pop()
    forms = {" ".join(words)}
    if len(words) >= 2 and words[0] not in lex.given_names and len(words[0]) >= 3:
        forms.add(words[0])  # "Costain" of "Costain Group Plc"
    return forms


def name_legal_forms(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Type as organizations the names with a legal form and their short forms."""
    forms: set[str] = set()
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    for c in cands:
        before = toks[c.start - 1] if c.start > 0 else None
        if (
            before is not None
            and before.i not in taken
            and before.text.isupper()
            and fold(before.text) in lex.legal_prefixes
        ):
            c.start -= 1  # "PT Matahari Putra Prima": the model left the form out
        if has_legal_form(ctx, c.start, c.end):
            c.type, c.strong, c.gpe = ActorType.ORGANIZATION, True, False
            c.votes = Counter({ActorType.ORGANIZATION: 3})
            forms |= _short_forms(ctx, c)
    if not forms:
        return
    for c in cands:
        if (
            not c.strong
            and c.type in (ActorType.PERSON, ActorType.PLACE, ActorType.ORGANIZATION)
            and fold(doc_tokens(ctx.doc).span_text(c.start, c.end)) in forms
        ):
            c.type, c.gpe = ActorType.ORGANIZATION, False
            c.votes = Counter({ActorType.ORGANIZATION: 2})
