"""The actors of BBC sport pages (real parses; sentences written for the test): competitions
are events, not actors; one-word clubs are teams."""

from __future__ import annotations

from actorkit import SPORTS_REPORT, group_of, names, types_of

# Makes a test text read as a sports report (as in test_actors_types48).
_MATCH = SPORTS_REPORT


def _shown(nlp, text: str) -> set[str]:
    return {n for n, _ in names(nlp, text)}


def test_named_competitions_are_no_actors(nlp):
    shown = _shown(nlp, "Wenger said the Champions League was the priority. Wales won the RBS "
                        "Six Nations title and the Barclays Premiership resumes on Saturday.")
    assert not shown & {"Champions League", "RBS Six Nations", "Six Nations",
                        "Barclays Premiership", "Premiership"}
    assert "Wenger" in shown


def test_a_cup_that_modifies_a_noun_is_no_actor(nlp):
    shown = _shown(nlp, "Andrew Murray will become Britain's youngest-ever Davis Cup player after "
                        "it was confirmed he will play in the doubles against Israel.")
    assert "Davis Cup" not in shown
    assert "Andrew Murray" in shown


def test_a_tournament_named_open_is_no_actor_in_a_sports_report(nlp):
    shown = _shown(nlp, "Roddick won the San Jose Open for the third time and will now play at "
                        "the Australian Open in Melbourne." + _MATCH)
    assert not shown & {"San Jose Open", "Australian Open"}
    assert "Roddick" in shown


def test_a_group_of_a_draw_is_no_actor(nlp):
    shown = _shown(nlp, "Hearts will play Asante Kotoko in the final after the Kumasi team "
                        "qualified from Group A on Saturday. In the other Group B game Cameroon "
                        "won.")
    assert not {n for n in shown if n.startswith("Group")}


def test_a_name_in_brackets_after_a_player_is_his_club(nlp):
    found = names(nlp, "Scotland coach Matt Williams has named his squad. Forwards: G Bulloch "
                       "(Glasgow, capt), J Petrie (Glasgow), S Murray (Edinburgh)." + _MATCH)
    assert types_of(found, "Glasgow") == {"organization"}


def test_a_one_word_name_listed_with_clubs_is_a_club(nlp):
    found = names(nlp, "Edu has been linked with Spanish trio Real Madrid, Barcelona and "
                       "Valencia." + _MATCH)
    assert types_of(found, "Valencia") == {"organization"}
    found = names(nlp, "Middlesbrough were drawn away against either Swindon or Notts County, "
                       "while Spurs entertain Brighton." + _MATCH)
    assert types_of(found, "Swindon") == {"organization"}


def test_players_listed_together_stay_people(nlp):
    # guard: the model's ORG on one surname makes no team of the other
    found = names(nlp, "The home fans gave vociferous support to their players, with "
                       "18-year-old Nadal and Moya winning both singles rubbers." + _MATCH)
    assert "organization" not in types_of(found, "Nadal")


def test_the_side_a_win_is_over_is_a_club(nlp):
    found = names(nlp, "He fractured his forearm during Gloucester's 17-16 win over Bath on "
                       "Saturday." + _MATCH)
    assert types_of(found, "Bath") == {"organization"}


def test_a_short_match_report_with_no_sport_only_word_is_about_sport(nlp):
    # no "match", "football", "league" ...: only everyday sport words, many and dense
    text = ("Hearts won the cup final after they beat Kotoko in the second game. Kotoko were "
            "beaten but scored twice, and the winners will defend the title next season.")
    found = names(nlp, text)
    assert types_of(found, "Kotoko") == {"organization"}


def test_a_line_up_before_the_substitutes_label_is_a_list_of_players(nlp):
    text = ("Exeter created their best chance late on." + _MATCH + "\n\nPhillips, Amankwah, "
            "Coles, Hill, Fortune, Murray (Anyinsa 59), Doherty (Harley 45), Dinning, Bell, "
            "Lita (Cotterill 72), Gillespie. Subs Not Used: Orr, Brown.\n")
    found = names(nlp, text)
    for player in ("Amankwah", "Coles", "Dinning", "Gillespie"):
        assert types_of(found, player) == {"person"}, player


def test_a_town_alone_beside_its_club_is_the_club(nlp):
    text = ("Premiership side Newcastle United face a trip to Yeading in the third round. "
            "Souness said Newcastle would not take the tie lightly." + _MATCH)
    group = group_of(nlp, text, "Newcastle United")
    assert "Newcastle" in group
    assert types_of(names(nlp, text), "Newcastle") == {"organization"}


def test_a_town_of_two_clubs_joins_neither(nlp):
    # guard: "Manchester" beside Manchester United and Manchester City names no one club
    text = ("Manchester United and Manchester City both won. Fans in Manchester celebrated "
            "late into the night." + _MATCH)
    assert "Manchester" not in group_of(nlp, text, "Manchester United")


def test_a_given_name_before_a_body_makes_a_player(nlp):
    text = ("Arsenal boss Arsene Wenger would consider signing Adrian Mutu once the striker has "
            "served his ban. But Mutu has hit out at the decision. And Mutu agreed." + _MATCH)
    found = names(nlp, text)
    assert ("Adrian Mutu", "person") in found
    assert types_of(found, "Mutu") == {"person"}


def test_a_given_name_the_model_read_as_a_place_joins_the_surname(nlp):
    text = ("The buys are now integrating, and in Arjen Robben he has the player who is giving "
            "them that extra dimension. They have the double threat of Robben and Damien Duff."
            + _MATCH)
    found = names(nlp, text)
    assert "Arjen" not in {n for n, _ in found}
    assert types_of(found, "Robben") == {"person"}


def test_a_tournament_named_open_is_no_actor_anywhere(nlp):
    shown = _shown(nlp, "Daniela Hantuchova won the Volvo Women's Open in Pattaya on Sunday.")
    assert "Volvo Women's Open" not in shown
    assert "Daniela Hantuchova" in shown


def test_a_place_and_international_is_a_tournament_in_a_sports_report(nlp):
    shown = _shown(nlp, "Lleyton Hewitt beat Ivo Minar in the final of the Sydney International."
                   + _MATCH)
    assert "Sydney International" not in shown
    # guard: a body named so stays
    shown = _shown(nlp, "Amnesty International said the players had been treated badly."
                   + _MATCH)
    assert "Amnesty International" in shown


def test_a_sports_description_before_a_name_makes_a_person(nlp):
    found = names(nlp, "Fabrice Santoro, the 2000 champion, beat Sweden's Thomas Johansson "
                       "6-4 6-2 in the first round." + _MATCH)
    assert types_of(found, "Fabrice Santoro") == {"person"}
    found = names(nlp, "Myskina, the third seed, now plays France's Marion Bartoli." + _MATCH)
    assert types_of(found, "Myskina") == {"person"}


def test_a_team_sheet_is_read_as_players_in_a_short_report(nlp):
    # no other sport word: the line of names alone makes a sports report
    text = ("Ireland have named their side for Saturday.\n\n: Murphy, Dempsey, Horgan, Maggs, "
            "Hickie, O'Gara, Stringer, Corrigan, Byrne, Hayes, O'Kelly, O'Connell, capt, "
            "S Easterby, O'Connor, Foley.\n\nReplacements: Sheahan, Horan, O'Callaghan, TBC.\n")
    found = names(nlp, text)
    for player in ("Hickie", "O'Gara", "Stringer"):
        assert types_of(found, player) == {"person"}, player
    assert "TBC" not in {n for n, _ in found}


def test_the_coachs_surname_owning_a_side_is_the_coach(nlp):
    text = ("Coach Matt Williams' side were outmuscled in a tense first half. But Williams' side "
            "seemed to have found a spark from somewhere after the break." + _MATCH)
    assert types_of(names(nlp, text), "Williams") == {"person"}


def test_a_city_a_player_has_won_is_the_tournament_not_a_team(nlp):
    text = ("Agassi has won the San Jose five times, but his run ended last year. Agassi was "
            "often bamboozled by the Austrian's drop shots in San Jose." + _MATCH)
    assert "organization" not in types_of(names(nlp, text), "San Jose")


def test_nationality_and_description_words_leave_a_players_name(nlp):
    text = ("Veteran Spaniard Conchita Martinez came from a set down to beat Italian Roberta "
            "Vinci at the Qatar Open in Doha. The veteran Martinez found herself in trouble "
            "early on. But Martinez swept her aside with some crisp returns." + _MATCH)
    found = names(nlp, text)
    assert "Veteran Spaniard Conchita Martinez" not in {n for n, _ in found}
    assert ("Conchita Martinez", "person") in found
