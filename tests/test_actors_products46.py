"""Drugs, drinks, devices and works are not actors when the text says what kind they are
(real parses; every text is written for the test)."""

from __future__ import annotations

from actorkit import names, types_of

DRUGS = ("Shares in Medixa fell by 9% after its Zolvane drug failed a large trial. Medixa had "
         "hoped to sell its Zolvane drug against rival medicine Corvexa. Zolvane did no better "
         "than a placebo, while Corvexa is sold by Halbert Labs.")


def test_a_drug_named_after_its_kind_or_an_owners_possessive_is_no_actor(nlp):
    found = names(nlp, DRUGS)
    assert not types_of(found, "Zolvane")
    assert not types_of(found, "Corvexa")
    assert types_of(found, "Halbert Labs") == {"organization"}
    # a company that modifies its own product stays a company
    found = names(nlp, "The drug company Pfizer said the Pfizer drug would be tested. Sony said "
                       "its Sony camera sold well. The drugs giant Halbert Labs said its results "
                       "were good. Halbert Labs sells the drug Corvexa.")
    assert types_of(found, "Pfizer") == {"organization"}
    assert types_of(found, "Sony") == {"organization"}
    assert types_of(found, "Halbert Labs") == {"organization"}
    assert not types_of(found, "Corvexa")


def test_the_kind_noun_right_before_a_name_makes_it_a_product(nlp):
    found = names(nlp, "Investors worry about the blood pressure drug Nortavin, which earns "
                       "Medixa a fifth of its profits. \"Nortavin is our biggest risk,\" said "
                       "Joan Pell of Keller Brokers.")
    assert not types_of(found, "Nortavin")
    found = names(nlp, "The player will not work on computers running the operating system "
                       "Linux, said Amy Cole.")
    assert not types_of(found, "Linux")
    assert types_of(found, "Amy Cole") == {"person"}


def test_the_items_a_brands_noun_lists_are_products(nlp):
    found = names(nlp, "Grey Abbey Brewing owns several beers. Its best-selling brands include "
                       "Harrow Pale Ale, Ted Miller's, Redcastle and Valmont. The firm said "
                       "sales rose.")
    for brand in ("Harrow Pale Ale", "Ted Miller", "Redcastle", "Valmont"):
        assert not types_of(found, brand), brand
    assert types_of(found, "Grey Abbey Brewing") == {"organization"}
    # a kind word that also names bodies' work does not list products: "probes like"
    found = names(nlp, "The new rules could harm key probes like the Carver Inquiry, said Ann "
                       "Moss.")
    assert types_of(found, "Carver Inquiry") == {"organization"}


def test_a_technology_called_a_name_is_a_product_a_company_called_one_is_not(nlp):
    found = names(nlp, "Telvio has been working on a technology called Sky Beam, which sends "
                       "pictures to phones. Telvio said Sky Beam would be sold this year.")
    assert not types_of(found, "Sky Beam")
    found = names(nlp, "The technology firm Telvio said profits rose. Telvio, a technology "
                       "company, employs 300 people. A company called Sky Beam bought it.")
    assert types_of(found, "Telvio") == {"organization"}
    assert types_of(found, "Sky Beam") == {"organization"}


def test_a_name_the_text_calls_a_computer_is_a_product_in_all_its_mentions(nlp):
    found = names(nlp, "Apple launched the Mac Mini on Tuesday. The Mac Mini is a small "
                       "computer with no screen. One reader has fixed his Mac Mini to the back "
                       "of his television.")
    assert not types_of(found, "Mac Mini")
    assert types_of(found, "Apple") == {"organization"}


def test_a_list_of_works_after_a_work_noun_and_a_comma(nlp):
    found = names(nlp, "Mark Hale, a film restorer, spoke on Monday. He has edited the Moon "
                       "Harbour trilogy, Chasing Willow, The Lanterns and Rocket Ranger. \"Film "
                       "and video were two worlds,\" he said.")
    assert not types_of(found, "Chasing Willow")
    assert types_of(found, "Mark Hale") == {"person"}
    # the subjects after an opening phrase that ends in a work noun are no list of works
    found = names(nlp, "In the new film, Carter and Hale play two brothers who run a farm. "
                       "Carter said the film was hard work.")
    assert types_of(found, "Carter") == {"person"}
    assert types_of(found, "Hale") == {"person"}



def test_a_work_named_after_its_kind_and_a_comma_takes_no_pronoun(nlp):
    found = names(nlp, "Tom Vale won praise for the film. He took a darker role in his next "
                       "major film, Silver Harbour, where he played a police officer. In 1999 "
                       "he directed a film.")
    assert not types_of(found, "Silver Harbour")
    assert types_of(found, "Tom Vale") == {"person"}
    # the kind word parsed as the name's adjective: "war epic Greyfield"
    found = names(nlp, "Five years later he played a pilot in Ann Fowler's war epic Greyfield. "
                       "The film was a hit.")
    assert not types_of(found, "Greyfield")
    assert types_of(found, "Ann Fowler") == {"person"}


def test_what_a_star_is_of_is_a_work_in_an_article_about_works_not_about_sport(nlp):
    found = names(nlp, "The star of Night Orchard and Tillie said the movie business was in "
                       "trouble at a film festival on Tuesday. The 70-year-old said he stopped "
                       "acting in films years ago.")
    assert not types_of(found, "Tillie")
    found = names(nlp, "Chelsea won 2-0 on Saturday. The star of Chelsea, Frank Lampard, "
                       "scored twice in the match.")
    assert types_of(found, "Chelsea") == {"organization"}
