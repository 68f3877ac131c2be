"""Who a claim is by, as a reader checks it (issue 15, part 4): things are no one, a quote
of several paragraphs is one claim, a transcript label is its speaker, an outlet told is the
medium, whole. Self-written text through the real model, and hand-built parses."""

from __future__ import annotations

import pytest
import spacy

from generator.nlp.claims import extract_attributions, find_quotes
from tests.test_claims_rules import parsed, text_of


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _claims(nlp, text: str):
    doc = nlp(text)
    return doc, extract_attributions(doc)


def test_a_common_noun_is_a_person_source_only_when_it_names_someone(vocab) -> None:
    doc = parsed(vocab, """
        The       1 det      DET   DT  the
        deal      2 nsubj    NOUN  NN  deal
        sees      2 ROOT     VERB  VBZ see
        Rosneft   4 nsubj    PROPN NNP Rosneft  B-ORG
        receive   2 ccomp    VERB  VB  receive
        credits   4 dobj     NOUN  NNS credit
        .         2 punct    PUNCT .   .
        |
        The       8 det      DET   DT  the
        barrister 9 nsubj    NOUN  NN  barrister
        said      9 ROOT     VERB  VBD say
        the       11 det     DET   DT  the
        rules     12 nsubj   NOUN  NNS rule
        were      9 ccomp    AUX   VBD be
        unfair    12 acomp   ADJ   JJ  unfair
        .         9 punct    PUNCT .   .
    """)
    by_cue = {a.cue_text: a for a in extract_attributions(doc, classifier=False)}
    # a thing names no source (and the pages do not show the claim)
    assert (by_cue["sees"].source, by_cue["sees"].weak) == (None, True)
    assert (by_cue["said"].source_kind, by_cue["said"].weak) == ("person", False)


def test_a_name_with_an_article_is_no_person(vocab) -> None:
    doc = parsed(vocab, """
        The       1 det      DET   DT  the
        Bill      2 nsubj    PROPN NNP Bill     B-PERSON
        proposes  2 ROOT     VERB  VBZ propose
        control   4 compound NOUN  NN  control
        orders    2 dobj     NOUN  NNS order
        .         2 punct    PUNCT .   .
    """)
    (att,) = extract_attributions(doc, classifier=False)
    assert att.source_kind == "document"


def test_a_second_object_joins_the_content(vocab) -> None:
    doc = parsed(vocab, """
        Trump     1 nsubj    PROPN NNP Trump    B-PERSON
        called    1 ROOT     VERB  VBD call
        the       3 det      DET   DT  the
        senator   1 dobj     NOUN  NN  senator
        a         6 det      DET   DT  a
        nasty     6 amod     ADJ   JJ  nasty
        guy       1 oprd     NOUN  NN  guy
        .         1 punct    PUNCT .   .
    """)
    (att,) = extract_attributions(doc, classifier=False)
    assert text_of(doc, att.content) == "the senator a nasty guy"


def test_a_quote_goes_on_over_paragraphs_until_it_closes() -> None:
    text = ('She said. "Campaign is the biggest group.\n\n"We believe it is time." Ms B said no.'
            '\n\n"WALLACE: Let us start.\n\n"PENCE: Well, look.')
    quotes = [text[s:e] for s, e in find_quotes(text)]
    # the news convention: a quote opened inside a paragraph goes on where the next one
    # opens with a mark; paragraphs quoted one by one each open and close their own
    assert quotes[0] == '"Campaign is the biggest group.\n\n"We believe it is time."'
    assert quotes[1] == '"WALLACE: Let us start.\n\n"'


def test_a_quote_after_the_speaker_joins_the_claim(nlp) -> None:
    text = ("''You'd think the business community would be up in arms over this,'' said "
            "Mr. Holtz-Eakin. ''The focus on personalities has driven this off the radar.''")
    doc, atts = _claims(nlp, text)
    (att,) = [a for a in atts if a.cue_text == "said"]
    assert att.source_text == "Mr. Holtz-Eakin"
    shown = " … ".join(text[s:e] for s, e in att.content_parts or (att.content,))
    assert "driven this off the radar" in shown


def test_a_transcript_label_speaks_the_whole_turn(nlp) -> None:
    text = ("Tony Blair spoke on Sunday.\n\nBlair: Well, look, we will win this election. "
            "The economy is strong.\n\nWALLACE: Let us start with the news. Two questions "
            "remain.\n\nProfile: the new chancellor arrives in London tomorrow.")
    doc, atts = _claims(nlp, text)
    labels = {a.source_text: a for a in atts if a.cue_text == ":"}
    assert set(labels) == {"Blair", "WALLACE"}  # "Profile" is no one
    assert text_of(doc, labels["Blair"].content).endswith("The economy is strong")
    assert {a.source_kind for a in labels.values()} == {"person"}


@pytest.mark.parametrize(("sentence", "via", "content"), [
    ("A Labour Party spokesman told the BBC News website the party avoided people on lists.",
     "the BBC News website", "the party avoided people on lists"),
    ('But Ms Brankin told BBC Radio Scotland: "We do not think we got our sums wrong."',
     "BBC Radio Scotland", '"We do not think we got our sums wrong."'),
    ("Sources within the party told the BBC Michael Howard has always favoured ID cards.",
     "the BBC", "Michael Howard has always favoured ID cards"),
])
def test_an_outlet_told_is_the_medium_whole(nlp, sentence, via, content) -> None:
    doc, atts = _claims(nlp, sentence)
    (att,) = [a for a in atts if a.cue_text == "told"]
    assert (att.via_text, text_of(doc, att.content)) == (via, content)


def test_a_pronoun_after_a_named_apposition_is_that_person(nlp) -> None:
    text = ("The Liberal Democrat's shadow home secretary, Mark Oaten, accused Mr Clarke of "
            "avoiding the main issue with the Belmarsh detainees. \"The critical issue is "
            "the principle,\" he told BBC News.")
    doc, atts = _claims(nlp, text)
    (att,) = [a for a in atts if a.cue_text == "told"]
    assert text_of(doc, att.resolved_source) == "Mark Oaten"
    assert att.via_text == "BBC News"
