"""Works the text names by a kind word beside them: shows, songs and films are not actors.

Each rule reads one candidate and the words right around it; the word lists are data in
``actors.yml`` (``work_classifiers``: film, album, single, show, ...; ``work_kind_words``:
series, tale, cover; ``work_parts``: series, episode, remake, re-release):

- The kind of work apposed before it: "his next major film, Donnie Brasco", "the 1981 John
  Lennon cover, Jealous Guy" (the name is the apposition of the kind noun, after a comma).
- A kind word that is not a kind of work everywhere, right before the name, outside sports
  documents (a test "series" is cricket's): "the TV series Soldier Soldier", "the dark fairy
  tale Edward Scissorhands".
- "single" or "musical" the model reads as an adjective, after a possessive or a name: "Elvis'
  single Jailhouse Rock", "Elvis Presley musical Jailhouse Rock" (not "a single Labour MP");
  "hit" it reads as a participle, after a noun: "Top TV cult hit Little Britain".
- A part or a new release of it: "the latest series of Little Britain", "the first episode of
  Celebrity Big Brother", "the re-release of Jailhouse Rock".
- What an owned kind of work is: "Their first hit was 1972's Virginia Plain".
- Its credits right after it: "In Good Company - starring Dennis Quaid", "Tom Jones, directed
  by Tony Richardson" (``work_credits_before_name``, ``work_credits_by``: a person's name must
  follow), and, in an article about works, a year in brackets: "Casablanca (1944)".

Never a name the lexicon, the country list or the region list knows, a titled person, nor a
name the words already fix (``strong``). ``products.mark_products`` types these ``PRODUCT``.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.actors.context import ActorContext, Candidate, prev_word
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.works import about_works
from generator.nlp.doc_tokens import children_of, doc_tokens


def _known(ctx: ActorContext, c: Candidate) -> bool:
    dt = doc_tokens(ctx.doc)
    lex = ctx.lex
    key = fold(dt.span_text(c.start, c.end))
    return (
        c.strong
        or c.titled
        or key in lex.types
        or key in lex.alias_to_canonical
        or key in lex.countries
        or key in lex.regions
    )


def _work_noun(ctx: ActorContext, tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.lex.work_classifiers


def _kind_apposed(ctx: ActorContext, c: Candidate) -> bool:
    """"his next major film, Donnie Brasco": the name apposed to a kind of work before it."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    root = doc_tokens(doc).root(c.start, c.end)
    kind = root.head
    comma = c.start - 2 if c.start >= 2 and doc[c.start - 1].lower_ in ("a", "the") else c.start - 1
    return (
        root.dep_ == "appos"
        and kind.i < c.start
        and toks[comma].text == ","  # "The film, A Different Story, chronicles": its own "A"
        and (_work_noun(ctx, kind) or kind.lower_ in ctx.lex.work_kind_words)
    )


def _kind_word_before(ctx: ActorContext, c: Candidate) -> bool:
    """"the TV series Soldier Soldier" (not in sport), "Elvis' single Jailhouse Rock", "U2's
    latest single Sometimes You Can't Make It On Your Own", "cult hit
    Little Britain"."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    prev = prev_word(doc, c.start - 1)
    if prev is None or not prev.is_lower:
        return False
    if prev.pos_ == "NOUN" and prev.lower_ in ctx.lex.work_kind_words:
        return not ctx.sports
    if prev.lower_ not in ctx.lex.work_classifiers or prev.i == 0:
        return False
    before = toks[prev.i - 1]
    if prev.tag_ == "VBN":
        # "Top TV cult hit Little Britain": the model reads "hit" as a participle
        return before.pos_ == "NOUN" and before.is_lower
    # "Elvis' single X", "his single X", "Elvis Presley musical X", "U2's latest single X"
    # (not "a single Labour MP")
    while before.pos_ == "ADJ" and before.is_lower and before.i > 0 and before.i > prev.i - 3:
        before = doc[before.i - 1]
    return prev.pos_ == "ADJ" and before.tag_ in ("POS", "PRP$", "NNP")


def _part_of(ctx: ActorContext, c: Candidate) -> bool:
    """"the latest series of Little Britain", "the re-release of Jailhouse Rock"."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    root = doc_tokens(doc).root(c.start, c.end)
    prep = root.head
    before = c.start - 2 if c.start >= 2 and toks[c.start - 1].lower_ == "the" else c.start - 1
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != before:
        return False
    if prep.i < 1 or not toks[prep.i - 1].is_lower:
        return False
    word = toks[prep.i - 1].lower_
    if prep.i >= 3 and toks[prep.i - 2].text == "-" and not toks[prep.i - 3].whitespace_:
        word = toks[prep.i - 3].lower_ + "-" + word  # "re-release", cut at its hyphen
    return word in ctx.lex.work_parts and not (ctx.sports and word == "series")


def _owned_kind_is(ctx: ActorContext, c: Candidate) -> bool:
    """"Their first hit was 1972's Virginia Plain": the name is what a kind of work someone
    owns is."""
    root = doc_tokens(ctx.doc).root(c.start, c.end)
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or verb.i > c.start:
        return False
    return any(
        ch.dep_ == "nsubj"
        and _work_noun(ctx, ch)
        and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in children_of(ch))
        for ch in children_of(verb)
    )


def _credited(ctx: ActorContext, c: Candidate, person_starts: frozenset[int]) -> bool:
    """"In Good Company - starring Dennis Quaid", "Tom Jones, directed by Tony Richardson":
    a person the name stars or was made by right after it (after a comma or a dash; not
    "Tom Hanks, starring in ...": a person's name must follow "starring"; "made by" only in
    an article about works)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = c.end
    if i < len(doc) and toks[i].text in (",", "-", "–", "—"):
        i += 1
    if i + 1 >= len(doc) or not toks[i].is_lower:
        return False
    if toks[i].lower_ in ctx.lex.work_credits_before_name:
        return i + 1 in person_starts
    return (
        toks[i].lower_ in ctx.lex.work_credits_by
        and toks[i + 1].lower_ == "by"
        and i + 2 in person_starts
        # "the book Blown for Good critical of Scientology, written by Marc Headley": the
        # credit may be the work's before the name, so only in an article about works
        and about_works(ctx)
    )


def _dated(ctx: ActorContext, c: Candidate) -> bool:
    """"Humphrey Bogart in Casablanca (1944)": in an article about works, a name that a year
    in brackets follows is a work's title."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = c.end
    return (
        i + 2 < len(doc)
        and toks[i].text == "("
        and toks[i + 1].like_num
        and len(toks[i + 1].text) == 4
        and toks[i + 1].text[:2] in ("18", "19", "20")
        and toks[i + 2].text == ")"
        and about_works(ctx)
    )


def named_as_work(ctx: ActorContext, c: Candidate, person_starts: frozenset[int]) -> bool:
    """Does a kind word beside the name say it is a work (see the module's doc)?"""
    if _known(ctx, c):
        return False
    return (
        _credited(ctx, c, person_starts)
        or _dated(ctx, c)
        or _kind_apposed(ctx, c)
        or _kind_word_before(ctx, c)
        or _part_of(ctx, c)
        or _owned_kind_is(ctx, c)
    )
