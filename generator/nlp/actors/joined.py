"""Entities the model cut apart, joined into one name.

Neighbouring entities that together are a known name ("Liberal" + "Democrat"), a body's name
going on with "for ..." ("Centre for Policy Studies", "Joint Council for the Welfare of
Immigrants") or with "and" ("Department for Education and Skills"), a department named after
its country ("Statistics Canada"), and the capitalised words before an "Anti-" body ("World
Anti-Doping Agency"). ``merged_entities`` is what the candidates read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from generator.nlp.actors.context import ActorContext, is_country
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens


@dataclass(frozen=True)
class _Label:
    """A stand-in entity label for spans the extractor builds itself."""

    label_: str


_DEPARTMENT = _Label("ORG")
_INITIAL = re.compile(r"[A-Z]\.?")  # a middle initial: "L", "L."


def _for_complement_end(ctx: ActorContext, ent: Span) -> int:
    """End of a "for ..." complement that belongs to an organization's name ("Centre for
    Policy Studies", "Andy Warhol Foundation for the Visual Arts"), else the entity's end."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    end = ent.end
    if ent.label_ != "ORG" or (
        toks[end - 1].lower_ not in lex.org_heads and toks[end - 1].lower_ not in lex.centre_words
    ):
        return end
    i = end
    if i >= len(doc) or toks[i].lower_ != "for":
        return end
    i += 1
    if i < len(doc) and toks[i].lower_ == "the":
        i += 1
    stop = end
    while i < len(doc):
        tok = toks[i]
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
    dt = doc_tokens(doc)
    toks = dt.tokens
    ents = list(doc_tokens(doc).ents)
    out: list[tuple[int, int, Any]] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if (
            ent.label_ in ("GPE", "LOC")
            and ent.start >= 1
            and toks[ent.start - 1].lower_ in lex.department_words
            and toks[ent.start - 1].text[:1].isupper()
            and not toks[ent.start - 1].ent_type_
            and is_country(ctx, ent.start, ent.end)
        ):
            # "Environment Canada", "Statistics Canada": a government department.
            out.append((ent.start - 1, ent.end, _DEPARTMENT))
            i += 1
            continue
        stop = _for_complement_end(ctx, ent)
        if stop == ent.end:
            stop = _initialled_person_end(ctx, ent)
        if stop > ent.end:
            # "Joint Council for the Welfare of Immigrants": one name, whatever the model cut.
            out.append((ent.start, stop, ent))
            i += 1
            while i < len(ents) and ents[i].start < stop:
                i += 1
            continue
        if i + 1 < len(ents) and ents[i + 1].start == ent.end:
            joined = fold(dt.span_text(ent.start, ents[i + 1].end))
            if joined in lex.alias_to_canonical or joined in lex.types:
                out.append((ent.start, ents[i + 1].end, ents[i + 1]))
                i += 2
                continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and nxt.start == ent.end
            and nxt.end - nxt.start >= 2
            and toks[nxt.end - 1].lower_.rstrip(".") in lex.honorifics
            and nxt.end < len(doc)
            and toks[nxt.end].text[:1].isupper()
        ):
            # "the Sunday" + "Times Mr" (Campbell): one name the model cut at the honorific
            # it took in; clean_bounds gives the honorific back to the next name
            out.append((ent.start, nxt.end, nxt))
            i += 2
            continue
        if nxt is not None and _title_inside_name(ctx, ent, nxt):
            # "Sacha Baron Cohen": a title word between a given name and a surname
            out.append((ent.start, nxt.end, nxt))
            i += 2
            continue
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and nxt.start == ent.end + 1
            and toks[ent.end].lower_ in ("and", "&")
            and nxt.end - nxt.start == 1
            and doc_tokens(doc).root(ent.start, ent.end).lower_ in ctx.lex.named_bodies
        ):
            # "the Department for Education and Skills": the model cut the name at "and"
            out.append((ent.start, nxt.end, ent))
            i += 2
            continue
        start = ent.start
        if (
            ent.label_ == "ORG"
            and start >= 3
            and toks[start - 1].lower_ == "and"
            and toks[start - 2].is_title
            and toks[start - 2].is_alpha
            and not toks[start - 2].ent_type_
            and toks[start - 3].lower_ == "the"
            and toks[ent.end - 1].lower_ in lex.org_heads
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


def _initialled_person_end(ctx: ActorContext, ent: Any) -> int:
    """End of a person's name the model cut after a middle initial ("Bruce L" + "Castor" +
    "Jr"): a capitalised surname on the same line after the initial, and a generational
    suffix after the name ("Jr", ``generational_suffixes``), belong to it. Else ``ent.end``."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    end = ent.end
    if ent.label_ != "PERSON":
        return end
    last = toks[end - 1]
    if (
        end - ent.start >= 2
        and _INITIAL.fullmatch(last.text)
        and toks[ent.start].is_title
        and last.whitespace_ == " "
        and end < len(doc)
        and toks[end].is_alpha
        and toks[end].is_title
        and not toks[end].is_sent_start  # "Malcolm X. Besides"
        and len(toks[end].text) > 1
        and toks[end].ent_type_ in ("", "PERSON")
        and toks[end].lower_ not in lex.generational_suffixes
    ):
        end += 1  # "Bruce L" + "Castor"
    if (
        end < len(doc)
        and toks[end - 1].whitespace_ == " "
        and toks[end].text[:1].isupper()
        and toks[end].lower_.rstrip(".") in lex.generational_suffixes
        and toks[end].ent_type_ in ("", "PERSON")
    ):
        end += 1  # "Castor" + "Jr"
    return end


def _title_inside_name(ctx: ActorContext, ent: Any, nxt: Any) -> bool:
    """Are ``ent`` and ``nxt`` one person's name the model cut at a title word inside it
    ("Sacha" + "Baron" + "Cohen", "Anna" + "Count" + "Smith")? A given name alone, one
    capitalised title word the model left out of both, then a person's name."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    first = fold(toks[ent.start].text)
    if not (
        nxt.label_ == "PERSON"
        and ent.end - ent.start == 1
        and nxt.start == ent.end + 1
        and toks[ent.start].is_title
        and (
            first in lex.given_names
            # a given name the list lacks, before a surname alone; never a known name
            # ("Tory Lord Tebbit", "Microsoft Chairman Gates")
            or (nxt.end - nxt.start == 1 and not _known_word(ctx, first))
        )
    ):
        return False
    word = toks[ent.end]
    return (
        word.is_title
        and not word.ent_type_
        and word.lower_ in lex.titles
        and bool(toks[ent.start].whitespace_)
        and bool(word.whitespace_)
    )


def _known_word(ctx: ActorContext, key: str) -> bool:
    lex = ctx.lex
    return (
        key in lex.types or key in lex.alias_to_canonical or key in lex.countries
        or key in lex.demonyms
    )


def _prefixed_body_start(ctx: ActorContext, ent: Any) -> int:
    """"US Anti-Doping Agency", "World Anti-Doping Agency": the model starts a body's name that
    opens with a "pro-"/"anti-" word after the capitalised words before it, which the parse
    hangs on the name; they are part of it (two different agencies, not one "Anti-Doping
    Agency"). Returns the name's start, ``ent.start`` when nothing is before it."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    start = ent.start
    if (
        ent.label_ != "ORG"
        or ent.end - start < 4
        or toks[start].lower_ not in lex.adjective_prefixes
        or toks[start + 1].text != "-"
        or toks[ent.end - 1].lower_ not in lex.org_heads
    ):
        return start
    s = start
    while (
        s > 0
        and toks[s - 1].pos_ == "PROPN"
        and (toks[s - 1].is_title or toks[s - 1].is_upper)
        and toks[s - 1].dep_ == "compound"
        and (
            s - 1 < toks[s - 1].head.i < ent.end
            or toks[s - 1].head.i == toks[ent.end - 1].head.i >= ent.end  # "World ... Agency chief"
        )
        and toks[s - 1].whitespace_
        and "\n" not in toks[s - 1].whitespace_
    ):
        s -= 1
    return s
