"""Issue 15, part 5 (GUM news by type): names cut in two by the model, places inside place names,
and the context cues that type a name. Each test runs the real model on sentences written for it
(no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names

from generator.nlp.actors import extract_actor_mentions


@pytest.mark.model
def test_a_first_name_found_again_joins_its_surname(nlp):
    # the model tags "Dries" alone as an organization, and "Mertens" only in the second sentence
    text = ("Italy pressed early, with Paolo Rossi and Dries Mertens shooting wide. "
            "Dries Mertens 's chance came after an hour.")
    found = names(nlp, text)
    assert ("Dries Mertens", "person") in found
    assert not [t for t, _ in found if t == "Dries"]


@pytest.mark.model
def test_the_second_join_keeps_a_ministry_apart_from_the_minister(nlp):
    # "Education" comes back from the second sentence, where the model tags it
    text = ("Schools pay the tax. Minister of Transport Carla Benedetti said a reform would "
            "follow. Undersecretary for Transport Mr. Rossi agreed.")
    found = [t for t, _ in names(nlp, text)]
    assert "Carla Benedetti" in found
    assert not [t for t in found if t.startswith("Transport ")]


@pytest.mark.model
def test_a_place_name_ending_in_a_place_holds_no_nested_place(nlp):
    text = ("He moved from New South Wales to Western Australia last year, then to Mexico City. "
            "Australia and Mexico welcomed him.")
    found = names(nlp, text)
    texts = [t for t, _ in found]
    assert "New South Wales" in texts and "Western Australia" in texts
    assert "Wales" not in texts
    assert texts.count("Australia") == 1  # the country named alone, not inside the state
    assert texts.count("Mexico") == 2  # "Mexico" of "Mexico City" is still the country


@pytest.mark.model
def test_the_founder_of_something_is_a_person(nlp):
    # the model reads "Marek Olsztyn" as an organization
    text = "The robotics contest was founded by Marek Olsztyn to encourage interest in engineering."
    assert ("Marek Olsztyn", "person") in names(nlp, text)


@pytest.mark.model
def test_a_region_after_a_town_is_a_place(nlp):
    # the model reads the town as an organization and the region as a person
    found = names(nlp, "He was born in Pisa, Tuscany.")
    assert ("Pisa", "place") in found and ("Tuscany", "place") in found
    found = names(nlp, "The court ordered two schools in Lucca, Tuscany, to pay the tax.")
    assert ("Lucca", "place") in found and ("Tuscany", "place") in found
    # a person named after a place and a comma stays one
    found = names(nlp, "The talks in Geneva, Smith said, failed.")
    assert ("Smith", "person") in found


@pytest.mark.model
def test_the_acronym_opening_an_event_is_its_organizer(nlp):
    # the model tags the event as an organization once, and misses the acronym the second time
    text = ("The IAAF World Championships opened in Doha on Friday. Kenya won two medals at the "
            "IAAF athletics World Championships.")
    found = names(nlp, text)
    assert found.count(("IAAF", "organization")) == 2
    assert not [t for t, _ in found if "Championships" in t]  # the event itself is no actor


@pytest.mark.model
def test_a_portfolio_after_a_minister_title_is_no_actor(nlp):
    text = ("Schools pay the tax. Minister of Transport Carla Benedetti said a reform would "
            "follow. Undersecretary for Transport Mr. Rossi agreed.")
    mentions = [m for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]
    assert "Transport" not in [m.text for m in mentions]
    roles = {m.text: m.role for m in mentions}
    assert roles.get("Carla Benedetti") == "Minister of Transport"
    assert roles.get("Rossi") == "Undersecretary for Transport"


@pytest.mark.model
def test_a_name_defined_by_its_initials_is_one_organization(nlp):
    text = ("Members of Partito 7 Valli (P7V) objected. The Union of Lake Farmers and Anglers "
            "(ULFA) has started a petition. The chair of ACV (Veneto Cycling Association), "
            "Lia Moro, spoke.")
    found = extract_actor_mentions(nlp(text))
    by_text = {m.text: m for m in found if m.kind == "name"}
    for name, acronym in (("Partito 7 Valli", "P7V"),
                          ("Union of Lake Farmers and Anglers", "ULFA"),
                          ("Veneto Cycling Association", "ACV")):
        assert by_text[name].type == "organization", name
        assert by_text[acronym].group == by_text[name].group, name  # one actor
    assert "Union of Lake Farmers" not in by_text  # the model's cut name gives way


@pytest.mark.model
def test_a_person_named_after_a_known_company_is_its_product(nlp):
    # the model reads "Chrome" and "Safari" as people
    text = ("Downloads of the new Google Chrome rose in May. Analysts said Chrome now leads, and "
            "Chrome keeps growing. The recently updated Apple Safari gained users.")
    found = names(nlp, text)
    assert ("Google", "organization") in found and ("Apple", "organization") in found
    assert not [t for t, _ in found if t in ("Chrome", "Safari")]


@pytest.mark.model
def test_a_venue_named_after_a_place_holds_that_place(nlp):
    text = ("Spain faced Chile at the Kazan Arena on Monday. The fans flew into Heathrow Airport "
            "the day after.")
    found = names(nlp, text)
    assert ("Kazan Arena", "place") in found and ("Kazan", "place") in found
    assert ("Heathrow Airport", "place") in found and ("Heathrow", "place") in found


@pytest.mark.model
def test_a_surname_naming_a_government_is_a_person(nlp):
    # the model tags "Prodi" nothing and "Monti" a nationality
    text = ("The tax was changed by the Prodi government in 2007. The levy went up under the "
            "Monti government. The Socialist government and the Texas government disagreed.")
    found = names(nlp, text)
    assert ("Prodi", "person") in found and ("Monti", "person") in found
    assert ("Texas", "place") in found  # a place keeps the model's reading
    assert "Socialist" not in [t for t, _ in found]  # an adjective is no surname


@pytest.mark.model
def test_a_name_after_the_kind_of_work_is_a_work(nlp):
    # the model reads the novel's and the film's titles as people
    text = ("The author was there to launch her graphic novel Silver Gull, with illustrator "
            "Tom Reed. The film Jaws was shown later.")
    found = [t for t, _ in names(nlp, text)]
    assert "Tom Reed" in found
    assert "Silver Gull" not in found and "Jaws" not in found
