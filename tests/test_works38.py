"""Works 38: TV shows a reader saw shown as people or bodies on BBC pages (invented sentences
in the shape of the ones found): the kind of show before the name, a list a plural kind noun is
said to be, a show's actress."""

from __future__ import annotations

from actorkit import names


def _shown(found: list[tuple[str, str]], word: str) -> list[tuple[str, str]]:
    return [(n, t) for n, t in found if word in n]


def test_a_name_after_a_show_noun_is_a_work(nlp) -> None:
    """"the children's show Fat Albert" was a person."""
    found = names(nlp, "She was a comic before hosting the children's show Fat Albert and the "
                       "Cosby Kids, and starring in The Cosby Show.")
    assert not _shown(found, "Albert"), found


def test_a_name_after_a_plural_kind_is_a_work(nlp) -> None:
    """"Soap operas Knots Landing, Falcon Crest ..." were a person and a body."""
    found = names(nlp, "Soap operas Knots Landing, Falcon Crest plus The Bold And The Beautiful "
                       "all made the top 10 of the worst imports.")
    assert not _shown(found, "Knots") and not _shown(found, "Falcon"), found


def test_a_name_a_serial_apposition_describes_is_a_work(nlp) -> None:
    """"created Grange Hill, the school-based drama serial" was a person."""
    found = names(nlp, "Redmond also created Grange Hill, the school-based drama serial which "
                       "was first broadcast on BBC One in 1978.")
    assert not _shown(found, "Grange"), found


def test_the_items_a_plural_kind_is_said_to_be_are_works(nlp) -> None:
    """"Other American shows which won praise were ..., Twin Peaks and Star Trek": a person and
    a body."""
    found = names(nlp, "Other American shows which won praise were The X-Files, I Love Lucy, "
                       "Twin Peaks and Star Trek.")
    assert not _shown(found, "Peaks") and not _shown(found, "Trek"), found


def test_a_shows_actress_names_a_work(nlp) -> None:
    """"former Grange Hill actress Amma Asante": an organisation; the actress stays a person."""
    text = ("The film award went to a drama. Clocking Off creator Paul Abbott got a lifetime "
            "award while former Grange Hill actress Amma Asante won the breakthrough award for "
            "her first film.")
    found = names(nlp, text)
    assert not _shown(found, "Grange"), found
    assert ("Amma Asante", "person") in found, found


def test_people_listed_as_winners_stay_people(nlp) -> None:
    """Only a kind of work makes the items works: "The winners were ..." names people."""
    found = names(nlp, "The winners were Jane Pallister, Tom Okafor and Rhona Beale.")
    assert ("Tom Okafor", "person") in found, found


def test_a_name_apposed_to_a_richest_man_is_a_person(nlp) -> None:
    """"Rinat Akhmetov, the country's richest man" was an organisation."""
    found = names(nlp, "The plant was sold to a consortium that included Viktor Pinchuk, "
                       "son-in-law of former-President Kuchma, and Rinat Akhmetov, the "
                       "country's richest man, for $800m.")
    assert ("Rinat Akhmetov", "person") in found, found


def test_names_beside_a_plural_people_noun_are_people(nlp) -> None:
    """"its hosts Anthony McPartlin and Declan Donnelly": Donnelly was an organisation."""
    found = names(nlp, "Pasquale had been the show's hottest ever favourite to win, and its "
                       "hosts Anthony McPartlin and Declan Donnelly said the vote was close.")
    assert ("Declan Donnelly", "person") in found, found


def test_a_name_particle_keeps_a_described_name_a_person(nlp) -> None:
    """"the Dutch film maker Theo van Gogh" was an organisation: "van" is no capital."""
    found = names(nlp, "Last week the world media highlighted the killing of the Dutch film "
                       "maker Theo van Gogh, notorious after making a controversial film.")
    assert ("Theo van Gogh", "person") in found, found


def test_a_common_word_opening_the_sentence_is_no_part_of_a_name(nlp) -> None:
    """"Veteran US" and "Praising Celtic" were organisations."""
    found = names(nlp, "Veteran US television host Dick Clark is in hospital after a stroke.")
    assert not _shown(found, "Veteran"), found
    found = names(nlp, "The minister met the clubs. Praising Celtic and Rangers for their "
                       "efforts, she said: \"I don't think they can do more.\" Celtic agreed.")
    assert not _shown(found, "Praising"), found
