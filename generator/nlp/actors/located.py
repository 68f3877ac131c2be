"""Where a name stands: a one-word name read as a person's that the text puts where places go.

Kept apart from ``cues`` (which applies it with the document's other corrections) to keep
modules small.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate


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
