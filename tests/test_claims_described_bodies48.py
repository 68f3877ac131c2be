"""A claim whose source phrase names a body after the words that say what it is ("Telecom
analysts Ovum welcomed ...") is that body's, on its page; a spokesman at a body is not the
body (BBC site, 2026-12-07). Real parses of sentences written for the test, merged by the build."""

from __future__ import annotations

from claimkit import speakers


def _speakers(tmp_path, text: str) -> dict[str, str | None]:
    return speakers(tmp_path, {"a": "Telecoms news\n\n" + text}, "a")


def test_a_body_after_words_that_say_what_it_is_speaks(tmp_path):
    said = _speakers(tmp_path, (
        "The regulator cut the wholesale price of broadband on Monday. Telecom analysts Ovum "
        "welcomed the move, saying the cut had come sooner than expected. Ovum has followed "
        "the market for years."))
    assert said.get("the cut had come sooner than expected") == "Ovum"


def test_researchers_at_a_body_are_not_the_body(tmp_path):
    said = _speakers(tmp_path, (
        "The economy grew quickly last year. Researchers at Ovum Consulting said the growth "
        "would slow next year. Ovum Consulting is based in London."))
    speaker = said.get("the growth would slow next year")
    assert speaker != "Ovum Consulting"


def test_the_pm_is_a_person_source(nlp):
    from generator.nlp.actors import extract_actor_mentions
    from generator.nlp.claims import extract_attributions

    doc = nlp("The PM said the election would be fought on the economy.\n")
    (claim,) = extract_attributions(doc, actors=extract_actor_mentions(doc))
    assert (claim.source_text, claim.source_kind) == ("The PM", "person")


def test_the_observer_is_an_outlet_and_an_observer_is_anonymous(nlp):
    from generator.nlp.actors import extract_actor_mentions
    from generator.nlp.claims import extract_attributions

    def kind(text: str) -> str | None:
        doc = nlp(text + "\n")
        (claim,) = extract_attributions(doc, actors=extract_actor_mentions(doc))
        return claim.source_kind

    assert kind("According to the Observer, 3,000 jobs could be lost at the plant.") == "outlet"
    assert kind("One observer said 3,000 jobs could be lost at the plant.") == "anonymous"
