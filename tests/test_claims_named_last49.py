"""A source phrase that ends with a person's name and post-nominal letters ("Former welfare
minister Frank Field MP"), or a role of two fields before the name ("media and PR strategist
Glen Yearwood"), is that person's: the claim shows on the person's page, not on a source page
named by the whole phrase (BBC site, 2026-12-07). Real parses, merged by the build."""

from __future__ import annotations

import pytest
from claimkit import speakers

pytestmark = pytest.mark.model


def _speakers(tmp_path, text: str) -> dict[str, str | None]:
    return speakers(tmp_path, {"a": "News\n\n" + text}, "a")


def test_a_name_with_post_nominal_letters_speaks(tmp_path):
    said = _speakers(tmp_path, "Former welfare minister Frank Field MP said the prime minister "
                               "should sack his chancellor.")
    assert said.get("the prime minister should sack his chancellor") == "Frank Field"


def test_a_role_of_two_fields_before_a_name_is_that_persons(tmp_path):
    said = _speakers(tmp_path, (
        "The artists must keep their freedom of speech, according to media and PR strategist "
        "Glen Yearwood, who is representing the reggae industry."))
    assert "Glen Yearwood" in said.values()


def test_two_people_joined_by_and_are_still_not_the_last_ones(tmp_path):
    said = _speakers(tmp_path, (
        "Both the prime minister and Chancellor Gordon Brown said the economy was strong."))
    assert said.get("the economy was strong") != "Gordon Brown"


def test_a_described_member_of_a_party_is_not_the_party(tmp_path):
    said = _speakers(tmp_path, (
        "The Conservative Party met on Monday. A senior Tory MP has criticised the department's "
        "approach to planning for floods."))
    assert said.get("the department's approach to planning for floods") != "Conservative Party"


def test_she_said_after_a_spokeswoman_is_the_spokeswomans(tmp_path):
    said = _speakers(tmp_path, (
        "A spokeswoman for Oxford University said the digitised books would include novels. "
        '"Important works will be made available to everyone," she said. About one million '
        "books are involved."))
    assert said.get('"Important works will be made available to everyone,"') == (
        "A spokeswoman for Oxford University")


def test_he_said_after_a_spokeswoman_stays_unattributed(tmp_path):
    said = _speakers(tmp_path, (
        "A spokeswoman for Oxford University said the digitised books would include novels. "
        '"Important works will be made available to everyone," he said. About one million '
        "books are involved."))
    assert '"Important works will be made available to everyone,"' in said
    assert said['"Important works will be made available to everyone,"'] != (
        "A spokeswoman for Oxford University")
