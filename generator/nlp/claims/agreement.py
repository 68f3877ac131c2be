"""Whom a claim's "he", "she", "it" or "the company" stands for when the two readings differ.

The actor extractor links a subject pronoun or a description to a group of its names
(``actors.coreference``: the nearest sentence with a name decides); ``resolve`` prefers the
subject of a main clause and follows "he said … he added" back. Where both name someone and
they differ, a reading that cannot be what the word is loses: an organisation for "he" or
"she", a person for "it" or "the company", a woman for "he" and a man for "she" (an honorific
before one of the names, "Ms Hughes", or a "he"/"she" the actor extractor linked to them
elsewhere in the article says which). When both fit, ``resolve``'s subject wins for a pronoun
that is itself the subject of a main clause ('"…," he said'); the actor extractor's nearest
name for one in a subordinate clause ("Ghazi al-Gosaibi had caused uproar when he said …",
"asked Mr Myers if he ever knew").
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Token

from generator.nlp.actors.context import honorific_at
from generator.nlp.actors.lexicon import lexicon as actor_lexicon

from .context import Context
from .spans import CharSpan

_PRONOUN_GENDER = {"he": "m", "she": "f"}


def agreed_source(ctx: Context, tok: Token, resolved: CharSpan | None) -> CharSpan | None:
    """The span of the name a source word ``tok`` stands for: ``resolve``'s reading
    (``resolved``) or the actor extractor's, whichever fits the word (see the module)."""
    need = _needed_type(ctx, tok)
    linked = _linked_group(ctx, tok)
    if need is None or resolved is None:
        return resolved
    claimed = _group_at(ctx, resolved)
    gender = _PRONOUN_GENDER.get(tok.lower_)
    if linked is None:  # no link to weigh: still no "she" for a "Mr Brown"
        told = person_genders(ctx, pronouns=False).get(claimed) if claimed is not None else None
        return None if gender and told and told != gender else resolved
    if claimed is None or claimed == linked:
        return resolved
    genders = person_genders(ctx, skip=tok.idx)

    def fits(group: int) -> bool:
        if _group_type(ctx, group) != need:
            return False
        return gender is None or genders.get(group, gender) == gender

    if fits(claimed) and (not fits(linked) or _main_subject(tok)):
        return resolved
    if fits(linked):
        return _name_before(ctx, linked, tok.idx)
    return None


def person_genders(ctx: Context, skip: int = -1, pronouns: bool = True) -> dict[int, str]:
    """The gender of the person groups of the actor extractor the article tells: an honorific
    before or opening one of the names ("Mrs Quinn"), a "he" or "she" linked to the group
    (not the one starting at ``skip``; none with ``pronouns`` False); a group told both ways
    has none."""
    doc, lex = ctx.doc, actor_lexicon()
    seen: dict[int, set[str]] = defaultdict(set)
    for m in ctx.actors:
        if m.type != "person":
            continue
        if m.kind == "pronoun":
            told = _PRONOUN_GENDER.get(m.text.lower())
            if told and pronouns and m.span[0] != skip:
                seen[m.group].add(told)
            continue
        span = doc.char_span(*m.span, alignment_mode="expand") if m.kind == "name" else None
        if span is None:
            continue
        for i in (span.start, span.start - 1):  # "Mrs Quinn" as the name, or before it
            told = honorific_at(lex, doc, i)
            if told:
                seen[m.group].add(told)
    return {group: next(iter(told)) for group, told in seen.items() if len(told) == 1}


def _needed_type(ctx: Context, tok: Token) -> str | None:
    """What the word can stand for: a person ("he", "she"), an organisation ("it", "the
    company"), or None for other words (they are left to ``resolve``)."""
    low = tok.lower_
    if low in _PRONOUN_GENDER:
        return "person"
    if low == "it" or (tok.pos_ == "NOUN" and low in ctx.lex.description_heads):
        return "organization"
    return None


def _linked_group(ctx: Context, tok: Token) -> int | None:
    """The group the actor extractor linked ``tok`` to (a pronoun or a description), or None."""
    for m in ctx.actors:
        if m.kind != "name" and m.span[0] <= tok.idx < m.span[1]:
            return m.group
    return None


def _group_at(ctx: Context, span: CharSpan) -> int | None:
    """The group of the actor extractor's name that overlaps ``span`` the most, or None."""
    best, most = None, 0
    for m in ctx.actors:
        overlap = min(m.span[1], span[1]) - max(m.span[0], span[0])
        if m.kind == "name" and overlap > most:
            best, most = m.group, overlap
    return best


def _group_type(ctx: Context, group: int) -> str | None:
    """The type the group's names have, or what a place stands for here ("Sweden said")."""
    for m in ctx.actors:
        if m.group == group and m.kind == "name":
            return m.sense or m.type
    return None


def _name_before(ctx: Context, group: int, end: int) -> CharSpan | None:
    """The span of the group's last name before ``end`` (else its first name)."""
    names = [m.span for m in ctx.actors if m.group == group and m.kind == "name"]
    before = [s for s in names if s[1] <= end]
    return (before or names or [None])[-1 if before else 0]


def _main_subject(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a main clause ("he said", "and he added")."""
    head = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and (
        head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT"))
