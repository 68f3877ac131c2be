"""Reader 42: actors a reader saw wrongly on BBC pages (invented sentences in the shape of the
ones found)."""

from __future__ import annotations

from actorkit import names, types_of


def test_a_british_given_name_makes_a_person_of_a_name_tagged_a_body(nlp) -> None:
    """"Graeme Souness believes ..." (tagged ORG) and then "Souness" were a body."""
    found = names(nlp, "Graeme Souness believes Walter Smith would be the perfect choice to "
                       "succeed Berti Vogts as Scotland manager.\n\nSouness's former assistant "
                       "at Rangers is hot favourite to take over.")
    assert types_of(found, "Graeme Souness") == {"person"}, found


def test_a_title_word_that_is_a_given_name_opens_a_name_before_a_surname(nlp) -> None:
    """"Dean Headley" lost "Dean" (a title word); "Dean Smith" of a college keeps its surname."""
    found = names(nlp, "The film's producer, Dean Headley, said the shoot went well. Headley "
                       "added that the cast had been superb.")
    assert ("Dean Headley", "person") in found, found


FIXTURES = "Arsenal v Stoke\n\nWest Ham v Norwich\n\nCardiff v Blackburn\n"


def _norwich_type(t1: str, t2: str) -> str:
    from test_merge import article, mention

    from generator.curation import Curation
    from generator.merge import merge

    def two(text: str, type_: str) -> list[dict]:
        starts = [i for i in range(len(text)) if text.startswith("Norwich", i)]
        return [mention("Norwich", s, type_=type_, group=1) for s in starts]

    a1 = article("a1", t1, two(t1, "organization"))
    a2 = article("a2", t2, two(t2, "person"))
    return next(a.type for a in merge([a1, a2], Curation()).actors if a.name == "Norwich")


def test_a_tie_of_person_and_body_goes_to_the_team_of_a_fixtures_list() -> None:
    """"Norwich": two mentions read a club in the FA Cup draw (one on "West Ham v Norwich"), two
    read a person in a match report ("after beating Norwich"): the tie made a person."""
    draw = "Premiership strugglers Norwich are away at West Ham.\n\n" + FIXTURES
    report = "Charlton beat Norwich. There was talk about Norwich being interested."
    assert _norwich_type(draw, report) == "organization"


def test_without_a_fixtures_list_a_tie_stays_as_it_was() -> None:
    draw = "Premiership strugglers Norwich are away at West Ham.\n\nWest Ham v Norwich\n"
    report = "Charlton beat Norwich. There was talk about Norwich being interested."
    assert _norwich_type(draw, report) == "person"


def test_a_body_known_as_a_name_makes_the_name_a_body(nlp) -> None:
    """"A pan-European consortium of companies and university groups known as Respond" was a
    person (tagged PERSON), and so were its eleven mentions."""
    found = names(nlp, "A consortium of companies and university groups known as Resolve is "
                       "working to provide accurate maps. Resolve is using satellite images.")
    assert "person" not in types_of(found, "Resolve") and types_of(found, "Resolve"), found


def test_a_name_with_their_chance_is_a_team_in_a_sports_report(nlp) -> None:
    """"Exeter had chances of their own", "Exeter created their best chance": a team."""
    found = names(nlp, "The football match was a tense Premiership affair and the league "
                       "leaders won. Wexley scored twice. Exeter had chances of their own. In "
                       "stoppage time Exeter created their best chance but the striker missed.")
    assert types_of(found, "Exeter") == {"organization"}, found


def test_an_entity_in_a_comma_list_splits_at_its_comma(nlp) -> None:
    """The model read "Isle of Wight, Dorset West" (two constituencies of a list) as one."""
    found = names(nlp, "The seats include Taunton, Orpington, Haltemprice and Howden, "
                       "Eastbourne, Isle of Wight, Dorset West, Bournemouth East, Wells, "
                       "Canterbury.")
    assert ("Isle of Wight", "place") in found and ("Dorset West", "place") in found, found
    assert not [n for n, _ in found if "," in n], found


def test_a_pronoun_in_a_quote_is_not_its_speaker(nlp) -> None:
    """'The woman's lawyer, Dolores M Troiani, said her client would sue. "I think that's the
    only avenue open to her. She felt, as we did, ..."': "She" (the client) joined Troiani."""
    from generator.nlp.actors import extract_actor_mentions

    text = ("The unidentified woman's lawyer, Dolores M Troiani, said her client was likely to "
            "sue the comedian. \"I think that's the only avenue open to her. She felt, as we "
            "did, that it's a very strong case and she was telling the truth.\" She also said "
            "that more evidence had been supplied.")
    doc = nlp(text)
    joined = [m.span[0] for m in extract_actor_mentions(doc)
              if m.kind == "pronoun" and m.name == "Dolores M Troiani"]
    quoted_she = [text.index("She felt"), text.index("she was")]
    assert joined and not set(joined) & set(quoted_she), joined


def test_a_full_name_after_in_stays_a_person(nlp) -> None:
    """"They have some very good creative players in Damien Duff and Arjen Robben": a place."""
    found = names(nlp, "Chelsea are doing very well. They have some very good creative players "
                       "in Damien Duff and Arjen Robben and Didier Drogba showed he can score.")
    assert types_of(found, "Damien Duff") == {"person"}, found
