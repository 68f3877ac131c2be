"""Issue 15 (cues31): a headline colon the parser ends its sentence at still credits what
follows on the line. Self-written headlines through the real model, the rules alone."""

from __future__ import annotations

from generator.nlp.claims import extract_attributions


def test_headline_colon_split_from_its_sentence(nlp) -> None:
    # the parser makes "Clinton to Planned Parenthood:" a sentence of its own; what is said
    # is the next sentence of the line (no claim was found before)
    text = "Clinton to Planned Parenthood: Trump will reverse the ruling.\n\nShe spoke on Friday.\n"
    doc = nlp(text)
    colon = next(t for t in doc if t.text == ":")
    assert colon.i == colon.sent.end - 1  # the case the fix is for
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == ":"]
    assert claim.source_text == "Clinton to Planned Parenthood"
    assert text[claim.content[0] : claim.content[1]] == "Trump will reverse the ruling"

    # a label line ending with a colon does not take the next paragraph as its content
    label = "Senator Clinton to Planned Parenthood:\n\nThe vote is set for Tuesday in the House.\n"
    assert not [a for a in extract_attributions(nlp(label), classifier=False) if a.cue_text == ":"]
