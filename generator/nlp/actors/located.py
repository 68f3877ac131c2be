"""Where a name stands: names the model mistypes that the text puts where places go.

- ``located_in``: a name the model reads as a body right after "in" is a town ("aid workers in
  Nairobi"). The model often tags a city it does not know as an organization. Right after
  "in" (no article: "in the Treasury" is a body) and with no dateline to vouch for it, such a
  name is where something happens: "officials in Nairobi said", "prayers continued in
  Calcutta". Not after the words of ``in_body_heads`` ("a stake in Costain", "confidence in
  Tarmac"), not an acronym ("in NATO"), not a name the lexicon lists, and not in a sentence
  written in capitals.
- ``located_names``: a one-word name read as a person's that the model tags a place elsewhere
  in the document and that stands after "in" or "at" (applied by ``cues`` with the
  document's other corrections).
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold

MAX_WORDS = 2


def located_in(ctx: ActorContext, label: str, start: int, end: int) -> bool:
    """Is the span a town the model read as a body, right after "in"?"""
    doc, lex = ctx.doc, ctx.lex
    if label != "ORG" or end - start > MAX_WORDS or start == 0 or ctx.caps[start]:
        return False
    prep = doc[start - 1]
    if prep.text != "in":
        return False
    span = doc[start:end]
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span):
        return False  # acronyms ("in NATO"), "in Al-Qaeda"
    root = span.root
    if root.dep_ != "pobj" or root.head.i != prep.i:
        return False
    if end < len(doc) and (doc[end].tag_ == "POS" or doc[end].lower_ in lex.org_cues):
        return False  # "in Tarmac's accounts", "in Costain shares"
    head = prep.head
    if head.lemma_.lower() in lex.in_body_heads or head.lower_ in lex.in_body_heads:
        return False
    key = fold(span.text)
    return key not in lex.types and key not in lex.alias_to_canonical


def located_names(ctx: ActorContext, cands: list[Candidate]) -> set[str]:
    """One-word names the model tags a place (GPE, LOC, FAC) somewhere in the document and
    that a candidate has right after "in" or "at" ("will hold its conference in Manchester"
    beside "Manchester" read as a man's name elsewhere): places wherever they stand."""
    doc = ctx.doc
    tagged = {e.text for e in doc.ents if len(e) == 1 and e.label_ in ("GPE", "LOC", "FAC")}
    return {
        doc[c.start].text
        for c in cands
        if c.end - c.start == 1
        and doc[c.start].text in tagged
        and doc[c.start].dep_ == "pobj"
        and c.start > 0
        and doc[c.start - 1].lower_ in ("in", "at")
    }
