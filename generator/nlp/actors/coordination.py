"""Names the model ran together in one entity, or ran on into the words after them.

"Halden or Vestby" always names two; "Santo Tomas and Belmonte" names two when a plural noun
stands right before it ("the schools Santo Tomas and Belmonte") or when one part is named on
its own elsewhere in the article (a person's surname counts), or when every part is a name
of two title-case words or more ("Amnesty International and Human Rights Watch"). A name the
lexicon knows ("Bosnia and Herzegovina") and one with a complement ("Department of Health and
Human Services") are left whole, as is "&" ("Marks & Spencer") unless every part is a person's
full name, a known given name and a surname ("Matt Lucas & David Walliams"). A spaced dash
after a whole name ends it ("Romania - Adrian Costa"); so do lower-case words and words a name
never ends with ("Interfax news agency", "Republic of Ireland v").
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, is_country
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens

_COMPLEMENTS = {"of", "for", "de", "del", "di", "du", "des"}


def _named_alone(ctx: ActorContext, start: int, end: int) -> set[str]:
    """Folded texts of the model's entities outside the token range, and the surnames of
    its people there ("Carragher" of "Jamie Carragher")."""
    out: set[str] = set()
    for e in doc_tokens(ctx.doc).ents:
        if e.end <= start or e.start >= end:
            out.add(fold(e.text))
            if e.label_ == "PERSON" and len(e) >= 2:
                out.add(fold(e[-1].text))
    return out


def split_coordinated(ctx: ActorContext, a: int, b: int) -> list[tuple[int, int]]:
    """The names in token range [a, b), split at the words that join them."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    key = fold(dt.span_text(a, b))
    if (
        b - a < 3
        or key in lex.alias_to_canonical
        or key in lex.types
        or is_country(ctx, a, b)
        or any(t.lower_ in _COMPLEMENTS for t in toks[a:b])
    ):
        return [(a, b)]
    joints = [i for i in range(a + 1, b - 1) if toks[i].lower_ in lex.name_coordinators]
    amps = [i for i in range(a + 1, b - 1) if toks[i].text == "&"]
    if amps and not joints:
        parts = _parts(a, b, amps)
        return parts if all(_full_name(ctx, s, e) for s, e in parts) else [(a, b)]
    if not joints:
        return [(a, b)]
    parts = _parts(a, b, joints)
    if any(e <= s or not toks[s].text[:1].isupper() for s, e in parts):
        return [(a, b)]
    alternative = any(toks[i].lower_ in lex.name_alternatives for i in joints)
    plural_before = a >= 1 and toks[a - 1].tag_ == "NNS"
    alone = _named_alone(ctx, a, b)
    elsewhere = any(fold(dt.span_text(s, e)) in alone for s, e in parts)
    whole = _whole_names(ctx, parts)
    return parts if alternative or plural_before or elsewhere or whole else [(a, b)]


def _parts(a: int, b: int, joints: list[int]) -> list[tuple[int, int]]:
    """The token ranges of [a, b) between the joints."""
    starts = [a] + [i + 1 for i in joints]
    return list(zip(starts, [*joints, b], strict=True))


def _full_name(ctx: ActorContext, s: int, e: int) -> bool:
    """Is [s, e) a person's full name: two or three title-case words, the first a known given
    name ("Matt Lucas"; not "Procter", "Standard")?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return (
        2 <= e - s <= 3
        and all(t.is_title and t.is_alpha for t in toks[s:e])
        and fold(toks[s].text) in ctx.lex.given_names
    )


def _whole_names(ctx: ActorContext, parts: list[tuple[int, int]]) -> bool:
    """Is every part a name of two title-case words or more ("Amnesty International and Human
    Rights Watch", "Leila Haddad and Tom Brenner")? Not when only the last part ends in a
    head word of a body, place, law, event or product, which the parts may share ("Human
    Rights and Equality Commission", "Serious Crime and Police Bill")."""
    lex = ctx.lex
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    heads = lex.org_heads | lex.place_heads | lex.law_heads | lex.event_heads | lex.product_heads
    if any(e - s < 2 or not all(t.is_title for t in toks[s:e]) for s, e in parts):
        return False
    ends = [toks[e - 1].lower_ in heads for _, e in parts]
    return not ends[-1] or all(ends)


def dash_between_names(ctx: ActorContext, s: int, i: int) -> bool:
    """Is token ``i`` a spaced dash after a whole name ("Romania - Adrian Costa")? Not when the
    name before it is still open ("Council on American - Islamic Relations")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return (
        toks[i].text in ctx.lex.name_breaking_dashes
        and i > s
        and bool(toks[i].whitespace_)
        and bool(toks[i - 1].whitespace_)
        and not any(t.lower_ in ctx.lex.name_open_words for t in toks[s:i])
    )


def tail_end(ctx: ActorContext, a: int, b: int) -> int:
    """The end of the name without the phrase the model ran on into: lower-case words ("Interfax
    news agency", "Republic of Ireland v"; not a name particle, not a word joined by a hyphen:
    "Hau Lung-bin") and a dash or "&" left before them ("HMS Dauntless - have")."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    while b - a > 1 and any(t.text[:1].isupper() for t in toks[a : b - 1]):
        tok = toks[b - 1]
        hyphened = toks[b - 2].text == "-" and not toks[b - 2].whitespace_
        if tok.text in lex.name_breaking_dashes or tok.text == "&" or (
            tok.is_lower and tok.is_alpha and not hyphened
            and tok.lower_ not in lex.name_particles
        ):
            b -= 1
        else:
            break
    return b
