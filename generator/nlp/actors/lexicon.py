"""The actor lexicons, read once from ``generator/nlp/patterns``, and name folding.

``lexicon()`` loads ``actors.yml`` (entity labels, types, aliases, parties, non-actors and the
cue words of every rule), ``titles.txt``, ``countries.txt``, ``regions.txt`` and
``given_names.txt`` and ``given_name_genders.yml`` into one frozen ``Lexicon``.
``fold`` is the one way names are compared (accents, case, dots, apostrophes and spacing), and
``canonical_key`` the key that matches one actor across articles ("U.S." -> "united states").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from generator.names import given_name_genders
from generator.nlp.wordlists import load_pattern_yaml
from generator.vocab import ActorType

# Words inside a name between its capitalised words ("Bank of England", "Marks & Spencer").
CONNECTORS = frozenset({"and", "of", "&", "-", "for"})


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor reads from ``generator/nlp/patterns``."""

    labels: dict[str, str]
    maybe_org_labels: frozenset[str]
    types: dict[str, str]  # folded name -> type
    non_actors: frozenset[str]
    org_cues: frozenset[str]
    body_kind_cues: frozenset[str]
    org_verbs: frozenset[str]
    alias_to_canonical: dict[str, str]  # folded form -> canonical name
    parties: frozenset[str]  # folded canonical party names (type organization)
    party_words: frozenset[str]  # folded words of the parties' names and short forms
    countries: frozenset[str]  # folded
    demonyms: frozenset[str]  # folded
    sports_words: frozenset[str]
    sports_words_weak: frozenset[str]
    sports_verbs: frozenset[str]
    nominals: dict[str, tuple[str, ...]]
    org_suffixes: frozenset[str]
    honorifics: dict[str, str | None]
    clerical_titles: frozenset[str]  # "Cardinal O'Connor": a name may follow as after "Mr"
    spouse_nouns: dict[str, str]  # "wife": "f" ("Michael Howard's wife, Sandra": Mrs Howard)
    place_heads: frozenset[str]
    org_heads: frozenset[str]
    place_verbs: frozenset[str]
    titles: frozenset[str]  # lower-case titles, possibly multi-word
    caption_labels: frozenset[str]
    event_heads: frozenset[str]
    kin_nouns: frozenset[str]
    product_heads: frozenset[str]
    product_nouns: frozenset[str]
    product_classifiers: frozenset[str]
    possessive_name_words: frozenset[str]
    department_words: frozenset[str]
    press_heads: frozenset[str]
    org_classifiers: frozenset[str]
    numbered_names: frozenset[str]
    person_nouns: frozenset[str]
    title_last_words: frozenset[str]
    law_heads: frozenset[str] = frozenset()
    sibling_heads: frozenset[str] = frozenset()
    department_heads: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    condition_heads: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    alias_phrases: frozenset[str] = frozenset()  # folded
    outlet_divisions: frozenset[str] = frozenset()
    outlet_names: frozenset[str] = frozenset()  # folded; ``outlets: names`` of attribution.yml
    table_labels: frozenset[str] = frozenset()
    generational_suffixes: frozenset[str] = frozenset()
    given_name_genders: dict[str, str] = field(default_factory=dict)  # folded name -> m/f
    employer_nouns: frozenset[str] = frozenset()
    body_head_nouns: frozenset[str] = frozenset()
    slogan_verbs: frozenset[str] = frozenset()
    constituency_nouns: frozenset[str] = frozenset()
    acquisition_verbs: frozenset[str] = frozenset()  # lemmas
    spokesperson_nouns: frozenset[str] = frozenset()
    legal_suffixes: frozenset[str] = frozenset()  # folded
    legal_prefixes: frozenset[str] = frozenset()  # folded
    hometown_nouns: frozenset[str] = frozenset()
    place_first_words: frozenset[str] = frozenset()  # folded
    team_nouns: frozenset[str] = frozenset()
    match_nouns: frozenset[str] = frozenset()
    opponent_prepositions: frozenset[str] = frozenset()
    team_chance_nouns: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    club_words: frozenset[str] = frozenset()
    club_words_sports: frozenset[str] = frozenset()
    competition_names: frozenset[str] = frozenset()  # folded
    competition_heads: frozenset[str] = frozenset()
    title_verbs: frozenset[str] = frozenset()  # lemmas
    competition_heads_sports: frozenset[str] = frozenset()
    draw_groups: frozenset[str] = frozenset()
    adjective_prefixes: frozenset[str] = frozenset()
    centre_words: frozenset[str] = frozenset()
    named_bodies: frozenset[str] = frozenset()
    versus_words: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    seats_of_power: frozenset[str] = frozenset()  # folded
    name_suffixes: frozenset[str] = frozenset()
    seat_prepositions: frozenset[str] = frozenset()
    seat_verbs: frozenset[str] = frozenset()  # lemmas
    in_body_heads: frozenset[str] = frozenset()  # lemmas
    headline_verbs: frozenset[str] = frozenset()
    portfolio_titles: frozenset[str] = frozenset()
    post_nominals: frozenset[str] = frozenset()  # case-sensitive: "QC", "MP", "OBE"
    post_nominals_after_only: frozenset[str] = frozenset()
    honour_letters: frozenset[str] = frozenset()
    branch_regions: frozenset[str] = frozenset()  # folded
    division_heads: frozenset[str] = frozenset()  # lower case
    title_ranks: frozenset[str] = frozenset()  # lower case
    visit_verbs: frozenset[str] = frozenset()  # lower-case lemmas
    programme_heads: frozenset[str] = frozenset()  # lower case
    club_nicknames: dict[str, str] = field(default_factory=dict)  # folded nickname -> club
    team_abbreviations: dict[str, str] = field(default_factory=dict)  # folded word -> folded
    team_abbreviations_anywhere: frozenset[str] = frozenset()  # folded: "utd"
    creator_verbs: frozenset[str] = frozenset()  # lemmas
    region_prepositions: frozenset[str] = frozenset()
    venue_prepositions: frozenset[str] = frozenset()
    county_suffixes: tuple[str, ...] = ()
    sports_counties: frozenset[str] = frozenset()
    venue_heads: frozenset[str] = frozenset()
    venue_generic_words: frozenset[str] = frozenset()
    memorial_heads: frozenset[str] = frozenset()
    place_of_heads: frozenset[str] = frozenset()
    institution_fields: frozenset[str] = frozenset()
    title_qualifiers: frozenset[str] = frozenset()
    given_name_titles: frozenset[str] = frozenset()
    given_name_title_cues: frozenset[str] = frozenset()
    memorial_not_people: frozenset[str] = frozenset()
    leader_nouns: frozenset[str] = frozenset()
    place_kind_nouns: frozenset[str] = frozenset()
    place_of_nouns: frozenset[str] = frozenset()
    work_classifiers: frozenset[str] = frozenset()
    programme_nouns: frozenset[str] = frozenset()  # "programme" of "X's Y programme"
    award_names: frozenset[str] = frozenset()  # folded
    award_heads: frozenset[str] = frozenset()
    award_categories: frozenset[str] = frozenset()
    award_adjectives: frozenset[str] = frozenset()
    work_roles: frozenset[str] = frozenset()
    work_performers: frozenset[str] = frozenset()
    word_given_names: frozenset[str] = frozenset()  # folded: given names that are words
    work_kind_words: frozenset[str] = frozenset()
    work_parts: frozenset[str] = frozenset()
    band_members: frozenset[str] = frozenset()
    band_fronts: frozenset[str] = frozenset()
    work_credits_before_name: frozenset[str] = frozenset()
    work_credits_by: frozenset[str] = frozenset()
    music_words: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()
    scene_nouns: frozenset[str] = frozenset()
    at_event_nouns: frozenset[str] = frozenset()
    at_body_verbs: frozenset[str] = frozenset()  # lemmas
    travel_verbs: frozenset[str] = frozenset()  # lemmas
    place_kind_before: frozenset[str] = frozenset()
    rival_nouns: frozenset[str] = frozenset()
    event_first_words: frozenset[str] = frozenset()
    org_first_words: frozenset[str] = frozenset()
    leading_prepositions: frozenset[str] = frozenset()
    list_place_nouns: frozenset[str] = frozenset()
    list_openers: frozenset[str] = frozenset()  # folded
    place_modifiers: frozenset[str] = frozenset()
    player_verbs: frozenset[str] = frozenset()  # lemmas
    person_speech_verbs: frozenset[str] = frozenset()  # lemmas
    retort_speech_verbs: frozenset[str] = frozenset()  # lemmas
    plain_speech_verbs: frozenset[str] = frozenset()  # lemmas
    name_alternatives: frozenset[str] = frozenset()
    name_coordinators: frozenset[str] = frozenset()
    name_open_words: frozenset[str] = frozenset()
    name_breaking_dashes: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # folded (``given_names.txt``)
    regions: frozenset[str] = frozenset()  # folded (``regions.txt``)

    @cached_property
    def non_person_words(self) -> frozenset[str]:
        """Words no person's name has: a body's, place's, product's, event's or law's."""
        return (self.org_heads | self.place_heads | self.product_heads | self.event_heads
                | self.law_heads | self.condition_heads | self.org_suffixes | self.club_words
                | self.club_words_sports | self.press_heads)

    @cached_property
    def body_place_heads(self) -> frozenset[str]:
        """Head words of bodies' and places' names ("Library", "Bridge")."""
        return self.org_heads | self.place_heads

    @cached_property
    def document_law_heads(self) -> frozenset[str]:
        """Head words of plans' and laws' names ("Plan", "Bill")."""
        return self.document_heads | self.law_heads

    @cached_property
    def preposition_taking_heads(self) -> frozenset[str]:
        """Head words of names that take a preposition ("the Convention on Human Rights")."""
        return self.org_heads | self.law_heads | self.event_heads | self.place_heads

    @cached_property
    def name_connectors(self) -> frozenset[str]:
        """Words inside one name: connectors ("Bank of England") and particles ("de Gaulle")."""
        return CONNECTORS | self.name_particles


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(run: re.Match[str]) -> str:
    """A run of non-ASCII characters without its combining marks (an accent split off by
    NFKD); no combining mark is ASCII, so the ASCII text between runs is left as it is."""
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)  # called for every candidate and word, with few distinct texts
def fold(text: str) -> str:
    """Fold a name for comparison: accents, case, dots, apostrophes and spacing."""
    text = _NON_ASCII.sub(_without_marks, unicodedata.normalize("NFKD", text))
    text = text.casefold().replace("’", "'").replace(".", "")
    text = re.sub(r"[^\w'&]+", " ", text)
    return " ".join(text.split())


def _read_pattern(name: str) -> str:
    return resources.files("generator.nlp.patterns").joinpath(name).read_text(encoding="utf-8")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _outlet_names() -> frozenset[str]:
    """The news outlets the claim extractor knows by name (one list, in ``attribution.yml``)."""
    data = load_pattern_yaml(_read_pattern("attribution.yml")) or {}
    return frozenset(fold(str(x)) for x in (data.get("outlets") or {}).get("names") or ())


def _derived_demonyms(countries: frozenset[str]) -> frozenset[str]:
    """"Angolan(s)", "Sri Lankan(s)": a country's name ending in "a", then "n" (or "ns"), is
    its nationality, in ``demonyms`` or not (that list holds the other forms)."""
    return frozenset(
        f"{c}n{plural}" for c in countries if c.endswith("a") for plural in ("", "s")
    )


# The American spelling of a name's "-isation" ("Organization"): British texts write it with an s
_ISATION = re.compile(r"(i)z(ation)")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the actor lexicons once (``actors.yml``, ``titles.txt``, ``countries.txt``)."""
    data: dict[str, Any] = load_pattern_yaml(_read_pattern("actors.yml"))
    aliases: dict[str, str] = {}
    parties = data.get("parties") or {}
    for canonical, forms in [*(data.get("aliases") or {}).items(), *parties.items()]:
        for form in (canonical, *(forms or ())):
            aliases[fold(form)] = canonical
            # "World Trade Organisation" is the "World Trade Organization" of another article
            aliases.setdefault(_ISATION.sub(r"\1s\2", fold(form)), canonical)
    titles = frozenset(t.lower() for t in _lines(_read_pattern("titles.txt")))
    countries = frozenset(fold(x) for x in _lines(_read_pattern("countries.txt")))

    def lower(key: str) -> frozenset[str]:
        return frozenset(str(x).lower() for x in data.get(key) or ())

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(x) for x in data.get(key) or ())

    return Lexicon(
        labels=dict(data["labels"]),
        maybe_org_labels=frozenset(data.get("maybe_org_labels", [])),
        types={fold(k): v for k, v in (data.get("types") or {}).items()},
        non_actors=folded("non_actors"),
        org_cues=lower("org_cues"),
        body_kind_cues=lower("body_kind_cues"),
        org_verbs=lower("org_verbs"),
        alias_to_canonical=aliases,
        parties=frozenset(fold(p) for p in parties),
        party_words=frozenset(
            fold(w) for p, forms in parties.items() for f in [p, *(forms or ())] for w in f.split()
        ),
        countries=countries,
        regions=frozenset(fold(x) for x in _lines(_read_pattern("regions.txt"))),
        demonyms=folded("demonyms") | _derived_demonyms(countries),
        sports_words=lower("sports_words"),
        sports_words_weak=lower("sports_words_weak"),
        sports_verbs=lower("sports_verbs"),
        nominals={k: tuple(v or ()) for k, v in (data.get("nominals") or {}).items()},
        org_suffixes=lower("org_suffixes"),
        honorifics={k.lower(): v for k, v in (data.get("honorifics") or {}).items()},
        clerical_titles=lower("clerical_titles"),
        spouse_nouns={k.lower(): v for k, v in (data.get("spouse_nouns") or {}).items()},
        place_heads=lower("place_heads"),
        org_heads=lower("org_heads"),
        place_verbs=lower("place_verbs"),
        titles=titles,
        caption_labels=lower("caption_labels"),
        event_heads=lower("event_heads"),
        kin_nouns=lower("kin_nouns"),
        product_heads=lower("product_heads"),
        product_nouns=lower("product_nouns"),
        product_classifiers=lower("product_classifiers"),
        department_words=lower("department_words"),
        press_heads=lower("press_heads"),
        org_classifiers=lower("org_classifiers"),
        numbered_names=lower("numbered_names"),
        possessive_name_words=lower("possessive_name_words"),
        person_nouns=lower("person_nouns"),
        title_last_words=frozenset(t.split()[-1] for t in titles),
        law_heads=lower("law_heads"),
        sibling_heads=lower("sibling_heads"),
        department_heads=lower("department_heads"),
        document_heads=lower("document_heads"),
        condition_heads=lower("condition_heads"),
        name_particles=lower("name_particles"),
        member_nouns=lower("member_nouns"),
        alias_phrases=folded("alias_phrases"),
        outlet_divisions=lower("outlet_divisions"),
        outlet_names=_outlet_names(),
        table_labels=frozenset(str(x) for x in data.get("table_labels", [])),
        employer_nouns=lower("employer_nouns"),
        body_head_nouns=lower("body_head_nouns"),
        slogan_verbs=lower("slogan_verbs"),
        constituency_nouns=lower("constituency_nouns"),
        acquisition_verbs=lower("acquisition_verbs"),
        spokesperson_nouns=lower("spokesperson_nouns"),
        legal_suffixes=folded("legal_suffixes"),
        legal_prefixes=folded("legal_prefixes"),
        hometown_nouns=lower("hometown_nouns"),
        place_first_words=folded("place_first_words"),
        team_nouns=lower("team_nouns"),
        match_nouns=lower("match_nouns"),
        opponent_prepositions=lower("opponent_prepositions"),
        team_chance_nouns=lower("team_chance_nouns"),
        compass_words=lower("compass_words"),
        club_words=lower("club_words"),
        club_words_sports=lower("club_words_sports"),
        competition_names=folded("competition_names"),
        competition_heads=lower("competition_heads"),
        title_verbs=lower("title_verbs"),
        competition_heads_sports=lower("competition_heads_sports"),
        draw_groups=lower("draw_groups"),
        adjective_prefixes=lower("adjective_prefixes"),
        centre_words=lower("centre_words"),
        named_bodies=lower("named_bodies"),
        versus_words=lower("versus_words"),
        place_prepositions=lower("place_prepositions"),
        seats_of_power=folded("seats_of_power"),
        name_suffixes=lower("name_suffixes"),
        seat_prepositions=lower("seat_prepositions"),
        seat_verbs=lower("seat_verbs"),
        in_body_heads=lower("in_body_heads"),
        headline_verbs=lower("headline_verbs"),
        portfolio_titles=lower("portfolio_titles"),
        post_nominals=frozenset(str(x) for x in data.get("post_nominals", [])),
        post_nominals_after_only=frozenset(
            str(x) for x in data.get("post_nominals_after_only", [])),
        honour_letters=lower("honour_letters"),
        branch_regions=folded("branch_regions"),
        division_heads=lower("division_heads"),
        title_ranks=lower("title_ranks"),
        visit_verbs=lower("visit_verbs"),
        programme_heads=lower("programme_heads"),
        club_nicknames={fold(k): str(v) for k, v in (data.get("club_nicknames") or {}).items()},
        team_abbreviations_anywhere=frozenset(
            fold(w) for w in data.get("team_abbreviations_anywhere") or ()),
        team_abbreviations={fold(k): fold(v) for k, v in
                            (data.get("team_abbreviations") or {}).items()},
        creator_verbs=lower("creator_verbs"),
        region_prepositions=lower("region_prepositions"),
        venue_prepositions=lower("venue_prepositions"),
        county_suffixes=tuple(sorted(lower("county_suffixes"))),
        sports_counties=folded("sports_counties"),
        venue_heads=lower("venue_heads"),
        venue_generic_words=lower("venue_generic_words"),
        memorial_heads=lower("memorial_heads"),
        place_of_heads=lower("place_of_heads"),
        institution_fields=lower("institution_fields"),
        title_qualifiers=lower("title_qualifiers"),
        given_name_titles=lower("given_name_titles"),
        given_name_title_cues=lower("given_name_title_cues"),
        memorial_not_people=lower("memorial_not_people"),
        leader_nouns=lower("leader_nouns"),
        place_kind_nouns=lower("place_kind_nouns"),
        place_of_nouns=lower("place_of_nouns"),
        work_classifiers=lower("work_classifiers"),
        programme_nouns=lower("programme_nouns"),
        award_names=folded("award_names"),
        award_heads=lower("award_heads"),
        award_categories=lower("award_categories"),
        award_adjectives=lower("award_adjectives"),
        work_roles=lower("work_roles"),
        work_performers=lower("work_performers"),
        word_given_names=lower("word_given_names"),
        work_kind_words=lower("work_kind_words"),
        work_parts=lower("work_parts"),
        band_members=lower("band_members"),
        band_fronts=lower("band_fronts"),
        work_credits_before_name=lower("work_credits_before_name"),
        work_credits_by=lower("work_credits_by"),
        music_words=lower("music_words"),
        body_nouns=lower("body_nouns"),
        share_nouns=lower("share_nouns"),
        scene_nouns=lower("scene_nouns"),
        at_event_nouns=lower("at_event_nouns"),
        at_body_verbs=lower("at_body_verbs"),
        travel_verbs=lower("travel_verbs"),
        place_kind_before=lower("place_kind_before"),
        rival_nouns=lower("rival_nouns"),
        event_first_words=lower("event_first_words"),
        org_first_words=lower("org_first_words"),
        leading_prepositions=lower("leading_prepositions"),
        list_place_nouns=lower("list_place_nouns"),
        list_openers=folded("list_openers"),
        place_modifiers=lower("place_modifiers"),
        player_verbs=lower("player_verbs"),
        person_speech_verbs=lower("person_speech_verbs"),
        retort_speech_verbs=lower("retort_speech_verbs"),
        plain_speech_verbs=lower("plain_speech_verbs"),
        name_alternatives=lower("name_alternatives"),
        name_coordinators=lower("name_coordinators"),
        name_open_words=lower("name_open_words"),
        name_breaking_dashes=frozenset(data.get("name_breaking_dashes", [])),
        given_names=frozenset(fold(x) for x in _lines(_read_pattern("given_names.txt"))),
        generational_suffixes=lower("generational_suffixes"),
        given_name_genders={fold(name): g for name, g in given_name_genders()},
    )


def canonical_key(name: str, type: str) -> str:  # noqa: A002 - the brief's signature
    """Normalise a name for matching one actor across articles ("U.S." -> "united states")."""
    lex = lexicon()
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    if key.endswith(" 's") or key.endswith("'s"):
        key = key.rsplit("'s", 1)[0].strip()
    if key in lex.alias_to_canonical:
        return fold(lex.alias_to_canonical[key])
    if type == ActorType.ORGANIZATION:
        words = key.split()
        while len(words) > 1 and words[-1] in lex.org_suffixes:
            words.pop()
        key = " ".join(words)
        if key in lex.alias_to_canonical:
            return fold(lex.alias_to_canonical[key])
    return key
