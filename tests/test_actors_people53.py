"""Issue people53: person and organisation errors found in the prose of CoNLL-2003 eng.train
(before its last 200 documents) and BBC articles, fixed by general rules. The sentences are
written for these tests."""

from __future__ import annotations

from actorkit import SPORTS_REPORT, names, types_of


def test_a_team_cue_on_a_name_found_again_or_tagged_a_body_decides_the_team(nlp):
    # "Groningen striker Paul Lowe": the model read the town as a person elsewhere; the cue
    # on the mention it tagged a body (or missed) is a verdict, not a guess outvoted
    text = ("Groningen lose at home\nUtrecht beat Groningen 3-1 on Sunday. Groningen took the "
            "lead early when Tom Baker shot home. Groningen striker Paul Lowe was sent off "
            "after the break." + SPORTS_REPORT)
    found = names(nlp, text)
    assert types_of(found, "Groningen") == {"organization"}
    assert types_of(found, "Paul Lowe") == {"person"}


def test_a_plural_verb_on_a_name_tagged_a_body_makes_the_team(nlp):
    text = ("Auxerre held to a draw\nAuxerre held the champions to a goalless draw on Tuesday. "
            "Auxerre are not playing with any fluidity this season and Auxerre now lie "
            "seventh." + SPORTS_REPORT)
    assert types_of(names(nlp, text), "Auxerre") == {"organization"}
