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
