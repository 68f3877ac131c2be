"""Issue 15 (claims27): source rules of this round, one test each. Self-written sentences
through the real model, rules alone unless a test says otherwise."""

from __future__ import annotations

import dataclasses

from claimkit import claim_with, content_of

from generator.nlp.claims import extract_attributions, load_lexicon


def test_a_stance_received_is_the_givers(nlp) -> None:
    # the subject receives the criticism; the councillors criticise, and the plan is what
    # they criticise (the subject was the source and the councillors the content)
    text = "The new tax plan drew sharp criticism from several city councillors."
    claim = claim_with(nlp, text, "drew sharp criticism from")
    assert claim.source_text == "several city councillors"
    assert content_of(text, claim) == "The new tax plan"
    text = "The mayor won the endorsement of the teachers union last week."
    claim = claim_with(nlp, text, "won the endorsement of")
    assert (claim.source_text, content_of(text, claim)) == ("the teachers union", "The mayor")


def test_a_feeling_caused_is_the_one_who_feels_it(nlp) -> None:
    # an active verb of feeling: the investors are rattled, by the ruling
    # ("rattle" as a learned verb, as PolNeAR's table once had it: the rule, not the table)
    lex = load_lexicon()
    lex = dataclasses.replace(lex, learned_verbs={**lex.learned_verbs, "rattle": "assertion"})

    def claim(text: str, cue: str):
        (found,) = [a for a in extract_attributions(nlp(text + "\n"), lex, classifier=False)
                    if a.cue_text == cue]
        return found

    text = "The ruling rattled many investors in the city."
    found = claim(text, "rattled")
    assert (found.source_text, content_of(text, found)) == ("many investors", "The ruling")
    # with a particle it is a verb of speaking, whose subject speaks
    found = claim("The speaker rattled off a list of names.", "rattled off")
    assert found.source_text == "The speaker"


def test_a_classified_passive_takes_its_agent(nlp) -> None:
    # a cue only the classifier finds, in the passive: the "by" agent is the source and the
    # noun the participle is said of the content (the agent was the content, with no source)
    text = "The city described by the mayor on Tuesday is a different place."
    claim = claim_with(nlp, text, "described", classifier=True)
    assert (claim.source_text, content_of(text, claim)) == ("the mayor", "The city")


def test_a_passive_verb_of_feeling_is_its_subjects_feeling(nlp) -> None:
    # "outrage" is a verb of feeling: the farmers feel it about the rules (it had no
    # source: the subject of a passive is not its source for other verbs)
    text = "Local farmers have been outraged by the new rules."
    claim = claim_with(nlp, text, "been outraged", classifier=True)
    assert (claim.source_text, content_of(text, claim)) == ("Local farmers", "the new rules")


def test_more_words_name_someone_or_a_document(nlp) -> None:
    # these heads were read as things, and a thing names no source
    claim = claim_with(nlp, "The couple said the house had been sold in March.", "said")
    assert (claim.source_text, claim.source_kind) == ("The couple", "person")
    claim = claim_with(nlp, "None of the senators argued that the bill would pass.", "argued")
    assert (claim.source_text, claim.source_kind) == ("None of the senators", "anonymous")
    claim = claim_with(nlp, "The court summary says the company knew about the leak.", "says")
    assert (claim.source_text, claim.source_kind) == ("The court summary", "document")


def test_an_inverted_speaker_after_a_quote_is_the_source(nlp) -> None:
    # the parse takes the phrase after the verb for its object, and the verb had no source
    text = "“Everyone should stay at home,” read the email."
    claim = claim_with(nlp, text, "read")
    assert claim.source_text == "the email"
    assert content_of(text, claim) == "“Everyone should stay at home,”"
