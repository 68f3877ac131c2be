"""Types a reader saw wrong on a 240-article BBC site (real parses; sentences written for the
test): a band typed a person across articles, an exchange typed a place, a city typed a firm,
an award typed an organisation, a birthplace given as a singer's alias."""

from __future__ import annotations

from actorkit import SPORTS_REPORT, group_of, names, types_of

from generator.build import Builder
from generator.settings import BuildSettings


def _corpus(tmp_path, texts: dict[str, str]):
    content = tmp_path / "content"
    content.mkdir()
    for name, text in texts.items():
        (content / f"{name}.txt").write_text(f"Music news {name}\n\n{text}", encoding="utf-8")
    return Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus


def test_an_article_that_says_what_a_name_is_outweighs_the_models_guesses(tmp_path):
    # one article calls Keane a band; two others only name it, where the model reads a person
    corpus = _corpus(tmp_path, {
        "a": "Rock band Keane won the award for best album on Monday. Keane beat Muse and "
             "Coldplay to the prize.",
        "b": "The nominees include Joss Stone and Keane. The winners will be named in London.",
        "c": "Critics said Keane deserved the prize more than anyone else this year.",
    })
    keane = [a for a in corpus.actors if a.name == "Keane"]
    assert [a.type for a in keane] == ["organization"]


def test_a_shareholder_in_a_firm_does_not_make_the_firm_a_place(nlp):
    found = names(nlp, "Standard Life is the latest shareholder in Deutsche Boerse to express "
                       "concern at its plans. Deutsche Boerse has not replied.")
    assert types_of(found, "Deutsche Boerse") == {"organization"}


def test_a_firm_named_after_its_city_leaves_the_city_a_place(nlp):
    found = names(nlp, "Seven London-based companies and an eighth Paris firm have been given "
                       "30 days to reply to the court.")
    assert types_of(found, "Paris") == {"place"}


def test_a_team_after_a_town_is_still_the_club(nlp):
    found = names(nlp, "He will be replaced by Shearer's Newcastle team mate Les Ferdinand.")
    assert types_of(found, "Newcastle") == {"organization"}


def test_a_name_right_before_awards_is_the_award(nlp):
    found = names(nlp, "Joss Stone has been nominated in three categories in Wednesday's Brit "
                       "awards. The singer won two Brit awards last year.")
    assert "Brit" not in {n for n, _ in found}
    assert ("Joss Stone", "person") in found


def test_big_players_such_as_a_firm_are_firms(nlp):
    found = names(nlp, '"A lot of the big players, such as Nokia, are pulling back," said Mr '
                       "Wood of the consultancy.")
    assert "person" not in types_of(found, "Nokia")


def test_a_birthplace_glued_to_born_is_no_alias(nlp):
    text = ("Pop star Christina Aguilera is to marry. New York-born Aguilera reached number one "
            "in the US in 1999.")
    assert "New York" not in group_of(nlp, text, "Aguilera")


def test_downing_st_is_downing_street(nlp):
    from generator.nlp.actors import extract_actor_mentions

    text = ("The deployment would involve troops to assist with the relief effort in Indonesia, "
            "Downing Street said. Downing St said a similar offer might be made to the Sri Lankan "
            "government.")
    mentions = [m for m in extract_actor_mentions(nlp(text)) if m.text.startswith("Downing")]
    assert {m.text for m in mentions} == {"Downing Street", "Downing St"}
    assert {m.name for m in mentions} == {"Downing Street"}
    assert len({m.group for m in mentions}) == 1


def test_the_seat_of_an_mp_is_a_place(nlp):
    found = names(nlp, '"Why did they not talk together?" the Labour MP for Birkenhead asked. He '
                       "said the prime minister should act.")
    assert types_of(found, "Birkenhead") == {"place"}


def test_a_giant_and_a_department_before_a_name_make_it_a_body(nlp):
    found = names(nlp, "MCI has agreed a buyout by telecoms giant Verizon, hoping for more. "
                       "Verizon is set to win.")
    assert types_of(found, "Verizon") == {"organization"}
    found = names(nlp, "A Labour MP has criticised the agriculture department Defra for its "
                       "record. The National Audit Office said Defra had improved.")
    assert types_of(found, "Defra") == {"organization"}


def test_a_kind_of_body_opening_the_sentence_is_not_the_names(nlp):
    found = names(nlp, "Bookmakers Ladbrokes said the odds had shortened. Ladbrokes is the "
                       "biggest.")
    assert {n for n, _ in found} == {"Ladbrokes"}


def test_a_he_given_to_a_band_read_as_a_person_is_not_shown_on_the_bands_page(tmp_path):
    corpus = _corpus(tmp_path, {
        "a": "Scottish rock band Keane have won two awards. The band Keane beat Muse and "
             "Coldplay. Keane will tour in May.",
        "b": "Rock band Keane played in London on Friday. Keane sold out the venue.",
        "c": 'Music boss Tony Wilson spoke at the event. He said Keane was the future. "I think '
             'that is a reflection of how useful the indie philosophy is," Keane said. He added '
             "that more bands should follow.",
    })
    (keane,) = [a for a in corpus.actors if a.name == "Keane"]
    assert keane.type == "organization"
    body = {a.id: a.text for a in corpus.articles}
    shown = {body[m.article][m.span[0]:m.span[1]] for m in keane.mentions}
    assert not shown & {"He", "he", "him", "his", "she", "her"}


def test_a_name_an_article_puts_only_where_places_go_is_a_place_for_the_corpus(tmp_path):
    corpus = _corpus(tmp_path, {
        # the model reads every "Devon" here a person's; the text puts them where places go
        "a": "Devon singer Joss Stone and rock band Muse won coveted awards during the "
             "ceremony. Muse, whose members met in south Devon, beat Keane and Coldplay. The "
             "three formed the band in Teignmouth, south Devon.",
        "b": "Devon singer Joss Stone won two awards on Wednesday.",
        "c": "Devon singer Joss Stone and rock band Muse were the winners.",
        "d": "Devon singer Joss Stone is to tour in May.",
    })
    devon = [a for a in corpus.actors if a.name == "Devon"]
    assert [a.type for a in devon] == ["place"]


def test_a_possessive_before_a_bracketed_acronym_is_not_part_of_the_name(nlp):
    found = names(nlp, "A survey of 280 schemes by Incomes Data Services' (IDS) said employer "
                       "contributions had increased. Both companies are listed on the New York "
                       "Stock Exchange's (NYSE) technology-dominated Nasdaq index.")
    assert ("Incomes Data Services", "organization") in found
    assert ("New York Stock Exchange", "organization") in found


def test_the_parent_of_a_branch_named_alone_is_a_body(nlp):
    found = names(nlp, "Lycos Europe's Make Love, Not Spam campaign began in late November but "
                       "its tactics proved controversial. Lycos has shut down the campaign.")
    assert types_of(found, "Lycos") == {"organization"}


def test_mr_blair_joins_the_blair_other_articles_call_so(tmp_path):
    corpus = _corpus(tmp_path, {
        "a": "Prime Minister Tony Blair spoke to the Labour Party conference. Mr Blair said the "
             "economy was strong. Blair also praised Gordon Brown.",
        "b": "Tony Blair met union leaders on Monday. Mr Blair told them the Labour Party would "
             "listen.",
        "c": "Sir Ian Blair, the Metropolitan Police commissioner, said crime had fallen.",
        "d": "Mr Blair has forgotten the interests of taxpayers, the Labour Party's critics said.",
    })
    blairs = {a.name: {m.article for m in a.mentions} for a in corpus.actors
              if "Blair" in a.name}
    assert "d" in blairs.get("Tony Blair", set())
    assert "Mr Blair" not in blairs


def test_a_given_name_before_a_hyphenated_surname_is_the_persons(nlp):
    from generator.nlp.actors import extract_actor_mentions

    text = ("Easymobile uses Easygroup's orange branding. Founder Stelios Haji-Ioannou has "
            "pledged to contest the action. Mr Haji-Ioannou said he would win.")
    names_of = {m.text: m.name for m in extract_actor_mentions(nlp(text)) if m.kind == "name"}
    assert names_of.get("Stelios Haji-Ioannou") == "Stelios Haji-Ioannou"
    assert names_of.get("Haji-Ioannou") == "Stelios Haji-Ioannou"


def test_products_news_names_alone_are_not_actors(nlp):
    found = names(nlp, "Windows users could soon be paying Microsoft to protect them. The beta "
                       "only works on PCs running Windows XP. The Xbox will push for "
                       "high-definition graphics, and Apple's Mac Mini is selling well.")
    shown = {n for n, _ in found}
    assert not shown & {"Windows", "Windows XP", "Xbox", "Mac Mini"}
    assert {"Microsoft", "Apple"} <= shown


def test_a_city_club_in_a_sports_report_is_the_club(nlp):
    found = names(nlp, "Conference side Exeter City, who knocked out Doncaster on Saturday, will "
                       "travel to Old Trafford to meet holders Manchester United in the FA Cup "
                       "third round. Manchester City were drawn away to Oldham. The striker "
                       "scored twice in the match and the goalkeeper saved a penalty. The "
                       "manager said his squad would be ready for the fixture, and the "
                       "midfielder was booked in the first half of the game. The league "
                       "leaders won 2-0 at home.")
    assert types_of(found, "Manchester City") == {"organization"}
    assert types_of(found, "Exeter City") == {"organization"}


_MATCH = SPORTS_REPORT


def test_a_one_word_name_a_plural_verb_agrees_with_is_a_team_in_a_sports_report(nlp):
    found = names(nlp, 'Boro beat Lazio 2-0 in the Uefa Cup. "No matter what anybody says, '
                       'Lazio are favourites to win this competition," said McClaren.' + _MATCH)
    assert types_of(found, "Lazio") == {"organization"}
    found = names(nlp, "If Smith were fit he would play. Smith has scored twice." + _MATCH)
    assert types_of(found, "Smith") == {"person"}


def test_a_towns_paper_is_not_its_club(nlp):
    text = ("Newcastle are favourites for the cup, Graeme Souness told the Newcastle Evening "
            "Chronicle." + _MATCH)
    assert "Newcastle" not in group_of(nlp, text, "Newcastle Evening Chronicle")
