"""gender35: whom a claim's "he", "she" or "the company" is credited to when the claim
extractor's reading and the actor extractor's pronoun link differ. Self-written sentences
through the real model, and merge records written by hand."""

from __future__ import annotations

from test_merge import article, at, mention

from generator.merge import merge
from generator.nlp.actors import extract_actor_mentions
from generator.nlp.claims import extract_attributions
from generator.nlp.claims.lexicon import load_lexicon


def _credited(nlp, text: str, source: str, cue: str) -> str | None:
    """The words the claim of ``source`` with cue ``cue`` is credited to, as the annotator
    runs the extractors (the claim extractor sees the actor extractor's mentions)."""
    doc = nlp(text + "\n")
    found = extract_attributions(doc, actors=extract_actor_mentions(doc), classifier=False)
    (claim,) = [c for c in found if c.source_text == source and c.cue_text == cue]
    span = claim.resolved_source
    return doc.text[span[0] : span[1]] if span else None


def test_she_is_not_credited_to_a_man(nlp) -> None:
    # the claim extractor's subject reading ("Mr Grant is taking ...") gave a woman's denial
    # to the man; the actor extractor's link to Mrs Holt stands, an honorific says she is one
    text = ("Peter Grant has spoken of his friendship with publisher Anne Holt. Mr Grant is "
            "taking legal action to see Mrs Holt's son. She denies he is Mr Grant's son.")
    assert _credited(nlp, text, "She", "denies") == "Holt"


def test_he_in_a_subordinate_clause_is_the_name_of_its_sentence(nlp) -> None:
    # "when he said": the minister of that sentence, not the prince who was the last subject
    # of a main clause
    text = ("Last year Prince Omar told the ministries to plan for women staff. The local "
            "newspaper said Labour Minister Karim Nadir had caused uproar when he said his "
            "ministry could not find offices for them.")
    assert _credited(nlp, text, "he", "said") == "Karim Nadir"


def test_he_said_as_a_main_clause_keeps_the_last_subject(nlp) -> None:
    # the actor extractor links "he" to the host named in its sentence; the speaker is the
    # subject before it, as the claim extractor reads it
    text = ("Ravi Patel argued that the rules must change. At a dinner hosted by banker Tom "
            "Baker on Friday, he said that rates should float.")
    assert _credited(nlp, text, "he", "said") == "Ravi Patel"


def test_the_company_is_the_firm_whose_officials_were_named(nlp) -> None:
    # "Rosneft officials": the tagger reads "Rosneft" there as a common noun
    text = ("Dravo Holdings says it will ask Rosneft to repay a loan. Dravo Holdings' director "
            "Tim Osborne told reporters the case was simple. Rosneft officials were "
            "unavailable for comment. But the company has said it intends to sue Dravo.")
    assert _credited(nlp, text, "the company", "has said") == "Rosneft"


def test_the_merge_credits_the_reading_the_extractor_chose():
    # the actor extractor linked "he" to Tom Baker; the extractor's reading is Ravi Patel
    text = "Ravi Patel spoke. At a dinner hosted by Tom Baker, he said rates should float."
    he = at(text, "he said")
    ann = article("a", text, [
        mention("Ravi Patel", at(text, "Ravi"), group=0),
        mention("Tom Baker", at(text, "Tom"), group=1),
        mention("he", he, name="Tom Baker", group=1, kind="pronoun"),
    ], [
        {"cue": [he + 3, he + 7], "cue_text": "said", "cue_class": "assertion",
         "content": [at(text, "rates"), len(text) - 1], "source": [he, he + 2],
         "source_text": "he", "source_kind": "pronoun", "hedged": False,
         "resolved_source": [at(text, "Ravi"), at(text, "Ravi") + 10],
         "speaker_parts": [[he, he + 2]]},
    ])
    corpus = merge([ann])
    (claim,) = corpus.claims
    assert next(a.name for a in corpus.actors if a.id == claim.speaker) == "Ravi Patel"


def test_a_role_for_one_person_is_a_person_head_only() -> None:
    # "leader" and "representative" were in both lists; ``kind_of`` reads person_heads
    # first, so "the Labour leader" is someone and "party leaders" anonymous either way
    lex = load_lexicon()
    assert not lex.person_heads & lex.anonymous_heads
    assert {"leader", "representative"} <= lex.person_heads

