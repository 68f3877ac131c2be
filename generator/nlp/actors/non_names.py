"""Capitalised words the model takes for names that name no one.

- "less than 384 kilobits per second (Kbps)": an abbreviation in brackets whose letters open
  the lower-case words right before it abbreviates a unit or a common phrase, not a body.
- "Children's author Judy Blume": a one-word "person" that opens a sentence and that the text
  uses elsewhere in lower case as a plural noun ("children") is that common noun (a singular
  one may be a name: "Rose", "Hope").
- "Commuters crowded the platforms": a one-word name opening a sentence that the tagger reads
  as a common plural noun (``NNS``, not ``NNPS`` as in "Democrats") and that the text never
  writes capitalised inside a sentence is that plural noun, not a body ("the Lakers" later in
  the text keeps "Lakers").
- "the Rt Rev Dr Tom Wright" cut before the name: a "name" made only of titles, honorifics and
  styles (``style_words`` in ``patterns/readings.yml``).
- "made an OBE", "Young People" of "Minister for Children, Young People and Families":
  post-nominal letters alone, and portfolio words (``post_nominals``).
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate, is_title_word
from generator.nlp.actors.described import readings
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.post_nominals import in_portfolio, only_post_nominals
from generator.vocab import ActorType


def _phrase_abbreviation(ctx: ActorContext, c: Candidate) -> bool:
    """"kilobits per second (Kbps)": the letters open the lower-case words before the bracket."""
    doc = ctx.doc
    if c.end - c.start != 1 or c.start < 2 or c.end >= len(doc):
        return False
    if doc[c.start - 1].text != "(" or doc[c.end].text != ")":
        return False
    letters = doc[c.start].text.lower()
    if not letters.isalpha() or not 2 <= len(letters) <= 6:
        return False
    words = []
    i = c.start - 2
    while i >= 0 and doc[i].is_lower and doc[i].is_alpha and len(words) < len(letters):
        words.insert(0, doc[i].lower_)
        i -= 1
    initials = "".join(w[0] for w in words)
    # "kilobits per second" -> "kps" is in "kbps" in order: every word's initial is used
    it = iter(letters)
    return len(words) >= 2 and letters[0] == initials[0] and all(ch in it for ch in initials)


def _common_noun(ctx: ActorContext, c: Candidate, lower_nouns: frozenset[str]) -> bool:
    """"Children's author ...": a sentence's first word the text writes in lower case as a noun."""
    tok = ctx.doc[c.start]
    return (
        c.end - c.start == 1
        and c.type == ActorType.PERSON
        and tok.is_sent_start
        and tok.lower_ in lower_nouns
    )


def _opening_plural(ctx: ActorContext, c: Candidate, inside: frozenset[str]) -> bool:
    """"Commuters crowded ...": a sentence's first word, a common plural noun, capitalised only
    there."""
    tok = ctx.doc[c.start]
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
    """"Rt Rev Dr": every word a title or an honorific."""
    lex, styles = ctx.lex, readings()["style_words"]
    return all(
        is_title_word(t, lex) or fold(t.text).rstrip(".") in lex.honorifics
        or t.lower_.rstrip(".") in styles
        for t in ctx.doc[c.start : c.end]
    )


def drop_non_names(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less those that name no one (see the module's doc)."""
    # plural nouns only ("children"): a one-word name may be a singular noun too ("Rose", "Hope")
    lower_nouns = frozenset(
        t.lower_ for t in ctx.doc if t.is_lower and t.pos_ == "NOUN" and t.tag_ == "NNS"
    )
    # words written capitalised inside a sentence ("the Lakers"): a name, wherever it opens one
    inside = frozenset(t.text for t in ctx.doc if t.is_title and not t.is_sent_start)
    return [
        c for c in cands
        if not (only_post_nominals(ctx, c) or in_portfolio(ctx, c))
        and (c.strong or not (
            _phrase_abbreviation(ctx, c)
            or _common_noun(ctx, c, lower_nouns)
            or _opening_plural(ctx, c, inside)
            or (c.type == ActorType.PERSON and _only_titles(ctx, c))
        ))
    ]
