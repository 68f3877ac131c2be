"""Reader 42: actors a reader saw wrongly on BBC pages (invented sentences in the shape of the
ones found)."""

from __future__ import annotations

from actorkit import names, types_of


def test_a_british_given_name_makes_a_person_of_a_name_tagged_a_body(nlp) -> None:
    """"Graeme Souness believes ..." (tagged ORG) and then "Souness" were a body."""
    found = names(nlp, "Graeme Souness believes Walter Smith would be the perfect choice to "
                       "succeed Berti Vogts as Scotland manager.\n\nSouness's former assistant "
                       "at Rangers is hot favourite to take over.")
    assert types_of(found, "Graeme Souness") == {"person"}, found


def test_a_title_word_that_is_a_given_name_opens_a_name_before_a_surname(nlp) -> None:
    """"Dean Headley" lost "Dean" (a title word); "Dean Smith" of a college keeps its surname."""
    found = names(nlp, "The film's producer, Dean Headley, said the shoot went well. Headley "
                       "added that the cast had been superb.")
    assert ("Dean Headley", "person") in found, found
