"""Sources the PolNeAR error classes pointed at (issue 15, part 5), one rule a test: a
dateline is no part of the source, "According to X," keeps X when the parse swallowed the
clause, a listed passive with its agent, a verb the tagger took for a noun, a source that
leaves a quote or bracket open, and the evaluation's paragraphs. Self-written sentences
through the real model (one parse the model gives only for a corpus name is hand-built)."""

from __future__ import annotations

import pytest
import spacy

from generator.nlp.claims import extract_attributions
from generator.nlp.claims.phrase import closed
from quality.evaluate.polnear import as_articles
from tests.test_claims_rules import parsed, text_of


def _by_cue(nlp, text: str, classifier: bool = False) -> dict[str, tuple[str | None, str]]:
    """``{cue text: (source text, content text)}`` of a self-written text."""
    doc = nlp(text)
    out = {}
    for att in extract_attributions(doc, classifier=classifier):
        start, end = att.content
        out[att.cue_text] = (att.source_text, text[start:end])
    return out


@pytest.mark.parametrize(("text", "source"), [
    ("LONDON - Union leaders said on Friday that the strike would go ahead.", "Union leaders"),
    ("BERLIN -- Chancellor Anna Weber, speaking at a party meeting, said the coalition "
     "would hold.", "Chancellor Anna Weber"),  # the parse made BERLIN the head, Weber appos
    ("US-backed rebels said the town had fallen.", "US-backed rebels"),  # a hyphen, no dash
    ("Jo Hart - the mayor's aide - said the vote was fair.", "Jo Hart - the mayor's aide"),
])
def test_a_dateline_is_no_part_of_the_source(nlp, text: str, source: str) -> None:
    (found,) = [s for s, _ in _by_cue(nlp, text).values()]
    assert found == source


def test_according_to_keeps_its_source_when_the_parse_swallows_the_clause(nlp) -> None:
    text = "According to veteran radio host Sam Jones, the plan reeks of “panic” and will fail."
    assert nlp(text)[0].dep_ == "ROOT"  # the parse this rule is for
    assert _by_cue(nlp, text)["According to"] == (
        "veteran radio host Sam Jones", "the plan reeks of “panic” and will fail")


def test_a_listed_passive_with_its_agent_is_a_cue(nlp) -> None:
    by_cue = _by_cue(nlp, "The plan was first reported by The Daily Ledger on Monday.")
    assert by_cue["was first reported"] == ("The Daily Ledger", "The plan")
    # a verb of belief with an agent stays no cue of the rules: seeing is not saying
    assert _by_cue(nlp, "The crash was seen by dozens of drivers.") == {}


def test_a_verb_the_tagger_took_for_a_noun_keeps_its_subject() -> None:
    # the model parses "But <name> claims that …" so only for a name that is also a common
    # noun (a corpus name); this is that parse, hand-built: "claims" a plural noun, the
    # name its subject
    doc = parsed(spacy.blank("en").vocab, """
        But       2 cc       CCONJ CC  but
        Morales   2 nsubj    PROPN NNP Morales  B-PERSON
        claims    2 ROOT     NOUN  NNS claim
        that      6 mark     SCONJ IN  that
        he        6 nsubj    PRON  PRP he
        should    6 aux      AUX   MD  should
        be        2 ccomp    AUX   VB  be
        the       8 det      DET   DT  the
        exception 6 attr     NOUN  NN  exception
        .         2 punct    PUNCT .   .
    """)
    (att,) = extract_attributions(doc, classifier=False)
    assert (att.cue_text, att.source_text) == ("claims", "Morales")
    assert text_of(doc, att.content) == "that he should be the exception"


def test_a_claim_noun_with_a_thing_compounded_has_no_source(nlp) -> None:
    by_cue = _by_cue(nlp, "The bribery claim that he took money was dropped.")
    assert by_cue["claim"] == (None, "that he took money")  # not "bribery"


def test_a_source_that_leaves_a_quote_open_takes_the_closing_mark(nlp) -> None:
    text = "Dan Reed, host of the radio show “Morning Talk,” said the bill would fail."
    assert _by_cue(nlp, text)["said"][0] == "Dan Reed, host of the radio show “Morning Talk,”"
    rep = "Rep. Ann Lee (D-Va.) said"
    assert closed(rep, (0, rep.index("Va") + 2)) == (0, rep.index(")") + 1)
    assert closed(rep, (0, 12)) == (0, 12)  # nothing open: unchanged


def test_the_evaluation_reads_every_line_as_a_paragraph(nlp) -> None:
    text = "Mayor Backs New Bridge Plan\nThe mayor said the bridge would open in May."
    (doc,) = nlp.pipe(as_articles(nlp, [text]))
    starts = [s.start_char for s in doc.sents]
    assert text.index("The mayor") in starts  # the headline line is its own sentence
