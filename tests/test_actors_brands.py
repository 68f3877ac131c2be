"""A word that opens several organisations' names is their brand (real parses)."""

from __future__ import annotations

from actorkit import names

# Written for the test: the shape of a broadcaster story in which the model reads the brand
# alone as a person in most sentences.
BRAND = ("Sky said it was delighted. Sky's coverage will start in August on Sky News and Sky "
         "Arts. Sky is the home of sport, said Anna Cole of Sky Networks. Sky was outbid by ITV "
         "in 2001.")


def test_a_word_that_opens_several_organisation_names_is_an_organisation(nlp):
    found = names(nlp, BRAND)
    assert [t for n, t in found if n == "Sky"] == ["organization"] * 4
    assert ("Anna Cole", "person") in found
    # and the brand inside "Sky News" is not a mention of its own
    assert sum(1 for n, _ in found if n == "Sky") == 4


def test_the_surname_of_a_person_named_in_full_stays_a_person(nlp):
    found = names(nlp, "Bill Clinton opened the Clinton Foundation offices and the Clinton "
                       "Library on Monday. Clinton said the work would go on.")
    assert ("Clinton", "person") in found
    assert ("Clinton", "organization") not in found
