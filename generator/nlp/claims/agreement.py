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

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from generator.annotations import ActorMention
from generator.nlp.actors.context import given_name_gender, honorific_at
from generator.nlp.actors.lexicon import lexicon as actor_lexicon

from .spans import CharSpan

if TYPE_CHECKING:
    from .context import Context

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
        told = ctx.genders.of(claimed, pronouns=False) if claimed is not None else None
        return None if gender and told and told != gender else resolved
    if claimed is None or claimed == linked:
        return resolved

    def fits(group: int) -> bool:
        if _group_type(ctx, group) != need:
            return False
        return gender is None or (ctx.genders.of(group, skip=tok.idx) or gender) == gender

    if fits(claimed) and (not fits(linked) or _main_subject(tok)):
        return resolved
    if fits(linked):
        return _name_before(ctx, linked, tok.idx)
    return None


@dataclass(frozen=True)
class Genders:
    """The gender the article tells of each person group of the actor extractor, read once
    per article (``read_genders``): an honorific before or opening one of the names ("Mrs
    Quinn") or a given name that tells it ("Dolores M Troiani"), and the "he"s and "she"s
    linked to the group."""

    honorific: Mapping[int, frozenset[str]] = field(default_factory=dict)
    pronouns: Mapping[int, Counter] = field(default_factory=dict)  # group: {"m": 2, "f": 0}
    pronoun_at: Mapping[int, tuple[int, str]] = field(default_factory=dict)  # start: (group, g)

    def of(self, group: int | None, skip: int = -1, pronouns: bool = True) -> str | None:
        """The group's gender, not counting the linked pronoun starting at ``skip`` (nor any
        pronoun with ``pronouns`` False); None when it is told both ways or not at all."""
        told = set(self.honorific.get(group, ()))
        if pronouns:
            counts = Counter(self.pronouns.get(group, {}))
            at = self.pronoun_at.get(skip)
            if at is not None and at[0] == group:
                counts[at[1]] -= 1
            told |= {g for g, n in counts.items() if n > 0}
        return next(iter(told)) if len(told) == 1 else None


def read_genders(doc: Doc, actors: Sequence[ActorMention]) -> Genders:
    """What ``Genders`` holds, from the actor extractor's person mentions of ``doc``."""
    lex = actor_lexicon()
    honorific: dict[int, set[str]] = defaultdict(set)
    pronouns: dict[int, Counter] = defaultdict(Counter)
    pronoun_at: dict[int, tuple[int, str]] = {}
    for m in actors:
        if m.type != "person":
            continue
        if m.kind == "pronoun":
            told = _PRONOUN_GENDER.get(m.text.lower())
            if told:
                pronouns[m.group][told] += 1
                pronoun_at[m.span[0]] = (m.group, told)
            continue
        span = doc.char_span(*m.span, alignment_mode="expand") if m.kind == "name" else None
        if span is None:
            continue
        told = next(
            (g for i in (span.start, span.start - 1) if (g := honorific_at(lex, doc, i))),
            None,  # "Mrs Quinn" as the name, or before it
        ) or given_name_gender(lex, doc, span.start, span.end)  # "Dolores M Troiani"
        if told:
            honorific[m.group].add(told)
    return Genders(
        {g: frozenset(t) for g, t in honorific.items()}, dict(pronouns), pronoun_at
    )


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
