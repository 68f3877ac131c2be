"""Names inside names: a known name inside a longer one ("Canada" in "Fan Expo Canada") becomes a
nested candidate (``nested``), and so does the place a venue is named after ("Volgograd" in
"Volgograd Arena") or a body serves ("Leeds" in "the University of Leeds"), and the person a
memorial honours."""

from __future__ import annotations

from generator.nlp.actors.context import (
    ActorContext,
    Candidate,
    glued,
    is_country,
    place_initials,
)
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.recall import names_from
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def _venue_place(
    ctx: ActorContext, c: Candidate, known_types: dict[str, str]
) -> tuple[int, int, str] | None:
    """"Volgograd Arena", "Heathrow Airport": the one or two words before a venue's head word
    (``venue_heads``) name the place it stands in, unless the document knows them as something
    else or they are a nationality, a body's or a place's head word, or hold a word no place
    is named by (``venue_generic_words``: "International Space Station")."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.type != ActorType.PLACE or toks[c.end - 1].lower_ not in lex.venue_heads:
        return None
    start, end = c.start, c.end - 1
    if toks[start].lower_ == "the":
        start += 1
    words = doc_tokens(doc).span(start, end)
    if not 1 <= len(words) <= 2 or not all(t.is_alpha and t.is_title for t in words):
        return None
    key = fold(words.text)
    if known_types.get(key, ActorType.PLACE) != ActorType.PLACE or any(
        fold(t.text) in lex.demonyms or t.lower_ in lex.org_heads or t.lower_ in lex.place_heads
        or t.lower_ in lex.venue_generic_words
        for t in words
    ):
        return None
    return start, end, ActorType.PLACE


def _named_venue(ctx: ActorContext, c: Candidate) -> tuple[int, int, str] | None:
    """"Union Square Station", "the Ada Brown Memorial Hall Station": the two to five
    capitalised words before a venue's head word (``venue_heads``) that end in a place's head
    word (``place_heads``) name the place the venue is named after."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.type != ActorType.PLACE or toks[c.end - 1].lower_ not in lex.venue_heads:
        return None
    start = c.start + 1 if toks[c.start].lower_ == "the" else c.start
    words = doc_tokens(doc).span(start, c.end - 1)
    if (
        2 <= len(words) <= 5
        and words[-1].lower_ in lex.place_heads
        and all(t.is_alpha and t.text[:1].isupper() for t in words)
    ):
        return start, c.end - 1, ActorType.PLACE
    return None


def _served_place(
    ctx: ActorContext, c: Candidate, known_types: dict[str, str]
) -> tuple[int, int, str] | None:
    """"the University of Leeds", "the Municipality of Cervaro": the one to three name words
    after a ``place_of_heads`` word and "of" that end a body's name are the place it serves,
    unless the document knows them as something else or a word of them is a nationality, a
    body's or place's head word or a field of study (``institution_fields``)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.type != ActorType.ORGANIZATION:
        return None
    heads = [
        i
        for i in range(c.start, c.end - 2)
        if toks[i].lower_ in lex.place_of_heads and toks[i].is_title and toks[i + 1].lower_ == "of"
    ]
    if not heads:
        return None
    words = doc[heads[0] + 2 : c.end]
    if not 1 <= len(words) <= 3 or not all(
        t.is_alpha and (t.is_title or (t.is_upper and len(t) > 1)) for t in words
    ):
        return None
    if known_types.get(fold(words.text), ActorType.PLACE) != ActorType.PLACE or any(
        fold(t.text) in lex.demonyms
        or t.lower_ in lex.org_heads
        or t.lower_ in lex.place_heads
        or t.lower_ in lex.institution_fields
        for t in words
    ):
        return None
    return words.start, words.end, ActorType.PLACE


def _memorial_person(
    ctx: ActorContext, c: Candidate, known_types: dict[str, str]
) -> tuple[int, int, str] | None:
    """"the Lincoln Memorial", "the Ada Brown Memorial Hall": the one to four title-case words
    before a memorial's word (``memorial_heads``) name the person it honours, unless the
    document knows them as something else, or they are a country, a nationality, a body's or
    a place's head word or a word of ``memorial_not_people``."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.type not in (ActorType.PLACE, ActorType.ORGANIZATION):
        return None
    heads = [i for i in range(c.start + 1, c.end) if toks[i].lower_ in lex.memorial_heads]
    if not heads:
        return None
    start, end = c.start, heads[0]
    if toks[start].lower_ == "the":
        start += 1
    words = doc_tokens(doc).span(start, end)
    if not 1 <= len(words) <= 4 or not all(t.is_alpha and t.is_title for t in words):
        return None
    if known_types.get(fold(words.text), ActorType.PERSON) != ActorType.PERSON or any(
        fold(t.text) in lex.demonyms
        or t.lower_ in lex.org_heads
        or t.lower_ in lex.place_heads
        or t.lower_ in lex.memorial_not_people
        or is_country(ctx, t.i, t.i + 1)
        for t in words
    ):
        return None
    return start, end, ActorType.PERSON


def nested(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Names inside longer names ("Canada" in "Fan Expo Canada") known as actors of their own
    (also by an alias: "LA" of "LA Weekly" where the article names Los Angeles);
    a place's name does not end in another place ("Korea" in "South Korea", "Wales" in "New
    South Wales"), nor is a place and its initials two ("Washington D.C."); a memorial holds
    the person it honours ("Lincoln" in "the Lincoln Memorial"), and a body the place it serves
    ("Leeds" in "the University of Leeds")."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    known = names_from(ctx, cands)
    known_types: dict[str, str] = {k: v.most_common(1)[0][0] for k, v in known.items()}
    heads = ctx.lex.org_heads | ctx.lex.place_heads
    added: list[Candidate] = []
    for c in cands:
        if c.end - c.start < 2 or c.type not in (ActorType.ORGANIZATION, ActorType.PLACE):
            continue
        if c.end - c.start == 2 and toks[c.start].lower_ in ctx.lex.department_words:
            continue  # "Canada" in "Environment Canada" is not the country acting
        full = fold(dt.span_text(c.start, c.end))
        # a region only inside a body's or a place's name ("Massachusetts Institute of
        # Technology"; not "Indiana Jones")
        headed = any(t.lower_ in heads for t in toks[c.start : c.end])
        best = _named_venue(ctx, c)
        for i in range(c.start, c.end if best is None else c.start):
            if not toks[i].text[:1].isupper() or glued(doc, i, "before"):
                continue
            for j in range(c.end, i, -1):
                if (
                    (i, j) == (c.start, c.end)
                    or j - i > ctx.settings.nested_max_tokens
                    or toks[j - 1].is_punct
                ):
                    continue
                if glued(doc, j - 1, "after"):
                    continue
                key = fold(dt.span_text(i, j))
                typ = known_types.get(key)
                if typ is None and key in ctx.lex.alias_to_canonical:
                    # "LA" of "LA Weekly" where the article names Los Angeles
                    typ = known_types.get(fold(ctx.lex.alias_to_canonical[key]))
                if typ is None and (is_country(ctx, i, j) or (key in ctx.lex.regions and headed)):
                    typ = ActorType.PLACE
                if typ == ActorType.PLACE and c.type == ActorType.PLACE and j == c.end:
                    continue  # "Korea" in "South Korea" ("Mexico" in "Mexico City" stays)
                if (
                    typ == ActorType.PLACE
                    and (i, j + 1) == (c.start, c.end)
                    and place_initials(toks[j])
                ):
                    continue  # "Washington" in "Washington D.C.": one place
                if typ in (ActorType.PERSON, ActorType.PLACE) and key != full:
                    best = (i, j, typ)
                    break
            if best:
                break
        if best is None:
            best = _venue_place(ctx, c, known_types) or _served_place(ctx, c, known_types)
        honoured = _memorial_person(ctx, c, known_types)
        for found in (best, honoured if honoured != best else None):
            if found:
                i, j, typ = found
                inner = Candidate(i, j, typ, gpe=typ == ActorType.PLACE, nested=True)
                inner.votes[typ] += 1
                added.append(inner)
    return added
