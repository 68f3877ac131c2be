"""A list of many names (a squad list) ties no pair of them (``render.related``)."""

from __future__ import annotations

from generator.models import Actor, Article, Corpus, Mention
from generator.render.related import MAX_GROUP, related_actors


def _corpus(names: int) -> Corpus:
    text = ", ".join(f"Player{i} (Club{i % 4})" for i in range(names))
    article = Article(id="a", path="content/a.txt", title="Squad", text=text)
    actors = tuple(
        Actor(id=f"p{i}", name=f"Player{i}", type="person",
              mentions=(Mention(article="a", span=(0, 1), text=f"Player{i}", sentence=0),))
        for i in range(names))
    return Corpus(articles=(article,), actors=actors)


def test_a_squad_list_of_sixteen_names_ties_no_pair():
    related, counts = related_actors(_corpus(16), [f"p{i}" for i in range(16)])
    assert MAX_GROUP < 16
    assert not counts


def test_guard_a_sentence_of_a_few_names_ties_them():
    related, counts = related_actors(_corpus(4), [f"p{i}" for i in range(4)])
    assert counts == {f"p{i}": 3 for i in range(4)}
