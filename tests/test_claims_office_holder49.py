"""A source named only by an office ("The prime minister said ...") is the one person of the
article who holds it, as that article or another says ("Prime Minister Tony Blair"); no one
when two people of the article hold it. Real parses, merged by the build."""

from __future__ import annotations

import pytest
from claimkit import speakers

pytestmark = pytest.mark.model

_ROLES = ("Leaders meet\n\nPrime Minister Tony Blair and Chancellor Gordon Brown visited Hull "
          "on Monday. Prime Minister Junichiro Koizumi visited Tokyo. Tory leader Michael "
          "Howard spoke in York.")


def _speakers(tmp_path, text: str) -> dict[str, str | None]:
    return speakers(tmp_path, {"a": _ROLES, "b": "Campaign news\n\n" + text}, "b")


def test_the_prime_minister_is_the_one_the_corpus_calls_so(tmp_path):
    said = _speakers(tmp_path, (
        "Tony Blair and Gordon Brown met voters in Bristol on Tuesday. The prime minister said "
        "the campaign would focus on the economy."))
    assert said.get("the campaign would focus on the economy") == "Tony Blair"


def test_an_office_two_people_of_the_article_hold_names_neither(tmp_path):
    said = _speakers(tmp_path, (
        "Tony Blair and Junichiro Koizumi met in London on Tuesday. The prime minister said "
        "trade between the two countries would grow."))
    assert said.get("trade between the two countries would grow") not in (
        "Tony Blair", "Junichiro Koizumi")


def test_the_tory_leader_is_the_conservative_leader(tmp_path):
    said = _speakers(tmp_path, (
        "Michael Howard and Charles Kennedy campaigned in Bristol on Tuesday. The Tory leader "
        "said taxes would fall under his party."))
    assert said.get("taxes would fall under his party") == "Michael Howard"
