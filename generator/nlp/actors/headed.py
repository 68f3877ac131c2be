"""Names the model left untagged whose last word says they name a body or a place.

"The Deseret News observed ...", "a High Court challenge", "analyst Nick Bubb of Evolution
Securities": two to five title-case proper nouns that the model gave no entity label and that
end in a body's head word (``org_heads``: News, Court, Securities, Company, Council ...) are an
organization's name (``headed_bodies``); ending in a place's head word (``place_heads``:
"walking from Marden Station", "Hylands Park"), a place's, but not a street's. The run must
stand alone: a title-case word just before or after it, or "of", "for" or a possessive after a
title-case word before it ("Association of Chief Police Officers", "Workers' Educational
Association"), "of" or "for" and a title-case word after it ("Internet Corporation for Assigned
Names"), or a hyphenated word before it ("Blu-ray Disc Association"), makes it part of a
longer name the rule does not read.

A body's name the model begins at its head word and "of" ("Society of Canada" of "Doctor Who
Society of Canada") takes in the capitalised untagged words before it (``opened_names``).
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate, glued
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_MAX_WORDS = 5
# Untagged street names stand for what is there more often than for the street ("Wall Street
# trade", "High Street retailers", "Downing Street cited"): not read.
_STREETS = frozenset({"street", "road", "avenue", "boulevard"})


def _name_word(tok) -> bool:
    """An untagged title-case proper noun."""
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and tok.ent_type_ == ""


def _alone(ctx: ActorContext, start: int, end: int) -> bool:
    """No longer name runs on before or after the words ``start:end``."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if end < len(doc) and (toks[end].text[:1].isupper() or glued(doc, end - 1, "after")):
        return False
    if end + 1 < len(doc) and toks[end].lower_ in ("of", "for") and toks[end + 1].is_title:
        return False  # "the Internet Corporation for Assigned Names and Numbers"
    if start == 0:
        return True
    before = toks[start - 1]
    if before.text[:1].isupper() and not before.is_sent_start and before.lower_ != "the":
        return False
    if glued(doc, start, "before") or (start >= 2 and glued(doc, start - 1, "before")):
        return False  # "the Blu-ray Disc Association"
    return not (
        (before.lower_ in ("of", "for", "and", "&") or before.tag_ == "POS")
        and start >= 2
        and toks[start - 2].text[:1].isupper()
    )


def headed_bodies(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Untagged runs of title-case words ending in a body's or a place's head word."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    added: list[Candidate] = []
    for tok in toks:
        end = tok.i + 1
        if tok.lower_ in lex.org_heads:
            typ = ActorType.ORGANIZATION
        elif tok.lower_ in lex.place_heads and tok.lower_ not in _STREETS:
            typ = ActorType.PLACE
        else:
            continue
        if not _name_word(tok) or ctx.caps[tok.i]:
            continue
        start = tok.i
        while start > 0 and end - start < _MAX_WORDS and _name_word(toks[start - 1]):
            start -= 1
        if end - start < 2 or any(i in taken for i in range(start, end)):
            continue
        if not _alone(ctx, start, end):
            continue
        key = fold(dt.span_text(start, end))
        if key in lex.non_actors or lex.types.get(key, typ) != typ:
            continue
        cand = Candidate(start, end, typ)
        cand.votes[typ] += 1
        added.append(cand)
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def opened_names(ctx: ActorContext, cands: list[Candidate]) -> None:
    """"Doctor Who Society of Canada" tagged from "Society": a body's name that opens with a
    head word (``org_heads``) and "of" goes back over one to three capitalised untagged words
    before it, when a word that is not capitalised (or the text's start) comes before them."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    for c in cands:
        i = c.start
        if (
            c.type != ActorType.ORGANIZATION
            or ctx.caps[i]
            or c.end - i < 3
            or toks[i].lower_ not in lex.org_heads
            or toks[i + 1].lower_ != "of"
        ):
            continue
        start = i
        while (
            start > 0 and i - start < 3 and start - 1 not in taken
            and toks[start - 1].text[:1].isupper() and toks[start - 1].is_alpha
            and toks[start - 1].ent_type_ == "" and not toks[start - 1].is_sent_start
        ):
            start -= 1
        if start < i and (start == 0 or not toks[start - 1].text[:1].isupper()):
            c.start = start
