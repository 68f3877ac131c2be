"""The tense of a summary: a headline's present for the news, the past for background.

A summary says an event in the simple present, as a headline does ("Police arrest two men"),
but a simple past that the text tells as background to the news keeps its past: in a relative
clause ("an incident that occurred at the behest of Washington") or a clause of time ("since
Labour won power in 1997"; the marks are ``background_marks`` in ``patterns/events.yml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of
from generator.nlp.events.lexicon import Lexicon


def background_past(verb: Token, lexicon: Lexicon) -> bool:
    """Say whether a verb is a simple past told as background, whose summary keeps its past."""
    if verb.tag_ != "VBD" or not verb.text.isalpha():
        return False
    first = verb  # "an incident that occurred ... and shocked ...": the first verb's clause
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head != first:
        first = first.head
    return first.dep_ == "relcl" or first.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lexicon.background for c in children_of(first))
