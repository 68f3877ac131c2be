"""Works 49: shows, songs and films are no actors; bands and firms get their type (invented
sentences in the shape of the ones a reader saw on BBC entertainment and business pages)."""

from __future__ import annotations

from actorkit import names, types_of

ORG = "organization"


def _shown(found: list[tuple[str, str]], word: str) -> list[tuple[str, str]]:
    return [(n, t) for n, t in found if word in n]


# Firms named like people


def test_a_sentence_opening_bookmaker_makes_a_firm(nlp) -> None:
    """"Bookmaker William Hill said" was a person (a given name opens the name)."""
    found = names(nlp, "Odds cut on actor\n\nBookmaker William Hill said it had stopped taking "
                       "bets on the actor. \"This is unusual,\" William Hill spokesman Rupert "
                       "Adams said.")
    assert types_of(found, "William Hill") == {ORG}, found
    assert types_of(found, "Rupert Adams") == {"person"}, found


def test_a_miner_before_a_name_makes_a_firm(nlp) -> None:
    """"miner Barrick Gold" was a person."""
    found = names(nlp, "Firms eye Russian oil\n\nThose linked with investment in Russia "
                       "include France's Total, the US-based ChevronTexaco, and miner Barrick "
                       "Gold.")
    assert types_of(found, "Barrick Gold") == {ORG}, found


def test_a_one_word_person_among_drug_companies_is_a_firm(nlp) -> None:
    """"drug companies, including Merck and Pfizer": Pfizer was a person."""
    found = names(nlp, "Painkiller worries grow\n\nThe drugs were developed by drug companies, "
                       "including Merck and Pfizer, because they cause fewer problems.")
    assert types_of(found, "Pfizer") == {ORG}, found


def test_a_body_noun_apposed_after_a_comma_makes_a_firm(nlp) -> None:
    """"The actor's own production company, Further Films," and "property business
    Lensworth" were people."""
    found = names(nlp, "Douglas to film in India\n\nThe actor's own production company, "
                       "Further Films, is working in partnership with two Indian firms. Fosters "
                       "got A$846m from selling property business Lensworth.")
    assert types_of(found, "Further Films") == {ORG}, found
    assert types_of(found, "Lensworth") == {ORG}, found


def test_the_names_beside_a_plural_body_noun_are_firms(nlp) -> None:
    """"financial institutions JP Morgan Chase, Citigroup, Merrill Lynch and ...": Merrill
    Lynch was a person."""
    found = names(nlp, "Enron banks settle\n\nThe deal does not include financial institutions "
                       "JP Morgan Chase, Citigroup, Merrill Lynch and Credit Suisse First Boston.")
    assert types_of(found, "Merrill Lynch") == {ORG}, found


def test_people_apposed_after_a_comma_stay_people(nlp) -> None:
    """Guard: "His wife, Jane," and "the director, Joe Smith," are people."""
    found = names(nlp, "Film wins prize\n\nHis wife, Jane, said the director, Joe Smith, was "
                       "right.")
    assert types_of(found, "Jane") == {"person"}, found
    assert types_of(found, "Joe Smith") == {"person"}, found


def test_a_broadcaster_and_a_jeweller_stay_people(nlp) -> None:
    """Guard: nouns a person is called by leave a person's name a person's."""
    found = names(nlp, "Breakfast show returns\n\nBroadcaster Chris Evans has begun a new show. "
                       "The designer jeweller Theo Fennell said he was pleased.")
    assert types_of(found, "Chris Evans") == {"person"}, found
    assert types_of(found, "Theo Fennell") == {"person"}, found


# Works named by a kind word beside them


def test_a_single_after_a_possessive_names_a_song(nlp) -> None:
    """"Elvis' single Jailhouse Rock" was a person."""
    found = names(nlp, "Elvis tops the chart\n\nElvis' single Jailhouse Rock became the UK's "
                       "number one on Sunday.")
    assert not _shown(found, "Jailhouse"), found


def test_a_re_release_of_a_song_is_a_work(nlp) -> None:
    """"the re-release of Jailhouse Rock" was a place."""
    found = names(nlp, "Elvis scores again\n\nElvis Presley has scored his 19th number one in "
                       "the UK charts with the re-release of Jailhouse Rock, 27 years after his "
                       "death.")
    assert not _shown(found, "Jailhouse"), found


def test_the_series_of_a_show_is_a_work(nlp) -> None:
    """"the current series of Celebrity Big Brother" was an organisation (and a person)."""
    found = names(nlp, "Housemates evicted\n\nThe current series of Celebrity Big Brother ends "
                       "on Sunday, with Happy Mondays star Bez among the housemates.")
    assert not _shown(found, "Brother"), found


def test_a_tv_series_before_a_name_is_a_work(nlp) -> None:
    """"the TV series Soldier Soldier" was a person."""
    found = names(nlp, "Scott tipped for Bond\n\nScott first found fame in the TV series "
                       "Soldier Soldier and has since starred in films.")
    assert not _shown(found, "Soldier"), found


def test_a_film_apposed_before_a_name_is_a_work(nlp) -> None:
    """"his next major film, Donnie Brasco" was a person."""
    found = names(nlp, "Depp honoured\n\nIn his next major film, Donnie Brasco, he portrayed "
                       "an undercover cop.")
    assert not _shown(found, "Brasco"), found


def test_a_tale_and_a_cover_before_a_name_are_works(nlp) -> None:
    """"the dark fairy tale Edward Scissorhands", "the 1981 John Lennon cover, Jealous Guy"
    were people; "Their first hit was 1972's Virginia Plain" a place."""
    found = names(nlp, "Roxy Music to play festival\n\nHis partnership with Burton began in the "
                       "dark fairy tale Edward Scissorhands. Their first hit was 1972's Virginia "
                       "Plain, with other hits including the 1981 John Lennon cover, Jealous Guy.")
    assert not _shown(found, "Scissorhands"), found
    assert not _shown(found, "Virginia"), found
    assert not _shown(found, "Jealous"), found
    assert types_of(found, "John Lennon") == {"person"}, found


def test_credits_after_a_name_make_a_work(nlp) -> None:
    """"Tom Jones, directed by Tony Richardson" (in an article on films) was a person; the
    director stays one."""
    found = names(nlp, "Carry On actress dies\n\nShe made her film debut in 1963 in Tom Jones, "
                       "directed by Tony Richardson. She later made many films.")
    assert not _shown(found, "Tom Jones"), found
    assert types_of(found, "Tony Richardson") == {"person"}, found


def test_a_year_in_brackets_in_an_article_on_films_makes_a_work(nlp) -> None:
    """"Humphrey Bogart in Casablanca (1944)": Casablanca was a place."""
    found = names(nlp, "Oscar snubs recalled\n\nActors that failed to win included Humphrey "
                       "Bogart in Casablanca (1944). Both films were hits, and the movie is "
                       "still shown.")
    assert not _shown(found, "Casablanca"), found
    assert types_of(found, "Humphrey Bogart") == {"person"}, found


def test_a_single_before_a_body_and_a_test_series_stay(nlp) -> None:
    """Guard: "a single Labour MP" keeps Labour; a cricket "series" names no work."""
    found = names(nlp, "Vote passes\n\nA single Labour MP voted against the bill.")
    assert types_of(found, "Labour") == {ORG}, found
    found = names(nlp, "England win series\n\nEngland won the Test series against Australia "
                       "after Flintoff took five wickets and scored a century in the final Test "
                       "match, the cricket team's best win of the season.")
    assert types_of(found, "Flintoff") == {"person"}, found


# Bands


def test_a_singer_between_a_name_and_a_person_makes_a_band(nlp) -> None:
    """"Kasabian's singer Tom Meighan": Kasabian was a place."""
    found = names(nlp, "Band plans new album\n\n\"It is a disgrace,\" declared Kasabian's "
                       "singer Tom Meighan. Kasabian moved into a farmhouse to record.")
    assert types_of(found, "Kasabian") == {ORG}, found
    assert types_of(found, "Tom Meighan") == {"person"}, found


def test_a_plural_verb_in_music_news_makes_a_band(nlp) -> None:
    """"Kasabian who are at number eight" in a chart story: a place."""
    found = names(nlp, "Elvis back at the top\n\nThe other new entries in the singles chart "
                       "are Dana Rayne at seven and Kasabian who are at number eight with "
                       "their song, a hit album track.")
    assert types_of(found, "Kasabian") == {ORG}, found


def test_a_solo_singers_guitarist_leaves_her_a_person(nlp) -> None:
    """Guard: a guitarist may be a solo singer's ("Madonna's guitarist")."""
    found = names(nlp, "Tour ends\n\nMadonna's guitarist Joe Smith said the tour was over. "
                       "Madonna has sold many albums and singles in the charts.")
    assert types_of(found, "Madonna") == {"person"}, found


def test_a_cult_hit_read_as_a_participle_names_a_show(nlp) -> None:
    """"Top TV cult hit Little Britain" was a place ("hit" parsed as a verb)."""
    found = names(nlp, "Comedy wins award\n\nTop TV cult hit Little Britain has triumphed over "
                       "The Office at the awards.")
    assert not _shown(found, "Britain"), found


def test_a_frontman_after_a_band_makes_a_band(nlp) -> None:
    """"former Nirvana frontman Kurt Cobain": Nirvana was a place."""
    found = names(nlp, "Love wins custody\n\nThe singer regained custody of Frances Bean, her "
                       "12-year-old daughter with former Nirvana frontman Kurt Cobain.")
    assert types_of(found, "Nirvana") == {ORG}, found


def test_a_county_before_a_singer_is_no_band(nlp) -> None:
    """Guard: "Devon singer Joss Stone" opening a sentence says where she is from."""
    found = names(nlp, "Stone wins Brit\n\nDevon singer Joss Stone and rock band Muse won "
                       "awards. The album chart and the band's tour were good.")
    assert ORG not in types_of(found, "Devon"), found


def test_a_name_opening_with_a_games_name_is_its_part(nlp) -> None:
    """"PED (Project Entropia Dollars)" after "the game Project Entropia" was an organisation."""
    found = names(nlp, "Virtual island sold\n\nThe land exists within the game Project "
                       "Entropia, an RPG which allows thousands of players to interact. The "
                       "economy lets gamers exchange real currency into PED (Project Entropia "
                       "Dollars) and back.")
    assert not _shown(found, "Entropia"), found


def test_a_musical_after_a_name_is_a_work(nlp) -> None:
    """"Elvis Presley musical Jailhouse Rock" was a person."""
    found = names(nlp, "Elvis star on TV\n\nThe star of Elvis Presley musical Jailhouse Rock "
                       "was chosen to appear on the show.")
    assert not _shown(found, "Jailhouse"), found
    assert types_of(found, "Elvis Presley") == {"person"}, found
