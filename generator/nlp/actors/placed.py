"""Names the model reads as people that the text puts only where places go.

"She moved to Powys", "joined Diaghilev in Monte Carlo", "cash from Heathrow and Gatwick",
"At Gatwick, the company has written to homes": a name read as a person's is a place when one
of its mentions in the document stands where places go and none where people do. Places go

- right after (no article: "at the Gino Marinuzzi competition"; an adjective of place may come
  between, "in nearby Pengam", ``place_adjectives``) "in", "near", "outside",
  "around" or "across" on a verb or a noun (not "confidence in X", ``in_body_heads``; not
  "believe in X", ``in_person_verbs``), after "at" on a verb that takes no person ("laughed
  at X", ``at_person_verbs``), after "to", "from" or "into" on a verb of going
  (``motion_verbs``), after "for" on an elected member ("the MP for Birkenhead",
  ``seat_nouns``);
- beside a place in a list or an apposition ("Heathrow and Gatwick", "Chatham, Kent"), when the
  list itself stands where places go (after one of those prepositions or before a noun), but
  not apposed to the place of a person's role ("our correspondent in Jakarta, Rachel Harvey").

People go after a title, as the subject of a verb of saying or thinking
(``person_subject_verbs``), before "'s", and as the surname of a person named in full in the
document: one such mention keeps the name a person's, and so does an honorific before its last
word anywhere in the document ("Mr Blair"). So does a given name before a surname,
with no body's or place's word ("creative players in Damien Duff and Arjen Robben"). Word
lists: ``patterns/readings.yml``.
(``located`` holds the model's bodies after "in"; this module its people.)
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.actors.context import (
    ActorContext,
    Candidate,
    honorific_gender,
    list_head,
    retype,
)
from generator.nlp.actors.described import readings, role_noun
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.person_names import given_name_person
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_IN = frozenset({"in", "near", "outside", "around", "across", "throughout"})
_GOING = frozenset({"to", "from", "into"})
MAX_WORDS = 3
# The model reads such a name as a person's in one place and a body's in another ("killed at
# Auschwitz"): both readings count, and a name read as a person's once is retyped everywhere.
_READ = (ActorType.PERSON, ActorType.ORGANIZATION)


def _where_places_go(ctx: ActorContext, tok: Token) -> bool:
    """Is ``tok`` the object of a preposition that places follow?"""
    words, lex = readings(), ctx.lex
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    first = min(t.i for t in tok.subtree)
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    start = prep.i + 1
    if toks[start].lower_ in words["place_adjectives"] and toks[start].head.i == tok.i:
        start += 1  # "in nearby Pengam"
    if first != prep.i + 1 or toks[start].is_lower:
        return False  # "placed in the British Library", "at the Gino Marinuzzi competition"
    if prep.lower_ == "for" and prep.head.lower_ in words["seat_nouns"]:
        return True  # "the Labour MP for Birkenhead asked": a seat
    end = tok.i + 1
    if end < len(doc) and toks[end].is_lower and toks[end].pos_ in ("NOUN", "VERB"):
        return False  # the name modifies what follows: "at Gino Marinuzzi conducting ..."
    head = prep.head
    word, lemma = prep.lower_, head.lemma_.lower()
    if word in _IN:
        if word == "in" and lemma in words["in_person_verbs"]:
            return False  # "believe in God"
        return head.pos_ in ("VERB", "AUX", "PROPN") or (  # "Lewis School in Pengam"
            head.pos_ == "NOUN" and lemma not in lex.in_body_heads
            and head.lower_ not in lex.in_body_heads
        )
    if word == "at":
        return head.pos_ in ("VERB", "AUX") and lemma not in words["at_person_verbs"]
    return word in _GOING and head.pos_ == "VERB" and lemma in words["motion_verbs"]


def _beside_a_place(ctx: ActorContext, tok: Token, places: set[int]) -> bool:
    """"from Heathrow and Gatwick", "Chatham, Kent", "Heathrow, Gatwick and Glasgow airports":
    the name in a list or apposition with a place, the list standing where places go."""
    top = list_head(tok, appositions=True)
    if top.i == tok.i:
        return False
    chain = [t for t in top.subtree if t.i == top.i or t.dep_ in ("conj", "appos")]
    if not any(t.i in places for t in chain if t.i != tok.i):
        return False
    if tok.dep_ == "appos" and top.dep_ == "pobj" and role_noun(ctx, top.head.head):
        return False  # "the BBC's correspondent in Jakarta, Rachel Harvey": the role's holder
    return _where_places_go(ctx, top) or (top.dep_ == "compound" and top.head.pos_ == "NOUN")


def _where_people_go(ctx: ActorContext, c: Candidate) -> bool:
    """A mention only a person's name has: after a title, before "'s", or the subject of a verb
    of saying or thinking."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    tok = doc_tokens(doc).root(c.start, c.end)
    if c.titled or (c.end < len(doc) and toks[c.end].tag_ == "POS"):
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in readings()["person_subject_verbs"]


def _given_then_surname(ctx: ActorContext, span) -> bool:
    """A person's full name (``person_names.given_name_person``: "Damien Duff"; not "Victoria
    Park") whose last word is no given name."""
    return (given_name_person(ctx, span.start, span.end)
            and fold(span[-1].text) not in ctx.lex.given_names)


def placed_names(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype as places the "people" that the document puts only where places go."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    surnames = {
        fold(toks[c.end - 1].text)
        for c in cands
        if c.type == ActorType.PERSON and c.end - c.start >= 2
    }
    # "Mr Blair" elsewhere: "Tony Blair" is a person wherever the parser hangs him
    honoured = {fold(toks[c.end - 1].text) for c in cands if honorific_gender(ctx, c)}
    root_of = {c.start: doc_tokens(doc).root(c.start, c.end) for c in cands}
    places = {root_of[c.start].i for c in cands if c.type == ActorType.PLACE}
    placed: set[str] = set()
    personal: set[str] = set()
    people: set[str] = set()
    for c in cands:
        if c.type not in _READ:
            continue
        span = doc_tokens(doc).span(c.start, c.end)
        key = fold(span.text)
        if (
            c.end - c.start > MAX_WORDS
            or c.strong
            or c.nested
            or ctx.caps[c.start]
            or not all(t.is_title and t.is_alpha for t in span)
            or key in lex.types
            or key in lex.alias_to_canonical
            or (c.end - c.start == 1 and key in surnames)
            or fold(span[-1].text) in honoured
            or _given_then_surname(ctx, span)
        ):
            personal.add(key)
            continue
        if c.type == ActorType.PERSON:
            people.add(key)
        if _where_people_go(ctx, c):
            personal.add(key)
        elif _where_places_go(ctx, span.root) or _beside_a_place(ctx, span.root, places):
            placed.add(key)
    retyped = (placed & people) - personal
    for c in cands:
        if c.type in _READ and not c.strong and fold(dt.span_text(c.start, c.end)) in retyped:
            retype(c, ActorType.PLACE, strong=False)
            c.gpe = c.placed = True
