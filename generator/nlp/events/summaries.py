"""Summaries: one short readable line per event, written from the parse.

A verbal event reads "agent verb object (to recipient) (in place)" in the simple present
unless the text has auxiliaries ("Liang Wenfeng declines an invitation to an AI summit in
Paris"); a passive keeps its "by" phrase. A nominal event is its noun phrase ("detention of a
Huawei executive in Canada"). Phrases leave out relative clauses, appositions and date
phrases; a subject that is an actor is said by its name; the line is cut at a word boundary.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.nlp.events.context import EventContext, EventParts, children
from generator.vocab import MentionKind

# Children left out of a phrase quoted in a summary.
PHRASE_SKIP = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "mark", "dep"}
TRAILING_STOP = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with",
                 "by", "from", "its", "their", "his", "her", "'s", "as", "that", "but"}  # fmt: skip
PLURAL_PRONOUNS = {"they", "we", "you", "i", "these", "those"}


def phrase_tokens(
    ctx: EventContext, head: Token, keep_det: bool = False, keep_acl: bool = False
) -> list[Token]:
    """Tokens of ``head``'s phrase without clauses, appositions and date phrases."""
    out: list[Token] = []
    skip = PHRASE_SKIP - {"acl"} if keep_acl else PHRASE_SKIP

    def walk(tok: Token, top: bool) -> None:
        for child in tok.lefts:
            if top and not keep_det and child.dep_ == "det":
                continue
            if child.dep_ not in skip or child.tag_ == "HYPH":
                walk(child, False)
        out.append(tok)
        for child in tok.rights:
            if child.dep_ in skip and child.tag_ != "HYPH":
                continue
            if child.dep_ == "prep" and any(
                ctx.index.is_date(p) for p in children(child, "pobj")
            ):
                continue
            if child.dep_ == "prep" and child.lower_ in ("by",) and tok.pos_ == "VERB":
                continue
            walk(child, False)

    walk(head, True)
    return out


def _text(tokens: Sequence[Token]) -> str:
    """Join tokens with their own spacing."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _arg_text(ctx: EventContext, tok: Token, as_subject: bool = False) -> str:
    """Say an argument: an actor's text (or name, for a pronoun) or its phrase."""
    actor = ctx.index.actor.get(tok.i)
    if actor is not None and as_subject:
        if actor.kind == MentionKind.PRONOUN and actor.name:
            return actor.name
        phrase = _text(phrase_tokens(ctx, tok, keep_det=True))
        if actor.text in phrase and tok.pos_ == "PROPN":
            return _strip_possessive(actor.text)
    tokens = phrase_tokens(ctx, tok, keep_det=True)
    whose = [t for t in tokens if t.lower_ == "whose"]
    if whose and tok.head.dep_ == "relcl":  # "Liang, whose company ..." -> "Liang's company"
        owner = _arg_text(ctx, tok.head.head, as_subject=True)
        rest = _text([t for t in tokens if t is not whose[0]])
        return f"{owner}'s {rest}"
    return _text(tokens)


def _strip_possessive(text: str) -> str:
    """Drop a trailing possessive "'s" from a name."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _is_plural(tok: Token) -> bool:
    """Say whether a subject takes a plural verb."""
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in PLURAL_PRONOUNS:
        return True
    return any(c.dep_ == "conj" for c in tok.children)


def _present(lemma: str, plural: bool) -> str:
    """Conjugate ``lemma`` in the simple present, third person."""
    if lemma == "be":
        return "are" if plural else "is"
    if plural:
        return lemma
    if lemma == "have":
        return "has"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    return lemma + "s"


def _verb_group(verb: Token, subject: Token | None) -> list[str]:
    """Say the verb as written when it has auxiliaries, else in the simple present."""
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.tag_ != "TO"]
    particles = [c.text for c in verb.rights if c.dep_ == "prt"]
    if auxes:
        return [a.text for a in auxes] + [verb.text] + particles
    plural = subject is not None and _is_plural(subject)
    lemma = verb.lemma_ if verb.lemma_ else verb.text.lower()
    return [_present(lemma.lower(), plural)] + particles


def verbal_summary(
    ctx: EventContext, verb: Token, governor: Token | None, parts: EventParts
) -> str:
    """Write "agent verb object (to recipient) (in place)" or its passive."""
    index = ctx.index
    words: list[str] = []
    covered: list[Token] = []
    subject = (parts.patients if parts.passive else parts.agents) or (None,)
    head = subject[0]
    if head is not None:
        if len(subject) > 1 and head.conjuncts:
            words.append(_text(phrase_tokens(ctx, head, keep_det=True)))
        else:
            words.append(_arg_text(ctx, head, as_subject=True))
        covered.extend(head.subtree)
    if verb.dep_ == "acl":
        words.append("are" if head is not None and _is_plural(head) else "is")
        words.append(verb.text)
    elif governor is not None:
        words.extend(_verb_group(governor, head))
        words.extend(c.text for c in verb.lefts if c.dep_ in ("aux", "neg"))
        words.append(verb.text)
    else:
        words.extend(_verb_group(verb, head))
    for dative in children(verb, "dative"):
        words.append(_text(phrase_tokens(ctx, dative, keep_det=True)))
        covered.extend(dative.subtree)
    objects = children(verb, "dobj")
    for obj in objects[:1]:
        tokens = phrase_tokens(ctx, obj, keep_det=True, keep_acl=True)
        if len(_text(tokens)) > ctx.settings.max_summary // 2:
            tokens = phrase_tokens(ctx, obj, keep_det=True)
        words.append(_text(tokens))
        covered.extend(tokens)
    if parts.passive:
        for by in children(verb, "agent"):
            tokens = phrase_tokens(ctx, by, keep_det=True)
            words.append(_text(tokens))
            covered.extend(tokens)
    if not objects:
        for prep in children(verb, "prep"):
            pobjs = children(prep, "pobj")
            if not pobjs or any(index.is_date(p) for p in pobjs):
                continue
            if prep.lower_ in ("by",) and parts.passive:
                continue
            tokens = phrase_tokens(ctx, prep, keep_det=True)
            words.append(_text(tokens))
            covered.extend(tokens)
            break
    for rec in parts.recipients[:1]:
        if rec not in covered and rec.head.dep_ == "prep":
            tokens = phrase_tokens(ctx, rec.head, keep_det=True)
            words.append(_text(tokens))
            covered.extend(tokens)
    place = parts.place
    if place is not None and place not in covered and place.head.dep_ == "prep":
        prep = place.head
        words.append(_text(phrase_tokens(ctx, prep, keep_det=True)))
    return _trim(" ".join(w for w in words if w), ctx.settings.max_summary)


def nominal_summary(
    ctx: EventContext, noun: Token, borrowed_by: Token | None, parts: EventParts
) -> str:
    """Write "detention of a Huawei executive in Canada" from the noun phrase."""
    tokens = phrase_tokens(ctx, noun, keep_det=False)
    text = _text(tokens)
    first = tokens[0]
    if text and first.i == first.sent.start and first.pos_ not in ("PROPN", "PRON"):
        text = text[0].lower() + text[1:]
    if borrowed_by is not None:
        text += " " + _text(phrase_tokens(ctx, borrowed_by.head, keep_det=True))
    place = parts.place
    if place is not None and place not in tokens and place.head.dep_ == "prep":
        text += " " + _text(phrase_tokens(ctx, place.head, keep_det=True))
    return _trim(text, ctx.settings.max_summary)


def _trim(text: str, max_chars: int) -> str:
    """Cut ``text`` to about ``max_chars`` characters at a word boundary, without end
    punctuation."""
    text = " ".join(text.split())
    if len(text) > max_chars:
        words: list[str] = []
        for word in text.split():
            if len(" ".join([*words, word])) > max_chars:
                break
            words.append(word)
        while len(words) > 1 and words[-1].lower().strip(",;:") in TRAILING_STOP:
            words.pop()
        text = " ".join(words)
    return text.rstrip(" ,;:.!?-–—\"'")
