"""Issue 15, part 5 (GUM news, sixth session): places inside and beside names. Each test runs
the real model on sentences written for it (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_a_body_holds_the_place_it_serves(nlp):
    found = names(nlp, "She studied at the University of Leeds before the Bank of Montreal "
                       "hired her.")
    assert ("University of Leeds", "organization") in found
    assert ("Leeds", "place") in found
    assert ("Montreal", "place") in found


@pytest.mark.model
def test_a_field_of_study_is_no_place(nlp):
    found = names(nlp, "Researchers at the University of Technology Sydney published the "
                       "study on Monday.")
    assert not any(typ == "place" for _, typ in found)
