"""Candidates from the model's entities: cleaned, typed, and corrected by the document.

``initial_candidates`` turns each entity with an actor label into one or more typed
``Candidate`` ranges (``spans`` cleans, ``classify`` types), drops events ("Lantern Festival";
the acronym opening one is its organizer: "FIFA" of "FIFA World Cup"),
adjectival nationalities and portfolio words ("Home" of "Home Secretary"), and strips titles
off person names. Two corrections read the whole document: a name the text treats as a person
("Valeska Paris was born ...") is a person everywhere, and a one-word name the model cut off a
person's name joins it ("Dries" + "Mertens"). ``retype_sports_teams`` makes the places of a
sports document that act as teams organizations.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.nlp.actors.apposed import split_trailing_people
from generator.nlp.actors.classify import (
    base_type,
    demonym_modifier,
    honorific_before,
    person_evidence,
    sports_team,
)
from generator.nlp.actors.clubs import club_word_after, opponent
from generator.nlp.actors.competitions import competition
from generator.nlp.actors.context import (
    ActorContext,
    Candidate,
    is_country,
    is_title_word,
    place_initials,
)
from generator.nlp.actors.described import readings
from generator.nlp.actors.headlines import headline_parts
from generator.nlp.actors.joined import merged_entities
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.parts import entity_parts, surname_pair
from generator.nlp.actors.person_names import (
    given_name_person,
    initialled_person,
    title_opened_person,
    titled_person,
)
from generator.nlp.actors.post_nominals import trim_post_nominals
from generator.nlp.actors.spans import plausible_name, strip_person_titles
from generator.nlp.doc_tokens import doc_tokens
from generator.nlp.tokens import hyphen_end
from generator.vocab import ActorType


def initial_candidates(ctx: ActorContext) -> list[Candidate]:
    """Cleaned, typed candidates from the model's entities."""
    toks = doc_tokens(ctx.doc).tokens
    lex = ctx.lex
    cands: list[Candidate] = []
    for ent_start, ent_end, ent in merged_entities(ctx):
        if ent.label_ not in lex.labels and ent.label_ not in lex.maybe_org_labels:
            continue
        ent_span = doc_tokens(ctx.doc).span(ent_start, ent_end)
        parts = headline_parts(ctx, entity_parts(ctx, ent_span, ent.label_))
        # Names the model ran together ("Petrov and Juninho", "Luton v Hinckley") carry its
        # label for the whole: the part's type gets no vote beside its other mentions.
        joined = len(parts) > 1 and any(
            t.lower_ in lex.name_coordinators or t.lower_ in lex.versus_words
            for t in toks[parts[0][1] : parts[-1][0]]
        )
        for start, end in parts:
            cand = _candidate(ctx, ent, start, end) or _organizer(ctx, start, end)
            if cand is not None:
                if joined and not cand.strong:
                    cand.votes[cand.type] = 0
                cands.append(cand)
    cands = split_trailing_people(ctx, cands)
    cands = join_first_names(ctx, _people_named_like_places(ctx, cands))
    for c in cands:
        _surname_after(ctx, c)
        club_word_after(ctx, c)
    return cands


def _surname_after(ctx: ActorContext, c: Candidate) -> None:
    """"illustrator Johnnie Christmas": a one-word person the model ends before an untagged
    title-case word it hangs on (the surname) takes that word, unless the word names a body,
    a place, a product, an event, a law, a title or a nationality ("the Blair Government")."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    i = c.end
    if c.type != ActorType.PERSON or c.end - c.start != 1 or i + 1 >= len(doc):
        return
    nxt, after = toks[i], toks[i + 1]
    word = nxt.lower_
    if not (
        nxt.is_alpha
        and nxt.is_title
        and nxt.pos_ == "PROPN"
        and nxt.ent_iob_ == "O"
        and toks[c.start].head.i == i
        and nxt.dep_ not in ("compound", "amod", "nmod")  # "Sydney Olympic 100m champion"
        and toks[c.start].whitespace_ == " "
        and not (after.pos_ == "PROPN" or after.is_title)
    ):
        return
    lists = (lex.org_heads, lex.place_heads, lex.product_heads, lex.event_heads, lex.law_heads,
             lex.title_last_words, lex.countries)
    if any(word in words for words in lists) or fold(nxt.text) in lex.demonyms:
        return
    c.end = i + 1


def _candidate(ctx: ActorContext, ent: Any, start: int, end: int) -> Candidate | None:
    """A typed candidate for the cleaned range of an entity (or None when it is no actor)."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    if not plausible_name(ctx, start, end):
        return None
    # Hyphenated names the tokenizer cut ("Wong Kwok" + "-hing"), not "UK-based".
    # A name of its own after the hyphen stays apart ("US-China": the US and China).
    if not (end - start == 1 and surname_pair(ctx, start, end, end + 2)):  # "Blair-Brown"
        end = hyphen_end(
            doc,
            end,
            lambda tok: (tok.pos_ == "PROPN" or tok.text[:1].isupper()) and tok.ent_iob_ != "B",
        )
    if (
        ent.label_ in ("GPE", "LOC")
        and end < len(doc)
        and end == ent.end
        and toks[end - 1].whitespace_
        and "\n" not in toks[end - 1].whitespace_
        and place_initials(toks[end])
    ):
        end += 1  # "Washington D.C.": the model ends the place before its initials
    if doc_tokens(doc).root(start, end).lower_ in ctx.lex.event_heads and (
        end - start >= 2
        or (toks[start].is_title and fold(toks[start].text) not in ctx.lex.types)  # "Olympics"
    ):
        # "Conservative Party Conference", "Lantern Festival": events, not actors; so is the
        # head alone, a fragment of one ("in Games history", "the 1936 Berlin Games")
        return None
    if end - start >= 2 and toks[start].lower_ in ctx.lex.event_first_words:
        return None  # "Operation Desert Storm": an operation, not an actor
    if start > 0 and toks[start - 1].is_title and (
            toks[start - 1].lower_ in ctx.lex.event_first_words):
        return None  # "Typhoon" + "Maria": the model left the storm word out of the name
    if competition(ctx, start, end):
        return None  # "Champions League", "RBS Six Nations", "Australian Open": events
    if toks[end - 1].lower_ in ctx.lex.law_heads:
        return None  # "Gambling Bill", "the Bill", "No Bill goes": legislation, not actors
    if toks[end - 1].lower_ in ctx.lex.condition_heads and not any(
        t.lower_ in ctx.lex.org_heads | ctx.lex.centre_words for t in toks[start:end]
    ):
        return None  # "Crohn's Disease": an illness (not "Centre for ... Disorders")
    sibling = (
        end - start >= 2 and toks[end - 1].is_title
        and toks[end - 1].lower_ in ctx.lex.sibling_heads
    )
    if sibling and not toks[end - 1].lower_.endswith("s"):
        return None  # "Celebrity Big Brother": a show, no person
    named_end = trim_post_nominals(ctx, ent.label_, start, end)
    if named_end is not None:
        end = named_end  # "Guy Mansfield QC": the letters tell a person, not part of the name
    typ, strong = base_type(ctx, ent, start, end)
    if typ is None:
        return None
    if named_end is not None:
        typ, strong = ActorType.PERSON, True
    if sibling:
        typ, strong = ActorType.ORGANIZATION, True  # "Scissor Sisters", "Lehman Brothers"
    if typ != ActorType.PERSON and honorific_before(ctx, start, end):
        typ, strong = ActorType.PERSON, True  # "Mr Ebbers" is a person, however it was tagged
    if typ != ActorType.PERSON and not strong and _lone_title(ctx, start, end):
        typ = ActorType.PERSON  # "the Archbishop" read as a body: the title's holder
    if (
        typ == ActorType.ORGANIZATION
        and not strong
        and ent.label_ not in ("GPE", "LOC", "FAC")
        and given_name_person(ctx, start, end)
    ):
        typ = ActorType.PERSON  # "Keanu Reeves", tagged ORG: a given name and a surname
    if (
        typ == ActorType.ORGANIZATION
        and not strong
        and ent.label_ == "ORG"
        and initialled_person(ctx, start, end)
    ):
        typ = ActorType.PERSON  # "Dolores M Troiani", tagged ORG: a middle initial
    if (
        typ == ActorType.PLACE
        and not strong
        and ctx.sports
        and ent.label_ in ("GPE", "LOC", "FAC")
        and fold(dt.span_text(start, end)) not in ctx.lex.regions
        and given_name_person(ctx, start, end)
    ):
        # "Russia's Irina Shevchenko" tagged as a place in a sports report: an athlete
        typ = ActorType.PERSON
    if (
        typ == ActorType.GROUP
        and not strong
        and end - start >= 2
        and all(t.is_title and t.pos_ == "PROPN" for t in toks[start:end])
        and (
            given_name_person(ctx, start, end)
            or (start > 0 and is_title_word(toks[start - 1], ctx.lex))
        )
    ):
        # "his Turkish counterpart Necmettin Erbakan", tagged NORP: no nationality's words,
        # after a title or opening with a given name
        typ = ActorType.PERSON
    if (
        typ in (ActorType.ORGANIZATION, ActorType.PLACE)
        and not strong
        and ent.label_ in ("ORG", "GPE")
        and titled_person(ctx, start, end)
    ):
        typ = ActorType.PERSON  # "champion Ana Lindqvist" tagged ORG, "President Thabo Mbeki" GPE
    if (
        typ == ActorType.ORGANIZATION
        and not strong
        and ent.label_ == "ORG"
        and title_opened_person(ctx, start, end, strip_person_titles(ctx, start, end))
    ):
        typ = ActorType.PERSON  # "General Anatoly Shkirko", tagged ORG: the title is no body's
    root = doc_tokens(doc).root(start, end)
    if (
        typ == ActorType.PERSON
        and end - start == 1
        and start > 0
        and toks[start - 1].lower_ == "the"
        and not strong
        and not (root.dep_ in ("compound", "nmod", "amod") and root.head.i >= end)
    ):
        return None  # "the Bill", "the Mini": a person's name takes no article
    if typ == ActorType.GROUP and demonym_modifier(ctx, start, end):
        return None
    nxt = toks[end] if end < len(doc) else None
    if (
        # "Home" the model tags a body and the words read as a place: not a GPE name
        (typ == ActorType.ORGANIZATION
         or (typ == ActorType.PLACE and ent.label_ not in ("GPE", "LOC")))
        and not strong
        and nxt is not None
        and nxt.lower_ in ctx.lex.portfolio_titles
        and all(t.lower_ in ctx.lex.title_qualifiers for t in toks[start : end - 1])
    ):
        # "Home" of "Home Secretary", "Shadow Home" of "Shadow Home Secretary": a portfolio
        # in a title, not the ministry
        return None
    cand = Candidate(start, end, typ, strong)
    if typ == ActorType.PERSON:
        cand.start = strip_person_titles(ctx, start, end)
        cand.titled = cand.start > start or (
            start > 0 and is_title_word(toks[start - 1], ctx.lex)
        )
    cand.gpe = typ == ActorType.PLACE and (ent.label_ == "GPE" or is_country(ctx, start, end))
    cand.votes[typ] += 3 if strong else 1
    return cand


def _lone_title(ctx: ActorContext, start: int, end: int) -> bool:
    """Is the name one capitalised word that is a title ("the Archbishop of Canterbury", "the
    Chancellor"), which stands for the person who holds it?"""
    toks = doc_tokens(ctx.doc).tokens
    tok = toks[start]
    return (
        end - start == 1
        and tok.is_title
        and tok.lower_ in ctx.lex.titles
        and tok.lower_ not in ctx.lex.honorifics
    )


def _organizer(ctx: ActorContext, start: int, end: int) -> Candidate | None:
    """The acronym opening an event's name ("FIFA World Cup", "ATP Tour Finals"): the body that
    holds the event, an organization inside the dropped name."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    first = toks[start]
    text = first.text
    if (
        end - start < 3
        or ctx.caps[start]
        or doc_tokens(doc).root(start, end).lower_ not in ctx.lex.event_heads
        or not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6)
        or is_country(ctx, start, start + 1)
        or fold(text) in ctx.lex.non_actors
    ):
        return None
    cand = Candidate(start, start + 1, ActorType.ORGANIZATION, nested=True)
    cand.votes[ActorType.ORGANIZATION] += 1
    return cand


def _people_named_like_places(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """A name the model reads as a place or a body that the text treats as a person (born, has
    a father, is "an Australian woman") is a person everywhere in the document ("Valeska
    Paris")."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    place_or_org = (ActorType.PLACE, ActorType.ORGANIZATION)
    people = {
        fold(dt.span_text(c.start, c.end))
        for c in cands
        if c.type in place_or_org
        and not c.strong
        and not is_country(ctx, c.start, c.end)
        and person_evidence(ctx, c.start, c.end)
    }
    if not people:
        return cands
    for c in cands:
        if (
            c.type in place_or_org
            and not c.strong
            and fold(dt.span_text(c.start, c.end)) in people
        ):
            c.type, c.gpe = ActorType.PERSON, False
            c.votes = Counter({ActorType.PERSON: 2})
    return cands


def _portfolio_word(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` the portfolio of a title ("State" of "Secretary of State John Kerry",
    "Health" of "Minister for Health", "Treasury" of "Chief Secretary to the Treasury Paul
    Boateng"), not a first name?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    k = i - 1 if i >= 1 and toks[i - 1].lower_ == "the" else i  # "to the Treasury"
    return (
        k >= 2
        and toks[k - 1].lower_ in ("of", "for", "to")
        and is_title_word(toks[k - 2], ctx.lex)
        and toks[k - 2].text[:1].isupper()
    )


def join_first_names(
    ctx: ActorContext, cands: list[Candidate], surname_only: bool = False
) -> list[Candidate]:
    """Join a one-word non-person the model cut off a person's name ("Dries" + "Mertens").
    Run again (``surname_only``) once names are found again: where the model tagged neither
    word, "Dries" comes back from the document's other mentions and "Mertens" as a surname;
    that pass joins only a one-word name the parser hangs on the surname ("Minister of
    Education Stefania Giannini" keeps the ministry apart)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.type == ActorType.PERSON
            and prev.end == c.start
            and prev.end - prev.start == 1
            and not prev.strong
            and prev.type in (ActorType.ORGANIZATION, ActorType.PLACE)
            and toks[prev.start].is_title
            and toks[prev.start].whitespace_ == " "
            and not (
                surname_only
                and (c.end - c.start != 1 or toks[prev.start].head.i != c.start)
            )
            and not _portfolio_word(ctx, prev.start)
        ):
            c.start = prev.start
            out[-1] = c
        else:
            out.append(c)
    return out


def untagged_first_names(ctx: ActorContext, cands: list[Candidate]) -> None:
    """"Huw Stephens", "Reese Witherspoon": the model tagged only the surname. A capitalised
    word right before a person's one-word name, in no other name, that the parser hangs on
    the name as a compound, is the person's given name: the name takes it (else "Stephens"
    alone joins another Stephens). Not a title, an honorific, a nationality,
    a country or a word of a body's or a place's name ("Chancellor Brown", "Briton Smith"),
    nor a noun for what someone is ("Comic Pasquale beat ..."), nor a word of a party's name
    ("Republican McCain", "Unionist Paisley"), unless it is a given name."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    for c in cands:
        i = c.start - 1
        if c.type != ActorType.PERSON or c.nested or c.titled or i < 0 or i in taken:
            continue
        hyphenated = (c.end - c.start == 3 and toks[c.start + 1].text == "-"
                      and not toks[c.start].whitespace_)  # "Stelios Haji-Ioannou"
        if c.end - c.start != 1 and not hyphenated:
            continue  # a surname alone ("Senior Trooper William Hakim" keeps its title out)
        tok = toks[i]
        key = fold(tok.text)
        if (
            tok.pos_ == "PROPN"
            and tok.is_title
            and tok.is_alpha
            and tok.whitespace_ == " "
            and tok.ent_type_ not in ("DATE", "TIME")  # "Last Friday Mitchell"
            and tok.dep_ == "compound"
            and c.start <= tok.head.i < c.end
            and not ctx.caps[i]
            and not is_title_word(tok, lex)
            and key not in lex.honorifics
            and key not in lex.demonyms
            and key not in lex.countries
            and key not in lex.regions
            and key not in lex.types
            and tok.lower_ not in lex.non_person_words
            and tok.lower_ not in readings()["person_descriptions"]
            and (key in lex.given_names or key not in lex.party_words)
            and (i == 0 or not (toks[i - 1].is_title and toks[i - 1].pos_ == "PROPN"))
        ):
            c.start = i


def retype_sports_teams(ctx: ActorContext, cands: list[Candidate]) -> None:
    """In a sports document, a place that takes a score, plays someone or is played is a team."""
    if not ctx.sports:
        return
    for c in cands:
        if c.type == ActorType.PLACE and not c.strong and (
            sports_team(ctx, c.start, c.end) or opponent(ctx, c)  # "the match against Charlton"
        ):
            c.type = ActorType.ORGANIZATION
            c.votes[ActorType.ORGANIZATION] += 2
