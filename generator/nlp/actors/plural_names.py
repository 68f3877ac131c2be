"""In a sports report, a one-word name a plural verb agrees with is a team: "Lazio are
favourites", "Exeter were beaten" (British usage; a player's surname takes a singular verb).
Not a name in a list ("Smith and Jones are"), after a title or an honorific, or after a club and
a player's position ("Santos defender Narciso were"), nor the subject of "if ... were". Outside
sport the same agreement also follows people named in lists the parse missed, so it is not read
there. A name the model tagged a body is read too: the rule's verdict outweighs the model's
guesses at the name's other mentions ("Marseille are not playing" beside "Marseille held").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.actors.context import ActorContext, Candidate, retype
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import ActorType

# Verb forms that agree only with a plural subject (after a name: no "I" or "you").
_PLURAL_FORMS = frozenset({"are", "have", "do", "were", "'re", "'ve"})


def plural_verb(verb: Token) -> bool:
    """Does ``verb`` (or its auxiliary) take a form only a plural subject takes?"""
    forms = [verb, *(c for c in children_of(verb) if c.dep_ in ("aux", "auxpass"))]
    if any(c.dep_ == "mark" and c.lower_ in ("if", "though") for c in children_of(verb)):
        return False  # "If Smith were here"
    return any(t.lower_ in _PLURAL_FORMS and t.tag_ in ("VBP", "VBD") for t in forms)


def plural_subject(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name ``c`` the subject, alone, of a verb in a plural form ("Lazio are
    favourites", "Snow Patrol are working"; not "Smith and Jones are")?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    tok = doc_tokens(doc).root(c.start, c.end)
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.conjuncts or any(
            t.dep_ == "cc" for t in children_of(tok)):
        return False
    if c.end < len(doc) and toks[c.end].lower_ in ("and", "&", "or", "/"):
        return False
    if c.start >= 2 and toks[c.start - 1].lower_ in ctx.lex.team_nouns and (
            toks[c.start - 2].is_title):
        return False  # "Andre and Santos defender Narciso were": a club's player
    return plural_verb(tok.head)


def plural_who(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name ``c`` followed by a "who" clause whose verb takes a plural form ("Stuttgart,
    who have a game in hand")?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = c.end + 1 if c.end < len(doc) and toks[c.end].text == "," else c.end
    return (
        i < len(doc)
        and toks[i].lower_ == "who"
        and toks[i].dep_ == "nsubj"
        and toks[i].head.i > i
        and plural_verb(toks[i].head)
    )


def plural_teams(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype as teams the one-word people, places and bodies a sports report gives a plural
    verb, itself or through "who" ("Stuttgart, who have a game in hand")."""
    if not ctx.sports:
        return
    kinds = (ActorType.PERSON, ActorType.PLACE, ActorType.ORGANIZATION)
    for c in cands:
        if c.end - c.start != 1 or c.strong or c.titled or c.type not in kinds:
            continue
        if plural_subject(ctx, c) or plural_who(ctx, c):
            retype(c, ActorType.ORGANIZATION)
