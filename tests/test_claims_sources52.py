"""PolNeAR source rules of sources52: a compared "more likely to say" is the subject's, a
verb joined by "and" to a passive shares its subject, a relative clause after a comma that
holds a confirmed cue leaves the source phrase, and a raising verb with an adjective
complement names no source. Real parses of self-written text."""

from __future__ import annotations

import pytest
from claimkit import claim_with

pytestmark = pytest.mark.model

HEAD = "Talks go on\n\n"


def test_a_compared_likely_to_say_is_the_subjects(nlp) -> None:
    text = HEAD + "Labour voters were more likely to say that the economy was their main worry."
    found = claim_with(nlp, text, "to say")
    assert found.source_text == "Labour voters"


def test_guard_a_likely_to_say_forecast_names_no_one(nlp) -> None:
    # "likely" alone is the writer's forecast, not the voters' words
    text = HEAD + "Tory voters are likely to say that taxes are too high."
    found = claim_with(nlp, text, "to say")
    assert found.source_text is None


def test_a_verb_joined_to_a_passive_shares_its_subject(nlp) -> None:
    text = HEAD + "Mr Brown was booed at the rally and said that the plan would go ahead."
    found = claim_with(nlp, text, "said")
    assert found.source_text == "Mr Brown"


def test_a_relative_clause_holding_a_confirmed_cue_leaves_the_source(nlp) -> None:
    text = HEAD + "Mr Smith, who has criticised the plan, argued that the talks would resume."
    found = claim_with(nlp, text, "argued", classifier=True)
    assert found.source_text == "Mr Smith"


def test_guard_a_restrictive_relative_clause_stays(nlp) -> None:
    text = HEAD + "Union members who oppose the plan said the talks would resume."
    found = claim_with(nlp, text, "said", classifier=True)
    assert found.source_text == "Union members who oppose the plan"


def test_a_raising_verb_with_an_adjective_names_no_one(nlp) -> None:
    text = HEAD + "The Tories seem ready to back the bill."
    found = claim_with(nlp, text, "seem ready", classifier=True)
    assert found.source is None


def test_a_raising_verb_alone_with_an_adjective_names_no_one(nlp) -> None:
    text = HEAD + "Mr Brown seemed equally unperturbed."
    found = claim_with(nlp, text, "seemed", classifier=True)
    assert found.source is None


def test_guard_a_raising_verb_with_a_reporting_verb_keeps_the_subject(nlp) -> None:
    text = HEAD + "Mr Blair seemed to urge caution in his speech."
    found = claim_with(nlp, text, "seemed to urge")
    assert found.source_text == "Mr Blair"


def test_guard_a_hope_with_its_clause_keeps_the_subject(nlp) -> None:
    text = HEAD + "Mr Brown seemed hopeful that the talks would resume."
    found = claim_with(nlp, text, "seemed hopeful", classifier=True)
    assert found.source_text == "Mr Brown"


def test_a_telling_verb_after_a_passive_is_passive_too(nlp):
    # review of sources52: "was given a curfew and told to surrender" tells nothing
    from claimkit import claims

    text = "Mr Wass was also given a curfew and told to surrender his passport."
    assert not [c for c in claims(nlp, text, classifier=True)
                if c.cue_text == "told" and c.source_text], claims(nlp, text, classifier=True)


def test_two_roles_of_one_person_before_the_name(tmp_path):
    # "BIFA founder and director Elliot Grove" was a source page apart from Elliot Grove
    from claimkit import speakers

    text = ('Awards\n"The nominees reflect the strength of British film," said festival founder '
            'and director Elliot Grove.\n')
    assert set(speakers(tmp_path, {"a": text}, "a").values()) == {"Elliot Grove"}
