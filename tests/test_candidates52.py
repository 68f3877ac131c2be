"""The rules that look only at their candidate tokens (speed52): each candidate pass must keep
every token the rule could act on, so that the annotations stay what a scan of every token
gives. Guards: they pass on the code before the change where the names exist."""

from __future__ import annotations

import re
import unicodedata

from generator.nlp.actors.lexicon import fold
from generator.nlp.claims.context import claim_context
from generator.nlp.claims.cues import cue_at, cue_candidates
from generator.nlp.claims.lexicon import load_lexicon as claim_lexicon
from generator.nlp.doc_tokens import DocTokens, release
from generator.nlp.events.concepts import load_concepts
from generator.nlp.events.context import ArticleIndex, EventContext, EventSettings
from generator.nlp.events.lexicon import load_lexicon as event_lexicon
from generator.nlp.events.nominal import adjectival_event, nominal_event
from generator.nlp.events.verbal import verbal_event

TEXT = (
    "Acme Corp denies claims of fraud\n"
    "Acme Corp's chief executive, Ann Lee, told the BBC on Monday that sales had risen. "
    "According to the company, two officers were injured in an attack on the depot. "
    "\"We are pleased,\" she said in Paris: the firm reportedly plans a merger. "
    "Critics cast doubt on the deal \u2014 and the radio frequency ID (RFID) tags. "
    "The Home Secretary was critical of the decision, which police believe was wrong."
)


def test_the_shared_parts_of_speech_are_spacys(nlp) -> None:
    doc = nlp(TEXT)
    assert DocTokens(doc).pos == tuple(t.pos_ for t in doc)


def test_every_cue_starts_at_a_cue_candidate(nlp, showcase_doc) -> None:
    lex = claim_lexicon()
    for doc in (nlp(TEXT), showcase_doc):
        ctx = claim_context(doc, lex)
        candidates = {t.i for t in cue_candidates(ctx)}
        cues = [t.i for t in doc if cue_at(ctx, t) is not None]
        assert cues, "the text must hold cues for the test to mean anything"
        assert set(cues) <= candidates
        assert [t.i for t in cue_candidates(ctx)] == sorted(candidates)  # text order
        release()


def test_only_verbs_nouns_and_adjectives_trigger_events(nlp, showcase_doc) -> None:
    for doc in (nlp(TEXT), showcase_doc):
        ctx = EventContext(lex=event_lexicon(), index=ArticleIndex.of(doc, ()),
                           settings=EventSettings(), concepts=load_concepts())
        found = {"VERB": 0, "NOUN": 0, "ADJ": 0}
        for tok in doc:
            verbal = verbal_event(tok, ctx)
            other = nominal_event(tok, ctx) or adjectival_event(tok, ctx)
            if verbal is not None:
                assert tok.pos_ == "VERB", tok.text
                found["VERB"] += 1
            if other is not None:
                assert tok.pos_ in ("NOUN", "ADJ"), tok.text
                found[tok.pos_] += 1
        assert found["VERB"] and found["NOUN"]
        release()


def _fold_by_every_character(text: str) -> str:
    """``fold`` as it was written before: every character looked at for combining marks."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("\u2019", "'").replace(".", "")
    text = re.sub(r"[^\w'&]+", " ", text)
    return " ".join(text.split())


def test_fold_drops_combining_marks_only_where_they_are() -> None:
    texts = ("Jos\u00e9 Manuel Barroso", "Zo\u00eb Ball", "\u0141\u00f3d\u017a",
             "na\u00efve caf\u00e9", "Se\u00f1or O\u2019Neill & Co.",
             "\u00a3300m for H\u00e9l\u00e8ne", "e\u0301t\u00e9", "\u212bngstr\u00f6m",
             "\ufb01nance", "plain ASCII, U.S. style", "", "\u00e9")
    for text in texts:
        assert fold(text) == _fold_by_every_character(text), text
