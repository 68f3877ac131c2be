"""What every actor rule reads: the settings, the per-document context and the candidate record.

``ActorSettings`` holds the thresholds of the rules (today's values are the defaults).
``ActorContext`` is built once per document and never changes: the parsed ``Doc``, the
lexicon, the settings and two facts about the whole document that several rules consult
(which tokens sit in sentences written in capitals, and whether the document is about sport).
``Candidate`` is the one mutable record: a named mention while the stages type, group and
title it. The small word helpers here (the next or previous word, hyphen-glued tokens,
countries, title words) are shared by the stages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from generator.nlp.actors.lexicon import Lexicon, fold, lexicon
from generator.nlp.doc_tokens import doc_tokens
from generator.nlp.tokens import inside, token_spans

if TYPE_CHECKING:
    from generator.nlp.claims.quotes import Quotes

PRODUCT = "product"  # internal: software, vehicles, programmes and studies are not actors
# Where ``extract_actor_mentions`` leaves, in ``doc.user_data``, the token spans of the names it
# found to be products or works (not actors): the claim extractor reads them (``product_tokens``).
PRODUCTS_KEY = "product_names"
# And the names it found to be works or awards by what their words say ("the biopic Ray"): the
# corpus reads the same name as no actor in other articles too (``merge.actors``).
WORKS_KEY = "work_names"


def product_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the names the actor extractor took for products or works ("the Xbox 2",
    "The PSP") in ``doc``; none when it has not run on it."""
    spans = doc.user_data.get(PRODUCTS_KEY, ())
    return frozenset(i for start, end in spans for i in range(start, end))


def work_names(doc: Doc) -> tuple[str, ...]:
    """The names (as written) ``extract_actor_mentions`` read as works or awards in ``doc``."""
    return tuple(doc.user_data.get(WORKS_KEY, ()))


SCORE_LIKE = re.compile(r"^\(?\d+([-/:.]\d+)*\)?$")


@dataclass(frozen=True)
class ActorSettings:
    """The thresholds of the actor rules."""

    # A sentence is "in capitals" (a headline, a results table) when at least this share of its
    # words is upper case.
    caps_sentence_share: float = 0.6
    # A document is about sport with this many sport-only words and this many sport words in
    # all (counting everyday ones such as "won"), or with a sport word and this many scores.
    sports_strong_words: int = 2
    sports_all_words: int = 5
    sports_scores: int = 2
    # ... and the sport words must be this many per thousand words: a long feature that names
    # "athletes", "tennis" and "golf" in one list is no sports report.
    sports_per_thousand: float = 5.0
    # A report with one sport-only word is about sport when dense with this many different
    # everyday sport words ("seed", "beat", "final", "title", "won": a tennis or rugby report),
    # at least this many a thousand words.
    sports_weak_kinds: int = 5
    sports_dense_per_thousand: float = 15.0
    # A short match report may have no sport-only word at all ("win", "final", "game", "beat",
    # "scored", "goals", "cup" over and over): about sport with this many different everyday
    # sport words, at least this many a thousand words.
    sports_weak_only_kinds: int = 6
    sports_weak_only_per_thousand: float = 40.0
    # Names listed with a side in brackets ("Gaston Avila (Argentina)") are people when the
    # article lists at least this many.
    min_listed: int = 3
    # Multi-word titles before a name are looked up up to this many words long.
    title_max_words: int = 4
    # An apposition title after a name (", chief executive of") is at most this many tokens.
    apposition_max_tokens: int = 6
    # A name inside a longer name is looked for up to this many tokens long.
    nested_max_tokens: int = 4
    # How many sentences back a "he"/"she" looks for its person ...
    pronoun_sentences_back: int = 3
    # ... and a "the company"-style description for its organization.
    nominal_sentences_back: int = 2


@dataclass(frozen=True)
class ActorContext:
    """One document as the actor rules see it; built once by ``ActorContext.of``."""

    doc: Doc
    lex: Lexicon
    settings: ActorSettings
    caps: tuple[bool, ...]  # per token: in a sentence written in capitals
    sports: bool  # the document is about sport
    # the last words of the people the model named in two words or more (lower case)
    surnames: frozenset[str] = frozenset()
    # where the first line (the headline) ends: a character offset, read once (``Doc.text``
    # joins every token anew at each call)
    first_line_end: int = 0

    @cached_property
    def honorific_surnames(self) -> frozenset[str]:
        """The words the document writes right after a capitalised honorific ("Molyneux" of
        "Mr Molyneux"), folded: read once, for the rules that ask whether a name is a person's."""
        dt = doc_tokens(self.doc)
        honorifics = self.lex.honorifics
        return frozenset(
            fold(dt.words[i + 1])
            for i in range(len(dt.words) - 1)
            if dt.words[i][:1].isupper() and dt.lower[i].rstrip(".") in honorifics
            and dt.words[i + 1][:1].isupper()
        )

    @cached_property
    def quotes(self) -> tuple[Quotes, list[tuple[int, int] | None], list[bool]]:
        """The document's quotations, read once for the rules that need them: the quotes,
        their token ranges, and per token whether it lies inside one."""
        # the claims package imports this module (``product_tokens``), hence the late import
        from generator.nlp.claims.quotes import Quotes

        quotes = Quotes.of(doc_tokens(self.doc).text)
        spans = token_spans(self.doc, quotes.spans)
        return quotes, spans, inside(self.doc, spans)

    @classmethod
    def of(cls, doc: Doc, settings: ActorSettings | None = None) -> ActorContext:
        """The context of ``doc`` with the loaded lexicon."""
        # tables.py builds candidates (it imports this module), hence the late import
        from generator.nlp.actors.tables import has_results

        settings = settings or ActorSettings()
        lex = lexicon()
        text = doc_tokens(doc).text
        line_end = text.find("\n")
        return cls(
            doc=doc,
            lex=lex,
            settings=settings,
            caps=caps_sentence_flags(doc, settings),
            sports=is_sports(doc, lex, settings) or has_results(text, lex.table_labels),
            surnames=frozenset(e[-1].lower_ for e in doc_tokens(doc).ents
                               if e.label_ == "PERSON" and len(e) >= 2),
            first_line_end=line_end if line_end >= 0 else len(text),
        )


@dataclass
class Candidate:
    """A candidate named mention, in token offsets, while the extractor works on it."""

    start: int
    end: int
    type: str
    strong: bool = False  # type fixed by the lexicon or a reliable rule
    certain: bool = False  # its actor's type here rests on such a rule (set by grouping)
    placed: bool = False  # a person's name the text puts only where places go (placed.py)
    gpe: bool = False  # a country, city or region (may act as a state or a team)
    nested: bool = False  # inside a longer name ("Canada" in "Fan Expo Canada")
    in_title: bool = False  # part of a title, not an actor ("the Trade and Industry Secretary")
    titled: bool = False  # a person name after a title or honorific ("Prince Charles")
    work: bool = False  # a work or an award by what its words say ("the film Ray"), not a product
    sense: str | None = None
    votes: Counter = field(default_factory=Counter)
    group: int = -1
    role: str | None = None
    role_of: str | None = None
    role_span: tuple[int, int] | None = None
    outlet: tuple[int, int] | None = None  # "BBC" of "BBC Radio 4": the actor's name


def retype(c: Candidate, typ: str, strong: bool = True) -> None:
    """Give ``c`` the type ``typ`` (a cue's verdict, or only a vote when not ``strong``)."""
    c.type, c.strong, c.gpe = typ, strong, False
    c.votes = Counter({typ: 3 if strong else 2})


def caps_sentence_flags(doc: Doc, settings: ActorSettings) -> tuple[bool, ...]:
    """Per token: is it in a sentence written (almost) entirely in capitals?"""
    flags = [False] * len(doc)
    dt = doc_tokens(doc)
    for sent in dt.sents:
        words = [w for w in dt.words[sent.start:sent.end] if w.isalpha() and len(w) > 1]
        upper = sum(1 for w in words if w.isupper())
        if (
            words
            and upper >= settings.caps_sentence_share * len(words)
            and (upper >= 2 or len(words[0]) > 3)
        ):
            flags[sent.start:sent.end] = [True] * (sent.end - sent.start)
    return tuple(flags)


def _competitions(doc: Doc, lex: Lexicon) -> int:
    """How often the text names a competition of two words or more ("the Six Nations", "the
    World Cup"): sport words a short rugby piece may have instead of "match" or "rugby"."""
    text = f" {fold(doc_tokens(doc).text)} "
    return sum(text.count(f" {name} ") for name in lex.competition_names if " " in name)


def is_sports(doc: Doc, lex: Lexicon, settings: ActorSettings) -> bool:
    """Is the document about sport (sport words, or a results table)?

    Words with everyday senses ("won", "points", "race", "goal") count only when at least two
    words that belong to sport alone ("match", "tournament", "football") vouch for them, and
    the sport words together must not be lost in a long text; or when one does and the text
    is dense with several different ones (a tennis report: "seed", "beat", "final", "won"), or
    when none does and the text is denser still with more of them (a short match report).
    """
    dt = doc_tokens(doc)
    strong = sum(1 for w in dt.lower if w in lex.sports_words) + _competitions(doc, lex)
    weak_words = [w for w in dt.lower if w in lex.sports_words_weak]
    weak = len(weak_words)
    scores = sum(1 for w in dt.words if "-" in w and SCORE_LIKE.match(w))
    per_thousand = 1000 * (strong + weak) / max(1, sum(1 for w in dt.words if w.isalpha()))
    return (
        (
            strong >= settings.sports_strong_words
            and strong + weak >= settings.sports_all_words
            and per_thousand >= settings.sports_per_thousand
        )
        or (
            strong >= 1
            and len(set(weak_words)) >= settings.sports_weak_kinds
            and per_thousand >= settings.sports_dense_per_thousand
        )
        or (
            len(set(weak_words)) >= settings.sports_weak_only_kinds
            and per_thousand >= settings.sports_weak_only_per_thousand
        )
        or (strong + weak >= 1 and scores >= settings.sports_scores)
    )


def next_word(doc: Doc, i: int) -> Token | None:
    """The first token from ``i`` on that is not white space."""
    toks = doc_tokens(doc).tokens
    while i < len(toks) and toks[i].is_space:
        i += 1
    return toks[i] if i < len(toks) else None


_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")


def place_initials(tok: Token) -> bool:
    """Is ``tok`` a region or district written in initials with dots ("D.C." of "Washington
    D.C.", "N.Y.")? After a place it belongs to the place's name."""
    return bool(_INITIALS.match(tok.text)) and not tok.is_sent_start


def list_head(tok: Token, appositions: bool = False) -> Token:
    """The first item of the list ``tok`` stands in ("Cicero, Virgil and Tacitus": "Cicero"),
    through appositions too when asked ("Heathrow, Gatwick")."""
    links = ("conj", "appos") if appositions else ("conj",)
    while tok.dep_ in links and tok.head.i < tok.i:
        tok = tok.head
    return tok


def object_after_noun(tok: Token, c: Candidate, preps: Collection[str],
                      nouns: Collection[str]) -> bool:
    """Is ``tok`` the object of one of ``preps`` on one of ``nouns`` (lemmas) before the name
    ("films such as X": "as" on "film")?"""
    prep = tok.head
    noun = prep.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in preps
        and noun.pos_ == "NOUN"
        and noun.i < c.start
        and noun.lemma_.lower() in nouns
    )


def honorific_gender(ctx: ActorContext, c: Candidate) -> str | None:
    """The gender the honorific right before ``c`` tells ("Mrs Howard": "f"), else None (none
    before it, or one such as "Dr" that tells none)."""
    return honorific_at(ctx.lex, ctx.doc, c.start - 1)


def name_gender(ctx: ActorContext, c: Candidate) -> str | None:
    """The gender the name ``c`` tells: an honorific before it ("Mrs Howard"), else a given
    name that clearly tells one, opening a name of two words or more ("Dolores M Troiani")."""
    return honorific_gender(ctx, c) or given_name_gender(ctx.lex, ctx.doc, c.start, c.end)


def given_name_gender(lex: Lexicon, doc: Doc, start: int, end: int) -> str | None:
    """"f" or "m" for a name of two words or more opening with a given name listed in
    ``given_name_genders.yml`` ("Bruce L Castor Jr": "m"), else None (a surname alone, such as
    "Howard", tells nothing)."""
    if end - start < 2 or not 0 <= start < len(doc):
        return None
    return lex.given_name_genders.get(fold(doc_tokens(doc).words[start]))


def honorific_at(lex: Lexicon, doc: Doc, i: int) -> str | None:
    """The gender token ``i`` tells as an honorific ("Mrs": "f"), else None (also when ``i``
    is outside the text)."""
    if not 0 <= i < len(doc):
        return None
    return lex.honorifics.get(doc_tokens(doc).lower[i].rstrip("."))


def prev_word(doc: Doc, i: int) -> Token | None:
    """The last token up to ``i`` that is not white space."""
    toks = doc_tokens(doc).tokens
    while i >= 0 and toks[i].is_space:
        i -= 1
    return toks[i] if i >= 0 else None


def glued(doc: Doc, i: int, side: str = "either") -> bool:
    """Is token ``i`` joined by a hyphen (no spaces) to the word before or after it?"""
    toks = doc_tokens(doc).tokens
    before = i >= 2 and toks[i - 1].text in ("-", "–") and not toks[i - 2].whitespace_ and (
        not toks[i - 1].whitespace_
    )
    after = i + 2 < len(toks) and toks[i + 1].text in ("-", "–") and not toks[i].whitespace_ and (
        not toks[i + 1].whitespace_
    )
    return {"before": before, "after": after}.get(side, before or after)


def glued_hyphen(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a hyphen joining two words with no space ("Sven-Goran")?"""
    doc = ctx.doc
    words = doc_tokens(doc).words
    return words[i] in ("-", "–") and 0 < i < len(words) - 1 and glued(doc, i - 1, "after")


def is_country(ctx: ActorContext, start: int, end: int) -> bool:
    """Is the token range a country's name (or an alias of one)?"""
    lex = ctx.lex
    key = fold(doc_tokens(ctx.doc).span_text(start, end))
    canonical = lex.alias_to_canonical.get(key)
    return key in lex.countries or (canonical is not None and fold(canonical) in lex.countries)


def is_title_word(tok: Token, lex: Lexicon) -> bool:
    """Is ``tok`` the last word of a title ("Secretary", "President", "Mr.")?"""
    return tok.lower_.rstrip(".") in lex.title_last_words


def titled_words(ctx: ActorContext, cands: list[Candidate]) -> set[str]:
    """The one-word names the text writes after a capitalised honorific ("Mr McManus")."""
    dt, honorifics = doc_tokens(ctx.doc), ctx.lex.honorifics
    return {
        dt.lower[c.start]
        for c in cands
        if c.end - c.start == 1
        and c.start > 0
        and dt.lower[c.start - 1].rstrip(".") in honorifics
        and dt.words[c.start - 1][:1].isupper()
    }
