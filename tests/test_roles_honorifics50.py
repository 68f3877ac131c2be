"""A person known by an honorific and a surname gets the role written before the honorific
("BP chief executive Lord Browne"), as a person named in full does. Real parses."""

from __future__ import annotations

import pytest

from generator.nlp.actors import extract_actor_mentions

pytestmark = pytest.mark.model


def _roles(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """{name: (role, role_of)} of the first named person mention of each name."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for m in extract_actor_mentions(nlp(text)):
        if m.kind == "name" and str(m.type) == "person":
            found.setdefault(m.text, (m.role, m.role_of))
    return found


def test_a_lord_after_a_firm_title_has_the_title(nlp):
    roles = _roles(nlp, "Oil giant reports record profit\n\nShell chairman Lord Oxburgh said "
                        "profits rose by a fifth last year.")
    assert roles["Oxburgh"] == ("chairman", "Shell")


def test_an_untagged_lord_has_the_title_before_him(nlp):
    roles = _roles(nlp, "BP profits soar\n\nBP chief executive Lord Browne said the firm would "
                        "keep investing in Russia. Lord Browne spoke in London.")
    assert roles["Browne"][0] == "BP chief executive"


def test_a_mister_after_a_party_title_has_the_title(nlp):
    roles = _roles(nlp, "Labour readies campaign\n\nLabour chairman Mr Milburn said the party "
                        "was ready for the election.")
    assert roles["Milburn"][0] == "chairman"


def test_an_office_that_opens_with_lord_stays_whole(nlp):
    roles = _roles(nlp, "Judges reform\n\nLord Chancellor Lord Falconer said the plan was "
                        "fair to judges.")
    assert roles["Falconer"][0] == "Lord Chancellor"


def test_a_verb_before_the_honorific_gives_no_role(nlp):  # guard
    roles = _roles(nlp, "Vote delayed\n\nThe decision was fair, said Mr Smith on Monday.")
    assert roles.get("Smith", (None, None))[0] is None
