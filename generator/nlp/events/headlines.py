"""Events in headlines: Title Case or CAPITAL lines the tagger reads as a string of names.

"Lindsay Lohan Checks Into Rehab" comes out of the tagger as six proper nouns, so the verb
rules see no verb. In a headline-cased sentence, a word whose lower-case form inflects a verb
the lexicons know ("Checks" -> "check") or is an event noun ("Shooting", "Riot") is taken as a
trigger; the headline itself, which is a summary already, is the event's summary.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from generator.nlp.doc_tokens import doc_tokens
from generator.nlp.events.context import EventContext, EventParts

# Small words a Title Case headline leaves in lower case.
_SMALL = frozenset([
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "into", "as", "vs"
])


def is_headline(sent: Span) -> bool:
    """Say whether ``sent`` is set in Title Case or capitals (at least three words)."""
    dt = doc_tokens(sent.doc)
    words = [t for t in dt.tokens[sent.start:sent.end] if t.is_alpha and t.lower_ not in _SMALL]
    if len(words) < 3 or (dt.span_text(sent.start, sent.end).rstrip().endswith((".", "?", "!"))
                          and len(words) > 12):
        return False
    capital = sum(1 for t in words if t.text[0].isupper())
    return capital >= 0.8 * len(words)


def _verb_lemma(word: str, known: frozenset[str]) -> str | None:
    """The known verb ``word`` inflects: "checks" -> "check", "clinched" -> "clinch"."""
    for suffix, rep in (("", ""), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                        ("ing", ""), ("ing", "e"), ("ies", "y"), ("ied", "y")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + rep if suffix else word
            if stem in known:
                return stem
    return None


def headline_events(sent: Span, ctx: EventContext, used: set[int]) -> Iterator[EventParts]:
    """Triggers the tagger missed in a headline-cased sentence."""
    lex = ctx.lex
    known = ctx.concepts.verbs | frozenset(lex.verb_class)
    summary = " ".join(sent.text.split())
    for tok in sent:
        if tok.i in used or not tok.is_alpha or tok.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
            continue
        word = tok.lower_
        if word in _SMALL or word in lex.reporting or word in lex.excluded:
            continue
        if word in lex.event_nouns or word.endswith("s") and word[:-1] in lex.event_nouns:
            lemma, kind = (word if word in lex.event_nouns else word[:-1]), "nominal"
        else:
            verb = _verb_lemma(word, known)
            if verb is None or verb in lex.reporting or verb in lex.excluded:
                continue
            lemma, kind = verb, "verbal"
        yield EventParts(trigger=tok, lemma=lemma, kind=kind, summary=summary,
                         span_tokens=tuple(sent))
