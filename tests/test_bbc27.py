"""bbc27: fewer actor errors on a BBC news site (works in lists, fictional places, section
labels, two bodies read as one). Each test runs the real model on sentences written for it
(no corpus text) and fails without its rule."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_words_before_an_anti_body_stay_in_its_name(nlp):
    found = names(nlp, "The sprinter was banned by the US Anti-Doping Agency in May. The World "
                       "Anti-Doping Agency said it would not appeal.")
    assert ("US Anti-Doping Agency", "organization") in found
    assert ("World Anti-Doping Agency", "organization") in found
    assert ("Anti-Doping Agency", "organization") not in found
    found = names(nlp, "The season is over, but World Anti-Doping Agency chief Jon Brand said "
                       "the rule still applies.")
    assert ("World Anti-Doping Agency", "organization") in found


@pytest.mark.model
def test_names_listed_with_a_work_are_works(nlp):
    found = names(nlp, "The drama is up against Endless Winter of the Quiet Mind, Chasing "
                       "Moonlight, The Paper Kites and the British film Mabel Price, which has "
                       "nine nominations.")
    listed = ("Endless Winter", "Quiet Mind", "Chasing Moonlight", "Paper Kites", "Mabel Price")
    assert not any(name in listed for name, _ in found), found


@pytest.mark.model
def test_a_list_of_films_does_not_take_the_cast(nlp):
    found = names(nlp, "Other movies tipped include Dustwater, starring Jude Law and Julia "
                       "Roberts. Flops Alexander and Catwoman hurt the studio.")
    assert ("Jude Law", "person") in found and ("Julia Roberts", "person") in found
    assert not any(name in ("Dustwater", "Alexander", "Catwoman") for name, _ in found), found


@pytest.mark.model
def test_a_portfolio_before_secretary_is_no_place(nlp):
    found = names(nlp, "Jane Moss said she would not back the Home Secretary's plans for "
                       "curfews. It is wrong that the Home Secretary is able to impose them.")
    assert not any(name == "Home" for name, _ in found), found


@pytest.mark.model
def test_a_name_that_modifies_a_scene_noun_is_a_place(nlp):
    found = names(nlp, "You will marvel at the beautiful Hogwarts landscape. It is the third "
                       "year at Hogwarts and lessons are interrupted again.")
    assert ("Hogwarts", "place") in found, found
    assert ("Hogwarts", "person") not in found


@pytest.mark.model
def test_an_alternative_to_a_product_is_a_product(nlp):
    found = names(nlp, "The row heated up as Tux founder Jan Berg attacked software patents. "
                       "Tux is a freely available alternative to Microsoft's Windows.")
    assert ("Jan Berg", "person") in found
    assert not any(name == "Tux" for name, _ in found), found


@pytest.mark.model
def test_a_name_of_a_category_is_no_actor(nlp):
    found = names(nlp, "Traffic rose to number 3 in the company Webstat UK's Leisure-Travel "
                       "category.")
    assert not any("Travel" in name for name, _ in found), found


@pytest.mark.model
def test_a_role_or_a_body_word_does_not_make_a_full_name_a_body(nlp):
    found = names(nlp, '"The machine is ready," producer Gil Mercer told reporters. The prize '
                       "went to stars Paul Giamatti, Thomas Haden Church and Virginia Madsen.")
    assert ("Thomas Haden Church", "person") in found, found
    assert ("Gil Mercer", "person") in found, found
    found = names(nlp, "Shares in oil producer Rosneft Energy rose.")
    assert ("Rosneft Energy", "organization") in found


@pytest.mark.model
def test_a_parts_maker_with_a_founder_name_stays_a_firm(nlp):
    found = names(nlp, "BMW is to recall all cars fitted with a faulty pump supplied by parts "
                       "maker Robert Bosch.")
    assert ("Robert Bosch", "organization") in found, found


@pytest.mark.model
def test_what_a_role_is_played_in_is_a_work(nlp):
    found = names(nlp, "Clive Owen won the Golden Globe for his supporting role in Nearer. The "
                       "film also stars Natalie Portman. Her role in Iraq was small. The movie "
                       "opens on Friday.")
    assert ("Iraq", "place") in found and ("Clive Owen", "person") in found
    assert not any(name == "Nearer" for name, _ in found), found


@pytest.mark.model
def test_a_name_with_a_star_in_an_article_on_films_is_a_work(nlp):
    found = names(nlp, '"Ossie was my hero," said Aviator star Alan Alda, a family friend. '
                       "Hollywood star Tom Hanks agreed. The film opens in May and the movie "
                       "is long.")
    assert ("Alan Alda", "person") in found and ("Hollywood", "place") in found
    assert not any(name == "Aviator" for name, _ in found), found


@pytest.mark.model
def test_a_name_named_best_film_is_a_work(nlp):
    found = names(nlp, "The Aviator has been named best film at the awards, with its star "
                       "Leonardo DiCaprio named best actor.")
    assert ("Leonardo DiCaprio", "person") in found
    assert not any(name == "Aviator" for name, _ in found), found


@pytest.mark.model
def test_an_award_read_as_a_full_name_is_still_an_award(nlp):
    from spacy.tokens import Span

    from generator.nlp.actors import extract_actor_mentions

    doc = nlp("Her film won two Golden Globes last year. The Golden Globes split awards by "
              "genre.")
    # the model reads the award as a person's full name in some articles: say so here
    people = [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text == "Golden"]
    doc.ents = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end
                                               for p in people)] + people
    found = [m.text for m in extract_actor_mentions(doc) if m.kind == "name"]
    assert not any("Globe" in name for name in found), found


@pytest.mark.model
def test_the_short_name_of_a_headed_body_is_that_body(nlp):
    found = names(nlp, "Shares in Marlowe Group fell on Monday. Marlowe said it would appeal. "
                       "Marlowe believes the ruling is wrong, and Marlowe will fight it.")
    assert ("Marlowe", "organization") in found, found
    assert ("Marlowe", "person") not in found
