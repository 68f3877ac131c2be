"""Titles used as names: "The President", "the Home Secretary", "Labour's Shadow Home Secretary".

A capitalised title from ``titles.txt`` after "the" or a possessive, with no name after it
("the President said", not "the President Donald Trump"), stands for the one person of the
document who holds that title: the person whose role, read before or after the name
("President Donald Trump", "Priti Patel, the Home Secretary"), ends in the same title word and
has its other words too, and no word such as "shadow" or "former" (``title_qualifiers``)
that makes it another office. The title joins that person as a mention of kind "title", not a name:
the corpus makes no alias of "President", words that name different people in different
articles. Where no person or several people hold the title, it joins no one.

A capitalised title in apposition to a person's name ("Cres Eastman, Director of the National
Iodine Nutrition study, and Chairman of the ... Centre, says") is a title mention of that
person too (``apposed_titles``): GUM annotates such an appositive as a mention of its own.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.coreference import Resolved
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType, MentionKind


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and not tok.is_sent_start


def _title_at(ctx: ActorContext, i: int) -> tuple[int, int] | None:
    """Token range of a title used as a name whose last word is token ``i``."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    tok = toks[i]
    word = tok.lower_.rstrip(".")
    if not _capitalised(tok) or word not in lex.title_last_words or word in lex.honorifics:
        return None
    nxt = toks[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or _capitalised(nxt) or nxt.lower_ == "of"):
        return None  # a title before a name, or "President of ...": not this rule's
    begin = i
    while begin - 1 >= 0 and _capitalised(toks[begin - 1]) and toks[begin - 1].lower_ != "the":
        begin -= 1  # "Shadow Home Secretary"
    before = toks[begin - 1] if begin >= 1 else None
    if before is None or not (before.lower_ == "the" or before.tag_ == "POS"):
        return None
    return begin, i + 1


def _holds(role: str, words: list[str], qualifiers: frozenset[str]) -> bool:
    """Does a person's role text hold the title ``words`` ("Home Secretary" in "UK Home
    Secretary"; "President" in "U.S. President"; not "Chancellor" in "shadow Chancellor")?"""
    held = [w.rstrip(".") for w in role.lower().replace("-", " ").split()]
    if not held or held[-1] != words[-1]:
        return False
    return set(words) <= set(held) and not (set(held) - set(words)) & qualifiers


def _qualified_role(ctx: ActorContext, c: Candidate) -> str:
    """The role with the word before it when that word is a qualifier the role leaves out
    ("shadow" of "Tory shadow chancellor Oliver Letwin")."""
    toks = doc_tokens(ctx.doc).tokens
    role = c.role or ""
    if c.role_span is None:
        return role
    span = ctx.doc.char_span(*c.role_span, alignment_mode="expand")
    if span is not None and span.start > 0:
        before = toks[span.start - 1].lower_
        if before in ctx.lex.title_qualifiers:
            return f"{before} {role}"
    return role


def title_mentions(
    ctx: ActorContext, cands: list[Candidate], reps: list[int]
) -> list[Resolved]:
    """Titles used as names, each joined to the one person group holding the title."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    covered = {i for c in cands for i in range(c.start, c.end)}
    holders = [
        (_qualified_role(ctx, c), reps[k])
        for k, c in enumerate(cands)
        if c.type == ActorType.PERSON and c.role and not c.nested
    ]
    out: list[Resolved] = []
    if not holders:
        return out
    lower, last_words = doc_tokens(doc).lower, ctx.lex.title_last_words
    for tok in toks:  # ``_title_at`` ends a title at a word of ``title_last_words`` only
        if tok.i in covered or lower[tok.i].rstrip(".") not in last_words:
            continue
        found = _title_at(ctx, tok.i)
        if found is None or any(i in covered for i in range(*found)):
            continue
        words = [t.lower_.rstrip(".") for t in toks[found[0] : found[1]]]
        groups = {
            rep for role, rep in holders if _holds(role, words, ctx.lex.title_qualifiers)
        }
        if len(groups) == 1:
            out.append((found[0], found[1], groups.pop(), MentionKind.TITLE))
    return out


_APPOSED_PARTS = ("compound", "amod", "det", "prep", "pobj", "nmod", "poss", "case")


def _apposed_span(ctx: ActorContext, t) -> tuple[int, int] | None:
    """Token range of a capitalised title phrase headed by ``t`` ("the Secretary General of
    Amnesty International"), up to the comma, stop or bracket that closes it."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if not _capitalised(t) or t.lower_.rstrip(".") not in ctx.lex.title_last_words:
        return None
    begin = min([t.i, *(c.left_edge.i for c in t.lefts if c.dep_ in _APPOSED_PARTS)])
    end = max([t.i, *(c.right_edge.i for c in t.rights if c.dep_ in _APPOSED_PARTS)]) + 1
    span = doc_tokens(doc).span(begin, end)
    if len(span) > ctx.settings.apposition_max_tokens * 2 or any(
        w.pos_ in ("VERB", "AUX", "PRON") or w.is_punct for w in span
    ):
        return None
    if end < len(doc) and not (toks[end].is_punct or toks[end].is_sent_start):
        return None
    return begin, end


def apposed_titles(
    ctx: ActorContext, cands: list[Candidate], reps: list[int]
) -> list[Resolved]:
    """Capitalised titles in apposition to a person's name, each a title mention of that
    person; a second title joined to the first by "and" counts too."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    people = {i for c in cands if c.type == ActorType.PERSON for i in range(c.start, c.end)}
    out: list[Resolved] = []
    for k, c in enumerate(cands):
        if c.type != ActorType.PERSON or c.nested or c.in_title:
            continue
        root = doc_tokens(doc).root(c.start, c.end)
        heads = [t for t in root.rights if t.dep_ == "appos" and t.i >= c.end]
        # the second title hangs on the first or, as the parser often reads it, on the name
        heads += [t for h in [root, *heads] for t in h.rights
                  if t.dep_ == "conj" and heads and t.i > heads[0].i]
        for t in heads:
            found = _apposed_span(ctx, t)
            if found is None or any(i in people for i in range(*found)):
                continue
            if toks[found[0] - 1].lower_ not in (",", "and"):
                continue
            out.append((found[0], found[1], reps[k], MentionKind.TITLE))
    return out


def titles_as_names(
    ctx: ActorContext, cands: list[Candidate], reps: list[int]
) -> list[Resolved]:
    """Apposed titles, and the titles used as names outside them ("Jack Straw, Britain's
    Foreign Secretary": the apposition, not "Foreign Secretary" again inside it)."""
    apposed = apposed_titles(ctx, cands, reps)
    taken = {i for begin, end, _, _ in apposed for i in range(begin, end)}
    return apposed + [
        t for t in title_mentions(ctx, cands, reps) if not taken & set(range(t[0], t[1]))
    ]
