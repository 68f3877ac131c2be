"""Which verbs state an event: the trigger filter of verbal events.

Precision comes first. A trigger is a verb heading a main or subordinate clause; it is not a
reporting verb (attribution owns those), an excluded stative or copular verb, a control verb
whose complement carries the event, a verb with a that-clause (a belief or an attribution), a
purpose or plan ("to avoid travel"), or a clause a modal, a conditional or an irrealis governor
("plan", "hope") makes hypothetical. ``verbal_trigger`` returns the trigger with the clause it
belongs to, or None.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from generator.nlp.events.context import first_conjunct
from generator.nlp.events.lexicon import Lexicon

CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "acl", "parataxis"}


@dataclass(frozen=True)
class VerbalTrigger:
    """A verb that states an event, and the clause it belongs to."""

    verb: Token
    lemma: str  # lower case
    first: Token  # the first verb of its chain of conjuncts
    governor: Token | None  # the control verb of an xcomp trigger ("agreed to meet")


def is_hypothetical(clause: Token, lex: Lexicon) -> bool:
    """Say whether a modal, a conditional mark or an irrealis governor frames ``clause``."""
    for child in clause.children:
        if child.dep_ == "aux" and child.lower_ in lex.modals:
            return True
        if child.dep_ == "mark" and child.lower_ in lex.conditional:
            return True
    node = clause
    while node.dep_ in ("ccomp", "xcomp", "acl", "conj", "advcl") and node.head != node:
        node = node.head
        if node.lemma_.lower() in lex.irrealis:
            return True
        if any(c.dep_ == "aux" and c.lower_ in lex.modals for c in node.children):
            return True
    return False


def verbal_trigger(tok: Token, lex: Lexicon) -> VerbalTrigger | None:
    """The trigger ``tok`` makes when it states an event, or None."""
    if tok.pos_ != "VERB" or not tok.tag_.startswith("VB") or tok.dep_ not in CLAUSE_DEPS:
        return None
    lemma = tok.lemma_.lower()
    if len(lemma) < 3 or not lemma.isalpha():
        return None
    first = first_conjunct(tok)
    governor: Token | None = None
    if first.dep_ == "xcomp":
        gov = first.head
        if gov.lemma_.lower() not in lex.control or gov.pos_ != "VERB":
            return None
        governor = gov
    if first.dep_ == "acl" and tok.tag_ != "VBN":
        return None
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children) and (lemma in lex.control):
        return None  # the complement carries the event
    if lemma in lex.reporting or lemma in lex.excluded:
        return None
    if any(c.dep_ == "ccomp" for c in tok.children):
        return None  # a that-clause makes it an attribution or a belief
    if governor is None and any(c.dep_ == "aux" and c.tag_ == "TO" for c in first.children):
        return None  # purpose or plan: "to avoid travel"
    clause = governor if governor is not None else first
    if is_hypothetical(first, lex) or is_hypothetical(clause, lex):
        return None
    if (
        governor is not None
        and governor.dep_ == "conj"
        and is_hypothetical(first_conjunct(governor), lex)
    ):
        return None
    return VerbalTrigger(verb=tok, lemma=lemma, first=first, governor=governor)
