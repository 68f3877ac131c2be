"""BBC sport pages, sport35: athletes, clubs and sides as a sports reader expects them. Sports
reports are recognised by denser evidence (a tennis report's "seed", "beat", "final"), not by a
long feature that lists "athletes" once; a hyphenated given name ("Sven-Goran") counts as one
word of a name; clubs ("Belgrave Harriers", "Team GB", "Everton's Tim Hollis") are bodies; a
people plural is a side only when it acts or takes "the". Sentences written for these tests (no
corpus text)."""

from __future__ import annotations

import pytest
import spacy
from actorkit import names, types_of
from spacy.tokens import Span

from generator.nlp.actors import extract_actor_mentions
from generator.nlp.actors.context import ActorSettings, is_sports
from generator.nlp.actors.lexicon import lexicon

_TENNIS = (
    "Top seed Marat Orlov beat Jan Novak 6-3 7-5 to reach the final of the Dubai event. The "
    "champion, who won the title last year, will now face the second seed after Novak lost "
    "his serve twice in the tournament."
)

_FEATURE = (
    "The exhibit at the university includes portraits of actors, musicians and publishers; a "
    "club owner; photographers; and athletes Tom Grey (tennis) and Jack Moss (golf). "
    + "The collection was donated by the foundation, which was set up to support the visual "
    "arts, and the museum will show a selection of the pictures in the spring. " * 40
    + "The curator, who won an award for the show, said the seeded prints would travel to "
    "other galleries next year."
)


def test_a_dense_tennis_report_is_about_sport():
    blank = spacy.blank("en")
    assert is_sports(blank(_TENNIS), lexicon(), ActorSettings())


def test_a_long_feature_naming_athletes_once_is_not_about_sport():
    blank = spacy.blank("en")
    assert not is_sports(blank(_FEATURE), lexicon(), ActorSettings())


@pytest.mark.model
def test_a_hyphenated_given_name_counts_once(nlp):
    found = names(nlp, 'England coach Sven-Goran Eriksson has named a new striker. "He will '
                       'start the game," said Eriksson.')
    assert types_of(found, "Sven-Goran Eriksson") == {"person"}
    assert types_of(found, "Eriksson") == {"person"}


@pytest.mark.model
def test_harriers_end_a_clubs_name_in_sport(nlp):
    found = names(nlp, "The sprinter finished ahead of Daniel Reed of Belgrave Harriers and Tom "
                       "Hart of Woodford Harriers in the indoor championships. The athletes "
                       "will race again in the final next month.")
    assert types_of(found, "Belgrave Harriers") == {"organization"}
    assert types_of(found, "Daniel Reed") == {"person"}


@pytest.mark.model
def test_team_opens_a_teams_name_and_uefa_is_a_body(nlp):
    found = names(nlp, "Team GB won three medals at the championships. The athletes said Team "
                       "GB had a fine season in the indoor races.")
    assert types_of(found, "Team GB") == {"organization"}
    found = names(nlp, "Chelsea have complained to Uefa about the referee. Uefa said it would "
                       "study the complaint after the match.")
    assert types_of(found, "Uefa") == {"organization"}


@pytest.mark.model
def test_a_name_owning_a_player_named_in_full_is_a_team_in_sport(nlp):
    found = names(nlp, "Tottenham's Ledley Kingsley withdrew from the squad to face Holland "
                       "before Wednesday's match. Everton's Tim Hollis also pulled out of the "
                       "squad with an injury to his knee. The coach said the team would cope in "
                       "the championship and the league, and the striker and the goalkeeper are "
                       "fit for the game.")
    assert types_of(found, "Everton") == {"organization"}
    assert types_of(found, "Tim Hollis") == {"person"}


@pytest.mark.model
def test_a_people_plural_is_a_side_only_when_it_acts_or_takes_the(nlp):
    doc = nlp("The Belgians scored twice in the second half to win the match 2-0 and take the "
              "title. The fans praised the ability of Belgians to fight back in the tournament, "
              "the coach said after the final whistle of the season. Belgium won the cup.")
    senses = [m.sense or m.type for m in extract_actor_mentions(doc) if m.text == "Belgians"]
    assert senses == ["organization", "person"]


@pytest.mark.model
def test_a_given_name_the_model_reads_as_a_place_is_an_athlete_in_sport(nlp):
    doc = nlp("Russia's Irina Shevchenko won the 60m hurdles race at the championships, ahead "
              "of Sweden's Susanna Kallur. The athletes set season's bests in the final.")
    start = next(t.i for t in doc if t.text == "Irina")
    others = [e for e in doc.ents if e.end <= start or e.start >= start + 2]
    doc.ents = [*others, Span(doc, start, start + 2, label="FAC")]
    found = [(m.text, m.type) for m in extract_actor_mentions(doc) if m.kind == "name"]
    assert types_of(found, "Irina Shevchenko") == {"person"}


@pytest.mark.model
def test_a_european_given_name_opens_a_persons_name(nlp):
    doc = nlp("Celtic lost 2-0 at home, and Stephane Henchoz was booked in the second half.")
    start = next(t.i for t in doc if t.text == "Stephane")
    others = [e for e in doc.ents if e.end <= start or e.start >= start + 2]
    doc.ents = [*others, Span(doc, start, start + 2, label="ORG")]
    found = [(m.text, m.type) for m in extract_actor_mentions(doc) if m.kind == "name"]
    assert types_of(found, "Stephane Henchoz") == {"person"}
