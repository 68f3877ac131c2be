"""People 41: names a reader saw wrongly on BBC pages (invented sentences in the shape of the
ones found): two people joined by "&" in an awards list."""

from __future__ import annotations

from actorkit import names


def test_two_full_names_joined_by_an_ampersand_are_two_people(nlp) -> None:
    """"Matt Lucas & David Walliams (Little Britain, BBC Three)" was one person."""
    found = names(nlp, "Best comedy actor\n\nPeter Kay & Jane Horrocks (Phoenix Nights, Channel 4)"
                       "\n\nThe award went to Kay and Horrocks.")
    assert ("Peter Kay", "person") in found and ("Jane Horrocks", "person") in found, found
    assert not [n for n, _ in found if "&" in n], found


def test_a_firm_joined_by_an_ampersand_stays_whole(nlp) -> None:
    """"Marks & Spencer", "Procter & Gamble": one body, not two."""
    found = names(nlp, "Shares in Marks & Spencer and Procter & Gamble rose on Monday.")
    assert ("Marks & Spencer", "organization") in found, found
