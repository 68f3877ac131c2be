"""Cues found and cues left out (PolNeAR tune classes, 2026-12-07): a transcript's speaker
labels of two words or with a hyphen ("KATE MORROW:", "Seitz-Wald:"), which the parse
misreads; set phrases made of a cue word that report nothing ("That said", "Having said
that", ``cue_idioms``); "according to plan", which cites no one (``accordance_objects``)."""

from __future__ import annotations

from claimkit import claims

from generator.nlp.claims.idioms import in_idiom
from generator.nlp.claims.labels import transcript_labels

_TRANSCRIPT = (
    "Transcript of the interview\n\n"
    "KATE MORROW: Why not hold a second debate before the vote?\n\n"
    "JOEL BRANNIGAN: This is a man who promised he would never run a negative advert.\n"
)


def test_two_word_upper_case_labels_speak_their_turns(nlp) -> None:
    found = {a.source_text: a for a in claims(nlp, _TRANSCRIPT, classifier=True)}
    assert {"KATE MORROW", "JOEL BRANNIGAN"} <= set(found), found
    turn = found["JOEL BRANNIGAN"]
    assert turn.cue_text == ":"
    assert _TRANSCRIPT[turn.content[0] : turn.content[1]].startswith("This is a man")


def test_title_case_surnames_label_turns_in_a_transcript(nlp) -> None:
    text = ("Matthews: Well, speculation is bad for the market.\n\n"
            "Seitz-Wald: No one thinks their pension is speculation.\n")
    sources = [a.source_text for a in claims(nlp, text, classifier=True) if a.cue_text == ":"]
    assert sources == ["Matthews", "Seitz-Wald"], sources


def test_guard_one_topic_before_a_colon_is_no_transcript(nlp) -> None:
    """Guard: a single paragraph opening "Budget Day:" is a topic, not a speaker's label."""
    doc = nlp("Budget Day: what the chancellor is expected to announce.\n\n"
              "The chancellor will speak at noon.\n")
    assert transcript_labels(doc, frozenset()) == frozenset()


def test_that_said_is_no_cue(nlp) -> None:
    text = ("Sales fell sharply in the spring. That said, the retailer expects a strong "
            "Christmas. Having said that, its chief executive still hopes to cut prices.")
    cues = [a.cue_text for a in claims(nlp, text, classifier=True)]
    assert not any("said" in c.lower() for c in cues), cues
    assert [c for c in cues if "expects" in c], cues


def test_idiom_words_are_read_in_place(nlp) -> None:
    doc = nlp("That said, the board said it would meet again in May.")
    idioms = frozenset({"that said"})
    assert in_idiom(doc[1], idioms)
    assert not in_idiom(doc[5], idioms)  # "the board said": a cue


def test_according_to_plan_cites_no_one(nlp) -> None:
    text = ("The launch went according to plan, and the rocket reached orbit on Tuesday. "
            "Voters chose according to their instinctive preference.")
    cues = [a.cue_text for a in claims(nlp, text, classifier=True)]
    assert not any(c.startswith("according") for c in cues), cues


def test_guard_according_to_a_source_is_a_cue(nlp) -> None:
    """Guard: "according to the agency" still cites someone."""
    text = "The economy grew by 2% last year, according to the statistics agency."
    found = [a for a in claims(nlp, text, classifier=True) if a.cue_text == "according to"]
    assert found and found[0].source_text == "the statistics agency", found


def test_an_appearance_is_no_view(nlp) -> None:
    for text in ("This column first appeared on the newspaper's blog.",
                 "The former striker also appeared on a television quiz show."):
        cues = [a.cue_text for a in claims(nlp, text, classifier=True)]
        assert not any(c.startswith("appeared") for c in cues), (text, cues)


def test_guard_appearing_deferential_is_a_view(nlp) -> None:
    """Guard: "appeared deferential to" keeps its complement: the writer's reading of him."""
    text = "The chairman appeared deferential to the new owners at the meeting."
    cues = [a.cue_text for a in claims(nlp, text, classifier=True)]
    assert any(c.startswith("appeared") for c in cues), cues
