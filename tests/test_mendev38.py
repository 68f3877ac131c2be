"""Event summaries a reader accepts, on real parses of sentences written for them: a quote
runs over sentences and a possessive apostrophe opens none; a verb prefix is said once and
only when it is a prefix; a subjectless passive keeps the modality the text writes."""

from __future__ import annotations

from test_events37 import mentions, summaries


def test_it_in_the_second_sentence_of_a_quote_is_said_as_written(nlp):
    found = summaries(nlp, '"We are pleased with the year. It has lifted our sales," the '
                           'chief executive said.')
    assert found["lift"].startswith("It has lifted"), found


def test_a_possessive_apostrophe_opens_no_quote(nlp):
    found = summaries(nlp, "Northbank, the players' bank, said it would lend the money to "
                           "Westgas.")
    assert found["lend"].startswith("Northbank would lend"), found


def test_a_prefix_is_said_once(nlp):
    found = [m.summary for m in mentions(nlp, "In a welcome boost for newly re-elected "
                                              "President George W Bush, the figures came "
                                              "after a slow summer.")]
    assert not any("re- " in s.lower() or "re-re" in s.lower() for s in found), found


def test_a_hyphenated_word_that_is_no_prefix_is_not_glued_to_the_verb(nlp):
    found = [m.summary for m in mentions(nlp, "And he ran 20.13secs in the quarter-finals "
                                              "of the 200m in Sydney on the way to Olympic "
                                              "silver. Ann Lee was re-elected.")]
    assert not any("quarter-" in s.lower() and "fined" in s.lower() for s in found), found
    assert "Ann Lee was re-elected" in found, found


def test_a_subjectless_passive_keeps_the_modality_as_written(nlp):
    found = summaries(nlp, "The review will look at funding. It should also assess adult "
                           "learners' progress at frequent intervals, the report adds.")
    assert "may be assessed" not in found.get("assess", ""), found


def test_a_subjectless_passive_keeps_the_auxiliaries_as_written(nlp):
    found = summaries(nlp, "Johnson argued that although there has been more investment in "
                           "the sport, it had not necessarily reaped the rewards. The firm "
                           "said prices were rising and it would be shifting production "
                           "to China.")
    assert found["reap"].startswith("The rewards had not been reaped"), found
    assert "would be shifted" in found.get("shift", ""), found


def test_a_final_is_no_fine(nlp):
    found = [m.summary for m in mentions(nlp, "Lee came fourth in the final of the 1500m at "
                                              "the World Indoor Championships.")]
    assert not any("fined" in s for s in found), found
