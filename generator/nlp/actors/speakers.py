"""Names the text shows to be a person's although the model read a body, or the other way
round (issue 15, people33).

- "Irishmen JP McManus and John Magnier ... Mr McManus": a name of initials and a surname
  that the text also writes after an honorific is a person's (initials alone do not make a
  body: "JP Morgan", with no "Mr Morgan", stays what the model and the cues say).
- "the FT said it thought JP Morgan may ...": the model read "Morgan" alone as a person; when
  the text names a body by the same letters ("JPMorgan", "JP Morgan Chase"), the initials
  before it (untagged) are part of the name, and it is that body.
- "predicted Morgan Stanley equity strategist Naoki Kamiyama", "Broadreach chief executive
  Magnus McEwen-King": a name read as a person's or a body's right before a job only employers
  give (``employer_nouns``, not a partner) and a person's name is that person's employer, a
  body (a vote: a product has a founder too, "Tux founder Jan Berg").
- 'However, Linford Christie countered: "It's easy ..."': a name of two or three title-case
  words, none a body's, place's or country's word, that is the subject of a verb only people
  speak with (``person_speech_verbs``: counter, retort, quip, ...) before a colon or a quote, is
  a person; so is one with a given name first (not a surname too: "Morgan Stanley") that is
  the subject of a plain speech verb (``plain_speech_verbs``: say, add, ...) before a colon or
  a quote.
- "Meet The Fockers, starring Robert De Niro, Blythe Danner and Dustin Hoffman": the names a
  credit "starring" lists are people's, whatever the model read ("Blythe Danner" a place);
  so is such a name that says "he" or "she" did something ("Rio Ferdinand has said he is
  unsure": a body says "it").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.nlp.actors.context import (
    ActorContext,
    Candidate,
    is_country,
    retype,
    titled_words,
)
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import ActorType

# "JP", "J.P.", "A.S.": two or three capitals, with or without dots
_INITIALS = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$")
_QUOTES = {'"', "“", "'", "‘", ":"}


def _initials(tok: Token) -> bool:
    return bool(_INITIALS.match(tok.text))


def _plain_person_name(ctx: ActorContext, c: Candidate) -> bool:
    """Two or three title-case proper nouns, none a body's, place's or product's word, no
    country, region or nationality."""
    doc, lex = ctx.doc, ctx.lex
    span = doc_tokens(doc).span(c.start, c.end)
    if not 2 <= len(span) <= 3 or is_country(ctx, c.start, c.end) or fold(span.text) in lex.regions:
        return False
    return all(
        t.is_title
        and t.text.isalpha()
        and t.pos_ == "PROPN"
        and t.lower_ not in lex.non_person_words
        and fold(t.text) not in lex.countries
        and fold(t.text) not in lex.demonyms
        for t in span
    )


def _speaks(ctx: ActorContext, c: Candidate) -> bool:
    """'Linford Christie countered: "..."': the name is the subject of a speech verb that a
    colon or a quote follows; a verb of ``person_speech_verbs``, a verb of
    ``retort_speech_verbs`` when a given name stands at one end of the name only, or a plain
    speech verb when the name opens with a given name and does not end in one."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    root = doc_tokens(doc).root(c.start, c.end)
    verb = root.head
    if root.dep_ != "nsubj" or verb.i != c.end or verb.i + 1 >= len(doc):
        return False
    if toks[verb.i + 1].text not in _QUOTES:
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex.person_speech_verbs:
        return True
    first = fold(toks[c.start].text) in lex.given_names
    last = fold(toks[c.end - 1].text) in lex.given_names
    if lemma in lex.retort_speech_verbs:  # said of firms too ("Goldman Sachs countered:"): a
        return first != last  # given name at one end only ("Linford Christie"; "Morgan Stanley")
    return lemma in lex.plain_speech_verbs and first and not last


_CREDITS = frozenset(("starring", "co-starring"))


def _cast(ctx: ActorContext, c: Candidate) -> bool:
    """"Meet The Fockers, starring Robert De Niro, Blythe Danner and Dustin Hoffman": a name the
    credit "starring" takes as its object, or any name of that list, is a performer's."""
    tok = doc_tokens(ctx.doc).root(c.start, c.end)
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.lower_ in _CREDITS


def _says_he(ctx: ActorContext, c: Candidate) -> bool:
    """"Rio Ferdinand has said he is unsure": the subject of a plain speech verb whose reported
    clause opens with "he" or "she" (a body says "it"; one that speaks of a person names him)."""
    root = doc_tokens(ctx.doc).root(c.start, c.end)
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in ctx.lex.plain_speech_verbs:
        return False
    return any(
        ch.dep_ == "ccomp" and ch.i > verb.i and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("he", "she") and g.i == _first(ch)
            for g in children_of(ch))
        for ch in children_of(verb)
    )


def _first(clause: Token) -> int:
    """The first word of the clause after its "that" or other marker."""
    return min((t.i for t in clause.subtree if t.dep_ != "mark"), default=clause.i)


def _squeezed(text: str) -> str:
    return fold(text).replace(" ", "")


def _initialled_surnames(ctx: ActorContext, cands: list[Candidate], titled: set[str]) -> None:
    """"JP Morgan" of which the model tagged "Morgan" a person: the name takes its initials and
    is a body when a body's name opens with them or spells them together ("JPMorgan")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    bodies = [doc_tokens(doc).span(c.start, c.end)
              for c in cands if c.type == ActorType.ORGANIZATION]
    for c in cands:
        if (
            c.type != ActorType.PERSON
            or c.end - c.start != 1
            or c.titled
            or c.start == 0
            or not _initials(toks[c.start - 1])
            or toks[c.start - 1].ent_iob_ != "O"
            or toks[c.start - 1].whitespace_ != " "
        ):
            continue
        name = doc_tokens(doc).span(c.start - 1, c.end)
        if toks[c.end - 1].lower_ not in titled and any(
            _squeezed(b.text) == _squeezed(name.text)
            or (len(b) > 2 and b[:2].text == name.text)
            for b in bodies
        ):
            c.start -= 1  # not otherwise: "INS Sukanya" is a ship, the model's "Sukanya" stays
            retype(c, ActorType.ORGANIZATION, strong=False)


def _employer_before(ctx: ActorContext, c: Candidate, starts: dict[int, Candidate]) -> bool:
    """"Morgan Stanley equity strategist Naoki Kamiyama": up to three lower-case words ending
    in an employer's noun between the name and a person's name."""
    doc, nouns = ctx.doc, ctx.lex.employer_nouns
    for n in (1, 2, 3):
        words = doc_tokens(doc).tokens[c.end : c.end + n]
        nxt = starts.get(c.end + n)
        if len(words) < n or not all(t.is_lower and t.is_alpha for t in words):
            return False
        last = words[-1].lower_
        two = " ".join(t.lower_ for t in words[-2:]) if n >= 2 else ""
        if (
            nxt is not None
            and nxt.type == ActorType.PERSON
            and (two in nouns or (last in nouns and last not in _KIN_LIKE))
        ):
            return True
    return False


def _given_then_surname(ctx: ActorContext, c: Candidate) -> bool:
    """Whether a name opens with a given name and does not end in one ("Donald Trump"; not
    "Morgan Stanley")."""
    toks = doc_tokens(ctx.doc).tokens
    given = ctx.lex.given_names
    return (fold(toks[c.start].text) in given
            and fold(toks[c.end - 1].text) not in given)


# employer nouns that people have too ("his partner")
_KIN_LIKE = frozenset({"partner", "partners", "board"})


def speaking_people(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Retype the names the text shows to be people, or bodies (see the module's doc)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    titled = titled_words(ctx, cands)
    _initialled_surnames(ctx, cands, titled)
    starts = {c.start: c for c in cands}
    for c in cands:
        if (
            c.type in (ActorType.PERSON, ActorType.ORGANIZATION)
            and not c.strong
            and not c.titled
            and c.end - c.start <= 3
            and toks[c.end - 1].lower_ not in titled
            and not _given_then_surname(ctx, c)  # "Donald Trump campaign chairman Paul Manafort"
            and _employer_before(ctx, c, starts)
        ):
            retype(c, ActorType.ORGANIZATION, strong=False)
            continue
        if (
            c.type in (ActorType.ORGANIZATION, ActorType.PLACE)
            and not c.strong
            and _plain_person_name(ctx, c)
            and (_cast(ctx, c) or _says_he(ctx, c))
        ):
            retype(c, ActorType.PERSON, strong=False)
            continue
        if c.strong or c.type != ActorType.ORGANIZATION:
            continue
        if (
            c.end - c.start == 2
            and _initials(toks[c.start])
            and toks[c.end - 1].text[:1].isupper()
            and toks[c.end - 1].lower_ in titled
        ) or (_plain_person_name(ctx, c) and _speaks(ctx, c)):
            retype(c, ActorType.PERSON, strong=False)
