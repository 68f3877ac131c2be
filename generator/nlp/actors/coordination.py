"""Two or more names the model ran into one entity, joined by "and", "or" or commas.

"Halden or Vestby" always names two; "Santo Tomas and Belmonte" names two when a plural noun
stands right before it ("the schools Santo Tomas and Belmonte") or when one part is named on
its own elsewhere in the article (a person's surname counts). A name the lexicon knows
("Bosnia and Herzegovina") and one with a complement ("Department of Health and Human
Services") are left whole, as is "&".
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, is_country
from generator.nlp.actors.lexicon import fold

_COMPLEMENTS = {"of", "for", "de", "del", "di", "du", "des"}


def _named_alone(ctx: ActorContext, start: int, end: int) -> set[str]:
    """Folded texts of the model's entities outside the token range, and the surnames of
    its people there ("Carragher" of "Jamie Carragher")."""
    out: set[str] = set()
    for e in ctx.doc.ents:
        if e.end <= start or e.start >= end:
            out.add(fold(e.text))
            if e.label_ == "PERSON" and len(e) >= 2:
                out.add(fold(e[-1].text))
    return out


def split_coordinated(ctx: ActorContext, a: int, b: int) -> list[tuple[int, int]]:
    """The names in token range [a, b), split at the words that join them."""
    doc, lex = ctx.doc, ctx.lex
    key = fold(doc[a:b].text)
    if (
        b - a < 3
        or key in lex.alias_to_canonical
        or key in lex.types
        or is_country(ctx, a, b)
        or any(t.lower_ in _COMPLEMENTS for t in doc[a:b])
    ):
        return [(a, b)]
    joints = [i for i in range(a + 1, b - 1) if doc[i].lower_ in lex.name_coordinators]
    if not joints:
        return [(a, b)]
    parts: list[tuple[int, int]] = []
    s = a
    for i in joints:
        parts.append((s, i))
        s = i + 1
    parts.append((s, b))
    if any(e <= s or not doc[s].text[:1].isupper() for s, e in parts):
        return [(a, b)]
    alternative = any(doc[i].lower_ in lex.name_alternatives for i in joints)
    plural_before = a >= 1 and doc[a - 1].tag_ == "NNS"
    alone = _named_alone(ctx, a, b)
    elsewhere = any(fold(doc[s:e].text) in alone for s, e in parts)
    return parts if alternative or plural_before or elsewhere else [(a, b)]
