"""BBC pages, names34: post-nominal letters ("QC", "MP", "OBE") are not part of a person's name
and tell a person; the letters alone and the words of a minister's portfolio ("Minister for
Children, Young People and Families") are no actors; "JP Morgan" and "JPMorgan" are one
organisation across articles. Sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names, types_of

from generator.annotate import annotate_articles
from generator.annotations import ActorMention, AnnotatedArticle
from generator.curation import Curation
from generator.merge.actors import merge_actors
from generator.models import Article


@pytest.mark.model
def test_post_nominal_letters_leave_the_name_and_tell_a_person(nlp):
    found = names(nlp, "The head of the Bar Council, Guy Mansfield QC warned of a real risk.")
    assert types_of(found, "Guy Mansfield") == {"person"}
    assert not any("QC" in n for n, _ in found)
    found = names(nlp, "Lawyers for the men, led by Ben Emmerson QC, said the ruling was clear.")
    assert types_of(found, "Ben Emmerson") == {"person"}
    assert not any("QC" in n for n, _ in found)


@pytest.mark.model
def test_post_nominal_letters_alone_name_no_one(nlp):
    found = names(nlp, "She first appeared on television in 1980 and was made an OBE in 2001.")
    assert not any(n in ("OBE", "an OBE") for n, _ in found)
    found = names(nlp, "Deputy judge Richard Mawrey, QC told the hearing it was a disgrace.")
    assert "QC" not in {n for n, _ in found}
    assert types_of(found, "Richard Mawrey") == {"person"}


@pytest.mark.model
def test_a_title_before_a_name_keeps_its_letters_out_of_the_name(nlp):
    found = names(nlp, "Labour MP Ann Keen said the plan would fail.")
    assert types_of(found, "Ann Keen") == {"person"}
    assert not types_of(found, "Labour") - {"organization"}
    found = names(nlp, "The backbench Labour MP said the plan would fail.")
    assert not types_of(found, "Labour") - {"organization"}


@pytest.mark.model
def test_the_words_of_a_portfolio_are_no_actors(nlp):
    found = names(nlp, "Minister for Children, Young People and Families Margaret Hodge said "
                       "the new plans would be fair.")
    assert "Young People" not in {n for n, _ in found}
    assert types_of(found, "Margaret Hodge") == {"person"}


@pytest.mark.model
def test_a_person_named_after_a_portfolio_stays_a_person(nlp):
    found = names(nlp, "The Minister for Health, John Reid, and Tony Blair met on Monday.")
    assert types_of(found, "John Reid") == {"person"}
    assert types_of(found, "Tony Blair") == {"person"}


def _article(aid: str, name: str, text: str) -> AnnotatedArticle:
    start = text.index(name)
    mention = ActorMention(span=(start, start + len(name)), text=name, type="organization",
                           name=name, group=0)
    return AnnotatedArticle(Article(aid, f"content/{aid}.txt", aid, text), actors=(mention,))


def test_initials_written_with_and_without_a_space_are_one_organisation() -> None:
    actors, _, _ = merge_actors([
        _article("a1", "JP Morgan", "JP Morgan raised its forecast."),
        _article("a2", "JPMorgan", "JPMorgan raised its forecast."),
        _article("a3", "JPMorgan", "Analysts at JPMorgan were surprised."),
    ], Curation())
    assert [(a.name, len(a.mentions)) for a in actors] == [("JPMorgan", 3)]


def test_different_words_without_initials_stay_apart() -> None:
    # keys equal without spaces, but no name opens with initials: left alone
    actors, _, _ = merge_actors([
        _article("a1", "Tele Vision", "Tele Vision raised its forecast."),
        _article("a2", "Televi Sion", "Televi Sion raised its forecast."),
    ], Curation())
    assert len(actors) == 2


@pytest.mark.model
def test_one_article_with_both_spellings_has_one_actor() -> None:
    text = ("JP Morgan raised its forecast on Monday. Analysts at JPMorgan said growth would "
            "slow next year.")
    anns = annotate_articles([Article("a001", "content/a001.txt", "A test article", text)])
    actors, _, _ = merge_actors(anns, Curation())
    morgan = [a for a in actors if "morgan" in a.name.casefold()]
    assert len(morgan) == 1, [(a.name, a.aliases) for a in actors]
