"""People 41: names a reader saw wrongly on BBC pages (invented sentences in the shape of the
ones found): two people joined by "&" in an awards list."""

from __future__ import annotations

from actorkit import names, types_of

from generator.nlp.actors import lexicon
from generator.nlp.actors.tables import read_tables


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


FIXTURES = (
    "Premiership strugglers Hallam, Dunmore and West Riverton are away at Oakfield, Calder and "
    "Preston Vale. Third-placed Wexley visit Oakfield.\n\n"
    "Arsenal v Stoke\n\nOakfield v Wexley\n\nCalder v Dunmore\n\nOakfield Athletic v Hallam\n\n"
    "Preston Vale v West Riverton\n"
)


def test_a_fixtures_list_gives_teams() -> None:
    """"Plymouth v Everton" lines (a list of fixtures, no scores) name two teams each."""
    tables = read_tables(FIXTURES, lexicon().table_labels, sports=True,
                         versus=lexicon().versus_words)
    teams = {FIXTURES[s:e] for s, e in tables.fixture_teams}
    assert {"Arsenal", "Stoke", "Wexley", "Dunmore", "Hallam", "West Riverton"} <= teams


def test_one_match_line_is_no_fixtures_list() -> None:
    """"Federer v Nadal" alone (a heading, say) is not a fixtures list."""
    text = "Federer v Nadal\n\nRoger Federer beat Rafael Nadal in the final.\n"
    tables = read_tables(text, lexicon().table_labels, sports=True,
                         versus=lexicon().versus_words)
    assert not tables.fixture_teams


def test_a_club_of_a_fixtures_list_is_no_person_in_the_prose(nlp) -> None:
    """"Premiership strugglers Norwich, Blackburn" and "Third-placed Everton" were people
    beside the fixtures "West Ham v Norwich", "Cardiff v Blackburn", "Plymouth v Everton"."""
    found = names(nlp, "The FA Cup third round draw pits Premiership clubs against league "
                       "sides. The football match dates and the tournament's kick-off times "
                       "will be fixed later, the league said. " + FIXTURES)
    for club in ("Hallam", "Dunmore", "Wexley"):
        assert "person" not in types_of(found, club), (club, found)
