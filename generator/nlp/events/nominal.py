"""Participants of nominal events: deverbal nouns with their of/by/with arguments.

An event noun (``event_nouns`` in ``events.yml``) makes an event when the text gives it a
participant or a place: "the detention of a Huawei executive in Canada". "of" names the patient
(the agent for nouns such as "visit"), "by" the agent, "with"/"between" other participants, and
"on"/"against" the target of a conflict noun; a possessive is an agent; a "by" phrase the
parser hung on the governing verb is borrowed; people meeting "at" a gathering take part in it.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.events.context import (
    EventContext,
    EventParts,
    children,
    with_conjuncts,
)
from generator.nlp.events.place_time import find_date, find_place
from generator.nlp.events.summaries import nominal_summary, phrase_tokens


def _borrowed_by_agent(noun: Token) -> Token | None:
    """Take a "by" phrase the parser hung on the verb governing ``noun`` as its agent."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for prep in children(verb, "prep"):
        if prep.lower_ == "by" and prep.i > noun.i:
            for pobj in children(prep, "pobj"):
                if pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return None


def nominal_event(tok: Token, ctx: EventContext) -> EventParts | None:
    """Build the parts of a nominal event headed by ``tok``, or None."""
    lex, index = ctx.lex, ctx.index
    if tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    if lemma not in lex.event_nouns:
        return None
    agents: list[Token] = []
    patients: list[Token] = []
    others: list[Token] = []
    of_args: list[Token] = []
    for prep in children(tok, "prep"):
        pobjs = [p for p in children(prep, "pobj") if not index.bare_pronoun(p)]
        word = prep.lower_
        if word == "of":
            of_args.extend(pobjs)
        elif word == "by":
            agents.extend(pobjs)
        elif word in ("with", "between"):
            others.extend(pobjs)
        elif word in ("on", "against") and lex.event_nouns[lemma] == "conflict":
            patients.extend(p for p in pobjs if not index.is_date(p))  # "attack on the embassy"
    borrowed_by = _borrowed_by_agent(tok)
    if borrowed_by is not None and not index.bare_pronoun(borrowed_by):
        agents.append(borrowed_by)
    if of_args:
        (agents if lemma in lex.of_agent_nouns else patients).extend(of_args)
    place = find_place(ctx, tok, [*patients, *others])
    if not (agents or patients or others or place is not None):
        return None  # a bare "the attack" says too little; "the attack in Lagos" will do
    for poss in children(tok, "poss"):
        if not index.bare_pronoun(poss):
            (agents if patients or lemma in lex.of_agent_nouns else others).append(poss)
    if lemma in lex.gathering_nouns and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during"):
        clause = tok.head.head
        if clause.pos_ == "VERB":
            others.extend(s for s in children(clause, "nsubj") if not index.bare_pronoun(s))
    date = find_date(ctx, tok)
    if date is None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        outer = tok.head.head
        if outer.pos_ == "NOUN":
            date = find_date(ctx, outer)
    parts = EventParts(
        trigger=tok,
        lemma=lemma,
        agents=with_conjuncts(agents),
        patients=with_conjuncts(patients),
        others=with_conjuncts(others),
        place=place,
        date=date,
    )
    parts.summary = nominal_summary(ctx, tok, borrowed_by, parts)
    span_tokens = phrase_tokens(ctx, tok, keep_det=True)
    if borrowed_by is not None:
        span_tokens.extend(borrowed_by.head.subtree)
    parts.span_tokens = tuple(span_tokens)
    return parts
