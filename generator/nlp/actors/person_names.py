"""Is a name of capitalised words a person's, whatever label the model gave it?

- ``name_words``: how many words a name has, a hyphenated double name ("Sven-Goran")
  counting once.
- ``given_name_person``: two or three words opening with a given name ("Keanu Reeves").
- ``plain_person_name``: two or three plain capitalised words that could be a person's name.
- ``initialled_person``: a given name, a middle initial and a surname ("Dolores M Troiani").
- ``titled_person``: a name right after a lower-case title ("sprinter Jo Marsh").
- ``title_opened_person``: a title the model took into a name ("General Anatoly Shkirko").
"""

from __future__ import annotations

import re

from generator.nlp.actors.classify import org_context
from generator.nlp.actors.context import ActorContext, glued_hyphen, is_title_word
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.spans import title_words_at
from generator.nlp.doc_tokens import doc_tokens

# A middle initial, "M" or "M.": not "A" nor "I", words of titles ("About A Boy", "Have I Got").
_MIDDLE_INITIAL = re.compile(r"[B-HJ-Z]\.?")


def name_words(ctx: ActorContext, start: int, end: int) -> int:
    """How many words the name has, a hyphenated double name ("Sven-Goran") counting once."""
    hyphens = sum(1 for i in range(start + 1, end - 1) if glued_hyphen(ctx, i))
    return end - start - 2 * hyphens


def given_name_person(ctx: ActorContext, start: int, end: int) -> bool:
    """A name of two or three capitalised words opening with a given name ("Keanu Reeves",
    "Dakota Fanning"), none of them a body's, place's, product's, event's or law's word, a
    country or a nationality: a person's name, whatever label the model gave it."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if not 2 <= name_words(ctx, start, end) <= 3 or fold(toks[start].text) not in lex.given_names:
        return False
    modifier = end < len(doc) and toks[end].pos_ == "NOUN" and toks[end].is_lower
    if start > 0 and toks[start - 1].lower_ == "the" and not modifier:
        # "the Blair Witch Project", "the Dorothy Chandler Pavilion"; not "the Hillary
        # Clinton campaign", where the article is the noun's after the name
        return False
    return _plain_name(ctx, start, end)


def _plain_name(ctx: ActorContext, start: int, end: int) -> bool:
    """Capitalised words only, none an acronym after the first, a body's, place's, product's,
    event's or law's word, a country or a nationality, and no body's context."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    heads = lex.non_person_words
    for tok in toks[start:end]:
        if tok.i > start and glued_hyphen(ctx, tok.i):
            continue  # "Sven-Goran": the hyphen of a double given name
        word = tok.text.rstrip(".")
        if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()):
            return False
        if tok.i > start and (word.isupper() and len(word) > 1):
            return False  # "Hugo Boss AG", "Martin ITV": no person's name has an acronym
        if tok.lower_ in heads or fold(tok.text) in lex.countries or fold(tok.text) in (
            lex.demonyms
        ):
            return False
    return not org_context(ctx, start, end)


def initialled_person(ctx: ActorContext, start: int, end: int) -> bool:
    """"Dolores M Troiani", tagged ORG: a capitalised word that is no function word, a middle
    initial and a capitalised surname are a person's name shape, when the words are plain
    name words (``_plain_name``: no body's word, country or nationality) and no article is
    before them. Names of initials alone ("J P Morgan", "H M Treasury") or with "&" ("AT & T",
    "Marks & Spencer") are not of this shape."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if end - start != 3 or (start > 0 and toks[start - 1].pos_ == "DET"):
        return False
    first, middle, last = doc_tokens(doc).span(start, end)
    return (
        first.is_alpha
        and first.is_title
        and len(first.text) > 1
        and not first.is_stop
        and bool(_MIDDLE_INITIAL.fullmatch(middle.text))
        and last.is_alpha
        and last.is_title
        and len(last.text) > 1
        and _plain_name(ctx, start, end)
    )


def plain_person_name(ctx: ActorContext, start: int, end: int) -> bool:
    """Two or three capitalised words that could be a person's name (``_plain_name``)."""
    return 2 <= name_words(ctx, start, end) <= 3 and _plain_name(ctx, start, end)


def titled_person(ctx: ActorContext, start: int, end: int) -> bool:
    """"heptathlon champion Ana Lindqvist", "sprinter Jo Marsh", "South African President Thabo
    Mbeki": a name of two or three words right after a person's title written in lower case
    (a singular role, not "champions Real Madrid") or a capitalised title's last word inside a
    sentence is a person's, whatever label the model gave it, when its words are plain name
    words (``_plain_name``: not "champion Hull City", "Prince Edward Island")."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if not 2 <= name_words(ctx, start, end) <= 3 or start == 0:
        return False
    title = toks[start - 1]
    lower = title.is_lower and title.tag_ == "NN" and title.lower_ in lex.titles
    capital = title.is_title and not title.is_sent_start and is_title_word(title, lex)
    if not (lower or capital):
        return False
    return _plain_name(ctx, start, end)  # club words are no plain name's


def title_opened_person(ctx: ActorContext, start: int, end: int, inner: int) -> bool:
    """"General Anatoly Shkirko", "Air Marshal Brian Burridge", "Col Suvit Maenmuan",
    "Frenchman Jean Alesi", tagged ORG: the model read the capitalised title (of one word or
    more) or nationality before a name (``inner``, where ``strip_person_titles`` puts its
    start) as a body's first word. The rest must be two or three plain name words with no
    title among them ("Major League Baseball", "State Planning Commission" stay bodies: their
    words are a body's, or one word is left), and the name must not open with a title that
    is a given name too ("Dean Witter Reynolds") nor follow an article ("the British Red
    Cross"); after a nationality ("Frenchman"), it must open with a given name ("British
    Nuclear Fuels" stays a body)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if start > 0 and toks[start - 1].pos_ == "DET":
        return False  # "the British Red Cross": a body's name takes the article
    if inner <= start or toks[start].lower_ in lex.given_name_titles or any(
        t.lower_.rstrip(".") in lex.title_last_words or t.lower_ in lex.titles
        for t in toks[inner:end]
    ):
        return False
    titled = inner - start == title_words_at(ctx, start, end) or all(
        t.lower_.rstrip(".") in lex.title_last_words or t.lower_ in lex.titles
        for t in toks[start:inner]
    )  # "Air Marshal Brian Burridge": a title of two words
    if not titled and fold(toks[inner].text) not in lex.given_names:
        return False  # "British Nuclear Fuels": after a nationality, only a given name
    return plain_person_name(ctx, inner, end)
