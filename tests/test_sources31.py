"""Issue 15 item 4 (sources31): quotes credited to the one who speaks, as the source and claim
pages show them. Self-written articles through the real model and the merge."""

from __future__ import annotations

import pytest

from generator.annotate import annotate_articles
from generator.merge import merge
from generator.models import Article

pytestmark = pytest.mark.model


def _speaker(text: str, cue: str) -> tuple[str, str] | None:
    """(name, kind) of whom the claim with the cue ``cue`` is credited to, or None."""
    article = Article("a001", "content/a001.txt", "A test article", text)
    corpus = merge(annotate_articles([article]))
    (claim,) = [c for c in corpus.claims if c.cue == cue]
    actors = {a.id: a for a in corpus.actors}
    sources = {s.id: s for s in corpus.sources}
    if claim.speaker is None:
        return None
    if claim.speaker in actors:
        return actors[claim.speaker].name, actors[claim.speaker].type
    return sources[claim.speaker].name, sources[claim.speaker].kind


PROBE = ("{lead} Critics met officials in London on Monday. {who} said the new tax was "
         "unfair to small firms.")


@pytest.mark.parametrize("who, name", [
    ("Commission for Fair Trade chairman Trevor Phillips", "Trevor Phillips"),
    ("The Green Party's transport spokeswoman, Helen Marsh,", "Helen Marsh"),
])
def test_a_role_before_a_name_is_the_person_named(who: str, name: str) -> None:
    # the one named after her role speaks, not her body, nor an anonymous "spokeswoman"
    lead = f"{name} has campaigned on the issue for years."
    assert _speaker(PROBE.format(lead=lead, who=who), "said") == (name, "person")
    # but not one a role is held for, nor one met
    lead = "John Prescott chaired the talks."
    for who in ("A spokesman for the deputy prime minister, John Prescott,",
                "The five unions meeting John Prescott"):
        found = _speaker(PROBE.format(lead=lead, who=who), "said")
        assert found is None or found[0] != "John Prescott"


def test_a_place_inside_a_longer_name_is_not_the_speaker() -> None:
    text = ("Students in Wales face higher fees. Universities Wales, which represents college "
            "heads, claimed that applications had fallen by a tenth.")
    found = _speaker(text, "claimed")
    assert found is not None and found[0] != "Wales"
    assert "Universities Wales" in found[0]


def test_the_report_is_not_the_outlet_someone_spoke_through() -> None:
    text = ("The National Audit Office published its review of defence projects on Tuesday. "
            "A senior army official told the BBC that lessons were being learned. "
            '"Many problems can be traced to poor planning," the report says.')
    found = _speaker(text, "says")
    assert found is None or "BBC" not in found[0] and "Broadcasting" not in found[0]
    # but "told the paper" after "told the Daily Telegraph" is told the Telegraph
    text = ("William Hague told the Daily Telegraph he would not stand again. "
            'He told the newspaper: "I do not know whether I will ever go back."')
    article = Article("a001", "content/a001.txt", "A test article", text)
    corpus = merge(annotate_articles([article]))
    vias = {s.id: s.name for s in corpus.sources}
    told = [vias.get(c.via) for c in corpus.claims if c.via]
    assert len(told) == 2 and all(v and "Telegraph" in v for v in told)


def test_an_outlet_s_correspondent_speaks_not_the_outlet() -> None:
    text = ("The BBC reported the strike on Monday. The BBC's correspondent in Lagos said "
            "that fuel prices were likely to rise again.")
    found = _speaker(text, "said")
    assert found is not None and found[1] == "person"
    assert found[0] != "BBC" and "Broadcasting" not in found[0]


@pytest.mark.parametrize("text, cue, kind", [
    ("Shares in Kellmore fell. One of the firm's biggest investors said the board had "
     "failed.", "said", "person"),
    ("Pollsters asked 2,000 voters about the plan. One in five said the tax was fair.",
     "said", "anonymous"),
])
def test_one_of_a_group_is_shown_as_a_source(text: str, cue: str, kind: str) -> None:
    # "one of …", "One in five": a source the text names, not a pronoun left unattributed
    found = _speaker(text, cue)
    assert found is not None and found[1] == kind


def test_a_relative_clause_after_the_name_does_not_hide_it() -> None:
    text = ("Bruce Kamara joined Yukos in 2003. Yukos chief financial officer Bruce Kamara, who "
            "had moved to the US in early December, acknowledged that the firm faced heavy "
            "losses.")
    assert _speaker(text, "acknowledged") == ("Bruce Kamara", "person")


def test_the_newspaper_is_the_outlet_that_reported_not_the_one_told() -> None:
    text = ("Some 2,000 jobs may be cut, the Financial Times has reported. But Rover told BBC "
            'News that reports of job cuts were speculation. "The money must be invested," the '
            "newspaper quotes a source close to the firm.")
    found = _speaker(text, "quotes")
    assert found is not None and "Financial Times" in found[0]


@pytest.mark.parametrize("text, cue", [
    ("Home Secretary Charles Clarke told BBC One's Breakfast with Frost: \"I am not organising "
     "an inquiry.\" The US government denied the claims, saying it condemned torture. In a "
     "statement, it said: \"The man was properly detained under the laws of war.\"", "said:"),
    ("The Daily Mirror reported the row on Monday. The Venezuelan government has steadily "
     "expanded its role in the economy. It recently said all mining contracts would be "
     "examined.", "recently said"),
])
def test_it_after_an_unnamed_government_is_not_a_name_before_it(text: str, cue: str) -> None:
    # "it" is the government, which has no name here: unattributed, not the outlet before
    assert _speaker(text, cue) is None
