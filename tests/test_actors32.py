"""Issue 15 (actors32): a name apposed to the place of a person's role names the role's holder
("our correspondent in Nairobi, Grace Mwangi, said"), not the place's region. Self-written
articles through the real model and the merge."""

from __future__ import annotations

import pytest

from generator.annotate import annotate_articles
from generator.merge import merge
from generator.models import Article

pytestmark = pytest.mark.model


def _types(text: str) -> dict[str, str]:
    article = Article("a001", "content/a001.txt", "A test article", text)
    return {a.name: a.type for a in merge(annotate_articles([article])).actors}


@pytest.mark.parametrize("text, name", [
    ("Kenya will raise fuel prices. The BBC's correspondent in Nairobi, Grace Mwangi, told "
     "listeners that there was likely to be a strong public reaction.", "Grace Mwangi"),
    ("Talks resumed on Monday. Britain's ambassador in Cairo, Peter Holloway, said the "
     "meeting had gone well.", "Peter Holloway"),
])
def test_a_name_apposed_to_a_roles_place_is_a_person(text: str, name: str) -> None:
    assert _types(text)[name] == "person"


def test_a_region_after_a_town_is_still_a_place() -> None:
    # the town-and-region reading stays where no role comes before "in"
    types = _types("Storms hit Italy. The Red Cross sent staff to a clinic in Livorno, Tuscany, "
                   "to help.")
    assert types["Tuscany"] == "place" and types["Livorno"] == "place"


@pytest.mark.parametrize("text, name", [
    ("The government will act. According to Il Corriere Verde, Italy's business newspaper, the "
     "cabinet will focus on opening up markets.", "Il Corriere Verde"),
    ("Prices rose again. Le Courrier Marin, the country's best-selling magazine, said the "
     "minister would quit.", "Le Courrier Marin"),
])
def test_a_name_apposed_to_a_newspaper_is_a_body(text: str, name: str) -> None:
    # a name the model reads as a person's, described as a newspaper or magazine, is an outlet
    assert _types(text)[name] == "organization"


def test_an_acronym_the_model_missed_joins_the_name_it_spells() -> None:
    # "the PT" after "the Pacific Tribune": one actor, whose other name is the acronym
    article = Article("a001", "content/a001.txt", "A test article",
                      "The bank is advising the bidder, according to the Pacific Tribune. But "
                      "the PT said another lender may still have had some role.")
    actors = {a.name: a for a in merge(annotate_articles([article])).actors}
    assert "PT" in actors["Pacific Tribune"].aliases


def test_an_untagged_name_ending_as_newspapers_do_is_an_outlet() -> None:
    # the model tags no entity in "Bristol's Evening Standard"; its head makes it a newspaper
    article = Article("a001", "content/a001.txt", "A test article",
                      "Mr Clarke spoke in Leeds. Bristol's Evening Standard quoted Mr Clarke "
                      "telling activists that he wanted Britain to offer refuge.")
    corpus = merge(annotate_articles([article]))
    (claim,) = [c for c in corpus.claims if c.cue == "quoted"]
    kinds = {s.id: s.kind for s in corpus.sources}
    assert kinds[claim.speaker] == "news outlet"
