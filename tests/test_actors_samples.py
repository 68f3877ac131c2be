"""Actor errors seen on the sample articles' pages (real parses, sentences written for the test)."""

from __future__ import annotations

from actorkit import names


def test_a_pro_adjective_names_no_actor_and_keeps_the_name_after_it(nlp):
    found = names(nlp, "In the Hong Kong Island constituency, pro-Beijing New People Party's "
                       "Regina Ip was re-elected. Other pro-Beijing candidates won too.")
    assert not [n for n, _ in found if "Beijing" in n]
    assert ("New People Party", "organization") in found


def test_a_nationality_before_a_noun_is_not_part_of_a_name(nlp):
    found = names(nlp, "Her mother had spoken out against Scientology on French television.")
    assert ("Scientology", "organization") in found
    assert not [n for n, _ in found if "French" in n]


def test_youtube_is_an_organisation(nlp):
    found = names(nlp, "The video was taken from YouTube. YouTube is complying with the "
                       "request, a spokesman said.")
    assert found == [("YouTube", "organization"), ("YouTube", "organization")]


def test_an_adherent_before_a_name_is_no_organisation(nlp):
    found = names(nlp, "The video featured Scientologist Tom Cruise. Many Scientologists "
                       "protested in London.")
    assert ("Tom Cruise", "person") in found
    assert ("Scientologist", "organization") not in found
    assert ("Scientologists", "group") in found  # a group, as "Muslims" is
