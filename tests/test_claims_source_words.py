"""Source words the PolNeAR thing sources pointed at (issue 15, part 5, fourth session): words
for published material are documents and people words name someone, so their claims keep
their source (a thing names none). Self-written sentences through the real model, rules
alone."""

from __future__ import annotations

import pytest

from generator.annotations import ClaimMention
from generator.nlp.claims import extract_attributions


def _claim(nlp, text: str, cue: str) -> ClaimMention:
    """The rules' attribution with the cue text ``cue`` in a self-written sentence."""
    (found,) = [a for a in extract_attributions(nlp(text), classifier=False) if a.cue_text == cue]
    return found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Another slide shows that most of the parts are made abroad.", "shows", "Another slide"),
        ("The clip says the senator voted against the bill.", "says", "The clip"),
        ("Her brief said the reports were wrong.", "said", "Her brief"),
        ("The agreement says that both sides will cut tariffs.", "says", "The agreement"),
        # the lemmatizer gives "datum" for "data"
        ("According to the data, most of the refugees are children.", "According to",
         "the data"),
        # a poll average that counts nothing ("the average of recent polls" counts polls)
        ("Polling averages show that the mayor leads by three points.", "show",
         "Polling averages"),
    ],
)
def test_words_for_published_material_are_documents(nlp, text, cue, source) -> None:
    claim = _claim(nlp, text, cue)
    assert (claim.source_text, claim.source_kind, claim.weak) == (source, "document", False)


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("His surrogates said the report was false.", "His surrogates", "anonymous"),
        ("My siblings said that the house was sold.", "My siblings", "anonymous"),
        ("A familiar voice said that the plan would fail.", "A familiar voice", "person"),
    ],
)
def test_people_words_name_someone(nlp, text, source, kind) -> None:
    claim = _claim(nlp, text, "said")
    assert (claim.source_text, claim.source_kind, claim.weak) == (source, kind, False)


def test_news_media_are_no_thing(nlp) -> None:
    # "media" (lemma "medium") is a word for outlets: the claim keeps its source
    claim = _claim(nlp, "State news media claimed that the test was a success.", "claimed")
    assert claim.source_text == "State news media"
    assert claim.source_kind in ("outlet", "organization")


def test_a_relative_clause_reporting_speech_is_no_part_of_the_source(nlp) -> None:
    text = "Ann Lee, who said last week that the plan would fail, argued that the vote was rigged."
    assert _claim(nlp, text, "argued").source_text == "Ann Lee"
    # a clause that reports nothing stays (PolNeAR keeps about half of those), and so does a
    # restrictive one, which says who is meant
    text = "Ann Lee, who has long opposed the plan, argued that the vote was rigged."
    assert _claim(nlp, text, "argued").source_text == "Ann Lee, who has long opposed the plan,"
    text = "Those who say that the plan will fail argued that the vote was rigged."
    assert _claim(nlp, text, "argued").source_text == "Those who say that the plan will fail"


def test_a_headline_name_the_parse_made_the_root_is_the_source(nlp) -> None:
    from generator.nlp.claims.context import claim_context
    from generator.nlp.claims.lexicon import load_lexicon
    from generator.nlp.claims.tagged import clause_cue

    # the tagger takes the headline's verb for a plural noun, the object of the name
    doc = nlp("Trump demands Ginsburg resign for criticizing him as unfit.")
    assert (doc[0].dep_, doc[1].pos_) == ("ROOT", "NOUN")  # the shape the rule is for
    found = clause_cue(claim_context(doc, load_lexicon()), doc[1:2])  # "demands"
    assert found is not None and found.source is not None
    assert doc.text[slice(*found.source_span)] == "Trump"
    assert [doc.text[s:e] for s, e in found.content] == [
        "Ginsburg resign for criticizing him as unfit"]


def test_a_title_the_parse_hung_on_the_verb_stays_with_the_name(nlp) -> None:
    text = "Breitbart London's Raheem Kassam said the plan would fail."
    assert _claim(nlp, text, "said").source_text == "Breitbart London's Raheem Kassam"
    text = "Vatican spokesman the Rev. Federico Lombardi said the pope would not meet him."
    assert _claim(nlp, text, "said").source_text == (
        "Vatican spokesman the Rev. Federico Lombardi")
    # a day before the name is no part of it
    text = "Yesterday Trump said the plan would fail."
    assert _claim(nlp, text, "said").source_text == "Trump"


def test_a_source_is_the_run_of_its_phrase_around_it(nlp) -> None:
    # the parse hangs the list after the colon on the pronoun (a non-projective arc): the
    # source is "he", not every word from "he" to the list's end
    text = ("And he boasts about them constantly on the campaign trail: the war, the bailout "
            "and the tax cuts after the crash.")
    doc = nlp(text)
    assert any(t.dep_ == "appos" and t.head.lower_ == "he" for t in doc)  # the shape
    (claim,) = extract_attributions(doc, classifier=False)
    assert (claim.cue_text, claim.source_text) == ("boasts about", "he")


def test_a_quotation_run_into_the_name_is_no_part_of_the_source(nlp) -> None:
    text = ("“That’s a legitimate concern, because they’re very passionate,” Sarandon, 69, "
            "told the paper.")
    assert _claim(nlp, text, "told").source_text == "Sarandon, 69,"
    # a nickname's quote marks stay in the name
    text = 'Rep. Marcia "Cia" Price said the plan would fail.'
    assert _claim(nlp, text, "said").source_text == 'Rep. Marcia "Cia" Price'


def test_a_name_between_a_quotation_and_its_verb_is_the_source(nlp) -> None:
    # the parse hangs the name inside the quotation and leaves "said" with no subject
    text = ("“Our assumption is that the veto will be overridden,” Senate Majority Leader "
            "Mitch McConnell, R-Ky., said Tuesday.")
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    assert not [c for c in said.children if c.dep_ == "nsubj"]  # the shape the rule is for
    (claim,) = extract_attributions(doc, classifier=False)
    assert claim.source_text.startswith("Senate Majority Leader Mitch McConnell")
    assert claim.source_kind == "person"


def test_a_name_whose_phrase_a_comma_before_the_verb_closes_is_the_source(nlp) -> None:
    # the parse hangs the name on the fronted "In …" phrase; "told" has no subject
    text = ("In a panel discussion this weekend in Washington, Marc H. Morial, the chief "
            "executive of the National Urban League, forcefully told a young woman that the "
            "vote matters.")
    (claim,) = [a for a in extract_attributions(nlp(text), classifier=False)
                if a.cue_text.endswith("told")]
    assert claim.source_text.startswith("Marc H. Morial, the chief executive")


def test_a_title_quoted_inside_the_source_stays(nlp) -> None:
    text = ("Jon Meacham, the author of “Destiny and Power,” a biography of the president, "
            "said the letters were real.")
    assert _claim(nlp, text, "said").source_text.startswith("Jon Meacham, the author of")
