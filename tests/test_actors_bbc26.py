"""Issue 15, "no false actors on the pages" (BBC news site, bbc26): awards, works, software,
"X boss Y" title phrases and fragments of longer names. Each test runs the real model on
sentences written for it (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_an_anti_body_keeps_its_whole_name(nlp):
    found = names(nlp, "The runner is under investigation by the US Anti-Doping Agency, "
                       "officials said.")
    assert ("Anti-Doping Agency", "organization") in found
    assert ("Agency", "organization") not in found


@pytest.mark.model
def test_a_pro_place_adjective_still_leaves_the_name(nlp):
    found = names(nlp, "Pro-Beijing Democratic Alliance members voted against it.")
    assert ("Democratic Alliance", "organization") in found
