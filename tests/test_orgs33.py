"""Organisations as readers know them: a company named with a possessive ("Standard & Poor's"),
initials joined by "&" ("S&P"), and news outlets the model does not tag ("the FT", "London's
Evening Standard"). Real parses; the sentences are written for the test."""

from __future__ import annotations

from actorkit import names, types_of

from generator.build import Builder
from generator.settings import BuildSettings

# spans.py: a possessive that owns nothing is part of an organisation's name


def test_a_company_named_with_a_possessive_keeps_it(nlp):
    found = names(nlp, "Standard & Poor's said on Tuesday that the outlook for the bank was "
                       "stable.")
    assert types_of(found, "Standard & Poor's") == {"organization"}
    assert types_of(found, "Standard & Poor") == set()


def test_a_possessive_name_before_a_comma_keeps_it(nlp):
    found = names(nlp, "The upgrade came from Moody's, which cited lower borrowing.")
    assert types_of(found, "Moody's") == {"organization"}


def test_a_genitive_before_what_it_owns_is_cut(nlp):
    found = names(nlp, "Investors welcomed Microsoft's results and Deutsche Boerse's proposed "
                       "offer for the exchange.")
    assert types_of(found, "Microsoft") == {"organization"}
    assert "Deutsche Boerse's" not in {n for n, _ in found}


def test_a_persons_possessive_is_never_the_name(nlp):
    found = names(nlp, "The decision was praised, and Mr Ricketts's speech was cheered.")
    assert all(not n.endswith("'s") for n, _ in found)


# spans.py: initials joined by an ampersand are a name


def test_initials_joined_by_an_ampersand_are_a_company(nlp):
    found = names(nlp, "S&P cut the rating of the airline on Friday, and AT&T shares fell.")
    assert types_of(found, "S&P") == {"organization"}
    assert types_of(found, "AT&T") == {"organization"}


# untagged.py + patterns: known outlets the model leaves untagged


def test_an_outlet_known_by_its_initials_is_the_outlet(nlp):
    from generator.nlp.actors import extract_actor_mentions

    mentions = extract_actor_mentions(nlp("According to the FT, the two banks will merge "
                                          "before the summer."))
    ft = [m for m in mentions if m.text == "FT"]
    assert ft and ft[0].name == "Financial Times"
    assert str(ft[0].type) == "organization"


def test_a_place_possessive_before_an_outlet_is_no_part_of_it(nlp):
    found = names(nlp, "Manchester's Evening Standard quoted the minister telling activists "
                       "that he wanted reform.")
    assert types_of(found, "Evening Standard") == {"organization"}
    assert not any("'s Evening" in n for n, _ in found)


def test_a_title_case_word_of_the_outlet_list_alone_is_not_recalled(nlp):
    found = names(nlp, "Times were hard for farmers in the valley last winter.")
    assert types_of(found, "Times") == set()


# the site: one outlet page, with or without the place before it


def test_an_outlet_cited_after_a_place_is_the_outlet_of_other_articles(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "one.txt").write_text(
        "Minister backs refuge plan\n"
        "Manchester's Evening Standard quoted the minister telling activists that he "
        "wanted reform.\n", encoding="utf-8")
    (content / "two.txt").write_text(
        "Mayor in row with paper\n"
        "The mayor likened an Evening Standard journalist to a guard, the Evening Standard "
        "reported.\n", encoding="utf-8")
    corpus = Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus
    outlets = [s for s in corpus.sources if "Standard" in s.name]
    assert [s.name for s in outlets] == ["Evening Standard"]
    assert outlets[0].actor == "evening-standard"
    assert {a.name for a in corpus.actors if "Standard" in a.name} == {"Evening Standard"}


def test_common_nouns_written_with_an_ampersand_are_no_actors(nlp):
    found = names(nlp, "After the Q&A session, the firm said its R&D budget would grow.")
    assert types_of(found, "Q&A") == set()
    assert types_of(found, "R&D") == set()


def test_a_word_in_capitals_is_no_outlet(nlp):
    found = names(nlp, "It was a great TIME for all of us, said Jane Porter.")
    assert types_of(found, "TIME") == set()
