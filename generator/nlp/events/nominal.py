"""Participants of nominal events: deverbal nouns with their of/by/with arguments.

An event noun (``event_nouns`` in ``events.yml``) makes an event when the text gives it a
participant or a place: "the detention of a Huawei executive in Canada". "of" names the patient
(the agent for nouns such as "visit"), "by" the agent, "with"/"between" other participants, and
"on"/"against" the target of a conflict noun; a possessive is an agent; a "by" phrase the
parser hung on the governing verb is borrowed; people meeting "at" a gathering take part in it.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of
from generator.nlp.events.context import (
    ArticleIndex,
    EventContext,
    EventParts,
    children,
    with_conjuncts,
)
from generator.nlp.events.phrases import phrase_tokens
from generator.nlp.events.place_time import find_date, find_place
from generator.nlp.events.summaries import (
    adjective_summary,
    clause_summary,
    nominal_summary,
)
from generator.nlp.events.triggers import clause_modality
from generator.vocab import Modality


def _borrowed_by_agent(noun: Token) -> Token | None:
    """Take a "by" phrase the parser hung on the verb governing ``noun`` as its agent."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        return None
    for prep in children(verb, "prep"):
        if prep.lower_ == "by" and prep.i > noun.i:
            for pobj in children(prep, "pobj"):
                if pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return None


def _by_on_patient(of_args: list[Token], index: ArticleIndex) -> list[Token]:
    """A "by" phrase the parser hung on the "of" object of an event noun: the noun's agent
    ("the cancellation of a planned US trip by another founder", "the arrest of a man by
    police")."""
    return [pobj for arg in of_args for prep in children(arg, "prep")
            if prep.lower_ == "by" for pobj in children(prep, "pobj")
            if pobj.pos_ in ("NOUN", "PROPN") and not index.bare_pronoun(pobj)]


# Nouns in -ing that name no event ("the building", "a meeting" is listed as an event noun).
_NOT_GERUNDS = frozenset([
    "thing", "nothing", "something", "anything", "everything", "morning", "evening", "building",
    "ceiling", "clothing", "king", "ring", "spring", "string", "wing", "sibling", "darling",
    "earnings", "savings", "funding", "housing", "offspring", "pudding", "lightning", "proceeding",
    "setting", "feeling", "being", "wedding", "painting", "drawing", "beginning", "ending",
    "warning", "heading", "landing"
])
# What makes a bare event noun concrete: a determiner, a possessive, a number or a modifier
# ("the raid", "Tuesday's quake", "a deadly fire"), or a place in the noun phrase.
_CONCRETE_DEPS = ("det", "poss", "nummod", "amod", "compound", "nmod")
# Classes of nouns that name a happening by themselves ("the raid"); the others ("the deal",
# "the sale", "the demand") are events only with a participant or a place.
_HAPPENINGS = frozenset({"conflict", "occurrence", "movement", "contact"})


def event_noun_class(tok: Token, ctx: EventContext) -> str | None:
    """The class of an event noun ("conflict", "occurrence", ...), or None."""
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "nmod") and tok.head.pos_ in (
            "NOUN", "PROPN"):
        return None  # "a denial-of-service attack", "the election campaign": a modifier
    lemma = tok.lemma_.lower()
    lex = ctx.lex
    if lemma in lex.event_nouns:
        return lex.event_nouns[lemma]
    if lemma.endswith("ing") and tok.tag_ == "NN" and lemma not in _NOT_GERUNDS:
        verb = ctx.concepts.nominal_verb(lemma)
        if verb is not None:
            return lex.verb_class.get(verb, "occurrence")
    return None


def _on_whose_word(tok: Token, ctx: EventContext) -> bool:
    """Say whether an event noun only says on whose word something was done: "at the request
    of the regulator", "at the invitation of the king"."""
    return (tok.lemma_.lower() in ctx.lex.instigation_nouns and tok.dep_ == "pobj"
            and tok.head.lower_ in ("at", "on", "upon", "by"))


def _concrete(tok: Token) -> bool:
    """Say whether a bare event noun names a particular event ("the raid", not "raids")."""
    if any(c.dep_ in _CONCRETE_DEPS for c in tok.lefts):
        return True
    return tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT")


_FUTURE_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "scheduled", "expected",
                               "future", "forthcoming", "impending", "next"})
_POSSIBLE_MODIFIERS = frozenset({"possible", "potential", "threatened", "feared", "likely",
                                 "hypothetical", "attempted"})


def nominal_modality(tok: Token, ctx: EventContext) -> str:
    """How firmly an event noun's phrase and clause state it ("no deal", "a planned visit")."""
    for child in tok.lefts:
        if child.lower_ == "no" and child.dep_ == "det":
            return Modality.NEGATED
        if child.lower_ in _FUTURE_MODIFIERS:
            return Modality.FUTURE
        if child.lower_ in _POSSIBLE_MODIFIERS:
            return Modality.POSSIBLE
    node = tok
    for _ in range(3):  # up through "of"/"for" phrases to the verb whose argument it is
        if node.head is node:
            break
        node = node.head
        if node.pos_ == "VERB":
            return clause_modality(node, ctx.lex)
        if node.pos_ not in ("ADP", "NOUN"):
            break
    return Modality.ASSERTED


def _called_off(noun: Token, ctx: EventContext) -> bool:
    """Say whether an event noun is what a verb or noun calls off ("cancelled the concert",
    "the cancellation of a planned trip"): that event is the calling off, not this one."""
    if noun.dep_ == "dobj":
        outer = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of":
        outer = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "prt"):  # "called off its tour"
        return f"{noun.head.head.lemma_.lower()} {noun.head.lower_}" in ctx.lex.calling_off
    else:
        return False
    lemma = outer.lemma_.lower()
    particle = next((c.lower_ for c in children_of(outer) if c.dep_ == "prt"), "")
    return lemma in ctx.lex.calling_off or f"{lemma} {particle}" in ctx.lex.calling_off


def nominal_event(tok: Token, ctx: EventContext) -> EventParts | None:
    """Build the parts of a nominal event headed by ``tok``, or None."""
    lex, index = ctx.lex, ctx.index
    noun_class = event_noun_class(tok, ctx)
    if noun_class is None or _called_off(tok, ctx) or _on_whose_word(tok, ctx):
        return None
    lemma = tok.lemma_.lower()
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
        elif word in ("on", "against") and noun_class == "conflict":
            patients.extend(p for p in pobjs if not index.is_date(p))  # "attack on the embassy"
    borrowed_by = _borrowed_by_agent(tok)
    if borrowed_by is not None and not index.bare_pronoun(borrowed_by):
        agents.append(borrowed_by)
    if of_args:
        (agents if lemma in lex.of_agent_nouns else patients).extend(of_args)
        if not agents and lemma not in lex.of_agent_nouns:  # "the cancellation of a trip by"
            agents.extend(_by_on_patient(of_args, index))
    place = find_place(ctx, tok, [*patients, *others])
    concrete = noun_class in _HAPPENINGS and _concrete(tok)
    if not (agents or patients or others or place is not None or concrete):
        return None  # generic ("attacks are rare") or abstract ("the deal", "sales")
    for poss in children(tok, "poss"):
        if not index.bare_pronoun(poss) and not index.is_date(poss):  # "Monday's meeting"
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
    modality = nominal_modality(tok, ctx)
    parts = EventParts(
        trigger=tok,
        lemma=lemma,
        modality=modality,
        negated=modality == Modality.NEGATED,
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


def adjectival_event(tok: Token, ctx: EventContext) -> EventParts | None:
    """An outcome said by an adjective: "was found dead", "two officers were injured"."""
    if tok.pos_ != "ADJ" or tok.lower_ not in ctx.lex.event_adjectives:
        return None
    if tok.dep_ not in ("acomp", "oprd", "xcomp", "ROOT", "conj"):
        return None
    head = tok.head if tok.dep_ != "ROOT" else tok
    subjects = [s for s in children(head, "nsubj", "nsubjpass")
                if not ctx.index.bare_pronoun(s)]
    modality = clause_modality(head, ctx.lex) if head.pos_ in ("VERB", "AUX") else (
        Modality.ASSERTED)
    parts = EventParts(trigger=tok, lemma=tok.lower_, kind="verbal", passive=True,
                       patients=with_conjuncts(subjects), modality=modality,
                       negated=modality == Modality.NEGATED,
                       place=find_place(ctx, head, subjects), date=find_date(ctx, head))
    parts.summary = adjective_summary(ctx, tok, head, parts)
    if not parts.summary:
        parts.summary, parts.fragment = clause_summary(ctx, head), True
    parts.span_tokens = (*(t for s in subjects for t in s.subtree), head, tok)
    return parts
