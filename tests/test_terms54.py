"""Technologies and terms that tech news defines or lists like names (actors/acronyms.py,
actors/products.py): no actors."""

from __future__ import annotations

import pytest
from actorkit import names, types_of


def test_an_acronym_lower_case_words_spell_is_a_term(nlp):
    found = names(nlp, "Recorders on sale\nSales of digital and personal video recorders "
                       "(DVR and PVR) grew in America. TiVo said its DVR sold best.")
    assert not types_of(found, "DVR") and not types_of(found, "PVR"), found
    assert types_of(found, "TiVo") == {"organization"}, found


@pytest.mark.parametrize("text, term", [
    ("Screens get bigger\nThe Liquid Crystal Display (LCD) market grew last year, said Sony.",
     "Liquid Crystal Display"),
    ("Music locks\nDigital Rights Management (DRM) is used by Apple to protect songs. Critics "
     "say DRM schemes annoy buyers.", "Digital Rights Management"),
    ("Signing online\nMany deaf people use British Sign Language (BSL) at home. BSL videos are "
     "now on the web, said the BBC.", "British Sign Language"),
])
def test_a_technology_spelled_out_is_no_body(nlp, text, term):
    found = names(nlp, text)
    acronym = "".join(w[0] for w in term.split())
    assert not types_of(found, term) and not types_of(found, acronym), found


@pytest.mark.parametrize("text, body, acronym", [
    ("Budget office\nThe Office of Management and Budget (OMB) said spending would rise. The "
     "OMB report was read by Congress.", "Office of Management and Budget", "OMB"),
    ("Sales up\nThe Consumer Electronics Association (CEA) said sales of LCD TVs were up. CEA "
     "officials were pleased.", "Consumer Electronics Association", "CEA"),
])
def test_a_body_spelled_out_stays_a_body(nlp, text, body, acronym):
    # guard: a body's acronym before a noun ("the OMB report") is no technology
    found = names(nlp, text)
    assert types_of(found, body) == {"organization"}, found
    assert types_of(found, acronym) == {"organization"}, found


@pytest.mark.parametrize("sentence", [
    "Networks like eDonkey, Kazaa and Grokster facilitate illegal filesharing, the industry says.",
    "File-sharing networks such as Kazaa and Grokster were sued in Los Angeles.",
])
def test_file_sharing_networks_a_list_names_are_programs(nlp, sentence):
    found = names(nlp, "Sharing case\n" + sentence + " Microsoft declined to comment.")
    assert not types_of(found, "Kazaa") and not types_of(found, "Grokster"), found
    assert types_of(found, "Microsoft") == {"organization"}, found


def test_broadcast_networks_in_a_list_stay_bodies(nlp):
    # guard: "network" is a broadcaster's noun outside talk of file sharing
    found = names(nlp, "Ratings\nNetworks such as CBS and NBC lost viewers last year, "
                       "the survey found.")
    assert types_of(found, "CBS") == {"organization"}, found
    assert types_of(found, "NBC") == {"organization"}, found
