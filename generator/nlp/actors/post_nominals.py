"""Letters after a person's name, and words of a minister's portfolio: parts of no actor.

- "Guy Mansfield QC", "Frank Field MP", "Jane Doe OBE": post-nominal letters (a closed list,
  ``post_nominals`` in ``patterns/actors.yml``) after a name are not part of the name, and they
  tell a person ("Guy Mansfield QC" tagged as a body is a person). They count only after the
  name, not before another ("Labour MP Ann Smith": "MP" is her title; "JP Morgan": a bank).
- "was made an OBE", "the MEP said": the letters alone name no one.
- "Minister for Children, Young People and Families Margaret Hodge": the capitalised words
  after "Minister for" / "Secretary of State for" are the portfolio, not people.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.person_names import given_name_person, plain_person_name
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_PORTFOLIO_JOINERS = frozenset({",", "and", "&"})
_PORTFOLIO_MAX_TOKENS = 10


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def trim_post_nominals(ctx: ActorContext, label: str, start: int, end: int) -> int | None:
    """The end of a person's name before the post-nominal letters that close the range
    ("Guy Mansfield QC" -> "Guy Mansfield"), or None when the range ends in none or what is
    left does not read as a person's name."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    new_end = end
    while new_end - start > 1 and toks[new_end - 1].text in lex.post_nominals:
        new_end -= 1
    if new_end == end:
        return None
    if end < len(doc) and (toks[end].pos_ == "PROPN" or _capitalised(toks[end])):
        return None  # "Labour MP Ann Smith": a title before a name
    words = doc_tokens(doc).span(start, new_end)
    if not all(t.text[:1].isupper() or fold(t.text) in lex.name_particles for t in words):
        return None
    if label == "PERSON" or given_name_person(ctx, start, new_end):
        return new_end
    if start > 0 and toks[start - 1].pos_ == "DET":
        return None  # "the Labour MP": a title, no name
    if any(
        fold(t.text) in lex.parties or fold(t.text) in lex.types or fold(t.text) in lex.regions
        or t.lower_ in lex.title_last_words or t.lower_ in lex.title_qualifiers
        for t in words
    ):
        return None  # "Lib Dem MP", "Former Labour MP", "East Midlands MEP": titles
    return new_end if plain_person_name(ctx, start, new_end) else None


def only_post_nominals(ctx: ActorContext, c: Candidate) -> bool:
    """"an OBE", "the MEP": a candidate made only of post-nominal letters."""
    toks = doc_tokens(ctx.doc).tokens
    lex = ctx.lex
    return all(
        t.text in lex.post_nominals and t.text not in lex.post_nominals_after_only
        for t in toks[c.start : c.end]
    )


def in_portfolio(ctx: ActorContext, c: Candidate) -> bool:
    """Is the person candidate a word of a portfolio ("Young People" of "Minister for
    Children, Young People and Families"), with more of the portfolio after it? Not one
    opening with a given name ("the Minister for Health, John Reid")."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.type != ActorType.PERSON or c.titled or fold(toks[c.start].text) in lex.given_names:
        return False
    if c.end >= len(doc) or toks[c.end].text not in _PORTFOLIO_JOINERS:
        return False  # the portfolio goes on after it; not "Education Stefania Giannini said"
    i = c.start - 1
    while i >= 0 and c.start - i <= _PORTFOLIO_MAX_TOKENS and (
        toks[i].text in _PORTFOLIO_JOINERS or _capitalised(toks[i])
    ):
        i -= 1
    if i < 1 or toks[i].lower_ not in ("for", "of"):
        return False
    j = i - 1
    if j >= 2 and toks[j].lower_ == "state" and toks[j - 1].lower_ == "of":
        j -= 2  # "Secretary of State for"
    return toks[j].lower_ in lex.portfolio_titles and toks[j].text[:1].isupper()
