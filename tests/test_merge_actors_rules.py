"""Merging actors across articles: first-name variants, forms an article showed, short company
forms, honorifics read from the text, and the evidence of a majority type."""

from __future__ import annotations

from test_merge import article, at, mention

from generator.merge import merge
from generator.models import Corpus


def actors_of(*articles):
    return {a.name: a for a in merge(list(articles)).actors}


def test_first_name_variants_of_one_man_are_one_actor():
    t1 = "Bernie Ebbers spoke. Mr Ebbers denied it. WorldCom fell."
    t2 = "Bernard Ebbers left. Mr Ebbers was tired. WorldCom fell."
    t3 = "Mr Ebbers was quiet. WorldCom fell."

    def worldcom(t):  # the company the articles share vouches for "Mr Ebbers" (see joins)
        return mention("WorldCom", at(t, "WorldCom"), type_="organization", group=1)

    found = actors_of(
        article("a1", t1, [mention("Bernie Ebbers", 0, group=0),
                           mention("Ebbers", at(t1, "Ebbers denied"), "Bernie Ebbers", group=0),
                           worldcom(t1)]),
        article("a2", t2, [mention("Bernard Ebbers", 0, group=0),
                           mention("Ebbers", at(t2, "Ebbers was"), "Bernard Ebbers", group=0),
                           worldcom(t2)]),
        article("a3", t3, [mention("Ebbers", 3, "Mr Ebbers", group=0), worldcom(t3)]),
    )
    found.pop("WorldCom")
    [(name, ebbers)] = found.items()
    assert name in ("Bernie Ebbers", "Bernard Ebbers")
    assert {m.article for m in ebbers.mentions} == {"a1", "a2", "a3"}


def test_mrs_howard_never_joins_a_man_called_mr_howard_in_his_article():
    t1 = "Mrs Howard will visit seats."
    t2 = "John Howard won. Mr Howard spoke."
    found = actors_of(
        article("a1", t1, [mention("Howard", 4, "Mrs Howard", group=0)]),
        article("a2", t2, [mention("John Howard", 0, group=0),
                           mention("Howard", at(t2, "Howard spoke"), "John Howard", group=0)]),
    )
    assert set(found) == {"Mrs Howard", "John Howard"}


def test_a_form_an_article_showed_joins_its_actor_elsewhere():
    t1 = "Mahmoud Abbas, also known as Abu Mazen, won."
    t2 = "Abu Mazen spoke."
    found = actors_of(
        article("a1", t1, [mention("Mahmoud Abbas", 0, group=0),
                           mention("Abu Mazen", at(t1, "Abu"), "Mahmoud Abbas", group=0)]),
        article("a2", t2, [mention("Abu Mazen", 0, group=0)]),
    )
    assert list(found) == ["Mahmoud Abbas"]


def test_a_short_company_form_joins_the_long_name_but_not_another_company():
    org = "organization"
    found = actors_of(
        article("a1", "Yuganskneftegaz was sold.", [mention("Yuganskneftegaz", 0, type_=org)]),
        article("a2", "Yugansk was sold.", [mention("Yugansk", 0, type_=org)]),
        article("a3", "Gazprom bought it.", [mention("Gazprom", 0, type_=org)]),
        article("a4", "Gazprombank lent.", [mention("Gazprombank", 0, type_=org)]),
    )
    assert set(found) == {"Yuganskneftegaz", "Gazprom", "Gazprombank"}


def test_a_majority_type_keeps_its_evidence_and_round_trips():
    org = "organization"
    arts = [article(f"a{i}", "Yukos said so.", [mention("Yukos", 0, type_=org)])
            for i in range(3)]
    arts.append(article("a9", "Yukos said no.", [mention("Yukos", 0)]))
    corpus = merge(arts)
    [yukos] = corpus.actors
    assert yukos.type == org and yukos.type_counts == ((org, 3), ("person", 1))
    data = corpus.to_dict()
    assert data["actors"][0]["type_counts"] == {org: 3, "person": 1}
    assert Corpus.from_dict(data) == corpus
    agreed = merge(arts[:3])
    assert "type_counts" not in agreed.to_dict()["actors"][0]


def test_corporate_words_do_not_split_a_company():
    org = "organization"
    found = actors_of(
        article("a1", "MCI Inc. agreed.", [mention("MCI Inc.", 0, type_=org)]),
        article("a2", "MCI said so.", [mention("MCI", 0, type_=org)]),
        article("a3", "Group Menatep sued.", [mention("Group Menatep", 0, type_=org)]),
        article("a4", "Menatep Group owns it.", [mention("Menatep Group", 0, type_=org)]),
        article("a5", "Menatep lost.", [mention("Menatep", 0, type_=org)]),
    )
    by_size = {len(a.mentions): a for a in found.values()}
    assert sorted(by_size) == [2, 3]
    assert {by_size[2].name, *by_size[2].aliases} == {"MCI Inc.", "MCI"}
    assert {by_size[3].name, *by_size[3].aliases} == {"Group Menatep", "Menatep Group", "Menatep"}
    # a person is never folded so: "Group" is a corporate word only for organizations
    people = actors_of(article("b1", "Ltd Jones came.", [mention("Ltd Jones", 0)]),
                       article("b2", "Jones came.", [mention("Jones", 0)]))
    assert "Ltd Jones" in people


def test_a_peer_stays_apart_from_another_man_of_the_word():
    t1 = "Bill Armstrong, an analyst, said so. Mr Armstrong spoke."
    t2 = "Lord Armstrong told Newsnight he agreed."
    found = actors_of(
        article("a1", t1, [mention("Bill Armstrong", 0, group=0),
                           mention("Armstrong", at(t1, "Armstrong spoke"), "Bill Armstrong",
                                   group=0)]),
        article("a2", t2, [mention("Armstrong", at(t2, "Armstrong"), group=0)]),
    )
    assert set(found) == {"Bill Armstrong", "Armstrong"}
    assert {m.article for m in found["Armstrong"].mentions} == {"a2"}


def test_two_names_of_one_woman_stay_apart_when_no_article_joins_them():
    t1 = "Cherie Booth has an independent career. She is a lawyer."
    t2 = "Cherie Blair's chambers said so. Mrs Blair was away."
    found = actors_of(
        article("a1", t1, [mention("Cherie Booth", 0, group=0)]),
        article("a2", t2, [mention("Cherie Blair", 0, group=0),
                           mention("Blair", at(t2, "Blair was"), "Cherie Blair", group=0)]),
    )
    assert set(found) == {"Cherie Booth", "Cherie Blair"}


def _line_up(aid, club, player):
    """A football report naming a player by his surname alone, beside his club and a town."""
    text = f"{club} lost at home in Dundee. Team: Hay, {player}, Reid."
    return article(aid, text, [
        mention(club, 0, type_="organization", group=0),
        mention("Dundee", at(text, "Dundee"), type_="place", group=1),
        mention(player, at(text, player), group=2)])


def test_a_surname_alone_joins_no_full_name_whose_articles_share_no_one_with_it():
    t2 = "Sara Ballantyne won the 60m hurdles in Dundee. Hay was second."
    found = actors_of(
        _line_up("a1", "Clydeholm", "Ballantyne"),
        article("a2", t2, [mention("Sara Ballantyne", 0, group=0),
                           mention("Dundee", at(t2, "Dundee"), type_="place", group=1),
                           mention("Hay", at(t2, "Hay"), group=2)]),
    )
    # a shared place or a shared bare surname ("Hay") says nothing of who is meant
    assert {"Ballantyne", "Sara Ballantyne"} <= set(found)
    assert {m.article for m in found["Sara Ballantyne"].mentions} == {"a2"}


def test_a_surname_alone_joins_the_full_name_of_an_article_sharing_an_organisation():
    t3 = "Clydeholm signed Iain Ballantyne on Friday."
    found = actors_of(
        _line_up("a1", "Clydeholm", "Ballantyne"),
        _line_up("a2", "Clydeholm", "Ballantyne"),
        article("a3", t3, [mention("Clydeholm", 0, type_="organization", group=0),
                           mention("Iain Ballantyne", at(t3, "Iain"), group=1)]),
    )
    # the full name names the actor, though the surname alone is used more
    assert "Ballantyne" not in found
    assert {m.article for m in found["Iain Ballantyne"].mentions} == {"a1", "a2", "a3"}
