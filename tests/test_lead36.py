"""What a reader of 100 BBC articles still saw after the session's merges (invented sentences)."""

from __future__ import annotations

from actorkit import names


def test_a_given_name_tagged_an_adjective_stays_in_the_name(nlp) -> None:
    """A Welsh given name the list lacks, opening its sentence, is no sentence-opening adjective
    to drop because the surname is also named alone ("Ms Beynon")."""
    text = ('Rhian Beynon of the charity said the rules were "unfair". "We will look at a case," '
            "Ms Beynon said.")
    found = names(nlp, text)
    assert ("Rhian Beynon", "person") in found, found


def test_a_role_word_before_a_surname_is_no_given_name(nlp) -> None:
    """"Comic Pasquale beat ..." is Pasquale, not a person called "Comic Pasquale"."""
    text = ("The final was on Monday. Comic Pasquale beat former Royal butler Paul Burrell who "
            "came second. Joe Pasquale said he was thrilled.")
    found = [n for n, _ in names(nlp, text)]
    assert "Comic Pasquale" not in found, found
    assert "Joe Pasquale" in found, found
