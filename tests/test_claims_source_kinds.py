"""Source kinds the PolNeAR error classes pointed at (issue 15, part 5, third session), one
rule a test: a thing names no source, people words the agent endings miss, a quantity head
takes the kind of what it counts, and words for published material are documents.
Self-written sentences through the real model, rules alone."""

from __future__ import annotations

import spacy

from generator.annotations import ClaimMention
from generator.nlp.claims import extract_attributions
from tests.test_claims_rules import parsed


def _claim(nlp, text: str, cue: str) -> ClaimMention:
    """The rules' attribution with the cue text ``cue`` in a self-written sentence."""
    (found,) = [a for a in extract_attributions(nlp(text), classifier=False) if a.cue_text == cue]
    return found


def test_a_thing_names_no_source(nlp) -> None:
    claim = _claim(nlp, "The absence of any response suggests that the talks have failed.",
                   "suggests")
    assert (claim.source, claim.source_text, claim.source_kind) == (None, None, None)
    assert claim.weak  # and the pages do not show it
    # someone stays the source of the same sentence
    claim = _claim(nlp, "The mayor suggests that the talks have failed.", "suggests")
    assert (claim.source_text, claim.source_kind) == ("The mayor", "person")


def test_people_words_the_agent_endings_miss_name_someone(nlp) -> None:
    claim = _claim(nlp, "Some advocates for the plan said that the cost was too high.", "said")
    assert (claim.source_text, claim.source_kind, claim.weak) == (
        "Some advocates for the plan", "anonymous", False)
    claim = _claim(nlp, "The host said the show would end in May.", "said")
    assert (claim.source_text, claim.source_kind, claim.weak) == ("The host", "person", False)


def test_people_words_with_no_agent_ending_name_someone(nlp) -> None:
    # 2026-12-06 (claims25): "neurosurgeon", "mogul" were taken for things and lost their claim
    claim = _claim(nlp, "The retired neurosurgeon said that the plan would fail.", "said")
    assert (claim.source_text, claim.source_kind) == ("The retired neurosurgeon", "person")
    claim = _claim(nlp, "The mogul said the deal would close in May.", "said")
    assert (claim.source_text, claim.source_kind) == ("The mogul", "person")


def test_a_quantity_head_is_of_the_kind_it_counts(nlp) -> None:
    claim = _claim(nlp, "A handful of senators said the bill would pass.", "said")
    assert (claim.source_text, claim.source_kind, claim.weak) == (
        "A handful of senators", "anonymous", False)
    # a quantity of a thing is a thing, which names no source
    claim = _claim(nlp, "Much of the coverage suggests that the race is close.", "suggests")
    assert (claim.source_text, claim.weak) == (None, True)


def test_words_for_published_material_are_documents(nlp) -> None:
    claim = _claim(nlp, "The story says the mayor knew about the deal.", "says")
    assert (claim.source_text, claim.source_kind, claim.weak) == ("The story", "document", False)


def test_an_age_noun_names_someone(nlp) -> None:
    claim = _claim(nlp, "“We will win,” the 46-year-old said on Monday.", "said")
    assert (claim.source_text, claim.source_kind) == ("the 46-year-old", "person")


def test_a_clause_taken_for_the_source_gives_its_subject() -> None:
    # a misparse hangs a verb as the subject of the cue ("Critics watching said"): the
    # source is the verb's own subject, not the clause (hand-built: the model parses this
    # shape only inside long corpus sentences)
    doc = parsed(spacy.blank("en").vocab, """
        Critics   1 nsubj    NOUN  NNS critic
        watching  2 nsubj    VERB  VBG watch
        said      2 ROOT     VERB  VBD say
        the       4 det      DET   DT  the
        plan      6 nsubj    NOUN  NN  plan
        would     6 aux      AUX   MD  would
        fail      2 ccomp    VERB  VB  fail
        .         2 punct    PUNCT .   .
    """)
    (said,) = extract_attributions(doc, classifier=False)
    assert (said.source_text, said.source_kind) == ("Critics", "anonymous")


def test_a_message_saying_is_by_its_issuer_a_person_object_speaks_for_itself(nlp) -> None:
    # 2026-12-06 (claims25): "X issued a statement saying": X, as PolNeAR marks it
    claim = _claim(nlp, "The ministry issued a statement saying the plant will close.", "saying")
    assert claim.source_text == "The ministry"
    claim = _claim(nlp, "Clinton rebuffed a heckler saying that the plan would fail.", "saying")
    assert claim.source_text == "a heckler"


def test_a_name_compounded_on_a_thing_makes_no_source(nlp) -> None:
    """"The Microsoft search engine can answer ...", "The Glasgow meeting will see ...": a
    name before a thing's noun does not make the thing someone (the BBC site listed both
    as person sources); a name in apposition, or a person noun, still does."""
    claim = _claim(nlp, "The Microsoft search engine can also answer specific queries "
                        "directly rather than send people to a page.", "can also answer")
    assert (claim.source_text, claim.weak) == (None, True)
    claim = _claim(nlp, "The Glasgow meeting will see Holmes compete over 1500m.", "will see")
    assert (claim.source_text, claim.weak) == (None, True)
    claim = _claim(nlp, "The Microsoft spokesman said the deal was fair.", "said")
    assert claim.source_text == "The Microsoft spokesman" and not claim.weak
