"""The kind of a claim's source on a BBC site (2026-12-07, srckinds): a product says nothing,
an outlet's short name is the outlet, an MEP is someone, a poster is a document, a firm's
name opening with a nationality is no person, and "according to his wishes" cites no one.
Self-written texts through the real model, with the actor extractor as the pipeline runs it."""

from __future__ import annotations

from generator.annotations import ClaimMention
from generator.nlp.actors import extract_actor_mentions
from generator.nlp.claims import extract_attributions


def _claim(nlp, text: str, cue: str) -> ClaimMention:
    """The attribution with the cue text ``cue``, after the actor extractor (as pages run)."""
    doc = nlp(text + "\n")
    found = extract_attributions(doc, actors=extract_actor_mentions(doc))
    (claim,) = [a for a in found if a.cue_text == cue]
    return claim


def _kind(nlp, text: str, cue: str) -> tuple[str | None, str | None]:
    claim = _claim(nlp, text, cue)
    return claim.source_text, claim.source_kind


def test_a_product_the_actor_extractor_set_aside_names_no_source(nlp) -> None:
    text = ("Investors like the web browser Nortavin, which earns Medixa a fifth of its "
            "profits. Nortavin shows that the firm can still sell new software.")
    claim = _claim(nlp, text, "shows")
    assert (claim.source_text, claim.source_kind, claim.weak) == (None, None, True)


def test_an_owners_product_names_no_source(nlp) -> None:
    # "its PSP console": the PSP is Sony's product (the model tags no entity on it)
    text = ("Sony is expected to release its PSP console in Europe in March. The PSP will push "
            "for high-definition graphics as standard.")
    claim = _claim(nlp, text, "will push for")
    assert (claim.source_text, claim.weak) == (None, True)
    # a firm named so stays a source
    text = "Sony is expected to release a console in March. Sony will push for better graphics."
    assert _kind(nlp, text, "will push for") == ("Sony", "organization")


def test_an_outlets_short_name_is_the_outlet(nlp) -> None:
    text = ("The list was compiled by Stuff Magazine. Next year will see a new set of gadgets "
            "capturing the imagination of buyers, Stuff predicts.")
    claim = _claim(nlp, text, "predicts")
    assert (claim.source_text, claim.source_kind) == ("Stuff", "outlet")
    assert claim.resolved_source is not None
    start, end = claim.resolved_source
    assert text[start:end] == "Stuff Magazine"


def test_an_mep_is_someone(nlp) -> None:
    text = ("The East Midlands MEP, who quit the party last week, wants his new group to change "
            "the face of politics.")
    assert _kind(nlp, text, "wants")[1] == "person"


def test_a_poster_is_a_document(nlp) -> None:
    text = "The poster shows the Tory leader hypnotising people with a pocket watch."
    assert _kind(nlp, text, "shows") == ("The poster", "document")


def test_a_name_opening_with_a_nationality_is_no_person(nlp) -> None:
    text = ("Munich Re and Swiss Re are the world's two biggest reinsurers. Swiss Re has said "
            "total claims are likely to be less than $10bn.")
    assert _kind(nlp, text, "has said") == ("Swiss Re", "organization")


def test_according_to_his_wishes_cites_no_one(nlp) -> None:
    text = "He passed away on 17 March. According to his wishes, there will be no funeral service."
    found = [a for a in extract_attributions(nlp(text + "\n"), classifier=False)
             if a.cue_text == "According to"]
    assert found == []
    # but "according to" a record still cites it
    text = "According to his biography, he was born in Leeds in 1950."
    (claim,) = [a for a in extract_attributions(nlp(text + "\n"), classifier=False)
                if a.cue_text == "According to"]
    assert claim.source_text == "his biography"
