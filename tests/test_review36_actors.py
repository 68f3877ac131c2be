"""Review 36 mends in the actor extractor (findings 5, 6, 7 and 8c), with invented sentences."""

from __future__ import annotations

from actorkit import names


def test_a_party_word_before_a_surname_is_no_given_name(nlp) -> None:
    """Finding 6: "Republican McCain" is McCain, not a person called "Republican McCain"."""
    for text, name in [
        ("Republican McCain said the war was going badly.", "McCain"),
        ("Democrat Kerry disagreed with the president on Monday.", "Kerry"),
        ("Unionist Paisley refused to meet the Irish leaders.", "Paisley"),
    ]:
        found = [n for n, _ in names(nlp, text)]
        assert name in found, (text, found)
        assert not any(n.endswith(" " + name) for n in found), (text, found)


def test_an_untagged_given_name_still_joins_the_surname(nlp) -> None:
    assert ("Huw Stephens", "person") in names(nlp, "Huw Stephens played the record.")


def test_indoor_is_no_sport_word(nlp) -> None:
    """Finding 5: a text about parking fees that says "indoor" is no sports report."""
    from generator.nlp.actors.context import ActorSettings, is_sports
    from generator.nlp.actors.lexicon import lexicon

    text = (
        "Drivers in the capital are furious about parking fees. The council won approval for "
        "the charges in the final vote of the season, and an indoor car park now costs twice as "
        "much. A league of residents says the city has earned the title of the dearest in Asia."
    )
    assert not is_sports(nlp(text), lexicon(), ActorSettings())


def test_a_body_that_runs_a_programme_is_no_product(nlp) -> None:
    """Finding 7: a name after a kind noun that is the subject of a reduced relative clause
    ("the program Oxfam runs") names who runs it, not the thing; "the cruise ship Freewinds
    sailed" stays a thing."""
    found = names(nlp, "Children in the after-school program Oxfam runs learn to read.")
    assert "Oxfam" in [n for n, _ in found]
    assert ("Unicef", "organization") in names(
        nlp, "The charity robot Unicef built can sort parcels."
    )
    assert names(nlp, "The cruise ship Freewinds sailed into port on Monday.") == []


def test_a_name_opening_with_a_role_word_written_inside_a_sentence_keeps_it(nlp) -> None:
    """Finding 8c: "Comic Relief" opens a sentence, and the text writes it inside one too:
    "Comic" is the name's word, not a role word before a person called "Relief"."""
    text = (
        "Comic Relief raised 50 million pounds for charity on Friday. The money from Comic "
        "Relief will go to projects in Africa."
    )
    assert "Relief" not in [n for n, _ in names(nlp, text)]
    assert ("Eminem", "person") in names(nlp, "Rapper Eminem is to play in London.")
