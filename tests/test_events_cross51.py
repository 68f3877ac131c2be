"""Across articles, two reports are not one event because two men share a surname ("Jones"
of Stephen Jones and of Ryan Jones), nor when the one actor they share does it in one and has
it done to him in the other (``merge.event_evidence``, ``event_vetoes``)."""

from __future__ import annotations

from eventkit import parsed

from generator.merge import merge

_KICKER = ("Wales beat Italy\nStephen Jones was in fine form for Wales in Rome. Jones had missed "
           "three earlier shots at goal against England but kicked well on Saturday.")
_INJURED = ("Jones out of Italy game\nWales flanker Ryan Jones will miss Saturday's game with "
            "Italy in Rome after injuring his shoulder in training for Wales.")
_FOUL = ("Wales win in Rome\nThe Italy prop was sent off in Rome. He kicked Dwayne Peel as the "
         "scrum-half lay on the ground during the Wales game.")
_KICK = ("Peel praised\nWales scrum-half Dwayne Peel kicks the ball well, the Wales coach said "
         "after the Rome game.")


def _multi_article(corpus) -> list[list[str]]:
    return [[m.summary for m in e.mentions] for e in corpus.events
            if len({m.article for m in e.mentions}) > 1]


def test_guard_two_men_of_one_surname_do_not_make_one_event(nlp):
    """A guard: two articles alone never merged these; on a site of 77 BBC articles the shared
    "Jones" did (``shared_heads``)."""
    corpus = merge([parsed(nlp, "kicker", _KICKER), parsed(nlp, "injured", _INJURED)])
    assert not [s for s in _multi_article(corpus) if any("miss" in x for x in s)]


def test_the_kicked_and_the_kicker_are_not_one_event(nlp):
    corpus = merge([parsed(nlp, "foul", _FOUL), parsed(nlp, "kick", _KICK)])
    assert not [s for s in _multi_article(corpus) if any("kick" in x for x in s)]


def test_a_fronted_phrase_moved_after_the_verb_loses_the_sentences_capital(nlp):
    text = ("Labour gift\nLabour received a gift.\n\n\"Through the generosity of our supporters, "
            "Labour will be campaigning hard to take Britain forward,\" he said.")
    summaries = [e.summary for e in parsed(nlp, "gift", text).events]
    assert not [s for s in summaries if "Through" in s]
