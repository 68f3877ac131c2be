"""Companies named in the possessive ("McDonald's", "Foster's", "Claridge's") keep the "'s" in
every mention; a genitive owning a noun and a person's name do not (``possessive_names``)."""

from __future__ import annotations

from actorkit import group_of, names


def test_foster_s_bought_is_the_company_foster_s(nlp):
    text = ("Southcorp rejects takeover\nSouthcorp has rejected an offer from brewing giant "
            "Foster's Group. The two companies held talks after Foster's bought an 18.8% stake "
            "in Southcorp. Southcorp said Foster's takeover proposal was inadequate.")
    found = names(nlp, text)
    assert ("Foster", "organization") not in found
    assert [n for n, _ in found].count("Foster's") == 3


def test_mcdonald_s_sales_is_mcdonald_s(nlp):
    text = ("Bell dies\nCharlie Bell, the former head of fast-food giant McDonald's, has died. He "
            "is credited with helping revive McDonald's sales.")
    assert group_of(nlp, text, "McDonald's") == {"McDonald's"}
    assert "McDonald" not in [n for n, _ in names(nlp, text)]


def test_a_hotel_in_a_list(nlp):
    text = ("Savoy sold\nThe firm bought the Savoy along with the Berkeley, Claridge's and the "
            "Connaught for £750m last year.")
    assert "Claridge's" in [n for n, _ in names(nlp, text)]


def test_guard_a_genitive_only_keeps_the_bare_name(nlp):
    text = ("Microsoft profits\nMicrosoft's shares rose after Microsoft's profits beat forecasts. "
            "Mr Foster's view was that Microsoft's chief would stay.")
    found = [n for n, _ in names(nlp, text)]
    assert "Microsoft's" not in found and "Foster's" not in found



def test_the_name_without_its_apostrophe_is_the_same_company(nlp):
    text = ("McDonald's sponsors MTV\nMcDonald's, the world's largest restaurant chain, is to "
            "sponsor a show. McDonalds has also been taking steps to improve its food.")
    assert group_of(nlp, text, "McDonalds") == {"McDonald's", "McDonalds"}
