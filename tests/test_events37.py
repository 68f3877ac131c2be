"""Events a reader accepts on BBC pages, on real parses of sentences written for them: a
subject "it" is said as the body it stands for, a verb keeps its prefix ("re-elected"), and a
subjectless infinitive is no event ("To deliver")."""

from __future__ import annotations

from test_events28 import annotate

from generator.annotations import EventMention


def mentions(nlp, text: str) -> list[EventMention]:
    return [e for a in annotate(nlp, text) for e in a.events]


def summaries(nlp, text: str) -> dict[str, str]:
    return {m.trigger: m.summary for m in mentions(nlp, text)}


def test_a_subject_it_is_said_as_the_body_of_the_clause_above(nlp):
    found = summaries(nlp, "Initially, Brandwell said it would produce 100,000 cars a year. "
                           "Northbank is involved in the case because it is being sued by "
                           "Westgas.")
    assert found["produce"].startswith("Brandwell would produce"), found
    assert found["sue"].startswith("Northbank is being sued"), found


def test_a_subject_it_opening_a_sentence_is_the_body_before(nlp):
    found = summaries(nlp, "Northbank is involved in the case. It had lent the money to "
                           "Westgas.")
    assert found["lend"].startswith("Northbank had lent"), found


def test_it_stays_it_when_no_body_is_meant(nlp):
    found = summaries(nlp, "A spokesman for the regulator said it would be classed as "
                           "marketing. The Liberal Democrats said it was misdirected. That "
                           "pattern will continue. It has worked very well.")
    assert found["class"].startswith("It "), found  # a spokesman is no body
    assert found["misdirect"].startswith("It "), found  # a plural is no "it"
    assert found["work"].startswith("It "), found  # a pattern is no body


def test_a_verb_keeps_its_prefix(nlp):
    found = [m.summary for m in mentions(nlp, "Ann Lee was re-elected. Tom Wu, who was "
                                              "re-elected on Sunday, thanked voters. The "
                                              "cost was under-estimated.")]
    assert "Ann Lee was re-elected" in found, found
    assert "Tom Wu was re-elected" in found, found
    assert "The cost was under-estimated" in found, found
    assert not any(s in ("Elected", "Ann Lee is elected") for s in found), found
    found = summaries(nlp, "Mr Kennedy spoke of the re-election of George Bush.")
    assert "re-elected" in found.get("election", ""), found


def test_a_subjectless_infinitive_is_no_event(nlp):
    text = ("Voters would punish his failure to deliver. Public bodies have a duty to act in "
            "the best interest of a child.")
    found = [m.summary for m in mentions(nlp, text)]
    assert not any(s.startswith("To ") for s in found), found


def test_visits_to_places_neither_article_names_are_two_events(nlp):
    from test_events28 import cross_article

    straw = ("Foreign Secretary Jack Straw will visit {} next week, it has been announced. "
             "Labour praised Jack Straw.")
    assert cross_article(nlp, "visit", straw.format("Warsaw"), straw.format("Phuket")) == 0
    # a place and a place in it, both named by one article: still one visit
    both = straw.format("Phuket") + " Phuket is in Thailand."
    assert cross_article(nlp, "visit", straw.format("Thailand"), both) == 1


def test_an_it_nothing_says_leaves_a_passive(nlp):
    found = summaries(nlp, "Against the yen, it was trading at 105 yen, after hitting a "
                           "seven-month low of 104 earlier in the day. Mitsubishi Motors has "
                           "forecast a loss. Last month, it signed a production agreement "
                           "with Nissan.")
    assert found["hit"].startswith("A seven-month low of 104 is hit"), found
    assert found["sign"].startswith("Mitsubishi Motors signs a production agreement"), found
