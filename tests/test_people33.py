"""Issue 15 (people33): names the text shows to be people although the model read a body, and
a source whose title lists things is the person it names. Self-written sentences (through
the real model and the merge, or the rule on a candidate the model read as a body)."""

from __future__ import annotations

import pytest

from generator.annotate import annotate_articles
from generator.merge import merge
from generator.merge.claims import _named_last
from generator.merge.span_index import SpanIndex
from generator.models import Actor, Article
from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.speakers import speaking_people
from generator.vocab import ActorType

pytestmark = pytest.mark.model


def _corpus(text: str):
    return merge(annotate_articles([Article("a001", "content/a001.txt", "A test article", text)]))


def _types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in _corpus(text).actors}


def test_initials_and_a_surname_written_after_an_honorific_are_a_person() -> None:
    types = _types("Irish horseracing tycoons JP Dorrance and John Kilbride own 29% of the club. "
                   "Mr Dorrance and Mr Kilbride would not comment on the bid.")
    assert types["JP Dorrance"] == "person"


def test_initials_the_model_left_out_of_a_name_are_part_of_it() -> None:
    # the model tags "Morgan" alone a person; the bank the text names by the same letters
    types = _types("His previous adviser, JPMorgan, quit last year. But the FT said it thought "
                   "JP Morgan may still have had some role in financing the bid.")
    assert types.get("JP Morgan") == "organization" and "Morgan" not in types


def test_a_name_ending_in_pharma_is_a_company() -> None:
    types = _types("Now, RT Pharma's mouth spray could be available to patients. The government "
                   "granted RT Pharma a licence to grow the plant.")
    assert types["RT Pharma"] == "organization"


def _retyped(nlp, text: str, name: str, read: str = ActorType.ORGANIZATION,
             others: tuple[tuple[str, str], ...] = ()) -> str:
    """The type ``speaking_people`` gives ``name`` when the model has read it as ``read`` (and
    the ``others`` as theirs)."""
    doc = nlp(text)

    def cand(words: str, typ: str) -> Candidate:
        start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
        return Candidate(start, start + len(words.split()), typ)

    first = cand(name, read)
    speaking_people(ActorContext.of(doc), [first, *(cand(w, t) for w, t in others)])
    return first.type


@pytest.mark.parametrize("text, expected", [
    ('Prices will rise, predicted Halden Crosby equity strategist Mina Okafor.', "organization"),
    ('The firm is in trouble, Halden Crosby retail analyst Mina Okafor said.', "organization"),
    # a partner is a person's too
    ('The couple arrived late, and Halden Crosby partner Mina Okafor waved.', "person"),
])
def test_a_name_before_an_employers_job_and_a_person_is_the_employer(nlp, text: str,
                                                                     expected: str) -> None:
    assert _retyped(nlp, text, "Halden Crosby", ActorType.PERSON,
                    (("Mina Okafor", ActorType.PERSON),)) == expected


@pytest.mark.parametrize("text, name, expected", [
    ('The sport needs more pride. However, Dalton Fairbrook countered: "It is easy to criticise '
     'from outside."', "Dalton Fairbrook", "person"),
    ('Sales fell again. Margaret Fenwick said: "We expected a hard winter."', "Margaret Fenwick",
     "person"),
    # a plain speech verb does not make a name without a given name first a person
    ('Sales fell again. Fenwick Dalby said: "We expected a hard winter."', "Fenwick Dalby",
     "organization"),
    # nor a people's verb a name with a body's word
    ('Sales fell again. Fenwick Holdings countered: "We expected a hard winter."',
     "Fenwick Holdings", "organization"),
    # nor initials and a surname no honorific follows
    ("NM Halloway, the investment bank, is advising the bidder.", "NM Halloway", "organization"),
])
def test_a_body_the_text_shows_speaking_as_a_person(nlp, text: str, name: str,
                                                    expected: str) -> None:
    assert _retyped(nlp, text, name) == expected


def test_a_source_whose_title_lists_portfolios_is_the_person_named_last() -> None:
    text = "Minister for Schools, Colleges and Universities Alan Pemberton"
    index = SpanIndex()
    index.add("a1", 31, 40, "colleges")
    index.add("a1", 46, len(text) - 10, "universities")
    index.add("a1", len(text) - 14, len(text), "alan-pemberton")
    index.freeze()
    actors = {i: Actor(id=i, name=i, type="person") for i in
              ("colleges", "universities", "alan-pemberton")}
    assert _named_last(index, "a1", (0, len(text)), text, actors) == "alan-pemberton"
    # two people joined by "and" still speak together: neither alone
    both = "Tony Harlow and Chancellor Alan Pemberton"
    index = SpanIndex()
    index.add("a1", 0, 11, "tony-harlow")
    index.add("a1", len(both) - 14, len(both), "alan-pemberton")
    index.freeze()
    actors = {i: Actor(id=i, name=i, type="person") for i in ("tony-harlow", "alan-pemberton")}
    assert _named_last(index, "a1", (0, len(both)), both, actors) is None
