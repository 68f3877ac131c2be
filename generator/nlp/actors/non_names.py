"""Capitalised words the model takes for names that name no one.

- "less than 384 kilobits per second (Kbps)", "radio frequency ID (RFID) tags", "440,700
  megawatts (MW)": an abbreviation in brackets whose letters open the lower-case words right
  before it (initials among them), or stand in order in the one word before it, abbreviates
  a unit or a common phrase, not a body; so do its other mentions.
- "Children's author Judy Blume": a one-word "person" that opens a sentence and that the text
  uses elsewhere in lower case as a plural noun ("children") is that common noun (a singular
  one may be a name: "Rose", "Hope").
- "Commuters crowded the platforms": a one-word name opening a sentence that the tagger reads
  as a common plural noun (``NNS``, not ``NNPS`` as in "Democrats") and that the text never
  writes capitalised inside a sentence is that plural noun, not a body ("the Lakers" later in
  the text keeps "Lakers").
- "the Rt Rev Dr Tom Wright" cut before the name: a "name" made only of titles, honorifics and
  styles (``style_words`` in ``patterns/readings.yml``).
- "her Criminal Justice Plan", "the Human Rights Bill": capitalised words the parser hangs on
  the head word of a plan's or a law's name (``document_heads``, ``law_heads``) name the
  document, not a person.
- "similarities to Wife Swap": a capitalised kin noun right before a one-word "person" that
  is no given name makes the two words one name, a show's or a book's, not a person's ("Mother
  Teresa" keeps her given name).
- "visitors to the Library", "the Valencia people", "British Library gets wireless net": a
  one-word "person" after "the" (before a noun, only one the text names once: "the Bofra
  virus" tells what "Bofra" is elsewhere), or a body's or a place's head word (``org_heads``,
  ``place_heads``) that the text also writes at the end of such a name ("British Library"),
  is no person's name ("Park scored and Hall was booked" keeps its surnames), unless a person
  named in full in the text has it ("the Blair government" beside "Tony Blair", "Mr Hall"
  beside "Peter Hall") or it leads a government (``leader_nouns``: "the Monti government").
- "made an OBE", "Young People" of "Minister for Children, Young People and Families":
  post-nominal letters alone, and portfolio words (``post_nominals``).
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.classify import honorific_before
from generator.nlp.actors.context import ActorContext, Candidate, is_title_word
from generator.nlp.actors.described import readings
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.post_nominals import in_portfolio, only_post_nominals
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def _phrase_word(tok) -> bool:
    """A word of a common phrase: lower case, or initials inside it ("radio frequency ID")."""
    return tok.is_alpha and (tok.is_lower or (tok.is_upper and len(tok.text) <= 3))


def _phrase_abbreviation(doc, i: int) -> bool:
    """"kilobits per second (Kbps)", "radio frequency ID (RFID)": is token ``i``, in brackets,
    an abbreviation whose letters the words before the bracket open, lower-case words (and
    initials among them), none a name's capitalised word?"""
    toks = doc_tokens(doc).tokens
    if i < 2 or i + 1 >= len(doc) or toks[i - 1].text != "(" or toks[i + 1].text != ")":
        return False
    letters = toks[i].text.lower()
    if not letters.isalpha() or not 2 <= len(letters) <= 6:
        return False
    words = []
    j = i - 2
    while j >= 0 and _phrase_word(toks[j]) and len(words) < len(letters):
        words.insert(0, toks[j].lower_)
        j -= 1
    if not any(w.islower() for w in (toks[k].text for k in range(j + 1, i - 1))):
        return False  # "the BBC ID (BID)": no common phrase
    for k in range(len(words), 1, -1):  # "the use of radio frequency ID": from "radio"
        initials = "".join(w[0] for w in words[-k:])
        # "kilobits per second" -> "kps" is in "kbps" in order: every word's initial is used
        it = iter(letters)
        if letters[0] == initials[0] and all(ch in it for ch in initials):
            return True
    # "megawatts (MW)": one word holding the letters in order, from its first
    last = words[-1] if words else ""
    it = iter(last)
    return last.isalpha() and last.islower() and last[0] == letters[0] and all(
        ch in it for ch in letters)


def phrase_abbreviations(ctx: ActorContext) -> frozenset[str]:
    """The abbreviations the text spells out as a common phrase, wherever it uses them
    ("digital terrestrial TV (DTT)": "DTT" elsewhere is that phrase too, no body)."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    words = dt.words
    bracketed = (i for i in range(1, len(words) - 1) if words[i - 1] == "(" and words[i + 1] == ")")
    return frozenset(words[i] for i in bracketed if _phrase_abbreviation(doc, i))


def _common_noun(ctx: ActorContext, c: Candidate, lower_nouns: frozenset[str]) -> bool:
    """"Children's author ...": a sentence's first word the text writes in lower case as a noun."""
    toks = doc_tokens(ctx.doc).tokens
    tok = toks[c.start]
    return (
        c.end - c.start == 1
        and c.type == ActorType.PERSON
        and tok.is_sent_start
        and tok.lower_ in lower_nouns
    )


def _opening_plural(ctx: ActorContext, c: Candidate, inside: frozenset[str]) -> bool:
    """"Commuters crowded ...": a sentence's first word, a common plural noun, capitalised only
    there."""
    toks = doc_tokens(ctx.doc).tokens
    tok = toks[c.start]
    return (
        c.end - c.start == 1
        and c.type in (ActorType.PERSON, ActorType.ORGANIZATION)
        and not c.titled
        and tok.is_sent_start
        and tok.is_title
        and tok.tag_ == "NNS"
        and tok.lemma_ != tok.text
        and tok.text not in inside
    )


def _only_titles(ctx: ActorContext, c: Candidate) -> bool:
    """"Rt Rev Dr": every word a title or an honorific. Not a title after an honorific that is
    the surname of a person the document names in full ("Rick Dean ... says Mr Dean")."""
    toks = doc_tokens(ctx.doc).tokens
    lex, styles = ctx.lex, readings()["style_words"]
    if (
        c.end - c.start == 1
        and toks[c.start].lower_ in ctx.surnames
        and honorific_before(ctx, c.start, c.end)
    ):
        return False
    return all(
        is_title_word(t, lex) or fold(t.text).rstrip(".") in lex.honorifics
        or t.lower_.rstrip(".") in styles
        for t in toks[c.start : c.end]
    )


def _one_of_a_nation(ctx: ActorContext, c: Candidate) -> bool:
    """"the Dutchman", "the Scot": in a sports report, a nationality's noun for one person after
    "the" stands for a player or a manager, not for the nation's people (no group)."""
    toks = doc_tokens(ctx.doc).tokens
    return (
        ctx.sports
        and c.end - c.start == 1
        and c.start > 0
        and toks[c.start - 1].lower_ == "the"
        and toks[c.start].is_title
        and toks[c.start].lower_ in readings()["nationality_epithets"]
        and not (c.end < len(toks) and toks[c.end].pos_ in ("NOUN", "PROPN"))
    )


def _document_words(ctx: ActorContext, c: Candidate) -> bool:
    """"her Criminal Justice Plan": a person whose last word hangs on a plan's or a law's head."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    last = toks[c.end - 1]
    nxt = toks[c.end] if c.end < len(doc) else None
    return (
        c.type == ActorType.PERSON
        and nxt is not None
        and nxt.is_title
        and nxt.lower_ in lex.document_law_heads
        and last.head.i == nxt.i
        and last.dep_ in ("compound", "amod", "nmod")
    )


def _kin_word_name(ctx: ActorContext, c: Candidate) -> bool:
    """"Wife Swap": a one-word person after a capitalised kin noun, no given name."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    prev = toks[c.start - 1] if c.start else None
    return (
        c.type == ActorType.PERSON
        and c.end - c.start == 1
        and prev is not None
        and prev.is_title
        and prev.lower_ in ctx.lex.kin_nouns
        and fold(toks[c.start].text) not in ctx.lex.given_names
    )


def _after_the(
    ctx: ActorContext, c: Candidate, named: frozenset[str], once: set[str], tails: frozenset[str]
) -> bool:
    """"visitors to the Library", "British Library gets wireless net": a one-word person after
    "the", or a body's or a place's head word after "the" or that the text ends such a name
    with (``tails``), no one's name ("Park scored and Hall was booked": surnames). Before a
    noun ("the Bofra virus") only a name the text uses once: the noun tells what its other
    mentions are."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    word = toks[c.start]
    nxt = toks[c.end] if c.end < len(doc) else None
    modifier = nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
    if modifier and nxt.lower_ in lex.leader_nouns:
        return False  # "the Monti government": its leader's
    after_the = c.start >= 1 and toks[c.start - 1].lower_ == "the"
    return (
        c.type == ActorType.PERSON
        and c.end - c.start == 1
        and not c.titled
        and word.text not in named
        and (
            (after_the
             and not c.nested  # "the Lincoln Memorial" honours Lincoln
             and (not modifier or word.text in once))
            or (word.lower_ in lex.body_place_heads and (after_the or word.text in tails))
        )
    )


def _name_tails(ctx: ActorContext) -> frozenset[str]:
    """Bodies' and places' head words the text writes after a capitalised word that is no
    person's ("British Library", "Stamford Bridge"): the names it ends."""
    doc, heads = ctx.doc, ctx.lex.body_place_heads
    toks = doc_tokens(doc).tokens
    return frozenset(
        t.text for t in toks[1:]
        if t.is_title and t.lower_ in heads
        and (prev := toks[t.i - 1]).is_title and prev.is_alpha and prev.ent_type_ != "PERSON"
    )


def drop_non_names(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less those that name no one (see the module's doc)."""
    dt = doc_tokens(ctx.doc)
    toks = dt.tokens
    # plural nouns only ("children"): a one-word name may be a singular noun too ("Rose", "Hope")
    lower_nouns = frozenset(
        t.lower_ for t in toks if t.is_lower and t.pos_ == "NOUN" and t.tag_ == "NNS"
    )
    # words written capitalised inside a sentence ("the Lakers"): a name, wherever it opens one
    inside = frozenset(t.text for t in toks if t.is_title and not t.is_sent_start)
    spelt = phrase_abbreviations(ctx)
    # words of the names of people named in full ("Tony Blair"): "the Blair government" is his
    named = frozenset(
        t.text for c in cands if c.type == ActorType.PERSON and c.end - c.start >= 2
        for t in toks[c.start : c.end]
    )
    seen = Counter(dt.span_text(c.start, c.end) for c in cands)
    once = {text for text, n in seen.items() if n == 1}
    tails = _name_tails(ctx)
    return [
        c for c in cands
        if not (only_post_nominals(ctx, c) or in_portfolio(ctx, c) or _one_of_a_nation(ctx, c))
        and not (c.end - c.start == 1 and toks[c.start].text in spelt
                 and fold(toks[c.start].text) not in ctx.lex.types)
        and (c.strong or not (
            _common_noun(ctx, c, lower_nouns)
            or _opening_plural(ctx, c, inside)
            or (c.type == ActorType.PERSON and _only_titles(ctx, c))
            or _document_words(ctx, c)
            or _kin_word_name(ctx, c)
            or _after_the(ctx, c, named, once, tails)
        ))
    ]
