"""Candidate spans and their cleaning: from the model's entities to token ranges of names.

The model's entity spans are trimmed to the name (no leading article, possessive, trailing
punctuation, scores or line breaks), split where one entity holds two names ("Brown/Blair",
"told the Independent the Tories' plans"), and joined where the model cut one name in pieces
("Liberal" + "Democrat", "Centre for Policy Studies", "Department for Education and Skills").
A cleaned range is a name only when ``plausible_name`` says so; a person's range loses the
titles before it (``strip_person_titles``). ``clean_entity_span`` is the public form of the
cleaning, also used by the evaluation baselines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from generator.nlp.actors.context import SCORE_LIKE, ActorContext, is_country
from generator.nlp.actors.coordination import dash_between_names, split_coordinated, tail_end
from generator.nlp.actors.lexicon import Lexicon, fold, lexicon

LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those"}
CONNECTORS = {"and", "of", "&", "-", "for"}
# A word of letters with apostrophes inside, one token: "O'Brien", "D'Angelo", "N'Golo".
_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(['’][^\W\d_]+)+")
# Heads of a government department's name, which can go on with "and" ("Department for
# Education and Skills"; not "the Licensed Taxi Drivers Association and Pointsec").


@dataclass(frozen=True)
class _Label:
    """A stand-in entity label for spans the extractor builds itself."""

    label_: str


_DEPARTMENT = _Label("ORG")


def _office_of_title(doc: Doc, i: int, start: int, end: int, lex: Lexicon) -> bool:
    """Is token ``i`` the possessive of a capitalised title that names a body with the
    capitalised head word after it, the last of the span ("Sheriff's Department", "the Prime
    Minister's Office")?"""
    return (
        (doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "’s"))
        and start < i == end - 2
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].lower_ in lex.title_last_words
        and doc[i - 1].lower_ not in lex.honorifics
        and doc[i + 1].is_title
        and doc[i + 1].lower_ in lex.org_heads
    )


def clean_bounds(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Trim a token range to the name: no article, possessive, punctuation, numbers, breaks."""
    # Cut at a line break or a possessive marker inside the span; keep the longest part.
    parts: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        tok = doc[i]
        if (
            (tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"))
            and start < i < end - 1
            and doc[i - 1].lower_ in lex.possessive_name_words
            and doc[i + 1].text[:1].isupper()
        ):
            continue  # "Korean People's Army", "New People's Party": one name
        if _office_of_title(doc, i, start, end, lex):
            continue  # "the County Sheriff's Department": a body named after an office
        if (tok.is_space and "\n" in tok.text) or tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"):
            parts.append((s, i))
            s = i + 1
        elif "\n" in tok.text_with_ws and i + 1 < end:
            parts.append((s, i + 1))
            s = i + 1
    parts.append((s, end))
    start, end = max(parts, key=lambda p: (doc[p[0] : p[1]].text.strip() != "", p[1] - p[0]))

    def droppable_left(tok) -> bool:
        return (
            tok.is_space
            or tok.is_punct
            or tok.lower_ in LEADING_DROP
            or tok.tag_ == "PRP$"
            or (tok.pos_ == "ADP" and tok.lower_ in lex.leading_prepositions)  # "Across Wales"
            or bool(SCORE_LIKE.match(tok.text))
        )

    def droppable_right(tok) -> bool:
        return (
            tok.is_space
            or (tok.is_punct and tok.text not in (")",))
            or tok.tag_ == "POS"
            or tok.lower_ in ("'s", "’s", "'", "’")
            or bool(SCORE_LIKE.match(tok.text))
        )

    while start < end and droppable_left(doc[start]):
        start += 1
    while end > start and droppable_right(doc[end - 1]):
        end -= 1
    # A closing bracket only stays with its opening one.
    if end > start and doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    return start, end


def clean_entity_span(ent: Span) -> tuple[int, int] | None:
    """Character offsets of an entity without article, possessive or punctuation (or None)."""
    start, end = clean_bounds(ent.doc, ent.start, ent.end, lexicon())
    if end <= start:
        return None
    return ent.doc[start].idx, ent.doc[end - 1].idx + len(ent.doc[end - 1])


def strip_person_titles(ctx: ActorContext, start: int, end: int) -> int:
    """Move the start of a person span past leading titles and honorifics, and past a
    nationality before a full name ("Kenyan Mary Wanjiru", "Welshman Tom Price": the model
    puts it into the name, which then stood apart from "Mary Wanjiru")."""
    doc, lex = ctx.doc, ctx.lex
    while end - start > 1:
        low = doc[start].lower_.rstrip(".")
        titled = low in lex.honorifics or low in lex.title_last_words or low in lex.titles
        if not (titled or (end - start >= 3 and _nationality_before_name(ctx, start))):
            break
        start += 1
    return start


def _nationality_before_name(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a nationality (not also a given name: "Christian Slater") opening a
    person's name?"""
    tok, lex = ctx.doc[i], ctx.lex
    key = fold(tok.text)
    return (
        tok.text[:1].isupper()
        and key in lex.demonyms
        and key not in lex.given_names
        and (not tok.lower_.endswith("s") or tok.lower_ == "swiss")  # a plural: a group
        and ctx.doc[i + 1].text[:1].isupper()
    )


def plausible_name(ctx: ActorContext, start: int, end: int) -> bool:
    """A name has a capitalised word, is not a number, and is not a listed non-actor."""
    if end <= start:
        return False
    span = ctx.doc[start:end]
    text = span.text
    if fold(text) in ctx.lex.non_actors or not any(ch.isalpha() for ch in text):
        return False
    first = span[0]
    if (
        first.text[:1].islower()
        and ("-" in first.text or (len(span) > 1 and span[1].text == "-"))
        and first.lower_.split("-")[0] not in ctx.lex.name_particles
    ):
        return False  # "pro-Beijing", "anti-Western": adjectives, not names ("al-Qaeda" is)
    if first.lower_ in ctx.lex.adjective_prefixes and len(span) in (2, 3) and span[1].text == "-":
        return False  # "Ex-Labour", "Anti-EU": adjectives too
    words = [t for t in span if t.is_alpha or "." in t.text or _APOSTROPHE_WORD.fullmatch(t.text)]
    if not any(t.text[:1].isupper() for t in words):
        return False
    if all(
        t.like_num or not (t.is_alpha or _APOSTROPHE_WORD.fullmatch(t.text))
        for t in span
        if not t.is_punct
    ):
        return len(text) > 2 and any(ch.isupper() for ch in text)
    return len(text) >= 2


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
    if (
        end - start >= 3  # "pro-Beijing" alone is all adjective
        and doc[start].lower_ in lex.adjective_prefixes
        and doc[start + 1].text == "-"
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
    ):
        joined = fold(doc[start + 2].text)
        named = (
            joined in lex.countries
            or joined in lex.regions
            or joined in lex.demonyms
            or joined in lex.alias_to_canonical
        )
        common = doc[start + 2].pos_ != "PROPN" or joined.endswith(_ABSTRACT)
        if (doc[end - 1].lower_ in lex.org_heads and common and not named
                and doc[start].text[:1].isupper()):  # not "pro-Beijing New People Party"
            return start
        return start + 3
    return start


def entity_parts(ctx: ActorContext, ent: Span, label: str = "") -> list[tuple[int, int]]:
    """Cleaned token ranges of one entity: split at "/" ("Brown/Blair"), cut before an
    unclosed bracket ("World Health Organisation (WHO"), without a caption label ("Image:")
    or a leading "pro-"-style adjective."""
    doc, lex = ctx.doc, ctx.lex
    start, end = clean_bounds(doc, ent.start, ent.end, lex)
    if end <= start:
        return []
    # A name right after an attached "pro-"/"anti-" is part of an adjective ("pro-Beijing").
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].lower_ in lex.adjective_prefixes
    ):
        return []
    start = _prefix_adjective_end(ctx, start, end)
    if (
        end - start >= 3
        and fold(doc[end - 1].text) in lex.demonyms
        and doc[end - 2].pos_ == "ADP"
        and doc[end - 2].text.islower()
        and end < len(doc)
        and doc[end].pos_ == "NOUN"
        and doc[end].text.islower()
    ):
        end -= 2  # "Scientology on French television": the nationality is the noun's
    pieces: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        inner_the = (
            doc[i].text == "the" and i > s and doc[i - 1].lower_ not in CONNECTORS | {"to", "on"}
        )  # "told the Independent the Tories' plans": two names
        if (
            inner_the
            or _inner_title(ctx, s, i, end)
            or doc[i].text in ("/", "|")
            or dash_between_names(ctx, s, i)
            or (doc[i].text == "(" and ")" not in doc[i:end].text)
        ):
            pieces.append((s, i))
            s = i + 1
    pieces.append((s, end))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        a, b = clean_bounds(doc, a, b, lex)
        # A caption label glued to the name by the model ("Washington D.C. Image: ...").
        if b - a >= 2 and doc[b - 1].lower_ in lex.caption_labels and b < len(doc) and (
            doc[b].text == ":"
        ):
            b -= 1
        if b - a >= 2 and (label or ent.label_) != "PERSON" and title_possessive(ctx, b - 1):
            out.append((b - 1, b))  # "the Los Angeles Sheriff's office": a place, a person
            b -= 1
        for c, d in split_coordinated(ctx, a, b) if b > a else []:
            out.extend(_reshape(ctx, c, d, label or ent.label_))
    return sorted(out)


def _inner_title(ctx: ActorContext, s: int, i: int, end: int) -> bool:
    """"Balco boss Victor Conte", "Acme founder Jane Doe": a lower-case title word between a
    name and a person's name of two title-case words or more is no part of either; the
    entity is two names (the title is the person's role, read by ``roles``)."""
    doc, lex = ctx.doc, ctx.lex
    tok = doc[i]
    title_words = lex.titles | lex.title_qualifiers | lex.title_last_words | set(lex.honorifics)
    return (
        i > s
        and not any(t.lower_.rstrip(".") in title_words for t in doc[s:i])  # "Prime minister"
        and not any(doc[j : i + 1].text.lower() in lex.titles for j in range(s, i))
        and tok.is_lower
        and tok.is_alpha
        and tok.lower_ in ctx.lex.title_last_words
        and all(t.is_alpha and (t.is_title or t.is_upper) for t in doc[s:i])
        and end - i > 2
        and all(t.is_title and t.is_alpha for t in doc[i + 1 : end])
    )


def title_possessive(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a title with a possessive after it ("Sheriff" of "the Sheriff's
    detective")? The title stands for the person who holds it."""
    doc, lex = ctx.doc, ctx.lex
    word = doc[i].lower_.rstrip(".")
    return (
        word in lex.title_last_words
        and word not in lex.honorifics
        and doc[i].text[:1].isupper()
        and i + 1 < len(doc)
        and doc[i + 1].tag_ == "POS"
    )


def _known(ctx: ActorContext, start: int, end: int) -> bool:
    """Is the token range a name the lexicon knows (an alias, a party, a listed type)?"""
    key = fold(ctx.doc[start:end].text)
    return key in ctx.lex.alias_to_canonical or key in ctx.lex.types


def _place(ctx: ActorContext, start: int, end: int) -> bool:
    key = fold(ctx.doc[start:end].text)
    return is_country(ctx, start, end) or ctx.lex.types.get(key) == "place"


def _reshape(ctx: ActorContext, a: int, b: int, label: str) -> list[tuple[int, int]]:
    """Words the model put in a name that are not part of it, and two names in one entity.

    A lower-case word before the name leaves it ("rang Lucy", "north west London"; not a name
    particle: "de Gaulle"); "US-China" names two places; members after a body's name leave it
    ("Labour MPs": the party), and "BBC News Labour MPs" is two names; a party before a
    person's name is a name of its own ("Tory Dominic Grieve"); a party's short form takes the
    capitalised word before it that makes a longer name ("Liberal" + "Democrats", "English
    Democrats": not the US party)."""
    doc, lex = ctx.doc, ctx.lex
    while (
        b - a > 1
        and doc[a].is_lower
        and (doc[a].is_alpha or "-" in doc[a].text)
        and doc[a].lower_ not in lex.name_particles
        and any(t.text[:1].isupper() for t in doc[a + 1 : b])
    ):
        a += 1
    b = tail_end(ctx, a, b)
    for i in range(a + 1, b - 1):
        if doc[i].text in ("-", "–") and _place(ctx, a, i) and _place(ctx, i + 1, b):
            return [(a, i), (i + 1, b)]  # "US-China negotiations": the US and China
    stripped = False
    while b - a > 1 and doc[b - 1].lower_ in lex.member_nouns and doc[b - 2].text[:1].isupper():
        b -= 1
        stripped = True
    if stripped:
        for i in range(a + 1, b):
            if _known(ctx, i, b) and not _known(ctx, a, b):
                return [(a, i), (i, b)]  # "told BBC News Labour MPs": the outlet and the party
    if label == "PERSON":
        for i in range(min(b - 1, a + 2), a, -1):
            if _known(ctx, a, i) and fold(lex.alias_to_canonical.get(
                    fold(doc[a:i].text), "")) in lex.parties:
                rest_end = b
                if (
                    b - i == 1
                    and b < len(doc)
                    and doc[b].pos_ == "PROPN"
                    and doc[b].is_title
                    and not doc[b].ent_type_
                ):
                    rest_end = b + 1  # "Tory Dominic" + "Grieve": the person's surname
                return [(a, i), (i, rest_end)]
    if (
        a >= 1
        and doc[a - 1].is_title
        and doc[a - 1].is_alpha
        and not doc[a - 1].ent_type_
        and fold(doc[a:b].text) in lex.alias_to_canonical
        and fold(lex.alias_to_canonical[fold(doc[a:b].text)]) in lex.parties
        and (_known(ctx, a - 1, b) or fold(doc[a - 1].text) in lex.demonyms)
    ):
        a -= 1  # "the Liberal Democrats" tagged "Democrats"; "English Democrats"
    return [(a, b)]


def _for_complement_end(ctx: ActorContext, ent: Span) -> int:
    """End of a "for ..." complement that belongs to an organization's name ("Centre for
    Policy Studies", "Andy Warhol Foundation for the Visual Arts"), else the entity's end."""
    doc, lex = ctx.doc, ctx.lex
    end = ent.end
    if ent.label_ != "ORG" or (
        doc[end - 1].lower_ not in lex.org_heads and doc[end - 1].lower_ not in lex.centre_words
    ):
        return end
    i = end
    if i >= len(doc) or doc[i].lower_ != "for":
        return end
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    stop = end
    while i < len(doc):
        tok = doc[i]
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start:
            i += 1
            stop = i
        elif tok.lower_ in ("of", "and", "&", "the") and stop > end:
            i += 1
        else:
            break
    return stop


def merged_entities(ctx: ActorContext) -> list[tuple[int, int, Any]]:
    """The model's entities, with neighbours joined when together they are a known name
    ("Liberal" + "Democrat" = "Liberal Democrat"): (start, end, the entity giving the label)."""
    doc, lex = ctx.doc, ctx.lex
    ents = list(doc.ents)
    out: list[tuple[int, int, Any]] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if (
            ent.label_ in ("GPE", "LOC")
            and ent.start >= 1
            and doc[ent.start - 1].lower_ in lex.department_words
            and doc[ent.start - 1].text[:1].isupper()
            and not doc[ent.start - 1].ent_type_
            and is_country(ctx, ent.start, ent.end)
        ):
            # "Environment Canada", "Statistics Canada": a government department.
            out.append((ent.start - 1, ent.end, _DEPARTMENT))
            i += 1
            continue
        stop = _for_complement_end(ctx, ent)
        if stop > ent.end:
            # "Joint Council for the Welfare of Immigrants": one name, whatever the model cut.
            out.append((ent.start, stop, ent))
            i += 1
            while i < len(ents) and ents[i].start < stop:
                i += 1
            continue
        if i + 1 < len(ents) and ents[i + 1].start == ent.end:
            joined = fold(doc[ent.start : ents[i + 1].end].text)
            if joined in lex.alias_to_canonical or joined in lex.types:
                out.append((ent.start, ents[i + 1].end, ents[i + 1]))
                i += 2
                continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and nxt.start == ent.end + 1
            and doc[ent.end].lower_ in ("and", "&")
            and nxt.end - nxt.start == 1
            and doc[ent.start : ent.end].root.lower_ in ctx.lex.named_bodies
        ):
            # "the Department for Education and Skills": the model cut the name at "and"
            out.append((ent.start, nxt.end, ent))
            i += 2
            continue
        start = ent.start
        if (
            ent.label_ == "ORG"
            and start >= 3
            and doc[start - 1].lower_ == "and"
            and doc[start - 2].is_title
            and doc[start - 2].is_alpha
            and not doc[start - 2].ent_type_
            and doc[start - 3].lower_ == "the"
            and doc[ent.end - 1].lower_ in lex.org_heads
        ):
            start -= 2  # "The Public and Commercial Services Union": the model left "Public"
        wider = _prefixed_body_start(ctx, ent)
        if wider < start:
            while out and out[-1][1] > wider:
                out.pop()  # "US" tagged a place of its own: a word of the body's name here
            start = wider
        out.append((start, ent.end, ent))
        i += 1
    return out


def _prefixed_body_start(ctx: ActorContext, ent: Any) -> int:
    """"US Anti-Doping Agency", "World Anti-Doping Agency": the model starts a body's name that
    opens with a "pro-"/"anti-" word after the capitalised words before it, which the parse
    hangs on the name; they are part of it (two different agencies, not one "Anti-Doping
    Agency"). Returns the name's start, ``ent.start`` when nothing is before it."""
    doc, lex = ctx.doc, ctx.lex
    start = ent.start
    if (
        ent.label_ != "ORG"
        or ent.end - start < 4
        or doc[start].lower_ not in lex.adjective_prefixes
        or doc[start + 1].text != "-"
        or doc[ent.end - 1].lower_ not in lex.org_heads
    ):
        return start
    s = start
    while (
        s > 0
        and doc[s - 1].pos_ == "PROPN"
        and (doc[s - 1].is_title or doc[s - 1].is_upper)
        and doc[s - 1].dep_ == "compound"
        and (
            s - 1 < doc[s - 1].head.i < ent.end
            or doc[s - 1].head.i == doc[ent.end - 1].head.i >= ent.end  # "World ... Agency chief"
        )
        and doc[s - 1].whitespace_
        and "\n" not in doc[s - 1].whitespace_
    ):
        s -= 1
    return s
