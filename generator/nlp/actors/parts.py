"""One entity, many names: split an entity's cleaned range where it holds more than one name.

An entity is split at "/" ("Brown/Blair"), at a comma when it stands in a comma list
("..., Isle of Wight, Dorset West, ...": two constituencies), at an inner "the" ("told the
Independent the Tories' plans"), at a lower-case title between two names ("Balco boss Victor
Conte"), at a dash between names and before an unclosed bracket, at a versus word or a
preposition or verb that belongs outside ("Hollyoaks to Channel 4"); each piece loses a caption
label and a leading "pro-"-style adjective, and is reshaped (``_reshape``): a lower-case word
before a name leaves it, "US-China" is two places, "BBC News Labour MPs" two names, "Tory
Dominic Grieve" a party and a person. ``entity_parts`` is what the candidates read.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.nlp.actors.context import ActorContext, is_country
from generator.nlp.actors.coordination import dash_between_names, split_coordinated, tail_end
from generator.nlp.actors.lexicon import CONNECTORS, fold
from generator.nlp.actors.spans import clean_bounds, title_possessive
from generator.nlp.doc_tokens import doc_tokens

# Endings of abstract nouns ("Corruption", "Terrorism", "Slavery", "Poverty"): what an "Anti-"
# body in a name fights, unlike a place or a people ("Pro-Beijing").
_ABSTRACT = ("ion", "ism", "ery", "ty", "ment", "ness", "ance", "ence", "cy")


def _prefix_adjective_end(ctx: ActorContext, start: int, end: int) -> int:
    """End of a leading "Pro-Beijing"/"Pan-democrat" adjective at ``start`` (else ``start``).
    A body's name may open so ("Anti-Doping Agency", "Anti-Corruption Commission"): when it
    ends in a body's head word and the word after the hyphen is a common word (not tagged a
    proper noun, or ending as abstract nouns do, ``_ABSTRACT``) and no name of a place or a
    people, the whole is kept ("Agency" alone was a fragment on the pages)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if (
        end - start >= 3  # "pro-Beijing" alone is all adjective
        and toks[start].lower_ in lex.adjective_prefixes
        and toks[start + 1].text == "-"
        and not toks[start].whitespace_
        and not toks[start + 1].whitespace_
    ):
        joined = fold(toks[start + 2].text)
        named = (
            joined in lex.countries
            or joined in lex.regions
            or joined in lex.demonyms
            or joined in lex.alias_to_canonical
        )
        common = toks[start + 2].pos_ != "PROPN" or joined.endswith(_ABSTRACT)
        if (toks[end - 1].lower_ in lex.org_heads and common and not named
                and toks[start].text[:1].isupper()):  # not "pro-Beijing New People Party"
            return start
        return start + 3
    return start


def entity_parts(ctx: ActorContext, ent: Span, label: str = "") -> list[tuple[int, int]]:
    """Cleaned token ranges of one entity: split at "/" ("Brown/Blair"), cut before an
    unclosed bracket ("World Health Organisation (WHO"), without a caption label ("Image:")
    or a leading "pro-"-style adjective."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    start, end = clean_bounds(doc, ent.start, ent.end, lex)
    if end <= start:
        return []
    # A name right after an attached "pro-"/"anti-" is part of an adjective ("pro-Beijing").
    if (
        start >= 2
        and toks[start - 1].text == "-"
        and not toks[start - 1].whitespace_
        and not toks[start - 2].whitespace_
        and toks[start - 2].lower_ in lex.adjective_prefixes
    ):
        return []
    start = _prefix_adjective_end(ctx, start, end)
    if (
        end - start >= 3
        and fold(toks[end - 1].text) in lex.demonyms
        and toks[end - 2].pos_ == "ADP"
        and toks[end - 2].text.islower()
        and end < len(doc)
        and toks[end].pos_ == "NOUN"
        and toks[end].text.islower()
    ):
        end -= 2  # "Scientology on French television": the nationality is the noun's
    pieces: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        inner_the = (
            toks[i].text == "the" and i > s and toks[i - 1].lower_ not in CONNECTORS | {"to", "on"}
        )  # "told the Independent the Tories' plans": two names
        if (
            inner_the
            or _inner_title(ctx, s, i, end)
            or _link_between_names(ctx, start, i, end, label or ent.label_)
            or toks[i].text in ("/", "|")
            or _list_comma(ctx, start, i, end)
            or dash_between_names(ctx, s, i)
            or (toks[i].text == "(" and ")" not in dt.span_text(i, end))
        ):
            pieces.append((s, i))
            s = i + 1
    pieces.append((s, end))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        a, b = clean_bounds(doc, a, b, lex)
        # A caption label glued to the name by the model ("Washington D.C. Image: ...").
        if b - a >= 2 and toks[b - 1].lower_ in lex.caption_labels and b < len(doc) and (
            toks[b].text == ":"
        ):
            b -= 1
        if b - a >= 2 and (label or ent.label_) != "PERSON" and title_possessive(ctx, b - 1):
            out.append((b - 1, b))  # "the Los Angeles Sheriff's office": a place, a person
            b -= 1
        for c, d in split_coordinated(ctx, a, b) if b > a else []:
            out.extend(_reshape(ctx, c, d, label or ent.label_))
    return sorted(out)


def _list_comma(ctx: ActorContext, start: int, i: int, end: int) -> bool:
    """"..., Eastbourne, Isle of Wight, Dorset West, Bournemouth East": a comma between two
    capitalised words inside an entity of plain names that a comma opens and a comma or the
    sentence's end closes (an item of a list, whatever the model's label: it read this one a
    body); not before a firm's suffix or a post-nominal ("Sony, Inc.", "Smith, Jr"), nor in a
    name a comma does not open ("by Skadden, Arps, Slate, Meagher and Flom, the law firm": one
    firm)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if toks[i].text != "," or i == start or i + 1 >= end:
        return False
    nxt = toks[i + 1]
    if not (toks[i - 1].is_title and nxt.is_title and nxt.is_alpha and len(nxt) > 2):
        return False
    if nxt.lower_ in lex.org_suffixes or nxt.text in lex.post_nominals:
        return False
    if not all(t.text == "," or (t.is_alpha and (t.is_title or t.lower_ in CONNECTORS))
               for t in toks[start:end]):
        return False  # only plain names: "Shaun of the Dead, Oasis' Definitely Maybe" are works
    return start > 0 and toks[start - 1].text == "," and (end == len(doc) or toks[end].text in (
        ",", ".", ";"))  # the list's last item: "Subs: White, Wood, Lloyd, Herron."


def _link_between_names(ctx: ActorContext, start: int, i: int, end: int, label: str) -> bool:
    """"brought Hollyoaks to Channel 4", "Luton v Hinckley": a lower-case word between two
    capitalised names that is a versus word, or a preposition the parser hangs on a verb
    outside the entity, joins two names; "Bank of England", "Back to the Future" and "the
    Commission for Racial Equality" keep theirs ("of" and "for" are a name's connectors, and
    a body's head word takes a preposition), and so does "Stoke on Trent" when the model
    labels the whole a place."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    tok = toks[i]
    if not (
        start < i < end - 1
        and tok.is_lower
        and toks[i - 1].whitespace_
        and tok.whitespace_
        and toks[i - 1].text[:1].isupper()
        and toks[i + 1].text[:1].isupper()
    ):
        return False
    lex = ctx.lex
    if tok.lower_ in lex.versus_words:
        return True
    return (
        lex.labels.get(label) != "place"  # "moved to Stoke on Trent": one town
        and tok.pos_ == "ADP"
        and tok.lower_ not in lex.name_connectors
        and tok.head.pos_ == "VERB"
        and not start <= tok.head.i < end
        # "the Convention on Human Rights": a body's or a law's head word takes a preposition
        and toks[i - 1].lower_ not in lex.preposition_taking_heads
    )


def _inner_title(ctx: ActorContext, s: int, i: int, end: int) -> bool:
    """"Balco boss Victor Conte", "Acme founder Jane Doe": a lower-case title word between a
    name and a person's name of two title-case words or more is no part of either; the
    entity is two names (the title is the person's role, read by ``roles``)."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    tok = toks[i]
    title_words = lex.titles | lex.title_qualifiers | lex.title_last_words | set(lex.honorifics)
    return (
        i > s
        and not any(t.lower_.rstrip(".") in title_words for t in toks[s:i])  # "Prime minister"
        and not any(dt.span_text(j, i + 1).lower() in lex.titles for j in range(s, i))
        and tok.is_lower
        and tok.is_alpha
        and tok.lower_ in ctx.lex.title_last_words
        and all(t.is_alpha and (t.is_title or t.is_upper) for t in toks[s:i])
        and end - i > 2
        and all(t.is_title and t.is_alpha for t in toks[i + 1 : end])
    )


def _known(ctx: ActorContext, start: int, end: int) -> bool:
    """Is the token range a name the lexicon knows (an alias, a party, a listed type)?"""
    dt = doc_tokens(ctx.doc)
    key = fold(dt.span_text(start, end))
    return key in ctx.lex.alias_to_canonical or key in ctx.lex.types


def _place(ctx: ActorContext, start: int, end: int) -> bool:
    dt = doc_tokens(ctx.doc)
    key = fold(dt.span_text(start, end))
    return is_country(ctx, start, end) or ctx.lex.types.get(key) == "place"


def surname_pair(ctx: ActorContext, a: int, i: int, b: int) -> bool:
    """"the Blair-Brown rift": one word each side of the hyphen, each the last word of a
    person the model named in full in the document."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if i - a != 1 or b - i != 2 or b > len(doc) or toks[i].text not in ("-", "–"):
        return False
    return toks[a].lower_ in ctx.surnames and toks[i + 1].lower_ in ctx.surnames


def _reshape(ctx: ActorContext, a: int, b: int, label: str) -> list[tuple[int, int]]:
    """Words the model put in a name that are not part of it, and two names in one entity.

    A lower-case word before the name leaves it ("rang Lucy", "north west London"; not a name
    particle: "de Gaulle"); "US-China" names two places, "Blair-Brown" two people named in
    full elsewhere; members after a body's name leave it
    ("Labour MPs": the party), and "BBC News Labour MPs" is two names; a party before a
    person's name is a name of its own ("Tory Dominic Grieve"); a party's short form takes the
    capitalised word before it that makes a longer name ("Liberal" + "Democrats", "English
    Democrats": not the US party); a name starts after an honorific inside it ("Analysing Mr
    Brown")."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    while (
        b - a > 1
        and toks[a].is_lower
        and (toks[a].is_alpha or "-" in toks[a].text)
        and toks[a].lower_ not in lex.name_particles
        and any(t.text[:1].isupper() for t in toks[a + 1 : b])
    ):
        a += 1
    b = tail_end(ctx, a, b)
    for h in range(b - 2, a, -1):
        if toks[h].lower_.rstrip(".") in lex.honorifics and toks[h + 1].is_title and (
            toks[h + 1].is_alpha
        ):
            # "Analysing Mr Brown", "at GDC Mr Allard": the name starts after the honorific;
            # an acronym before it is a name of its own
            front = [(a, h)] if h - a == 1 and toks[a].is_upper and toks[a].is_alpha else []
            return [*front, (h + 1, b)]
    for i in range(a + 1, b - 1):
        if toks[i].text in ("-", "–") and (
                _place(ctx, a, i) and _place(ctx, i + 1, b) or surname_pair(ctx, a, i, b)):
            return [(a, i), (i + 1, b)]  # "US-China negotiations": the US and China
    stripped = False
    while b - a > 1 and toks[b - 1].lower_ in lex.member_nouns and toks[b - 2].text[:1].isupper():
        b -= 1
        stripped = True
    if stripped:
        for i in range(a + 1, b):
            if _known(ctx, i, b) and not _known(ctx, a, b):
                return [(a, i), (i, b)]  # "told BBC News Labour MPs": the outlet and the party
    if label == "PERSON":
        for i in range(min(b - 1, a + 2), a, -1):
            if _known(ctx, a, i) and fold(lex.alias_to_canonical.get(
                    fold(dt.span_text(a, i)), "")) in lex.parties:
                rest_end = b
                if (
                    b - i == 1
                    and b < len(doc)
                    and toks[b].pos_ == "PROPN"
                    and toks[b].is_title
                    and not toks[b].ent_type_
                ):
                    rest_end = b + 1  # "Tory Dominic" + "Grieve": the person's surname
                return [(a, i), (i, rest_end)]
    if (
        a >= 1
        and toks[a - 1].is_title
        and toks[a - 1].is_alpha
        and not toks[a - 1].ent_type_
        and fold(dt.span_text(a, b)) in lex.alias_to_canonical
        and fold(lex.alias_to_canonical[fold(dt.span_text(a, b))]) in lex.parties
        and (_known(ctx, a - 1, b) or fold(toks[a - 1].text) in lex.demonyms)
    ):
        a -= 1  # "the Liberal Democrats" tagged "Democrats"; "English Democrats"
    return [(a, b)]
