"""Issue 15, part 5 (GUM news, fifth session): names the model types wrongly. Each test runs the
real model on sentences written for it (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_a_given_name_and_a_surname_tagged_org_are_a_person(nlp):
    # the model tags "Keanu Orlov" ORG
    found = names(nlp, "But stars like Keanu Orlov and Pierce Dalby also have films at the "
                        "festival this year.")
    assert ("Keanu Orlov", "person") in found


@pytest.mark.model
def test_a_name_with_an_article_and_a_venue_word_is_not_a_person(nlp):
    # "the Blair Witch Project": an article before the name, and no person's name ends in
    # "Project" or "Pavilion"
    found = names(nlp, "Films such as the Blair Witch Project and Reservoir Dogs were shown "
                        "at the festival.")
    assert ("Blair Witch Project", "person") not in found


@pytest.mark.model
def test_a_person_name_is_not_found_again_after_the(nlp):
    from collections import Counter

    from generator.nlp.actors.recall import after_the
    from generator.vocab import ActorType

    doc = nlp("Critics of the Kessler plan met the Kessler campaign and the Kessler.")
    person = Counter({ActorType.PERSON: 2})
    words = [t.i for t in doc if t.text == "Kessler"]
    # "the Kessler." names something else; "the Kessler plan" is the person's plan
    assert after_the(doc, words[2], words[2] + 1, person)
    assert not after_the(doc, words[0], words[0] + 1, person)
    assert not after_the(doc, words[2], words[2] + 1, Counter({ActorType.ORGANIZATION: 2}))
