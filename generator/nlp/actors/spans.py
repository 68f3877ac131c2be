"""Cleaning a candidate span: from the model's entity to the token range of a name.

The model's entity spans are trimmed to the name (``clean_bounds``: no leading article,
possessive, trailing punctuation, scores or line breaks, nor a sentence's opening preposition or
gerund: "Without Charles, ..."). A cleaned range is a name only when
``plausible_name`` says so; a person's range loses the titles before it
(``strip_person_titles``; also a slogan's verb or a date: "Vote Blair", "Friday Mitchell");
``title_possessive`` finds a title standing for its holder ("the Sheriff's detective").
``clean_entity_span`` is the public form of the cleaning, also used by the evaluation
baselines. Splitting one entity into names is ``parts``; joining entities the model cut
apart is ``joined``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.nlp.actors.context import SCORE_LIKE, ActorContext
from generator.nlp.actors.described import readings
from generator.nlp.actors.lexicon import Lexicon, fold, lexicon
from generator.nlp.dates import MONTHS, WEEKDAYS
from generator.nlp.doc_tokens import doc_tokens, sent_of

LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those"}
# A word of letters with apostrophes inside, one token: "O'Brien", "D'Angelo", "N'Golo".
_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(['’][^\W\d_]+)+")
# Initials joined by an ampersand, one token: "S&P", "AT&T", "M&S" (a company's short name).
_AMPERSAND_WORD = re.compile(r"[^\W\d_]+&[^\W\d_]+")
# Words before a month that make it a date ("in March", "last May")
_DATING_WORDS = frozenset({"in", "on", "by", "since", "until", "till", "from", "during", "last",
                           "next", "early", "late", "mid", "this"})
_MAX_TITLE_TOKENS = 5  # "Air Chief Marshal", "Air Vice - Marshal" (the hyphen is a token)


def _office_of_title(doc: Doc, i: int, start: int, end: int, lex: Lexicon) -> bool:
    """Is token ``i`` the possessive of a capitalised title that names a body with the
    capitalised head word after it, the last of the span ("Sheriff's Department", "the Prime
    Minister's Office")?"""
    toks = doc_tokens(doc).tokens
    return (
        (toks[i].tag_ == "POS" or toks[i].lower_ in ("'s", "’s"))
        and start < i == end - 2
        and toks[i - 1].text[:1].isupper()
        and toks[i - 1].lower_ in lex.title_last_words
        and toks[i - 1].lower_ not in lex.honorifics
        and toks[i + 1].is_title
        and toks[i + 1].lower_ in lex.org_heads
    )


def _possessive_name(doc: Doc, start: int, end: int) -> bool:
    """Does an organisation's name end in a possessive that owns nothing ("Standard & Poor's
    said", "according to Moody's, which", "McDonald's (the chain)")? A company named after its
    founder keeps the "'s" as part of its name; a genitive has a noun after it to own
    ("Microsoft's shares", "Deutsche Boerse's proposed offer"). Only a possessive the model
    put inside an organisation or a building: a person's or a place's never is ("Mr
    Blair's.")."""
    toks = doc_tokens(doc).tokens
    i = end - 1
    tok = toks[i]
    if not (
        start < i
        and (tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"))
        and tok.ent_iob_ == "I"
        and tok.ent_type_ in ("ORG", "FAC")
        and toks[i - 1].text[:1].isupper()
    ):
        return False
    return owns_nothing(doc, start, end)


def owns_nothing(doc: Doc, start: int, end: int) -> bool:
    """Does the possessive that ends the range ``start``-``end`` own nothing: no noun follows
    it for it to own ("Standard & Poor's said", "Claridge's and the Connaught")?"""
    toks = doc_tokens(doc).tokens
    if end == len(doc):
        return True
    after = toks[end]
    if (after.text == "(" and end + 2 < len(doc) and toks[end + 1].text.isupper()
            and toks[end + 2].text == ")"):
        return False  # "the New York Stock Exchange's (NYSE) Nasdaq index": owns what follows
    if after.is_punct:
        return after.text in _CLOSING_PUNCT  # not a quotation mark: "the BBC's 'Today'"
    # "Deutsche Boerse's proposed offer": a participle before the owned noun, which the
    # parse shows (the name is the noun's possessor)
    return after.pos_ in _OWNS_NOTHING and doc_tokens(doc).root(start, end - 1).dep_ != "poss"


# What follows a name, never a noun its possessive would own: a verb, a preposition, "and".
_OWNS_NOTHING = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART"})
_CLOSING_PUNCT = frozenset({",", ".", ";", ":", "(", ")", "-", "–", "—", "!", "?"})


def _numbered(doc: Doc, start: int, i: int, lex: Lexicon) -> bool:
    """Is token ``i`` the number of a name that takes one ("Channel 4", "Radio 1", "Studio
    54": ``numbered_names``), not a score to trim?"""
    toks = doc_tokens(doc).tokens
    return (
        start < i
        and toks[i].text.isdigit()
        and len(toks[i].text) <= 3
        and toks[i - 1].text[:1].isupper()
        and toks[i - 1].lower_ in lex.numbered_names
    )


def opens_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a sentence, or a line ("Leeds win at home\nWinger Lee Sharpe hit
    ...": the parse may run a headline or a line of its own into the next line's sentence)?"""
    return i == 0 or doc[i].is_sent_start or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _clause_opener(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Is the range's first word a preposition or a gerund that opens the sentence and governs
    the name ("Without Charles, it is hard to imagine ...", "Following Brown's speech",
    "Entering Westminster, he came to share an office")? Its capital is the sentence's: the
    preposition's object is the name, or the gerund's clause ends with it at a comma."""
    tok = doc[start]
    if not (opens_sentence(doc, start) and tok.is_title
            and fold(tok.text) not in lex.given_names):
        return False
    if tok.tag_ == "IN":
        return doc_tokens(doc).root(start + 1, end).head.i == start
    return tok.tag_ == "VBG" and end < len(doc) and doc[end].text == ","


def _sentence_opener(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Is the range's first word an adverb or adjective that opens the sentence, glued to a
    name the document also names without it ("Nevertheless Franz Ferdinand were ...",
    "Legitimate Bollywood film distributors" beside "Bollywood"), or a common noun glued to a
    country ("Veteran US television host")? Its capital is the
    sentence's. A word of the name itself ("Only Fools and Horses", "British Airways") is not
    dropped: the rest of it is named alone nowhere else."""
    dt = doc_tokens(doc)
    toks = dt.tokens
    if end - start < 2:
        return False
    tok = toks[start]
    if _clause_opener(doc, start, end, lex):
        return True
    if end - start == 2 and tok.ent_type_ == "PERSON" and toks[start + 1].ent_type_ == "PERSON":
        return False  # a given name the list lacks, tagged an adjective ("Rhian Beynon")
    if not (
        opens_sentence(doc, start)
        and tok.is_title
        # a common noun or a gerund opens one too ("Veteran US television host ...",
        # "Bookmakers Ladbrokes said ... Ladbrokes",
        # "Praising Celtic and Rangers, she said")
        and (tok.pos_ in ("ADV", "ADJ") or tok.tag_ in ("NN", "VBG")
             or tok.lower_ in lex.org_classifiers)  # tagged NNP: "Bookmakers"
        and fold(tok.text) not in lex.given_names
        and fold(tok.text) not in lex.demonyms
        and toks[start + 1].text[:1].isupper()
    ):
        return False
    country = fold(dt.span_text(start + 1, end))
    if tok.tag_ == "NN" and (
        country in lex.countries or fold(lex.alias_to_canonical.get(country, "")) in lex.countries
    ):
        return True
    rest = [t.lower_ for t in toks[start + 1 : end]]
    size = len(rest)
    return any(
        [t.lower_ for t in toks[ent.start : ent.end]][-size:] == rest
        and ent.start != start
        and ent.end != end
        for ent in doc_tokens(doc).ents
    )


# How participles and gerunds end ("Unseeded", "Bumping"), which the model may tag as names.
_PARTICIPLE_ENDINGS = ("ed", "ing")


def _participle_opener(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Is the range's first word shaped as a participle or a gerund, opening the sentence before
    a person's name ("Unseeded Patrick Rafter recorded ...", "Bumping Agassi up to sixth" beside
    "Andre Agassi")? The model tags such a word a name; its capital is the sentence's. Only
    before a given name and a surname, or a surname alone of a person named in full elsewhere
    ("Browning Smith", a name the text gives nowhere else, keeps its first word)."""
    if end - start < 2:
        return False
    tok = doc[start]
    word = tok.lower_
    if not (
        opens_sentence(doc, start)
        and tok.is_title
        and len(word) > 5
        and word.endswith(_PARTICIPLE_ENDINGS)
        and fold(tok.text) not in lex.given_names
    ):
        return False
    if end - start >= 3:
        return fold(doc[start + 1].text) in lex.given_names
    last = doc[start + 1].text
    return any(ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text == last
               and ent.start != start for ent in doc_tokens(doc).ents)


_AMOUNT = re.compile(r"^[$£€]?\d[\d.,]*(?:bn|m|tn)$")  # "2bn", "£5m"; not "3M"


def _honorific_opening_next(doc: Doc, end: int, lex: Lexicon) -> bool:
    """Is the range's last word an honorific before a capitalised word outside it ("Times
    Mr" + "Campbell")?"""
    toks = doc_tokens(doc).tokens
    return (
        toks[end - 1].lower_.rstrip(".") in lex.honorifics
        and end < len(doc)
        and toks[end].text[:1].isupper()
        and toks[end].is_alpha
    )


def clean_bounds(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Trim a token range to the name: no article, possessive, punctuation, numbers, breaks."""
    dt = doc_tokens(doc)
    toks = dt.tokens
    kept = end if end - start >= 2 and _possessive_name(doc, start, end) else None
    if kept is not None:
        end -= 1  # trimmed without the name's own possessive, which is given back below
    # Cut at a line break or a possessive marker inside the span; keep the longest part.
    parts: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        tok = toks[i]
        if (
            (tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"))
            and start < i < end - 1
            and toks[i - 1].lower_ in lex.possessive_name_words
            and toks[i + 1].text[:1].isupper()
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
    start, end = max(parts, key=lambda p: (dt.span_text(p[0], p[1]).strip() != "", p[1] - p[0]))

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

    while start < end and droppable_left(toks[start]):
        start += 1
    if _sentence_opener(doc, start, end, lex) or _participle_opener(doc, start, end, lex):
        start += 1  # "Nevertheless Franz Ferdinand were": the name is "Franz Ferdinand"
    while end > start and droppable_right(toks[end - 1]):
        if _numbered(doc, start, end - 1, lex):
            break  # "Channel 4": the name's own number
        end -= 1
    if end - start >= 2 and _AMOUNT.match(toks[end - 1].text):
        end -= 1  # "awarded Varig 2bn reais": the sum is not the name's
    if end - start >= 2 and _honorific_opening_next(doc, end, lex):
        end -= 1  # "told the Times Mr Campbell would": the honorific is the next name's
    # A closing bracket only stays with its opening one.
    if end > start and toks[end - 1].text == ")" and "(" not in dt.span_text(start, end):
        end -= 1
    if kept is not None and end == kept - 1 and end > start:
        end = kept
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
    puts it into the name, which then stood apart from "Mary Wanjiru"). A title word that is
    also a given name stays before a surname alone ("Dean Headley"; ``given_name_titles``),
    unless the sentence speaks of what the title heads ("Dean Smith said the college would
    close": Smith; ``given_name_title_cues``) or the next word is a given name too ("Major
    Thomas", "Earl Howard" read as a title more often than not; so "Dean Martin" loses Dean:
    a miss, where the other way round a title would make a stray person)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    while end - start > 1:
        words = title_words_at(ctx, start, end)
        if words > 1:
            start += words  # "Air Marshal", "Rear Admiral": a rank of two words or more
            continue
        low = toks[start].lower_.rstrip(".")
        if (end - start == 2 and low in lex.given_name_titles and toks[start].is_title
                and fold(toks[start + 1].text) not in lex.given_names
                and not any(t.lower_ in lex.given_name_title_cues for t in sent_of(toks[start]))):
            break
        titled = low in lex.honorifics or low in lex.title_last_words or low in lex.titles
        if not (
            titled
            or _slogan_verb(ctx, start)
            or _date_word(ctx, start)
            or (end - start >= 3 and _nationality_before_name(ctx, start))
            or _role_opening_sentence(ctx, start)
        ):
            break
        start += 1
    return start


def _slogan_verb(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a verb of a slogan or call opening a clause before a name ("Vote Blair,
    Get Brown", ``slogan_verbs``), which the model took into a person's name? Never a given
    name ("Bill Gates", "Will Smith")."""
    doc, tok = ctx.doc, ctx.doc[i]
    toks = doc_tokens(doc).tokens
    return (
        tok.is_title
        and tok.lower_ in ctx.lex.slogan_verbs
        and fold(tok.text) not in ctx.lex.given_names
        and (i == 0 or tok.is_sent_start or toks[i - 1].is_punct)
    )


def _date_word(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a day of the week, or a month after a word that dates ("in March",
    "last May"), which the model took into a person's name ("Last Friday Mitchell, who ...",
    "in March Kaczmarek cancelled")? A month that is a given name too ("June") stays."""
    toks = doc_tokens(ctx.doc).tokens
    tok = toks[i]
    word = tok.lower_
    if not tok.is_title or fold(tok.text) in ctx.lex.given_names:
        return False
    if word in WEEKDAYS:
        return True
    before = toks[i - 1].lower_ if i > 0 else ""
    return len(word) > 3 and word in MONTHS and before in _DATING_WORDS


def title_words_at(ctx: ActorContext, start: int, end: int) -> int:
    """How many words of a title of two words or more from ``titles.txt`` open the range
    ``start:end`` and leave a word after them ("Air Marshal" of "Air Marshal Brian Burridge",
    "Air Vice-Marshal"); 0 when none does."""
    doc, titles = ctx.doc, ctx.lex.titles
    dt = doc_tokens(doc)
    for k in range(min(_MAX_TITLE_TOKENS, end - start - 1), 1, -1):
        if dt.span_text(start, start + k).lower() in titles:
            return k
    return 0


def _role_opening_sentence(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a noun for what someone is, opening a sentence before a person's name
    ("Rapper Eminem is to play", "Singers Jennifer Lopez and Marc Anthony", "Broadcaster Chris
    Evans has begun")? Its capital is the sentence's, not the name's. A person's noun of
    ``person_descriptions`` or a title, singular or plural; a noun bodies are called by too
    (``body_descriptions``) only before a given name. Never a given name itself, nor a word
    the text writes capitalised before the same word inside a sentence too ("Comic Relief":
    the name's own word)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    tok = toks[i]
    if not opens_sentence(doc, i) or not tok.is_title:
        return False
    if fold(tok.text) in lex.given_names:
        return False
    words = {tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_}
    kinds = readings()
    role = bool(words & (kinds["person_descriptions"] | lex.titles)) or (
        bool(words & kinds["body_descriptions"]) and fold(toks[i + 1].text) in lex.given_names
    )
    # Only a role word is worth the walk over the document for the name's own use of it.
    return role and not (i + 1 < len(doc) and any(
        t.text == tok.text and not opens_sentence(doc, t.i)
        and toks[t.i + 1].text == toks[i + 1].text
        for t in toks[:-1]
    ))


def _nationality_before_name(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a nationality (not also a given name: "Christian Slater") opening a
    person's name?"""
    toks = doc_tokens(ctx.doc).tokens
    tok, lex = toks[i], ctx.lex
    key = fold(tok.text)
    return (
        tok.text[:1].isupper()
        and key in lex.demonyms
        and key not in lex.given_names
        and (not tok.lower_.endswith("s") or tok.lower_ == "swiss")  # a plural: a group
        and toks[i + 1].text[:1].isupper()
    )


def plausible_name(ctx: ActorContext, start: int, end: int) -> bool:
    """A name has a capitalised word, is not a number, and is not a listed non-actor nor a
    generational suffix alone ("Jr")."""
    if end <= start:
        return False
    dt = doc_tokens(ctx.doc)
    span = dt.tokens[start:end]
    text = dt.span_text(start, end)
    if fold(text) in ctx.lex.non_actors or not any(ch.isalpha() for ch in text):
        return False
    if fold(text) in ctx.lex.generational_suffixes:
        return False  # "Jr" the model tagged alone: part of a name, never a name or an alias
    if fold(text) in ctx.lex.types:
        return True  # a name the lexicon knows, however short ("U2", "3G")
    if _rank_before_person(ctx, start, end):
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
    words = [
        t
        for t in span
        if t.is_alpha
        or "." in t.text
        or _APOSTROPHE_WORD.fullmatch(t.text)
        or _AMPERSAND_WORD.fullmatch(t.text)
    ]
    if not any(t.text[:1].isupper() for t in words):
        return False
    if all(
        t.like_num or not (t.is_alpha or _APOSTROPHE_WORD.fullmatch(t.text))
        for t in span
        if not t.is_punct
    ):
        return len(text) > 2 and any(ch.isupper() for ch in text)
    return len(text) >= 2


def _rank_before_person(ctx: ActorContext, start: int, end: int) -> bool:
    """"Lance Corporal" the model tags apart from the person's name right after it
    ("Lance Corporal Johnson Beharry"): a title, no name."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    return (
        end < len(doc)
        and dt.span_text(start, end).lower() in ctx.lex.titles
        and toks[end].ent_iob_ == "B"
        and toks[end].ent_type_ == "PERSON"
    )


def title_possessive(ctx: ActorContext, i: int) -> bool:
    """Is token ``i`` a title with a possessive after it ("Sheriff" of "the Sheriff's
    detective")? The title stands for the person who holds it."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    word = toks[i].lower_.rstrip(".")
    return (
        word in lex.title_last_words
        and word not in lex.honorifics
        and toks[i].text[:1].isupper()
        and i + 1 < len(doc)
        and toks[i + 1].tag_ == "POS"
    )
