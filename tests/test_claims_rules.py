"""The claim extractor's main rules on hand-built parses: no trained model, well under a second.

Each Doc is written out token by token (head, dependency label, part of speech, tag, lemma,
entity) as the model would parse it, so a test reads one rule: a said-clause, a quote with
"she said", "according to", a reporting adverb, a hedging passive, and the weak decision
(``generator.nlp.claims.shown``) that keeps attributions a reader cannot use off the pages.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from generator.annotations import ClaimMention
from generator.nlp.claims import Settings, extract_attributions
from generator.nlp.claims.shown import unusable

_NO_SPACE_BEFORE = {",", ".", "”", ":"}
_NO_SPACE_AFTER = {"“"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parsed(vocab, table: str) -> Doc:
    """A Doc from one token per line: ``word head dep pos tag lemma [entity]`` (``head`` the
    index of the head token; ``entity`` an IOB tag, "O" when left out); a line ``|`` ends a
    sentence."""
    rows: list[list[str]] = []
    starts: list[bool] = []
    new_sentence = True
    for line in table.strip().splitlines():
        if line.strip() == "|":
            new_sentence = True
            continue
        rows.append(line.split())
        starts.append(new_sentence)
        new_sentence = False
    words = [r[0] for r in rows]
    spaces = [
        w not in _NO_SPACE_AFTER and i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE
        for i, w in enumerate(words)
    ]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=[int(r[1]) for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        ents=[r[6] if len(r) > 6 else "O" for r in rows],
        sent_starts=starts,
    )


def text_of(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return None if span is None else doc.text[span[0] : span[1]]


def only(doc: Doc, **kwargs) -> ClaimMention:
    """The one attribution the rules find in ``doc``."""
    (att,) = extract_attributions(doc, classifier=False, **kwargs)
    return att


def test_a_said_clause_has_its_subject_for_source_and_its_clause_for_content(vocab) -> None:
    doc = parsed(vocab, """
        Maria  1 compound PROPN NNP Maria  B-PERSON
        Lopez  2 nsubj    PROPN NNP Lopez  I-PERSON
        said   2 ROOT     VERB  VBD say
        the    4 det      DET   DT  the
        plant  6 nsubj    NOUN  NN  plant
        may    6 aux      AUX   MD  may
        close  2 ccomp    VERB  VB  close
        .      2 punct    PUNCT .   .
    """)
    assert doc.text == "Maria Lopez said the plant may close."
    att = only(doc)
    assert (att.cue_text, att.cue_class) == ("said", "assertion")
    assert (att.source_text, att.source_kind) == ("Maria Lopez", "person")
    assert text_of(doc, att.speaker_parts[0]) == "Lopez"  # the head word names the speaker
    assert text_of(doc, att.content) == "the plant may close"
    assert att.hedged and att.hedge_cues == ("may",)
    assert not att.weak and not att.nested and att.direct is None


def test_a_quote_before_she_said_is_the_content_and_she_the_subject_before(vocab) -> None:
    doc = parsed(vocab, """
        Maria  1  compound PROPN NNP Maria  B-PERSON
        Lopez  2  nsubj    PROPN NNP Lopez  I-PERSON
        spoke  2  ROOT     VERB  VBD speak
        .      2  punct    PUNCT .   .
        |
        “      8  punct    PUNCT ``  “
        We     8  nsubj    PRON  PRP we
        will   8  aux      AUX   MD  will
        not    8  neg      PART  RB  not
        back   13 ccomp    VERB  VB  back
        down   8  prt      ADP   RP  down
        ,      13 punct    PUNCT ,   ,
        ”      13 punct    PUNCT ''  ”
        she    13 nsubj    PRON  PRP she
        said   13 ROOT     VERB  VBD say
        .      13 punct    PUNCT .   .
    """)
    assert doc.text == "Maria Lopez spoke. “We will not back down,” she said."
    att = only(doc)
    assert att.cue_text == "said"
    assert text_of(doc, att.content) == "“We will not back down,”"  # widened to the quote
    assert att.direct is True
    assert (att.source_text, att.source_kind) == ("she", "pronoun")
    assert text_of(doc, att.resolved_source) == "Maria Lopez"
    assert not att.hedged and not att.weak


def test_according_to_names_the_source_and_the_rest_of_the_clause_is_the_content(vocab) -> None:
    doc = parsed(vocab, """
        Prices    2 nsubj    NOUN  NNS price
        will      2 aux      AUX   MD  will
        rise      2 ROOT     VERB  VB  rise
        ,         2 punct    PUNCT ,   ,
        according 2 prep     VERB  VBG accord
        to        4 prep     ADP   IN  to
        the       9 det      DET   DT  the     B-ORG
        Wall      8 compound PROPN NNP Wall    I-ORG
        Street    9 compound PROPN NNP Street  I-ORG
        Journal   5 pobj     PROPN NNP Journal I-ORG
        .         2 punct    PUNCT .   .
    """)
    att = only(doc)
    assert (att.cue_text, att.cue_class) == ("according to", "report")
    assert (att.source_text, att.source_kind) == ("the Wall Street Journal", "outlet")
    assert text_of(doc, att.content) == "Prices will rise"
    assert not att.weak


def test_a_reporting_adverb_is_a_hedged_cue_with_no_source(vocab) -> None:
    doc = parsed(vocab, """
        The        1 det    DET   DT  the
        company    3 nsubj  NOUN  NN  company
        reportedly 3 advmod ADV   RB  reportedly
        cut        3 ROOT   VERB  VBD cut
        500        5 nummod NUM   CD  500 B-CARDINAL
        jobs       3 dobj   NOUN  NNS job
        .          3 punct  PUNCT .   .
    """)
    att = only(doc)
    assert (att.cue_text, att.source) == ("reportedly", None)
    assert att.hedged and att.hedge_cues == ("reportedly",)
    assert [text_of(doc, p) for p in att.content_parts] == ["The company", "cut 500 jobs"]
    assert not att.weak  # the content goes on around its cue: it does not hold it whole


def test_is_seen_as_hedges_a_claim_no_one_is_named_for(vocab) -> None:
    doc = parsed(vocab, """
        The      1 det       DET   DT  the
        company  3 nsubjpass NOUN  NN  company
        is       3 auxpass   AUX   VBZ be
        seen     3 ROOT      VERB  VBN see
        as       3 prep      ADP   IN  as
        a        6 det       DET   DT  a
        symbol   4 pobj      NOUN  NN  symbol
        of       6 prep      ADP   IN  of
        ambition 7 pobj      NOUN  NN  ambition
        .        3 punct     PUNCT .   .
    """)
    att = only(doc)
    assert att.cue_text == "is seen as" and att.source is None
    assert att.hedged and "is seen as" in att.hedge_cues
    assert [text_of(doc, p) for p in att.content_parts] == ["The company", "a symbol of ambition"]
    assert not att.weak  # no one named, but hedged: a claim someone holds


def test_a_content_too_short_to_use_is_weak(vocab) -> None:
    doc = parsed(vocab, """
        Officials 1 nsubj PROPN NNS official
        advised   1 ROOT  VERB  VBD advise
        against   1 prep  ADP   IN  against
        it        2 pobj  PRON  PRP it
        .         1 punct PUNCT .   .
    """)
    att = only(doc)
    assert att.cue_text == "advised against" and text_of(doc, att.content) == "it"
    assert att.weak  # "it" is no claim a reader can use
    assert not only(doc, settings=Settings(min_content_words=1)).weak


def test_a_cue_inside_its_source_or_its_content_is_unusable() -> None:
    text = "Directives instructing researchers were issued. Officials advised against it."
    inside_source = ClaimMention((11, 22), "instructing", "assertion", (23, 34), source=(0, 34))
    assert unusable(inside_source, text, 2)
    text = "They published what they say are the full costings for all their plans."
    say = text.index("say")
    holds_cue = ClaimMention(
        (say, say + 3), "say", "assertion", (text.index("what"), len(text) - 1),
        source=(say - 5, say - 1),
    )
    assert unusable(holds_cue, text, 2)
    split = ClaimMention(
        holds_cue.cue, "say", "assertion", holds_cue.content, source=holds_cue.source,
        content_parts=((text.index("what"), say - 6), (say + 4, len(text) - 1)),
    )
    assert not unusable(split, text, 2)  # split around its cue: the pieces are the content
