"""Issue 15 (people33): names the text shows to be people although the model read a body, and
a source whose title lists things is the person it names. Self-written sentences (through
the real model and the merge, or the rule on a candidate the model read as a body)."""

from __future__ import annotations

import pytest

from generator.annotate import annotate_articles
from generator.annotations import ActorMention, AnnotatedArticle, ClaimMention
from generator.merge import merge
from generator.models import Article
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
    ('The sport needs more pride. However, Dalton Christie countered: "It is easy to criticise '
     'from outside."', "Dalton Christie", "person"),
    # a verb firms use too, with no given name at either end: as the model read it
    ('The sport needs more pride. However, Dalton Fairbrook countered: "It is easy to criticise '
     'from outside."', "Dalton Fairbrook", "organization"),
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


def _merged_source(text: str, people: dict[str, str], source: str):
    """The source of a claim whose source phrase is ``source``, merged from hand-made records
    (``people``: name -> its text in the article)."""
    start = text.index(source)
    actors = tuple(
        ActorMention(span=(text.index(written), text.index(written) + len(written)),
                     text=written, type="person", name=name, group=n)
        for n, (name, written) in enumerate(people.items()))
    cue = text.index(" said") + 1
    claim = ClaimMention(cue=(cue, cue + 4), cue_text="said", cue_class="assertion",
                         content=(cue + 5, len(text) - 1), source=(start, start + len(source)),
                         source_text=source, source_kind="person",
                         speaker_parts=((start, start + 8),))
    article = Article("a1", "content/a1.txt", "A test article", text)
    corpus = merge([AnnotatedArticle(article, actors=actors, claims=(claim,))])
    [c] = corpus.claims
    return {a.id: a.name for a in corpus.actors}.get(c.speaker) or c.speaker


def test_a_source_whose_title_lists_portfolios_is_the_person_named_last() -> None:
    source = "Minister for Schools, Colleges and Universities Alan Pemberton"
    text = f"{source} said new grants would be fair."
    assert _merged_source(text, {"Alan Pemberton": "Alan Pemberton"}, source) == "Alan Pemberton"


def test_two_people_joined_by_and_are_not_the_last_one_alone() -> None:
    source = "Tony Harlow and Chancellor Alan Pemberton"
    text = f"{source} said new grants would be fair."
    speaker = _merged_source(text, {"Tony Harlow": "Tony Harlow",
                                    "Alan Pemberton": "Alan Pemberton"}, source)
    assert speaker != "Alan Pemberton"
