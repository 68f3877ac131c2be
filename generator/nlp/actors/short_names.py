"""A body named again by the plural last word of its name: "the Kansas City Chiefs ... the
Chiefs lost again", "the Tar Heels ... the Heels".

After "the", a capitalised plural proper noun that ends a name of two to four words the article
gives a body, untagged by the model, is that body again (grouping then joins it to the full
name by its last word). Words that end many bodies' names ("Nations", "Services", ``org_heads``,
``org_suffixes``) are left alone.

In a sports document a team may be named only by its nickname ("The Colts beat the Jets"): a
capitalised plural proper noun after "the" written so twice or more, that is no event ("the
Olympics"), country, region, nationality or word of ``not_nicknames`` ("the Alps"), is a body
too.
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.vocab import ActorType


def _nicknames(ctx: ActorContext) -> set[str]:
    """Plural proper nouns after "the" that name a team in a sports document ("the Colts")."""
    doc, lex = ctx.doc, ctx.lex
    if not ctx.sports:
        return set()
    seen = Counter(
        tok.text
        for tok in doc
        if tok.i > 0
        and doc[tok.i - 1].lower_ == "the"
        and tok.tag_ == "NNPS"
        and tok.is_title
        and tok.is_alpha
        and len(tok) > 3
        and not ctx.caps[tok.i]
    )
    known = lex.org_heads | lex.org_suffixes | lex.non_person_words | lex.not_nicknames
    return {
        w
        for w, n in seen.items()
        if n >= 2
        and w.lower() not in known
        and w.lower() not in lex.event_heads
        and fold(w) not in lex.countries
        and fold(w) not in lex.regions
        and fold(w) not in lex.demonyms
        and fold(w) not in lex.types
        and fold(w) not in lex.alias_to_canonical
    }


def plural_short_names(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates and the bodies found again by their plural last word."""
    doc, lex = ctx.doc, ctx.lex
    lasts = {
        doc[c.end - 1].text
        for c in cands
        if c.type == ActorType.ORGANIZATION and 2 <= c.end - c.start <= 4
    }
    lasts = {
        w for w in lasts
        if w.istitle() and w.isalpha() and len(w) > 3 and w.endswith("s")
        and w.lower() not in lex.org_heads and w.lower() not in lex.org_suffixes
        and w.lower() not in lex.non_person_words
    }
    lasts |= _nicknames(ctx)
    if not lasts:
        return cands
    taken = {i for c in cands for i in range(c.start, c.end)}
    found: list[Candidate] = []
    for tok in doc:
        if (
            tok.text in lasts
            and tok.i not in taken
            and tok.i > 0
            and doc[tok.i - 1].lower_ == "the"
            and not ctx.caps[tok.i]
            and tok.pos_ == "PROPN"
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)
        ):
            cand = Candidate(tok.i, tok.i + 1, ActorType.ORGANIZATION)
            cand.votes = Counter({ActorType.ORGANIZATION: 2})
            found.append(cand)
    return sorted(cands + found, key=lambda c: (c.start, -c.end)) if found else cands
