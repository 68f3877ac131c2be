"""Issue 15 (claims28): the words of a source phrase. Self-written sentences through the real
model, rules alone."""

from __future__ import annotations

from claimkit import claim_with

from generator.nlp.claims.phrase import quote_end


def test_an_adjective_aside_is_not_the_source(nlp) -> None:
    # "worried about ..." says how the Republicans feel, not who they are (it was in the source)
    text = "Republicans, worried about the party's decline, said the plan would fail."
    assert claim_with(nlp, text, "said").source_text == "Republicans"


def test_an_adverb_aside_is_not_the_source(nlp) -> None:
    # "only a week later" says when the firm spoke, "surprisingly enough" how (both were in
    # the source)
    text = "The firm, only a week later, said the factory would close."
    assert claim_with(nlp, text, "said").source_text == "The firm"
    text = "The senator, surprisingly enough, said the plan would fail."
    assert claim_with(nlp, text, "said").source_text == "The senator"


def test_a_focusing_even_is_not_the_source(nlp) -> None:
    # "even" stresses who speaks and is not part of the name (it was in the source)
    text = "Even some of his closest friends said the speech was too long."
    assert claim_with(nlp, text, "said").source_text == "some of his closest friends"


def test_an_opening_quote_mark_does_not_close_a_quotation(nlp) -> None:
    # a curly opening mark after a comma opens a quotation (it was read as closing one run
    # into the phrase, and a source phrase could start after its own end)
    doc = nlp("Members got a note stating, \u201cSmith Joins The List.\u201d")
    assert quote_end(doc, range(len(doc))) is None
    # a closing mark after a comma still closes one (the phrase's words start after its
    # opening mark)
    doc = nlp("\u201cThat is fair,\u201d Smith, the mayor, said.")
    assert doc[quote_end(doc, range(1, len(doc)))].text == "\u201d"


def test_a_source_after_its_cue_keeps_the_comma_closing_its_aside(nlp) -> None:
    # the comma after "the head of the union" closes the aside the source opened, as it does
    # when the source comes first (it was left out)
    text = "The plan will fail, said Ann Lee, the head of the union, adding that talks would go on."
    assert claim_with(nlp, text, "said").source_text == "Ann Lee, the head of the union,"
