"""Issue 15, part 5 (GUM news, sixth session): places inside and beside names. Each test runs
the real model on sentences written for it (no corpus text)."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_a_body_holds_the_place_it_serves(nlp):
    found = names(nlp, "She studied at the University of Leeds before the Bank of Montreal "
                       "hired her.")
    assert ("University of Leeds", "organization") in found
    assert ("Leeds", "place") in found
    assert ("Montreal", "place") in found


@pytest.mark.model
def test_a_field_of_study_is_no_place(nlp):
    found = names(nlp, "Researchers at the University of Technology Sydney published the "
                       "study on Monday.")
    assert not any(typ == "place" for _, typ in found)


@pytest.mark.model
def test_a_name_before_a_kind_of_place_is_a_place(nlp):
    # the model tags neither "Donetsk" nor "Lombardy" here, and "Punjab" a nationality
    found = names(nlp, "Fighting continued in the Donetsk region on Monday, officials said.")
    assert ("Donetsk", "place") in found
    found = names(nlp, "Also the president of the Lombardy region has reacted.")
    assert ("Lombardy", "place") in found
    found = names(nlp, "Farmers in the Punjab state protested against the new law.")
    assert ("Punjab", "place") in found


@pytest.mark.model
def test_an_adjective_before_a_kind_of_place_is_no_place(nlp):
    found = names(nlp, "Leaders of the Jewish state met officials in the Southern region.")
    assert not any(typ == "place" for _, typ in found)


@pytest.mark.model
def test_untagged_words_ending_in_a_body_head_are_an_organization(nlp):
    # the model tags neither name
    found = names(nlp, "The Kestrel News observed that the story had spread quickly.")
    assert ("Kestrel News", "organization") in found
    found = names(nlp, "A High Court challenge by residents failed.")
    assert ("High Court", "organization") in found


@pytest.mark.model
def test_a_body_head_inside_a_longer_name_adds_no_organization(nlp):
    found = names(nlp, "He taught for the Workers' Educational Association for years.")
    assert ("Educational Association", "organization") not in found


@pytest.mark.model
def test_a_place_found_again_keeps_the_kind_of_place_after_it(nlp):
    # the model reads "The Taipei City Lantern Festival" as one name, an event (dropped)
    found = names(nlp, "Taipei, Taiwan — The Taipei City Lantern Festival opened on Saturday.")
    assert ("Taipei City", "place") in found


@pytest.mark.model
def test_untagged_words_ending_in_a_place_head_are_a_place(nlp):
    # the model tags the first station only
    found = names(nlp, "The crowds can be avoided by walking from Kelby Hospital Station or "
                       "Marden Station.")
    assert ("Marden Station", "place") in found


@pytest.mark.model
def test_an_untagged_street_is_not_read(nlp):
    found = names(nlp, "Sales fell at High Street retailers this winter.")
    assert ("High Street", "place") not in found


@pytest.mark.model
def test_a_firm_named_like_a_person_employs_its_analysts(nlp):
    # a given name and a surname tagged ORG would be read as a person without the employer
    found = names(nlp, "Analysts at Morgan Stanley said the shares would rise.")
    assert ("Morgan Stanley", "organization") in found
    found = names(nlp, "An economist at Morgan Stanley said the shares would rise.")
    assert ("Morgan Stanley", "organization") in found


@pytest.mark.model
def test_the_name_a_mayor_or_a_town_is_of_is_a_place(nlp):
    # the model tags "Bristol" and "Herat" ORG here
    found = names(nlp, "According to Wikinews, the mayor of Bristol resigned.")
    assert ("Bristol", "place") in found
    found = names(nlp, "He is governor of the Bank of England and a resident of Herat.")
    assert ("Herat", "place") in found
    assert ("Bank of England", "organization") in found


@pytest.mark.model
def test_a_body_named_after_an_office_keeps_its_possessive(nlp):
    found = names(nlp, "The Los Angeles County Sheriff's Department confirmed the arrest on "
                       "Tuesday.")
    assert ("Los Angeles County Sheriff's Department", "organization") in found
    assert ("Sheriff", "person") not in found


@pytest.mark.model
def test_a_federal_region_is_a_place(nlp):
    # the model tags "Tasmania" ORG here
    found = names(nlp, "Tasmania was excluded from the study, the report said.")
    assert ("Tasmania", "place") in found
    found = names(nlp, "A team from the Massachusetts Institute of Technology led the work.")
    assert ("Massachusetts", "place") in found


@pytest.mark.model
def test_a_region_in_a_sports_report_may_be_a_team(nlp):
    found = names(nlp, "Florida beat Colorado 3-1 on Sunday after a late goal in the second "
                       "half of the game.")
    assert ("Colorado", "place") not in found


@pytest.mark.model
def test_a_lone_title_read_as_a_body_is_its_holder(nlp):
    from generator.nlp.actors import extract_actor_mentions

    # the model tags the second "Archbishop" ORG
    mentions = extract_actor_mentions(nlp("Rowan Ellis, the Archbishop of Canterbury, said the "
                                          "Archbishop would attend."))
    assert not any(m.text == "Archbishop" and m.type == "organization" for m in mentions)
    person = next(m for m in mentions if m.text == "Rowan Ellis")
    assert person.role == "Archbishop"
    assert any(m.text == "Archbishop" and m.group == person.group for m in mentions)


@pytest.mark.model
def test_a_name_opening_with_a_lower_case_particle_is_kept(nlp):
    found = names(nlp, "The government said on Tuesday that al-Shabaab had claimed the attack.")
    assert ("al-Shabaab", "organization") in found
    found = names(nlp, "The pro-Beijing camp protested.")
    assert found == []


@pytest.mark.model
def test_two_whole_names_the_model_ran_together_are_two(nlp):
    # the model reads one ORG
    found = names(nlp, "Wikinews contacted Amnesty International and Human Rights Watch for "
                       "comment.")
    assert ("Amnesty International", "organization") in found
    assert ("Human Rights Watch", "organization") in found


@pytest.mark.model
def test_names_sharing_a_head_word_stay_one(nlp):
    from generator.nlp.actors.context import ActorContext
    from generator.nlp.actors.coordination import split_coordinated

    doc = nlp("The Human Rights and Equality Commission published the report.")
    ctx = ActorContext.of(doc)
    assert split_coordinated(ctx, 1, 6) == [(1, 6)]


@pytest.mark.model
def test_the_possessor_of_an_employer_is_not_the_employer(nlp):
    found = names(nlp, '"You cannot sue the government," said Eric Kraus, a strategist at '
                       "Moscow's Sovlink Securities.")
    assert ("Moscow", "place") in found
    assert ("Sovlink Securities", "organization") in found


@pytest.mark.model
def test_a_region_opening_a_person_like_name_is_no_place(nlp):
    found = names(nlp, "Its hero is a professor likened to a contemporary Indiana Jones, who "
                       "appeared in the first book.")
    assert ("Indiana", "place") not in found


@pytest.mark.model
def test_a_body_head_before_its_complement_adds_no_organization(nlp):
    found = names(nlp, "The Internet Corporation for Assigned Names and Numbers approved the "
                       "plan, and Sony joined the Blu-ray Disc Association.")
    assert ("Internet Corporation", "organization") not in found
    assert ("Disc Association", "organization") not in found
