"""People the model did not tag at all: "Maurice Cheeks was officially introduced as coach".

Two or three capitalised proper nouns that open with a given name (``given_names.txt``) and
that no entity covers are a person's name, when no word of them is a body's, place's,
product's or event's (``Lexicon.non_person_words``), a country, a region, a nationality or a
title, and the name stands alone: not in a sentence written in capitals, and no capitalised
word right before it (a title-case headline, a longer name) or right after it ("Ronald McDonald
House"). Run before names are found again, so the surname alone ("Cheeks said") is found too.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from generator.nlp.actors.context import ActorContext, Candidate, is_title_word
from generator.nlp.actors.lexicon import fold
from generator.vocab import ActorType


def _word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.text.replace("-", "").replace("'", "").isalpha()
        and not tok.ent_type_
    )


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def untagged_people(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates and the untagged people's names found."""
    doc, lex = ctx.doc, ctx.lex
    taken = {i for c in cands for i in range(c.start, c.end)}
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if (
            i in taken
            or ctx.caps[i]
            or not _word(tok)
            or fold(tok.text) not in lex.given_names
            or (i > 0 and _capitalised(doc[i - 1]) and not is_title_word(doc[i - 1], lex)
                and not doc[i - 1].is_sent_start)
        ):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and end not in taken and _word(doc[end]):
            end += 1
        words = doc[i:end]
        after = doc[end] if end < len(doc) else None
        if (
            len(words) >= 2
            and (after is None or not _capitalised(after))
            and not any(
                t.lower_ in lex.non_person_words
                or t.lower_ in lex.titles
                or fold(t.text) in lex.countries
                or fold(t.text) in lex.regions
                or fold(t.text) in lex.demonyms
                for t in words[1:]
            )
        ):
            cand = Candidate(i, end, ActorType.PERSON)
            cand.votes = Counter({ActorType.PERSON: 1})
            found.append(cand)
        i = end
    return sorted(cands + found, key=lambda c: (c.start, -c.end)) if found else cands
