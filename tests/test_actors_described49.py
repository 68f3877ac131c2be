"""Types from the words around a name, seen on BBC business and politics pages: a stock market's
name, a list of examples of firms, a place after "in nearby", and a unit's abbreviation."""

from __future__ import annotations

import pytest
from actorkit import names, types_of

pytestmark = pytest.mark.model


def test_a_stock_market_named_after_its_kind_is_a_body(nlp):
    text = ("French suitor holds LSE meeting\n\nEuropean stock market Euronext has met with the "
            "London Stock Exchange amid speculation that it may be ready to launch a cash bid. "
            "Euronext chief Jean-Francois Theodore held talks with LSE boss Clara Furse. But "
            "Euronext declined to comment, while Euronext is rumoured to have facilities in place "
            "to fund a bid.")
    assert types_of(names(nlp, text), "Euronext") == {"organization"}


def test_a_name_in_a_list_of_examples_of_firms_is_a_body(nlp):
    text = ("Yukos sale nears\n\nIf the unit is sold off, it is likely to be bought up by a "
            "government-backed firm, like Gazprom, effectively bringing a large chunk of Russia's "
            "oil industry back under state control.")
    assert types_of(names(nlp, text), "Gazprom") == {"organization"}


def test_a_country_in_a_list_after_markets_stays_a_place(nlp):
    text = "Markets rally\n\nShares rose in emerging markets such as China and India on Monday."
    found = names(nlp, text)
    assert types_of(found, "China") == {"place"} and types_of(found, "India") == {"place"}


def test_a_name_after_in_nearby_is_a_place(nlp):
    text = ("Kinnock profile\n\nThe son of a miner father and nurse mother, he attended Lewis "
            "Boys' School in nearby Pengam, known then as the Eton of the valleys.")
    assert types_of(names(nlp, text), "Pengam") == {"place"}


def test_a_unit_abbreviated_in_brackets_is_no_actor(nlp):
    text = ("China dam plan\n\nChina increased its generating capacity by 12.6% to 440,700 "
            "megawatts (MW). The Xiluodu Dam is designed to produce 12,600 MW of electricity.")
    assert "MW" not in {n for n, _ in names(nlp, text)}


def test_a_list_after_a_plural_noun_for_firms_is_of_bodies(nlp):
    text = ("Markets shrug off disaster\n\nIn Indonesia, shares in state construction companies "
            "Adhi Karya and Semen Gresik have jumped sharply this week.")
    found = names(nlp, text)
    assert types_of(found, "Adhi Karya") == {"organization"}
    assert types_of(found, "Semen Gresik") == {"organization"}
    assert types_of(found, "Indonesia") == {"place"}


def test_the_body_a_title_is_to_is_not_part_of_the_holders_name(nlp):
    text = ("Tory plans attacked\n\nBut Chief Secretary to the Treasury Paul Boateng attacked the "
            "Tory plans on Monday.")
    found = {n for n, _ in names(nlp, text)}
    assert "Paul Boateng" in found and "Treasury Paul Boateng" not in found


def test_a_surname_of_a_firm_named_like_a_person_is_no_person(nlp):
    text = ("Gold deal\n\nThe government blocked the sale to miner Barrick Gold, with which it "
            "had signed a preliminary agreement. Miner Highland Gold said it regretted any limit "
            "on privatisation. Highland Gold has the motto Bringing Russia's Gold to Market.")
    found = names(nlp, text)
    assert ("Gold", "person") not in found
    assert types_of(found, "Barrick Gold") == {"organization"}
