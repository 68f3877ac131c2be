"""Tests of the actor extractor on the showcase article and small written cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.nlp.actors import canonical_key, extract_actor_mentions, fold, lexicon

ROOT = Path(__file__).resolve().parent.parent


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("---", 2)[2].strip() if text.startswith("---") else text


def test_canonical_key_folds_case_dots_accents_and_aliases():
    assert canonical_key("U.S.", "place") == "united states"
    assert canonical_key("the United States", "place") == "united states"
    assert canonical_key("America", "place") == "united states"
    assert canonical_key("Xi Jinping's", "person") == "xi jinping"
    assert canonical_key("Société Générale", "organization") == "societe generale"
    assert canonical_key("Apple Inc.", "organization") == canonical_key("Apple", "organization")


def test_lexicon_loads_from_data_files():
    lex = lexicon()
    assert "ai" in lex.non_actors
    assert "secretary" in lex.title_last_words
    assert fold("China") in lex.countries
    assert lex.alias_to_canonical[fold("U.S.")] == "United States"


@pytest.fixture(scope="module")
def showcase(showcase_doc):
    return extract_actor_mentions(showcase_doc)


@pytest.mark.model
def test_showcase_has_no_non_actors_or_possessives(showcase):
    texts = [m.text for m in showcase]
    assert "AI" not in texts
    assert not any(t.endswith(("'s", "’s")) for t in texts)
    assert not any(t.lower().startswith("the ") for t in texts)
    assert showcase == sorted(showcase, key=lambda m: m.span)


@pytest.mark.model
def test_showcase_groups_xi_and_united_states(showcase):
    xi = {m.group for m in showcase if m.name == "Xi Jinping"}
    assert len(xi) == 1
    assert {m.text for m in showcase if m.name == "Xi Jinping"} >= {"Xi", "Xi Jinping"}
    us = [m for m in showcase if m.name == "United States"]
    assert {m.text for m in us} >= {"US", "United States"}
    assert len({m.group for m in us}) == 1 and {m.type for m in us} == {"place"}


@pytest.mark.model
def test_showcase_types_and_roles(showcase):
    by_text = {m.text: m for m in showcase if m.kind == "name"}
    assert by_text["DeepSeek"].type == "organization"
    assert by_text["Wall Street Journal"].type == "organization"
    liang = [m for m in showcase if m.name == "Liang Wenfeng"]
    assert any(m.role == "founder" and m.role_of == "DeepSeek" for m in liang)
    assert all(m.type == "person" for m in liang)
    xi = [m for m in showcase if m.name == "Xi Jinping"]
    assert any(m.role == "President" for m in xi)


@pytest.mark.model
def test_hewitt_titles_and_surname_are_one_actor(nlp):
    text = (
        "The Trade and Industry Secretary Patricia Hewitt announced the plan on Monday. "
        "Ms Hewitt said the rules would protect consumers. "
        "She added that companies had been consulted. Hewitt later met Tim Cook, chief "
        "executive of Apple, in London."
    )
    mentions = extract_actor_mentions(nlp(text))
    hewitt = [m for m in mentions if m.name == "Patricia Hewitt"]
    assert {m.text for m in hewitt} >= {"Patricia Hewitt", "Hewitt"}
    assert len({m.group for m in hewitt}) == 1
    assert hewitt[0].role == "Trade and Industry Secretary"
    assert "Trade and Industry" not in {m.text for m in mentions}
    cook = next(m for m in mentions if m.text == "Tim Cook")
    assert (cook.role, cook.role_of) == ("chief executive", "Apple")


@pytest.mark.model
def test_pronoun_joins_the_only_person_before_it(nlp):
    text = "Patricia Hewitt announced the plan on Monday. She said it would help consumers."
    mentions = extract_actor_mentions(nlp(text))
    she = next(m for m in mentions if m.text == "She")
    assert she.kind == "pronoun"
    assert she.name == "Patricia Hewitt" and she.type == "person"
    name = next(m for m in mentions if m.text == "Patricia Hewitt")
    assert she.group == name.group


@pytest.mark.model
def test_pronoun_left_alone_when_two_people_could_be_meant(nlp):
    text = "John Smith met Peter Jones in Paris on Monday. Later that day, he flew home."
    mentions = extract_actor_mentions(nlp(text))
    assert not [m for m in mentions if m.kind == "pronoun"]


@pytest.mark.model
def test_pronoun_in_a_fronted_clause_points_forward_to_the_subject(nlp):
    text = (
        "Boris Johnson conducted the interview. Asked why he thought the warnings were not "
        'there Lord Butler said: "One has got to remember what the dossier was for."'
    )
    mentions = extract_actor_mentions(nlp(text))
    he = next(m for m in mentions if m.text == "he")
    butler = next(m for m in mentions if m.text == "Butler")
    assert he.kind == "pronoun" and he.group == butler.group


@pytest.mark.model
def test_a_known_surname_after_an_honorific_is_found_even_when_ner_calls_it_a_date(nlp):
    text = (
        "Bombardier chief executive Paul Tellier has quit. Under Mr Tellier's tenure the "
        "firm cut jobs.\n\nMr Tellier had indicated he wanted to stay until the restructuring "
        "was complete."
    )
    doc = nlp(text)
    mentions = extract_actor_mentions(doc)
    second = text.index("Mr Tellier had") + 3
    found = [m for m in mentions if m.span[0] == second]
    assert found and found[0].name == "Paul Tellier"


@pytest.mark.model
def test_people_sharing_a_surname_stay_apart(nlp):
    text = (
        "John Smith, a lawyer, met Mary Smith in Paris on Monday. "
        "Mary Smith declined to comment, and John Smith left the city."
    )
    mentions = extract_actor_mentions(nlp(text))
    john = {m.group for m in mentions if m.text == "John Smith"}
    mary = {m.group for m in mentions if m.text == "Mary Smith"}
    assert len(john) == 1 and len(mary) == 1 and john != mary


@pytest.mark.model
def test_party_short_forms_are_one_organization(nlp):
    text = (
        "The Tories and the Lib Dems attacked Labour. Conservative leader Michael Howard said "
        "the Conservatives would win, and the Liberal Democrats disagreed with the Tory plans."
    )
    mentions = extract_actor_mentions(nlp(text))
    by_text = {m.text: m for m in mentions if m.kind == "name"}
    assert by_text["Tories"].name == "Conservative Party"
    assert by_text["Conservatives"].name == "Conservative Party"
    assert by_text["Lib Dems"].name == by_text["Liberal Democrats"].name == "Liberal Democrats"
    assert by_text["Labour"].name == "Labour Party"
    parties = [m for m in mentions if m.name in ("Conservative Party", "Liberal Democrats")]
    assert {m.type for m in parties} == {"organization"}
    assert canonical_key("Tories", "organization") == canonical_key("Tory", "organization")


@pytest.mark.model
def test_people_sharing_a_word_are_never_grouped(nlp):
    text = (
        "Michael Howard met Howard Flight on Monday. Mr Howard said the party was united. "
        "Prince Charles later met Charles Kennedy."
    )
    mentions = extract_actor_mentions(nlp(text))
    group = {m.text: m.group for m in mentions if m.kind == "name"}
    assert group["Michael Howard"] != group["Howard Flight"]
    assert group["Howard"] == group["Michael Howard"]
    assert group["Charles"] != group["Charles Kennedy"]


@pytest.mark.model
def test_hyphenated_surname_is_the_person_and_spans_are_clean(nlp):
    text = (
        "Robert Kilroy-Silk launched a party.\n\nMr Kilroy-Silk said the Blair-Brown rift was "
        "real. The UK-based staff stayed."
    )
    mentions = extract_actor_mentions(nlp(text))
    silk = [m for m in mentions if "Kilroy" in m.text]
    assert {m.text for m in silk} == {"Robert Kilroy-Silk", "Kilroy-Silk"}
    assert {m.type for m in silk} == {"person"} and len({m.group for m in silk}) == 1
    assert not any(m.text.endswith(("-", "/")) for m in mentions)


@pytest.mark.model
def test_government_business_and_adjectives_are_not_actors(nlp):
    text = (
        "The Budget will be on 16 March, the Treasury said. British troops stayed in Iraq. "
        "Home Secretary Charles Clarke spoke to pro-Beijing lawmakers."
    )
    texts = {m.text for m in extract_actor_mentions(nlp(text))}
    assert "Budget" not in texts and "British" not in texts
    assert "Home" not in texts and "Beijing" not in texts
    assert "Charles Clarke" in texts


@pytest.mark.model
def test_products_and_programmes_are_not_actors(nlp):
    text = (
        "Microsoft released Windows Explorer 7 on Monday. Many users still run Windows "
        "Explorer 6, and the Lunar Rover Program was cancelled by NASA. The cruise ship "
        "Ocean Dancer left Miami."
    )
    mentions = extract_actor_mentions(nlp(text))
    texts = {m.text for m in mentions}
    assert not any("Explorer" in t or "Program" in t or "Dancer" in t for t in texts)
    assert {m.type for m in mentions if m.text == "Microsoft"} == {"organization"}


@pytest.mark.model
def test_a_person_named_like_a_city_is_a_person(nlp):
    text = (
        "Lorena Paris, a Canadian woman, has sued her employer. Paris was born in Geneva. "
        "Paris says the company owes her wages, and Paris's father agrees."
    )
    mentions = extract_actor_mentions(nlp(text))
    paris = [m for m in mentions if m.kind == "name" and "Paris" in m.text]
    assert paris and {m.type for m in paris} == {"person"}
    assert {m.sense for m in paris} == {None}


@pytest.mark.model
def test_organization_names_keep_their_inner_parts(nlp):
    text = (
        "The Korean People's Army fired shells. The Joint Council for the Welfare of Migrants "
        "criticised the plan, and Health Canada issued a warning."
    )
    mentions = extract_actor_mentions(nlp(text))
    orgs = {m.text for m in mentions if m.type == "organization"}
    assert "Korean People's Army" in orgs
    assert "Joint Council for the Welfare of Migrants" in orgs
    assert "Health Canada" in orgs
    assert "Canada" not in {m.text for m in mentions}
    text = (
        "The Public and Commercial Services Union (PCS) will co-ordinate any action. The "
        "scheme is run by the Department for Education and Skills."
    )
    names = {m.text for m in extract_actor_mentions(nlp(text))}
    assert {"Public and Commercial Services Union", "Department for Education and Skills"} <= names
    assert not {"Public", "Skills", "Commercial Services Union"} & names


@pytest.mark.model
def test_cities_in_general_news_are_not_teams(nlp):
    text = (
        "Houston has played a critical role in the space race, the senator said. The city won "
        "praise, and its final bid lost by two points."
    )
    mentions = extract_actor_mentions(nlp(text))
    houston = [m for m in mentions if m.text == "Houston"]
    assert houston and all(m.type == "place" and m.sense is None for m in houston)


@pytest.mark.model
def test_a_pronoun_after_an_unnamed_spokesman_is_not_the_name_beside_him(nlp):
    text = ("On Monday, Tony Blair's official spokesman declined to say whether the prime "
            "minister backed the plans. He said the process had to run its course.")
    mentions = extract_actor_mentions(nlp(text))
    assert not any(m.text == "He" for m in mentions)
    text = "Tony Blair met the press on Monday. He said the plans were sound."
    assert any(m.text == "He" and m.kind == "pronoun"
               for m in extract_actor_mentions(nlp(text)))
