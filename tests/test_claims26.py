"""Issue 15 (claims26): the source rules of this round, one test each. Self-written
sentences through the real model, rules alone."""

from __future__ import annotations

from generator.nlp.claims import extract_attributions


def test_a_page_label_before_a_colon_is_no_speaker(nlp) -> None:
    text = "UPDATE: The website that listed the rifle for sale has taken the page down.\n"
    sources = [a.source_text for a in extract_attributions(nlp(text), classifier=False)]
    assert "UPDATE" not in sources
    # a transcript's label still names the speaker of the turn
    text = "WALLACE: Let's start with the economy and what you would do first.\n"
    (claim,) = [a for a in extract_attributions(nlp(text), classifier=False) if a.cue_text == ":"]
    assert (claim.source_text, claim.source_kind) == ("WALLACE", "person")


def test_a_name_with_an_apostrophe_is_no_thing(nlp) -> None:
    # the tagger takes "O’Donnell" for a common noun; the apostrophe hid that it is a name,
    # so the source was read as a thing and dropped
    doc = nlp("“It is taxing on campaign resources,” O’Donnell said.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "said"]
    assert claim.source_text == "O’Donnell"
    assert claim.source_kind is not None and claim.source_kind != "thing"


def test_a_floating_quantifier_is_no_part_of_the_source(nlp) -> None:
    doc = nlp("Smith and Jones both argued that the plan would fail.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "argued"]
    assert claim.source_text == "Smith and Jones"
    doc = nlp("The three candidates all said the tax would fall on the middle class.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "said"]
    assert claim.source_text == "The three candidates"
    # a quantifier that heads the phrase stays: "all of them"
    doc = nlp("All of them said the tax would fall on the middle class.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "said"]
    assert claim.source_text == "All of them"


def test_group_words_name_a_body(nlp) -> None:
    # "force", "circle" were read as things, and the claim lost its source
    doc = nlp("On Monday the task force announced that monitoring would be tougher.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "announced"]
    assert (claim.source_text, claim.source_kind) == ("the task force", "organization")
    doc = nlp("His inner circle believes that the nominee has earned the right to choose.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "believes"]
    assert (claim.source_text, claim.source_kind) == ("His inner circle", "organization")


def test_an_infinitive_under_a_predicate_adjective_takes_the_copulas_subject(nlp) -> None:
    doc = nlp("The mayor was careful to stress that no decision had been made.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if "stress" in a.cue_text]
    assert claim.source_text == "The mayor"
    # not after "likely": the writer's forecast (tests/test_extract_claims.py has the case)
    doc = nlp("Her client was likely to sue the comedian.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if "sue" in a.cue_text]
    assert claim.source is None


def test_an_inverted_verb_takes_the_name_after_it(nlp) -> None:
    # the parse made "Bopp" the subject of "told" and left "said" with none
    doc = nlp("\"We should oppose that,\" said Jim Bopp, a member of the platform committee, "
              "told reporters last month.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "said"]
    assert claim.source_text.startswith("Jim Bopp")
    # no comma or quote mark before the verb: the name after it is the content's subject
    doc = nlp("Last week said Clinton was not the originator of the emails.\n")
    (claim,) = [a for a in extract_attributions(doc, classifier=False) if a.cue_text == "said"]
    assert claim.source_text is None
