"""bbc27: fewer actor errors on a BBC news site (works in lists, fictional places, section
labels, two bodies read as one). Each test runs the real model on sentences written for it
(no corpus text) and fails without its rule."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_words_before_an_anti_body_stay_in_its_name(nlp):
    found = names(nlp, "The sprinter was banned by the US Anti-Doping Agency in May. The World "
                       "Anti-Doping Agency said it would not appeal.")
    assert ("US Anti-Doping Agency", "organization") in found
    assert ("World Anti-Doping Agency", "organization") in found
    assert ("Anti-Doping Agency", "organization") not in found
    found = names(nlp, "The season is over, but World Anti-Doping Agency chief Jon Brand said "
                       "the rule still applies.")
    assert ("World Anti-Doping Agency", "organization") in found
