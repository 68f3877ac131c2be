"""Reader 37: false actors and a wrong pronoun link a reader saw on BBC pages (invented
sentences in the shape of the ones found)."""

from __future__ import annotations

from actorkit import names, types_of

from generator.nlp.actors import extract_actor_mentions


def test_a_preposition_outside_the_name_splits_it(nlp) -> None:
    """"Hollyoaks to Channel 4" was one organisation: the "to" hangs on "brought"."""
    found = names(nlp, "Redmond also brought teen soap Hollyoaks to Channel 4 and created "
                       "Grange Hill, the school drama first broadcast on BBC One in 1978.")
    texts = [n for n, _ in found]
    assert "Hollyoaks to Channel 4" not in texts, found
    assert "Channel 4" in texts, found


def test_a_versus_word_splits_two_teams(nlp) -> None:
    found = names(nlp, "The draw paired Luton v Hinckley in the next round.")
    assert not any(" v " in n for n, _ in found), found
    # both teams are still there, as teams
    assert types_of(found, "Luton") == {"organization"}, found
    assert types_of(found, "Hinckley") == {"organization"}, found


def test_a_preposition_of_the_name_stays(nlp) -> None:
    found = [n for n, _ in names(nlp, "The Bank of England and the House of Lords agreed.")]
    assert "Bank of England" in found and "House of Lords" in found, found


def test_a_long_list_of_seats_is_places(nlp) -> None:
    """"Bournemouth West" among constituencies was a person."""
    text = (
        "The seats where the party says student votes can swing the election are: Bristol "
        "West, Cardiff Central, Leeds North West, Cambridge, Manchester Gorton, Sheffield "
        "Central, Oxford East, Canterbury, Bournemouth West, Westmorland and Lonsdale."
    )
    found = names(nlp, text)
    for name in ("Bournemouth West", "Leeds North West", "Manchester Gorton"):
        assert types_of(found, name) == {"place"}, (name, found)  # present, and a place
    assert not any(t == "person" for _, t in found), found


def test_a_name_inside_a_plan_is_no_person(nlp) -> None:
    """"Criminal Justice" of "her Criminal Justice Plan" was a person."""
    text = (
        "Prisoners to get help on release\n\nOffenders in Scotland will be given more help on "
        "leaving jail under plans by the Scottish Executive.\n\nHowever, following a "
        "consultation on the idea, Justice Minister Cathy Jamieson has decided to drop the "
        "plans. Instead, the service will work with councils.\n\nShe will announce the move "
        "in her Criminal Justice Plan on Monday, aiming to cut reoffending. Ms Jamieson said "
        "it would help."
    )
    found = names(nlp, text)
    assert not any("Justice" in n and t == "person" for n, t in found), found
    assert ("Cathy Jamieson", "person") in found, found


def test_a_show_named_with_a_kin_noun_is_no_person(nlp) -> None:
    """"Swap" of the TV show "Wife Swap" was a person."""
    found = names(nlp, "Their show was criticised in the press for its similarities to Wife "
                       "Swap. ABC had planned to call it Trading Moms.")
    assert not any("Swap" in n and t == "person" for n, t in found), found


def test_the_other_side_of_a_match_is_a_team(nlp) -> None:
    """"Charlton" of "Tottenham's Premiership fixture with Charlton" was a person."""
    text = (
        "Jacques Santini quit as Tottenham manager on Friday. The timing of the announcement "
        "came less than 24 hours before Tottenham's Premiership fixture with Charlton. The "
        "striker scored twice in the league last season."
    )
    assert types_of(names(nlp, text), "Charlton") == {"organization"}


def test_clubs_before_one_boss_are_teams(nlp) -> None:
    """"the former Everton and Rangers boss": Everton, too, owns the boss."""
    text = (
        "Pundit backs Smith for Scotland\n\nGraeme Souness believes Walter Smith would be the "
        "right choice to succeed the coach as Scotland manager.\n\nSmith already has the "
        "backing of many pundits and fans. \"He would be admirable choice for the football "
        "team,\" Souness said. Smith was assistant to Ferguson at the World Cup in Mexico in "
        "1986. The former Everton and Rangers boss has been out of the game since a spell as "
        "Manchester United assistant last season. He won the league title and the cup with "
        "the club."
    )
    assert types_of(names(nlp, text), "Everton") == {"organization"}


def test_he_who_says_a_quote_is_no_one_it_names(nlp) -> None:
    """'"… a fantastic manager like Mourinho," he said' was linked to Mourinho."""
    text = (
        "Gallas has been given extra confidence by the impact manager Jose Mourinho has had "
        "since taking over during the summer.\n\nAnd the French international defender "
        "believes Mourinho is perfectly suited to boss the squad and says his expertise will "
        'prevent any revolt. "It is only normal that the finishing touch at Chelsea is a '
        'fantastic manager like Mourinho," he said. "He is the icing on the cake at the club."'
    )
    mentions = extract_actor_mentions(nlp(text))
    said = [m for m in mentions if m.kind == "pronoun" and m.text == "he"]
    assert not any(m.name == "Jose Mourinho" for m in said), [(m.text, m.name) for m in said]
    # the "He" inside the quote still is Mourinho
    inside = [m for m in mentions if m.kind == "pronoun" and m.text == "He"]
    assert [m.name for m in inside] == ["Jose Mourinho"]


def test_a_word_after_the_is_no_person(nlp) -> None:
    """"visitors to the Library", "British Library gets wireless net": no person "Library"."""
    text = (
        "British Library gets wireless net\n\nVisitors to the British Library will be able to "
        "get wireless internet access. A study revealed that 86% of visitors to the Library "
        "carried laptops. \"At the British Library we are exploring ways to serve users,\" "
        "said Lynne Brindley, chief executive of the British Library."
    )
    found = names(nlp, text)
    assert not any("Library" in n and t == "person" for n, t in found), found
    assert ("Lynne Brindley", "person") in found, found


def test_a_surname_after_the_stays_a_person(nlp) -> None:
    """"the Blair government" beside "Tony Blair": Blair is still a person."""
    text = ("Tony Blair met union leaders on Monday. Critics of the Blair government said the "
            "talks had failed.")
    assert types_of(names(nlp, text), "Blair") <= {"person"}
    assert "Blair" in [n for n, _ in names(nlp, text)]


def test_a_leader_before_his_government_stays(nlp) -> None:
    """"by the Monti government": a surname before a government is its leader's."""
    text = "The tax system was changed by the Monti government in 2012."
    assert types_of(names(nlp, text), "Monti") == {"person"}
