"""GUM news, gum28: general type rules for people and organisations found on CoNLL-2003 train
(documents 500-649) and checked on GUM tune. Each test runs the real model on sentences written
for it (no corpus text); each fails without its rule."""

from __future__ import annotations

import pytest
from actorkit import names


@pytest.mark.model
def test_a_spokesman_does_not_make_a_person_a_body(nlp):
    # the model reads the surnames before "'s spokesman" as bodies; the full names say people
    found = names(nlp, "Talks resumed as Petrov waited for Volkov. President Ivan Volkov's envoy "
                       "Dmitri Petrov met rebels. Volkov's spokesman said the president was "
                       "resting. Petrov's spokesman declined to comment.")
    assert ("Volkov", "organization") not in found
    assert ("Petrov", "organization") not in found
    assert found.count(("Volkov", "person")) == 2


@pytest.mark.model
def test_a_spokesman_still_votes_for_a_body(nlp):
    found = names(nlp, "A Kremlin spokesman said the talks had failed. The Kremlin's spokesman "
                       "declined to comment.")
    assert found == [("Kremlin", "organization")] * 2


@pytest.mark.model
def test_a_legal_form_makes_a_company_and_its_short_name(nlp):
    # the model reads all three as a person
    found = names(nlp, "Investors expect Dobrenko S.A. to report weak figures. Dobrenko said "
                       "the outlook was strong. Analysts blame the economy for the figures of "
                       "Dobrenko.")
    assert [t for _, t in found] == ["organization"] * 3
    found = names(nlp, "Ostrander Plc lost two percent. Ostrander said trading was quiet.")
    assert ("Ostrander", "person") not in found
    assert ("Ostrander", "organization") in found


@pytest.mark.model
def test_a_legal_form_before_the_name_is_part_of_it(nlp):
    found = names(nlp, "PT Sari Wangi Makmur said it had revised its profit target.")
    assert found == [("PT Sari Wangi Makmur", "organization")]


@pytest.mark.model
def test_clergy_and_police_titles_leave_the_name(nlp):
    found = names(nlp, "Rabbi David Rosen said the talks would go on.")
    assert found == [("David Rosen", "person")]


@pytest.mark.model
def test_a_person_the_model_reads_as_a_nationality(nlp):
    # the model tags the name NORP, the tag of "Turkish"
    found = names(nlp, "The premier met his Turkish counterpart Necmettin Erbakan on Tuesday.")
    assert ("Necmettin Erbakan", "person") in found



@pytest.mark.model
def test_a_dateline_names_a_place_after_its_country_and_a_cut_date(nlp):
    from generator.nlp.actors.classify import dateline
    from generator.nlp.actors.context import ActorContext

    doc = nlp("Passengers hurt in train crash .\nLINZ , Austria 1996-08-28\nA train hit "
              "a locomotive .\nHANOVER 1996-08-27\nShares fell .")
    ctx = ActorContext.of(doc)
    starts = [t.i for t in doc if t.text in ("LINZ", "HANOVER")]
    assert [dateline(ctx, i, i + 1) for i in starts] == [True, True]
    austria = next(t.i for t in doc if t.text == "Austria")
    assert not dateline(ctx, austria, austria + 1)


@pytest.mark.model
def test_a_town_before_ordinary_people_is_a_place(nlp):
    # the model reads both towns as bodies
    found = names(nlp, "A Perth man has survived two nights in an ice cave. A Huntsville woman "
                       "was hurt.")
    assert found == [("Perth", "place"), ("Huntsville", "place")]
    found = names(nlp, "A Google engineer said the fault was fixed.")
    assert found == [("Google", "organization")]


@pytest.mark.model
def test_mountains_and_glaciers_are_places(nlp):
    # the model reads both as bodies
    found = names(nlp, "The climber fell near the Mueller Glacier on Mt Cook.")
    assert found == [("Mueller Glacier", "place"), ("Mt Cook", "place")]


def _candidates(doc, typed: dict[str, str]):
    """Candidates for the listed words or names of ``doc`` with the types given (as the model
    might have tagged them)."""
    from generator.nlp.actors.context import Candidate

    out = []
    for i in range(len(doc)):
        for text, typ in typed.items():
            n = len(text.split())
            if doc[i : i + n].text == text and not any(c.start <= i < c.end for c in out):
                out.append(Candidate(i, i + n, typ))
    return out


@pytest.mark.model
def test_a_full_name_read_as_a_body_is_the_person_its_surname_names(nlp):
    from generator.nlp.actors.context import ActorContext
    from generator.nlp.actors.surnames import people_by_surname

    doc = nlp("The vote failed to give incumbent Tarmo Rebane a majority. Rebane won 45 "
              "votes. Rebane said he would stand again.")
    cands = _candidates(doc, {"Tarmo Rebane": "organization", "Rebane": "person"})
    people_by_surname(ActorContext.of(doc), cands)
    assert [c.type for c in cands] == ["person"] * 3
    # a surname seen once is no proof ("Firefox" once read as a person)
    doc = nlp("Users left Tarmo Rebane for its rival. Rebane lost users.")
    cands = _candidates(doc, {"Tarmo Rebane": "organization", "Rebane": "person"})
    people_by_surname(ActorContext.of(doc), cands)
    assert cands[0].type == "organization"


@pytest.mark.model
def test_a_dateline_found_again_is_a_place_but_a_known_body_keeps_its_type(nlp):
    from generator.nlp.actors.context import ActorContext
    from generator.nlp.actors.datelines import dateline_places

    doc = nlp("Village attack kills 38 .\nFREETOWN 1996-08-28\nRebels killed 31 villagers .\n"
              "UNITED NATIONS 1996-08-28\nGroup G — Belgium 3 – 0 Panama")
    cands = _candidates(doc, {"FREETOWN": "organization", "UNITED NATIONS": "organization",
                              "Group G": "organization"})
    dateline_places(ActorContext.of(doc), cands)
    assert [c.type for c in cands] == ["place", "organization", "organization"]


@pytest.mark.model
def test_a_record_after_a_name_is_no_version_number(nlp):
    # "Wladimir Klitschko 19 - 2" read as "Windows 7" made every Klitschko a product
    found = names(nlp, "Klitschko has now won many title fights in a row. Klitschko said he was "
                       "pleased. The list of champions with the most title wins reads:\n"
                       "Joe Louis 26 - 1\nWladimir Klitschko 19 - 2\nLarry Holmes 21 - 5")
    assert ("Klitschko", "person") in found
    assert ("Joe Louis", "person") in found


@pytest.mark.model
def test_a_given_name_and_a_surname_the_model_left_untagged_are_a_person(nlp):
    from generator.nlp.actors.context import ActorContext
    from generator.nlp.actors.untagged import untagged_people

    def found(text):
        doc = nlp(text)
        doc.ents = []  # what the model did on a longer article: it tagged nothing here
        return [doc[c.start : c.end].text for c in untagged_people(ActorContext.of(doc), [])]

    assert found("Maurice Cheeks was officially introduced as the new head coach .") == [
        "Maurice Cheeks"]
    assert found("The centre was opened by Ronald McDonald House staff .") == []
    assert found("Sixers Hire Maurice Cheeks As Head Coach") == []
    assert found("He met Jennifer Lake Street residents .") == []


@pytest.mark.model
def test_a_name_read_as_a_place_beside_a_known_body_is_a_body(nlp):
    # the model reads the first company as a place; Microsoft is in the lexicon
    found = names(nlp, "At the fair, Ubisoft, Microsoft, and PlayStation VR showed their newest "
                       "games.")
    assert found == [("Ubisoft", "organization"), ("Microsoft", "organization")]


@pytest.mark.model
def test_an_acronym_the_article_defined_is_found_again_where_it_reads_as_a_word(nlp):
    # "WHO" opening a sentence is parsed as the pronoun
    found = names(nlp, "The World Health Organisation (WHO) recommends iodised salt. WHO say "
                       "iodine deficiency is a preventable cause of brain damage.")
    assert found.count(("WHO", "organization")) == 2
    # the pronoun in lower case stays a pronoun
    found = names(nlp, "The World Health Organisation (WHO) recommends iodised salt to people "
                       "who cook.")
    assert found.count(("WHO", "organization")) == 1
