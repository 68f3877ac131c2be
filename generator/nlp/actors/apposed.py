"""A person's name the model ran into the body before it.

"Executive director of the Dallas chapter of the Council on Foreign Relations Maria Lopez
said ...": a bare role (no article before it), "of" or "for" a body, and the name of the
person holding it right after the body, before the verb whose subject the role is. The model
reads body and name as one organization; ``split_trailing_people`` gives the last two words to
a person of their own. So it does in "aerospace group EADS Philippe Camus is to leave": a
given name and a surname after a body's name that the article also writes alone.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate, is_country, is_title_word
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_ROLE_PREPOSITIONS = frozenset({"of", "for", "at"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


def _name_word(ctx: ActorContext, i: int) -> bool:
    toks = doc_tokens(ctx.doc).tokens
    tok, lex = toks[i], ctx.lex
    word = tok.lower_
    lists = (lex.org_heads, lex.place_heads, lex.event_heads, lex.product_heads, lex.law_heads,
             lex.org_suffixes, lex.department_words, lex.title_last_words)
    return (
        tok.is_alpha
        and tok.is_title
        and tok.pos_ == "PROPN"
        and not any(word in words for words in lists)
        and fold(tok.text) not in lex.demonyms
        and not is_country(ctx, i, i + 1)
    )


def _bare_role_subject(ctx: ActorContext, start: int, verb: int) -> bool:
    """Is the body at ``start`` the object of "of"/"for" after a role noun without an article
    ("Executive director of the ... chapter of"), the role being the subject of ``verb``?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = start - 1
    if i >= 0 and toks[i].lower_ == "the":
        i -= 1
    if i < 0 or toks[i].lower_ not in _ROLE_PREPOSITIONS:
        return False
    top = toks[i].head
    while top.dep_ in ("pobj", "prep") and top.head.i < top.i:
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN") or not (top.is_lower or is_title_word(top, ctx.lex)):
        return False
    if top.dep_ != "nsubj" or top.head.i != verb:
        return False
    return not any(t.lower_ in _DETERMINERS for t in top.lefts)


def split_trailing_people(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Split "Council on Foreign Relations Maria Lopez" (before "said") into the body and the
    person who speaks for it."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    alone = {fold(dt.span_text(c.start, c.end)): c.type for c in cands}
    out: list[Candidate] = []
    for c in cands:
        out.append(c)
        s, e = c.start, c.end
        if _body_then_person(ctx, c, alone):
            c.type = alone[fold(dt.span_text(s, e - 2))]
        elif (
            c.type != ActorType.ORGANIZATION
            or fold(dt.span_text(s, e)) in ctx.lex.types
            or fold(dt.span_text(s, e)) in ctx.lex.alias_to_canonical
            or e - s < 4
            or e >= len(doc)
            or toks[e].pos_ not in ("VERB", "AUX")
            or not (_name_word(ctx, e - 2) and _name_word(ctx, e - 1))
            or not (toks[e - 3].is_alpha and toks[e - 3].is_title)
            or not _bare_role_subject(ctx, s, e)
        ):
            continue
        c.end = e - 2
        person = Candidate(e - 2, e, ActorType.PERSON)
        person.votes[ActorType.PERSON] += 1
        out.append(person)
    return out


def _body_then_person(ctx: ActorContext, c: Candidate, alone: dict[str, str]) -> bool:
    """Is ``c`` a body's name the article also writes alone, then a listed given name and a
    surname ("EADS Philippe Camus")?"""
    doc, s, e = ctx.doc, c.start, c.end
    dt = doc_tokens(doc)
    toks = dt.tokens
    return (
        c.type in (ActorType.ORGANIZATION, ActorType.PERSON)
        and e - s >= 3
        and fold(toks[e - 2].text) in ctx.lex.given_names
        and _name_word(ctx, e - 2)
        and _name_word(ctx, e - 1)
        and alone.get(fold(dt.span_text(s, e - 2))) in (ActorType.ORGANIZATION, ActorType.PLACE)
        and fold(dt.span_text(s, e)) not in ctx.lex.types
        and (s == 0 or toks[s - 1].lower_ != "the")  # "Secretary of the Interior Ken Salazar"
    )
