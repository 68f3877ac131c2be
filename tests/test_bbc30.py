"""Actor errors a reader saw on pages built from BBC news (issue 15 items 2-3): places, works,
brands, descriptions and given names. Real parses; the sentences are written for the test."""

from __future__ import annotations

from actorkit import names, types_of
from test_merge import article, mention

from generator.curation import Curation
from generator.merge import merge

# described.py: a description apposed to a name fixes its type

def test_an_occupation_before_a_name_makes_it_a_person(nlp):
    found = names(nlp, "Later at a charity dinner, Danish supermodel Helena Christensen was "
                       "named a patron of the festival.")
    assert types_of(found, "Helena Christensen") == {"person"}


def test_an_occupation_apposed_after_a_name_makes_it_a_person(nlp):
    found = names(nlp, '"Demand will recover next year," said Jean-Philippe Cotis, the '
                       "agency's chief economist.")
    assert types_of(found, "Jean-Philippe Cotis") == {"person"}


def test_a_maker_of_works_is_a_person_and_his_surname_joins_him(nlp):
    found = names(nlp, "Documentary maker Michael Cockerell followed the minister for a year. "
                       "She told Cockerell that she disliked the campaign.")
    assert types_of(found, "Michael Cockerell") == {"person"}
    assert types_of(found, "Cockerell") == {"person"}


def test_one_of_the_firms_apposed_makes_a_body(nlp):
    found = names(nlp, "Last year the French group tried to buy Glenmorangie, one of "
                       "Scotland's biggest whisky firms, but failed.")
    assert types_of(found, "Glenmorangie") == {"organization"}


def test_names_after_authors_like_are_people(nlp):
    found = names(nlp, "The gospels are better attested than the classical authors like "
                       "Cicero, Virgil and Tacitus.")
    assert [t for n, t in found if n in ("Cicero", "Virgil", "Tacitus")] == ["person"] * 3


# placed.py: a "person" standing only where places go is a place

def test_a_name_after_moved_to_is_a_place(nlp):
    found = names(nlp, "The painter moved to Powys nearly twenty years ago and works from a "
                       "studio there.")
    assert types_of(found, "Powys") == {"place"}


def test_a_name_right_after_in_on_a_verb_is_a_place(nlp):
    found = names(nlp, "Eventually she joined Diaghilev in Monte Carlo when she was 14.")
    assert types_of(found, "Monte Carlo") == {"place"}


def test_a_name_that_says_things_stays_a_person_after_in(nlp):
    found = names(nlp, "The crowd believed in Carlo Monti. Carlo Monti said he would stay.")
    assert types_of(found, "Carlo Monti") == {"person"}


# staged.py: works and brands are no actors

def test_a_brand_before_a_noun_for_goods_is_no_actor(nlp):
    found = names(nlp, "The group's famous names include Malibu rum, Courvoisier brandy, "
                       "Stolichnaya vodka and Ballantine's whisky.")
    assert not [n for n, _ in found if n in ("Malibu", "Courvoisier", "Stolichnaya")]


def test_a_title_a_credit_follows_is_no_actor(nlp):
    found = names(nlp, "Other films tipped for success include Closer, starring Jude Law and "
                       "Julia Roberts.")
    assert not types_of(found, "Closer")
    assert types_of(found, "Jude Law") == {"person"}


def test_a_name_always_after_the_is_a_title(nlp):
    found = names(nlp, "The Da Vinci Code claims the church hid the truth. The Da Vinci Code "
                       "has been translated into 42 languages.")
    assert not types_of(found, "Da Vinci Code")


# non_names.py: capitalised words that name no one

def test_an_abbreviation_of_lower_case_words_is_no_actor(nlp):
    found = names(nlp, "The networks deliver two megabits per second, against 384 kilobits "
                       "per second (Kbps) on older phones.")
    assert not types_of(found, "Kbps")


def test_styles_before_a_name_are_no_person(nlp):
    found = names(nlp, "The Bishop of Durham, the Rt Rev Dr Tom Wright, called the novel a "
                       "great thriller.")
    assert not types_of(found, "Rt Rev Dr")
    assert types_of(found, "Tom Wright") == {"person"}


# merge/given_names.py: a given name alone joins a full name only in its own article

def _merged(*articles):
    return merge(list(articles), Curation())


def test_a_given_name_alone_joins_no_full_name_of_another_article():
    t1 = "Sandra Gidley spoke for the party."
    t2 = "His wife, Sandra, will campaign with him."
    corpus = _merged(
        article("a1", t1, [mention("Sandra Gidley", 0)]),
        article("a2", t2, [mention("Sandra", t2.index("Sandra"))]),
    )
    assert sorted(a.name for a in corpus.actors) == ["Sandra", "Sandra Gidley"]


def test_a_given_name_joins_the_full_name_of_its_own_article_and_a_surname_any():
    t1 = "Sandra Gidley spoke for the party."
    t2 = "Sandra Gidley arrived. Later Sandra left."
    t3 = "Gidley was not there for the party."
    party = {"span": [t1.index("party"), t1.index("party") + 5], "text": "party",
             "type": "organization", "name": "Liberal Democrats", "group": 9, "kind": "name"}
    # the party both articles name vouches for "Gidley" (see merge.joins)
    party3 = {**party, "span": [t3.index("party"), t3.index("party") + 5]}
    corpus = _merged(
        article("a1", t1, [mention("Sandra Gidley", 0), party]),
        article("a2", t2, [mention("Sandra Gidley", 0, group=0),
                           mention("Sandra", t2.rindex("Sandra"), group=1)]),
        article("a3", t3, [mention("Gidley", 0), party3]),
    )
    assert [a.name for a in corpus.actors] == ["Liberal Democrats", "Sandra Gidley"]
