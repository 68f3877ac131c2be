"""One person named two short ways: a bare surname and "Mr X" in one article, and "President X"
across articles that share no other actor."""

from __future__ import annotations

import pytest
from test_merge import article, at, mention

from generator.merge import merge
from generator.nlp.actors import extract_actor_mentions


def _groups(nlp, text: str, name: str) -> list[int]:
    """The groups of the named mentions written ``name``, in order."""
    return [m.group for m in extract_actor_mentions(nlp(text)) if m.text == name]


@pytest.mark.model
def test_a_bare_surname_joins_the_only_mr_of_that_name(nlp):
    text = ("Labour feud goes on\n\nCritics argue that Blair and Brown are like squabbling "
            "school kids. Mr Brown said he was happy with the budget.")
    groups = _groups(nlp, text, "Brown")
    assert len(groups) == 2 and groups[0] == groups[1]


@pytest.mark.model
def test_a_bare_surname_stays_apart_when_mr_and_mrs_share_it(nlp):
    text = ("Couple split\n\nCritics say Brown is like a school kid. Mr Brown said he was "
            "happy. Mrs Brown said she was not.")
    assert len(set(_groups(nlp, text, "Brown"))) == 3


@pytest.mark.model
def test_a_peer_keeps_her_title_apart_from_a_mr(nlp):
    text = ("Peers\n\nLabour peer Baroness Kennedy said reform was needed. Mr Kennedy "
            "disagreed. Kennedy has said so before.")
    baroness, mr, _ = _groups(nlp, text, "Kennedy")
    assert baroness != mr


def _bush_articles(title: str = "President"):
    t1 = "President George W Bush met Tony Blair. Mr Blair spoke."
    t2 = f"Social Security will need reform, although {title} Bush must act first."
    return [
        article("a1", t1, [mention("George W Bush", at(t1, "George"), group=0, role="President",
                                   role_span=[0, 9]),
                           mention("Tony Blair", at(t1, "Tony"), group=1),
                           mention("Blair", at(t1, "Blair spoke"), "Tony Blair", group=1)]),
        article("a2", t2, [mention("Bush", at(t2, "Bush"), group=0)]),
    ]


def test_president_bush_joins_president_george_w_bush_of_another_article():
    actors = {a.name: a for a in merge(_bush_articles()).actors}
    assert "Bush" not in actors
    assert {m.article for m in actors["George W Bush"].mentions} == {"a1", "a2"}


def test_an_untitled_surname_in_an_unrelated_article_stays_apart():
    actors = {a.name: a for a in merge(_bush_articles(title="Kate")).actors}
    assert "Bush" in actors


@pytest.mark.model
def test_a_name_after_an_honorific_the_model_left_untagged_is_a_person(nlp):
    text = ("BP profits soar\n\nSpeaking on the BBC's Today programme on Tuesday, Lord Browne "
            "said the profits were not solely down to the high oil price. Lord Browne pointed "
            "out that BP was reaping the benefits of its investment.")
    found = [m for m in extract_actor_mentions(nlp(text)) if m.text == "Browne"]
    assert len(found) == 2 and {m.type for m in found} == {"person"}


@pytest.mark.model
def test_a_title_after_an_honorific_is_no_name(nlp):
    text = "Peers speak\n\nThe Lord Chancellor spoke first. Mr Speaker then called for order."
    assert not [m for m in extract_actor_mentions(nlp(text)) if m.text in ("Chancellor", "Speaker")]


@pytest.mark.model
def test_an_honorific_before_a_hyphenated_name_keeps_the_whole_name(nlp):
    text = ("UKIP row\n\nRobert Kilroy-Silk spoke on Monday. The documentary showed the tensions "
            "between Mr Kilroy-Silk and his fellow MEPs. He denied wanting to be leader.")
    found = {m.text for m in extract_actor_mentions(nlp(text)) if m.kind == "name"}
    assert "Kilroy" not in found


@pytest.mark.model
def test_two_surnames_joined_by_a_hyphen_are_the_two_people(nlp):
    text = ("Labour rift\n\nTony Blair and Gordon Brown met on Monday. Robert Peston's new book "
            "has prompted more speculation about the Blair-Brown rift.")
    found = [(m.text, m.type) for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]
    assert ("Blair", "person") in found and ("Brown", "person") in found
    assert not [t for t, _ in found if t == "Blair-Brown"]


def _mononym_articles(times: int):
    t1 = "Elvis Presley recorded Jailhouse Rock in 1957. Elvis Presley died in 1977."
    t2 = " ".join(["Elvis fans met in Blackpool."] * times)
    mentions = [mention("Elvis", i * len("Elvis fans met in Blackpool. "), group=0)
                for i in range(times)]
    return [
        article("a1", t1, [mention("Elvis Presley", 0, group=0),
                           mention("Elvis Presley", at(t1, "Elvis Presley died"), group=0)]),
        article("a2", t2, mentions),
    ]


def test_a_name_an_article_calls_someone_by_again_and_again_joins_the_full_name():
    actors = {a.name: a for a in merge(_mononym_articles(3)).actors}
    assert "Elvis" not in actors
    assert {m.article for m in actors["Elvis Presley"].mentions} == {"a1", "a2"}


def test_a_first_word_named_twice_in_an_unrelated_article_stays_apart():
    actors = {a.name: a for a in merge(_mononym_articles(2)).actors}
    assert "Elvis" in actors
