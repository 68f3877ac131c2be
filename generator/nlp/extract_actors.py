"""Actors a reader can trust: cleaned, typed, grouped named mentions with roles and coreference.

``extract_actor_mentions(doc)`` turns spaCy's raw entities into ``ActorMention`` items:

1. candidates: entities with an actor label, cleaned (no leading article, possessive, trailing
   punctuation or numbers, no line breaks); company names hidden under other labels are kept
   when the lexicon lists them or the context says "company";
2. non-actors (``non_actors`` in ``patterns/actors.yml``, numbers, acronyms such as "AI") are
   dropped; sentences written in capitals (headlines, results tables) keep only names the rest
   of the document confirms, countries, datelines and sports-table teams;
3. names seen once are found again elsewhere in the document (also inside capital sentences);
4. mentions are grouped into actors (same name, alias table, acronyms, "Hewitt" for
   "Patricia Hewitt", "Journal" for "Wall Street Journal"), and each group gets one type by vote;
5. roles come from titles before a name and from appositions after it;
6. "he"/"she" and "the company"-style descriptions join an actor only when the choice is clear.

Spans never include a leading "the": "the Wall Street Journal" is "Wall Street Journal".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from generator.annotations import ActorMention
from generator.nlp.tokens import fronted_clause_subject, hyphen_end

PLACE_TYPES = ("place",)
PRODUCT = "product"  # internal: software, vehicles, programmes and studies are not actors
_DATE_LIKE = re.compile(r"^\d{1,4}([-/.]\d{1,2}){1,2}$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_SCORE_LIKE = re.compile(r"^\(?\d+([-/:.]\d+)*\)?$")
_LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those"}
_CONNECTORS = {"and", "of", "&", "-", "for"}


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor reads from ``generator/nlp/patterns``."""

    labels: dict[str, str]
    maybe_org_labels: frozenset[str]
    types: dict[str, str]  # folded name -> type
    non_actors: frozenset[str]
    org_cues: frozenset[str]
    org_verbs: frozenset[str]
    alias_to_canonical: dict[str, str]  # folded form -> canonical name
    parties: frozenset[str]  # folded canonical party names (type organization)
    countries: frozenset[str]  # folded
    demonyms: frozenset[str]  # folded
    sports_words: frozenset[str]
    sports_words_weak: frozenset[str]
    sports_verbs: frozenset[str]
    nominals: dict[str, tuple[str, ...]]
    org_suffixes: frozenset[str]
    honorifics: dict[str, str | None]
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


def fold(text: str) -> str:
    """Fold a name for comparison: accents, case, dots, apostrophes and spacing."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("’", "'").replace(".", "")
    text = re.sub(r"[^\w'&]+", " ", text)
    return " ".join(text.split())


def _read_pattern(name: str) -> str:
    return resources.files("generator.nlp.patterns").joinpath(name).read_text(encoding="utf-8")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the actor lexicons once (``actors.yml``, ``titles.txt``, ``countries.txt``)."""
    data: dict[str, Any] = yaml.safe_load(_read_pattern("actors.yml"))
    aliases: dict[str, str] = {}
    parties = data.get("parties") or {}
    for canonical, forms in [*(data.get("aliases") or {}).items(), *parties.items()]:
        aliases[fold(canonical)] = canonical
        for form in forms or ():
            aliases[fold(form)] = canonical
    titles = frozenset(t.lower() for t in _lines(_read_pattern("titles.txt")))
    return Lexicon(
        labels=dict(data["labels"]),
        maybe_org_labels=frozenset(data.get("maybe_org_labels", [])),
        types={fold(k): v for k, v in (data.get("types") or {}).items()},
        non_actors=frozenset(fold(x) for x in data.get("non_actors", [])),
        org_cues=frozenset(x.lower() for x in data.get("org_cues", [])),
        org_verbs=frozenset(x.lower() for x in data.get("org_verbs", [])),
        alias_to_canonical=aliases,
        parties=frozenset(fold(p) for p in parties),
        countries=frozenset(fold(x) for x in _lines(_read_pattern("countries.txt"))),
        demonyms=frozenset(fold(x) for x in data.get("demonyms", [])),
        sports_words=frozenset(x.lower() for x in data.get("sports_words", [])),
        sports_words_weak=frozenset(x.lower() for x in data.get("sports_words_weak", [])),
        sports_verbs=frozenset(x.lower() for x in data.get("sports_verbs", [])),
        nominals={k: tuple(v or ()) for k, v in (data.get("nominals") or {}).items()},
        org_suffixes=frozenset(x.lower() for x in data.get("org_suffixes", [])),
        honorifics={k.lower(): v for k, v in (data.get("honorifics") or {}).items()},
        place_heads=frozenset(x.lower() for x in data.get("place_heads", [])),
        org_heads=frozenset(x.lower() for x in data.get("org_heads", [])),
        place_verbs=frozenset(x.lower() for x in data.get("place_verbs", [])),
        titles=titles,
        caption_labels=frozenset(x.lower() for x in data.get("caption_labels", [])),
        event_heads=frozenset(x.lower() for x in data.get("event_heads", [])),
        kin_nouns=frozenset(x.lower() for x in data.get("kin_nouns", [])),
        product_heads=frozenset(x.lower() for x in data.get("product_heads", [])),
        product_nouns=frozenset(x.lower() for x in data.get("product_nouns", [])),
        product_classifiers=frozenset(x.lower() for x in data.get("product_classifiers", [])),
        department_words=frozenset(x.lower() for x in data.get("department_words", [])),
        press_heads=frozenset(x.lower() for x in data.get("press_heads", [])),
        org_classifiers=frozenset(x.lower() for x in data.get("org_classifiers", [])),
        numbered_names=frozenset(x.lower() for x in data.get("numbered_names", [])),
        possessive_name_words=frozenset(
            x.lower() for x in data.get("possessive_name_words", [])
        ),
        person_nouns=frozenset(x.lower() for x in data.get("person_nouns", [])),
        title_last_words=frozenset(t.split()[-1] for t in titles),
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
    if type == "organization":
        words = key.split()
        while len(words) > 1 and words[-1] in lex.org_suffixes:
            words.pop()
        key = " ".join(words)
        if key in lex.alias_to_canonical:
            return fold(lex.alias_to_canonical[key])
    return key


@dataclass
class _Cand:
    """A candidate named mention, in token offsets, while the extractor works on it."""

    start: int
    end: int
    type: str
    strong: bool = False  # type fixed by the lexicon or a reliable rule
    gpe: bool = False  # a country, city or region (may act as a state or a team)
    nested: bool = False  # inside a longer name ("Canada" in "Fan Expo Canada")
    in_title: bool = False  # part of a title, not an actor ("the Trade and Industry Secretary")
    titled: bool = False  # a person name after a title or honorific ("Prince Charles")
    sense: str | None = None
    votes: Counter = field(default_factory=Counter)
    group: int = -1
    role: str | None = None
    role_of: str | None = None
    role_span: tuple[int, int] | None = None


# ---------------------------------------------------------------- cleaning and typing


def _is_title_word(tok) -> bool:
    return tok.lower_.rstrip(".") in lexicon().title_last_words


def _clean_bounds(doc, start: int, end: int) -> tuple[int, int]:
    """Trim a token range to the name: no article, possessive, punctuation, numbers, breaks."""
    # Cut at a line break or a possessive marker inside the span; keep the longest part.
    parts: list[tuple[int, int]] = []
    s = start
    lex = lexicon()
    for i in range(start, end):
        tok = doc[i]
        if (
            (tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"))
            and start < i < end - 1
            and doc[i - 1].lower_ in lex.possessive_name_words
            and doc[i + 1].text[:1].isupper()
        ):
            continue  # "Korean People's Army", "New People's Party": one name
        if (tok.is_space and "\n" in tok.text) or tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"):
            parts.append((s, i))
            s = i + 1
        elif "\n" in tok.text_with_ws and i + 1 < end:
            parts.append((s, i + 1))
            s = i + 1
    parts.append((s, end))
    start, end = max(parts, key=lambda p: (doc[p[0] : p[1]].text.strip() != "", p[1] - p[0]))

    def droppable_left(tok) -> bool:
        return (
            tok.is_space
            or tok.is_punct
            or tok.lower_ in _LEADING_DROP
            or tok.tag_ == "PRP$"
            or bool(_SCORE_LIKE.match(tok.text))
        )

    def droppable_right(tok) -> bool:
        return (
            tok.is_space
            or (tok.is_punct and tok.text not in (")",))
            or tok.tag_ == "POS"
            or tok.lower_ in ("'s", "’s", "'", "’")
            or bool(_SCORE_LIKE.match(tok.text))
        )

    while start < end and droppable_left(doc[start]):
        start += 1
    while end > start and droppable_right(doc[end - 1]):
        end -= 1
    # A closing bracket only stays with its opening one.
    if end > start and doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    return start, end


def clean_entity_span(ent) -> tuple[int, int] | None:
    """Character offsets of an entity without article, possessive or punctuation (or None)."""
    start, end = _clean_bounds(ent.doc, ent.start, ent.end)
    if end <= start:
        return None
    return ent.doc[start].idx, ent.doc[end - 1].idx + len(ent.doc[end - 1])


def _strip_person_titles(doc, start: int, end: int) -> int:
    """Move the start of a person span past leading titles and honorifics."""
    lex = lexicon()
    while end - start > 1:
        low = doc[start].lower_.rstrip(".")
        if low in lex.honorifics or low in lex.title_last_words or low in lex.titles:
            start += 1
        else:
            break
    return start


def _plausible_name(doc, start: int, end: int) -> bool:
    """A name has a capitalised word, is not a number, and is not a listed non-actor."""
    lex = lexicon()
    if end <= start:
        return False
    span = doc[start:end]
    text = span.text
    if fold(text) in lex.non_actors or not any(ch.isalpha() for ch in text):
        return False
    first = span[0]
    if first.text[:1].islower() and ("-" in first.text or (len(span) > 1 and span[1].text == "-")):
        return False  # "pro-Beijing", "anti-Western": adjectives, not names
    if not any(t.text[:1].isupper() for t in span if t.is_alpha or "." in t.text):
        return False
    if all(t.like_num or not t.is_alpha for t in span if not t.is_punct):
        return len(text) > 2 and any(ch.isupper() for ch in text)
    return len(text) >= 2


def _org_context(doc, start: int, end: int, verbs: bool = True) -> bool:
    """True when the words around a span say it is a company or institution (``verbs``: also
    when it is the subject of a verb companies use, such as "announce" or "claim")."""
    lex = lexicon()
    span = doc[start:end]
    root = span.root
    if end < len(doc) and doc[end].lower_ in lex.org_cues:
        return True
    if end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].lower_ in lex.org_cues:
        return True
    head = root.head
    if root.dep_ in ("compound", "poss") and head.lower_ in lex.org_cues and head.i >= end:
        return True
    return verbs and root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in lex.org_verbs


def _base_type(doc, ent, start: int, end: int) -> tuple[str | None, bool]:
    """The actor type of a cleaned entity span and whether it is certain."""
    lex = lexicon()
    key = fold(doc[start:end].text)
    if key in lex.types:
        return lex.types[key], True
    if key in lex.countries:
        return "place", True
    canonical = lex.alias_to_canonical.get(key)
    if canonical is not None and fold(canonical) in lex.countries:
        return "place", True
    if canonical is not None and fold(canonical) in lex.parties:
        return "organization", True
    words = key.split()
    if words and all(w in lex.demonyms for w in words):
        return "group", True
    label = ent.label_
    mapped = lex.labels.get(label)
    span = doc[start:end]
    head = span.root.lower_
    if any(
        t.lower_ == "for" and t.i > start and doc[t.i - 1].lower_ in _CENTRES for t in span
    ):
        return "organization", True  # "Centre for Policy Studies" is an institution
    if end - start >= 2 or label != "PERSON":
        if head in lex.place_heads and label != "PERSON":
            return "place", True
        if head in lex.org_heads or (
            end - start >= 2 and head == doc[end - 1].lower_ and head in lex.press_heads
        ):
            return "organization", True
    prev = _prev_word(doc, start - 1)
    if (
        prev is not None
        and prev.lower_ in lex.org_classifiers
        and prev.pos_ == "NOUN"
        and prev.text.islower()
    ):
        return "organization", True  # "localist group Civic Passion", "the band Duran Duran"
    text = span.text.replace(".", "")
    if label in ("GPE", "LOC") and _org_context(doc, start, end, verbs=False):
        # Not a known country: a name that has officials, members or a spokesman is a body
        # ("Scientology officials"), whatever the model's label.
        return "organization", True
    if label == "PERSON" and end - start == 1 and text.isupper() and 2 <= len(text) <= 6:
        return "organization", True  # an acronym is not a person's name
    if (
        label in lex.maybe_org_labels
        and label not in ("PERSON", "GPE")
        and _org_context(doc, start, end)
    ):
        return "organization", True
    if label == "PERSON" and _org_context(doc, start, end) and end - start == 1:
        return "organization", False
    return mapped, False


def _caps_sentence_flags(doc) -> list[bool]:
    """Per token: is it in a sentence written (almost) entirely in capitals?"""
    flags = [False] * len(doc)
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha and len(t) > 1]
        upper = sum(1 for t in words if t.is_upper)
        if words and upper >= 0.6 * len(words) and (upper >= 2 or len(words[0]) > 3):
            for t in sent:
                flags[t.i] = True
    return flags


def _is_sports(doc) -> bool:
    """Is the document about sport (sport words, or a results table)?

    Words with everyday senses ("won", "points", "race", "goal") count only when at least two
    words that belong to sport alone ("match", "tournament", "football") vouch for them.
    """
    lex = lexicon()
    strong = sum(1 for t in doc if t.lower_ in lex.sports_words)
    weak = sum(1 for t in doc if t.lower_ in lex.sports_words_weak)
    scores = sum(1 for t in doc if "-" in t.text and _SCORE_LIKE.match(t.text))
    return (strong >= 2 and strong + weak >= 5) or (strong + weak >= 1 and scores >= 2)


def _next_word(doc, i: int):
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _prev_word(doc, i: int):
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _sports_team(doc, start: int, end: int) -> bool:
    """In a sports document: does this place name stand for a team (scores, "beat", "v")?"""
    lex = lexicon()
    prev = _prev_word(doc, start - 1)
    if prev is not None and prev.lower_ in ("in", "at", "from", "to", "near", "of", "into"):
        return False
    nxt = _next_word(doc, end)
    if (
        nxt is not None
        and (nxt.like_num or _SCORE_LIKE.match(nxt.text))
        and "\n" not in doc[end - 1].whitespace_
        and not _YEAR.match(nxt.text)  # "Fan Expo Canada 2016": a year, not a score
    ):
        return True
    if nxt is not None and nxt.lower_ in ("v", "v.", "vs", "vs."):
        return True
    if prev is not None and prev.lower_ in ("v", "v.", "vs", "vs."):
        return True
    root = doc[start:end].root
    return root.dep_ in ("nsubj", "dobj") and root.head.lemma_.lower() in lex.sports_verbs


# ---------------------------------------------------------------- candidates


def _dateline(doc, start: int, end: int) -> bool:
    """A capital place name opening a line and followed by a date or "(Agency)"."""
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and not (prev.is_space and "\n" in prev.text):
        return False
    nxt = _next_word(doc, end)
    return nxt is not None and (
        bool(_DATE_LIKE.match(nxt.text)) or nxt.text in ("(", "-", "--", "–", "—")
    )


_ADJ_PREFIXES = {"pro", "anti", "non", "pan"}
_CENTRES = {"centre", "center"}  # "Centre for Social Evolution": an institution, not a building


def _prefix_adjective_end(doc, start: int, end: int) -> int:
    """End of a leading "Pro-Beijing"/"Pan-democrat" adjective at ``start`` (else ``start``)."""
    if (
        end - start > 3
        and doc[start].lower_ in _ADJ_PREFIXES
        and doc[start + 1].text == "-"
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
    ):
        return start + 3
    return start


def _entity_parts(doc, ent) -> list[tuple[int, int]]:
    """Cleaned token ranges of one entity: split at "/" ("Brown/Blair"), cut before an
    unclosed bracket ("World Health Organisation (WHO"), without a caption label ("Image:")
    or a leading "pro-"-style adjective."""
    lex = lexicon()
    start, end = _clean_bounds(doc, ent.start, ent.end)
    if end <= start:
        return []
    # A name right after an attached "pro-"/"anti-" is part of an adjective ("pro-Beijing").
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].lower_ in _ADJ_PREFIXES
    ):
        return []
    start = _prefix_adjective_end(doc, start, end)
    pieces: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        inner_the = (
            doc[i].text == "the" and i > s and doc[i - 1].lower_ not in _CONNECTORS | {"to", "on"}
        )  # "told the Independent the Tories' plans": two names
        if (
            inner_the
            or doc[i].text in ("/", "|")
            or (doc[i].text == "(" and ")" not in doc[i:end].text)
        ):
            pieces.append((s, i))
            s = i + 1
    pieces.append((s, end))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        a, b = _clean_bounds(doc, a, b)
        # A caption label glued to the name by the model ("Washington D.C. Image: ...").
        if b - a >= 2 and doc[b - 1].lower_ in lex.caption_labels and b < len(doc) and (
            doc[b].text == ":"
        ):
            b -= 1
        if b > a:
            out.append((a, b))
    return out


@dataclass(frozen=True)
class _Label:
    """A stand-in entity label for spans the extractor builds itself."""

    label_: str


_DEPARTMENT = _Label("ORG")
# Heads of a government department's name, which can go on with "and" ("Department for
# Education and Skills"; not "the Licensed Taxi Drivers Association and Pointsec").
_NAMED_BODIES = frozenset({"department", "ministry", "office"})


def _for_complement_end(doc, ent) -> int:
    """End of a "for ..." complement that belongs to an organization's name ("Centre for
    Policy Studies", "Andy Warhol Foundation for the Visual Arts"), else the entity's end."""
    lex = lexicon()
    end = ent.end
    if ent.label_ != "ORG" or (
        doc[end - 1].lower_ not in lex.org_heads and doc[end - 1].lower_ not in _CENTRES
    ):
        return end
    i = end
    if i >= len(doc) or doc[i].lower_ != "for":
        return end
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    stop = end
    while i < len(doc):
        tok = doc[i]
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start:
            i += 1
            stop = i
        elif tok.lower_ in ("of", "and", "&", "the") and stop > end:
            i += 1
        else:
            break
    return stop


def _merged_entities(doc) -> list[tuple[int, int, Any]]:
    """The model's entities, with neighbours joined when together they are a known name
    ("Liberal" + "Democrat" = "Liberal Democrat")."""
    lex = lexicon()
    ents = list(doc.ents)
    out: list[tuple[int, int, Any]] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if (
            ent.label_ in ("GPE", "LOC")
            and ent.start >= 1
            and doc[ent.start - 1].lower_ in lex.department_words
            and doc[ent.start - 1].text[:1].isupper()
            and not doc[ent.start - 1].ent_type_
            and _is_country(doc, ent.start, ent.end)
        ):
            # "Environment Canada", "Statistics Canada": a government department.
            out.append((ent.start - 1, ent.end, _DEPARTMENT))
            i += 1
            continue
        stop = _for_complement_end(doc, ent)
        if stop > ent.end:
            # "Joint Council for the Welfare of Immigrants": one name, whatever the model cut.
            out.append((ent.start, stop, ent))
            i += 1
            while i < len(ents) and ents[i].start < stop:
                i += 1
            continue
        if i + 1 < len(ents) and ents[i + 1].start == ent.end:
            joined = fold(doc[ent.start : ents[i + 1].end].text)
            if joined in lex.alias_to_canonical or joined in lex.types:
                out.append((ent.start, ents[i + 1].end, ents[i + 1]))
                i += 2
                continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and nxt.start == ent.end + 1
            and doc[ent.end].lower_ in ("and", "&")
            and nxt.end - nxt.start == 1
            and doc[ent.start : ent.end].root.lower_ in _NAMED_BODIES
        ):
            # "the Department for Education and Skills": the model cut the name at "and"
            out.append((ent.start, nxt.end, ent))
            i += 2
            continue
        start = ent.start
        if (
            ent.label_ == "ORG"
            and start >= 3
            and doc[start - 1].lower_ == "and"
            and doc[start - 2].is_title
            and doc[start - 2].is_alpha
            and not doc[start - 2].ent_type_
            and doc[start - 3].lower_ == "the"
            and doc[ent.end - 1].lower_ in lex.org_heads
        ):
            start -= 2  # "The Public and Commercial Services Union": the model left "Public"
        out.append((start, ent.end, ent))
        i += 1
    return out


def _demonym_modifier(doc, start: int, end: int) -> bool:
    """A nationality or religion used as an adjective ("British troops"), not as a group."""
    root = doc[start:end].root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.i >= end and (
        root.head.pos_ in ("NOUN", "PROPN")
    )


def _initial_candidates(doc) -> tuple[list[_Cand], list[bool]]:
    """Cleaned, typed candidates from the model's entities."""
    lex = lexicon()
    caps = _caps_sentence_flags(doc)
    cands: list[_Cand] = []
    for ent_start, ent_end, ent in _merged_entities(doc):
        if ent.label_ not in lex.labels and ent.label_ not in lex.maybe_org_labels:
            continue
        for start, end in _entity_parts(doc, doc[ent_start:ent_end]):
            cand = _candidate(doc, ent, start, end)
            if cand is not None:
                cands.append(cand)
    return _join_first_names(doc, _people_named_like_places(doc, cands)), caps


def _person_evidence(doc, start: int, end: int) -> bool:
    """Does the sentence treat this name as a person ("X was born in", "X's father",
    "X, an Australian woman")?"""
    lex = lexicon()
    root = doc[start:end].root
    prev = _prev_word(doc, start - 1)
    if prev is not None and prev.lower_ == "the":
        return False  # "the Guardian's agony aunt": a name with an article is not a person's
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() == "bear":
        return True
    if root.dep_ == "poss" and root.head.lemma_.lower() in lex.kin_nouns:
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an"):
        for tok in doc[end + 2 : end + 6]:
            if tok.is_punct:
                break
            if tok.lemma_.lower() in lex.person_nouns or tok.lemma_.lower() in lex.kin_nouns:
                return True
    return False


def _people_named_like_places(doc, cands: list[_Cand]) -> list[_Cand]:
    """A name the model reads as a place or a body that the text treats as a person (born, has
    a father, is "an Australian woman") is a person everywhere in the document ("Valeska
    Paris")."""
    people = {
        fold(doc[c.start : c.end].text)
        for c in cands
        if c.type in ("place", "organization")
        and not c.strong
        and not _is_country(doc, c.start, c.end)
        and _person_evidence(doc, c.start, c.end)
    }
    if not people:
        return cands
    for c in cands:
        if (
            c.type in ("place", "organization")
            and not c.strong
            and fold(doc[c.start : c.end].text) in people
        ):
            c.type, c.gpe, c.votes = "person", False, Counter({"person": 2})
    return cands


def _candidate(doc, ent, start: int, end: int) -> _Cand | None:
    """A typed candidate for the cleaned range of an entity (or None when it is no actor)."""
    if not _plausible_name(doc, start, end):
        return None
    # Hyphenated names the tokenizer cut ("Wong Kwok" + "-hing"), not "UK-based".
    end = hyphen_end(doc, end, lambda tok: tok.pos_ == "PROPN" or tok.text[:1].isupper())
    if doc[start:end].root.lower_ in lexicon().event_heads and end - start >= 2:
        return None  # "Conservative Party Conference", "Lantern Festival": events, not actors
    typ, strong = _base_type(doc, ent, start, end)
    if typ is None:
        return None
    if typ == "group" and _demonym_modifier(doc, start, end):
        return None
    nxt = doc[end] if end < len(doc) else None
    if (
        typ == "organization"
        and not strong
        and end - start == 1
        and nxt is not None
        and nxt.lower_ in ("secretary", "minister", "ministers", "secretaries")
    ):
        return None  # "Home" of "Home Secretary": a portfolio in a title, not the ministry
    cand = _Cand(start, end, typ, strong)
    if typ == "person":
        cand.start = _strip_person_titles(doc, start, end)
        cand.titled = cand.start > start or (
            start > 0 and _is_title_word(doc[start - 1])
        )
    cand.gpe = typ == "place" and (ent.label_ == "GPE" or _is_country(doc, start, end))
    cand.votes[typ] += 3 if strong else 1
    return cand


def _is_country(doc, start: int, end: int) -> bool:
    lex = lexicon()
    key = fold(doc[start:end].text)
    canonical = lex.alias_to_canonical.get(key)
    return key in lex.countries or (canonical is not None and fold(canonical) in lex.countries)


def _join_first_names(doc, cands: list[_Cand]) -> list[_Cand]:
    """Join a one-word non-person the model cut off a person's name ("Dries" + "Mertens")."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.type == "person"
            and prev.end == c.start
            and prev.end - prev.start == 1
            and not prev.strong
            and prev.type in ("organization", "place")
            and doc[prev.start].is_title
            and doc[prev.start].whitespace_ == " "
        ):
            c.start = prev.start
            out[-1] = c
        else:
            out.append(c)
    return out


def _names_from(doc, cands: Iterable[_Cand], caps: list[bool]) -> dict[str, Counter]:
    """Folded names seen in mixed-case text, with their type votes."""
    names: dict[str, Counter] = {}
    for c in cands:
        if caps[c.start]:
            continue
        names.setdefault(fold(doc[c.start : c.end].text), Counter()).update(c.votes)
    return names


def _resolve_caps(doc, cands: list[_Cand], caps: list[bool], sports: bool) -> list[_Cand]:
    """Keep a capital-sentence entity only when something else vouches for it."""
    lex = lexicon()
    known = _names_from(doc, cands, caps)
    kept: list[_Cand] = []
    for c in cands:
        if not caps[c.start]:
            kept.append(c)
            continue
        key = fold(doc[c.start : c.end].text)
        if key in known:
            c.votes = Counter(known[key])
            c.type = c.votes.most_common(1)[0][0]
            kept.append(c)
        elif c.strong:
            kept.append(c)
        elif sports and c.type in ("place", "organization") and _sports_team(doc, c.start, c.end):
            c.type, c.votes = "organization", Counter({"organization": 2})
            kept.append(c)
        elif c.type == "place" and _dateline(doc, c.start, c.end):
            c.strong, c.votes = True, Counter({"place": 3})
            kept.append(c)
        elif key in lex.alias_to_canonical:
            kept.append(c)
    return kept


def _find_more(doc, cands: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """Find known names again where the model missed them (also in capital sentences)."""
    lex = lexicon()
    taken = [False] * (len(doc) + 1)
    for c in cands:
        for i in range(c.start, c.end):
            taken[i] = True
    known = _names_from(doc, cands, caps)
    surnames: dict[str, Counter] = {}
    for c in cands:
        if c.type == "person" and c.end - c.start >= 2 and not caps[c.start]:
            last = doc[c.end - 1]
            if last.is_alpha and len(last) > 2 and last.is_title and not _glued(doc, c.end - 1):
                surnames.setdefault(last.lower_, Counter())["person"] += 1
    for key in lex.countries:
        known.setdefault(key, Counter({"place": 3}))
    for key, typ in lex.types.items():
        if typ in ("person", "organization", "place", "group"):
            known.setdefault(key, Counter({typ: 3}))
    by_first: dict[str, list[tuple[str, int]]] = {}
    for key in known:
        words = key.split()
        by_first.setdefault(words[0], []).append((key, len(words)))
    token_lengths: dict[str, set[int]] = {}
    for c in cands:
        token_lengths.setdefault(fold(doc[c.start : c.end].text), set()).add(c.end - c.start)
    added: list[_Cand] = []
    blocked = {
        t.i
        for t in doc
        if t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT")
        # "Mr Tellier" tagged DATE: after an honorific it is a name
        and not (t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in lex.honorifics)
    }
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if taken[i] or tok.is_space or not tok.text[:1].isupper() or i in blocked:
            i += 1
            continue
        match = None
        if _glued(doc, i, "before"):
            i += 1
            continue
        for key, length in sorted(by_first.get(fold(tok.text), []), key=lambda kv: -kv[1]):
            # Token lengths seen for this name ("Kilroy-Silk" is three tokens), else its words.
            ends = [i + k for k in sorted(token_lengths.get(key, {length}), reverse=True)]
            end = next((e for e in ends if e <= n and fold(doc[i:e].text) == key), None)
            if end is None or any(taken[j] for j in range(i, end)):
                continue
            if _glued(doc, end - 1, "after"):
                continue  # "Kilroy" in "Kilroy-Silk": part of a longer hyphenated word
            if not caps[i] and not all(
                t.text[:1].isupper() or t.lower_ in _CONNECTORS for t in doc[i:end]
            ):
                continue
            if length == 1 and not caps[i] and tok.pos_ != "PROPN":
                continue
            match = (end, known[key])
            break
        if match is None and not caps[i] and tok.lower_ in surnames and tok.pos_ == "PROPN":
            nxt = doc[i + 1] if i + 1 < n else None
            if nxt is None or not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
                match = (i + 1, surnames[tok.lower_])
        if match is not None:
            end, votes = match
            typ = votes.most_common(1)[0][0]
            cand = _Cand(i, end, typ, votes[typ] >= 3)
            cand.gpe = typ == "place"
            cand.votes = Counter(votes)
            added.append(cand)
            for j in range(i, end):
                taken[j] = True
            i = end
        else:
            i += 1
    return sorted(cands + added, key=lambda c: c.start)


def _glued(doc, i: int, side: str = "either") -> bool:
    """Is token ``i`` joined by a hyphen (no spaces) to the word before or after it?"""
    before = i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 2].whitespace_ and (
        not doc[i - 1].whitespace_
    )
    after = i + 2 < len(doc) and doc[i + 1].text in ("-", "–") and not doc[i].whitespace_ and (
        not doc[i + 1].whitespace_
    )
    return {"before": before, "after": after}.get(side, before or after)


def _nested(doc, cands: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """Names inside longer names ("Canada" in "Fan Expo Canada") known as actors of their own."""
    known = _names_from(doc, cands, caps)
    known_types: dict[str, str] = {k: v.most_common(1)[0][0] for k, v in known.items()}
    added: list[_Cand] = []
    for c in cands:
        if c.end - c.start < 2 or c.type not in ("organization", "place"):
            continue
        if c.end - c.start == 2 and doc[c.start].lower_ in lexicon().department_words:
            continue  # "Canada" in "Environment Canada" is not the country acting
        full = fold(doc[c.start : c.end].text)
        best: tuple[int, int, str] | None = None
        for i in range(c.start, c.end):
            if not doc[i].text[:1].isupper() or _glued(doc, i, "before"):
                continue
            for j in range(c.end, i, -1):
                if (i, j) == (c.start, c.end) or j - i > 4 or doc[j - 1].is_punct:
                    continue
                if _glued(doc, j - 1, "after"):
                    continue
                key = fold(doc[i:j].text)
                typ = known_types.get(key)
                if typ is None and _is_country(doc, i, j):
                    typ = "place"
                if typ in ("person", "place") and key != full:
                    best = (i, j, typ)
                    break
            if best:
                break
        if best:
            i, j, typ = best
            inner = _Cand(i, j, typ, gpe=typ == "place", nested=True)
            inner.votes[typ] += 1
            added.append(inner)
    return added


_VERSION = re.compile(r"^[A-Z]{2,}\d{1,2}$")  # "IE6", "PS3": a product and its version


def _version_after(doc, end: int) -> bool:
    """A version number right after a name ("Internet Explorer 6", "Windows 7")."""
    if end >= len(doc) or "\n" in doc[end - 1].whitespace_ or not doc[end].like_num:
        return False
    text = doc[end].text
    if not text.replace(".", "").isdigit() or len(text.split(".")[0]) > 2:
        return False  # "Fan Expo Canada 2016": a year
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return nxt is None or not (nxt.is_alpha and nxt.is_lower)  # "Studio 54 members"


def _is_product(doc, c: _Cand, sports: bool) -> bool:
    """Does the name itself say it is a product, a vehicle, software or a programme (not an
    actor)? "Space Shuttle Program", "Space Shuttle Enterprise", "the cruise ship Freewinds",
    "Internet Explorer 9", "IE6"."""
    lex = lexicon()
    span = doc[c.start : c.end]
    words = [t.lower_ for t in span]
    if words[-1] in lex.product_heads:
        return True
    if words[-1] not in lex.place_heads and words[-1] not in lex.org_heads and any(
        w in lex.product_classifiers for w in words[:-1]
    ):
        return True
    if len(span) == 1 and _VERSION.match(span.text):
        return True
    if (
        not sports
        and _version_after(doc, c.end)
        and words[-1] not in lex.org_heads
        and words[-1] not in lex.numbered_names
    ):
        return True
    prev = _prev_word(doc, c.start - 1)
    return prev is not None and prev.lower_ in lex.product_classifiers and prev.pos_ == "NOUN"


def _product_modifier(doc, c: _Cand) -> bool:
    """Is the name a modifier of a product noun ("the NEMISIS database", "the IE9 browser")?
    Only a hint: "the Scientology blog" may be the blog of an organization."""
    lex = lexicon()
    root = doc[c.start : c.end].root
    head = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and head.i >= c.end
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in lex.product_nouns
        and all(not t.is_punct for t in doc[c.end : head.i])
    )


def _mark_products(doc, cands: list[_Cand], sports: bool) -> None:
    """Type as products the names that say they are software, vehicles or programmes (a strong
    type: the whole actor follows in the vote and is not shown); a name that modifies a product
    noun only votes for it, so an organization named often elsewhere stays one."""
    lex = lexicon()
    for c in cands:
        if c.type not in ("organization", "place", "person") or c.nested:
            continue
        key = fold(doc[c.start : c.end].text)
        if key in lex.types or key in lex.alias_to_canonical or key in lex.countries:
            continue
        if _is_product(doc, c, sports):
            c.type, c.strong, c.gpe = PRODUCT, True, False
            c.votes = Counter({PRODUCT: 3})
        elif c.type != "person" and not c.strong and _product_modifier(doc, c):
            c.votes[PRODUCT] += 2


# ---------------------------------------------------------------- grouping


def _initials(doc, c: _Cand) -> str:
    return "".join(
        t.text[0].lower()
        for t in doc[c.start : c.end]
        if t.is_alpha and t.text[0].isupper() and t.lower_ not in ("of", "the", "and", "for")
    )


class _Groups:
    """Union-find over candidate indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The representative of ``i``'s group."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Put ``a`` and ``b`` in one group (the earlier index represents it)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _group(doc, cands: list[_Cand], sports: bool) -> list[int]:
    """Group candidates into actors; returns the representative index of each candidate."""
    lex = lexicon()
    groups = _Groups(len(cands))
    keys = [fold(doc[c.start : c.end].text) for c in cands]
    alias_keys = [
        fold(lex.alias_to_canonical[k]) if k in lex.alias_to_canonical else k for k in keys
    ]
    original = [c.type for c in cands]

    def union_by_key(skip: set[str]) -> None:
        first_by_key: dict[str, int] = {}
        for i, k in enumerate(alias_keys):
            if k in skip:
                continue
            if k in first_by_key:
                groups.union(first_by_key[k], i)
            else:
                first_by_key[k] = i

    def vote_types() -> None:
        members: dict[int, list[int]] = {}
        for i in range(len(cands)):
            members.setdefault(groups.find(i), []).append(i)
        for idxs in members.values():
            strong = Counter()
            votes = Counter()
            for i in idxs:
                votes.update(cands[i].votes)
                if cands[i].strong:
                    strong[original[i]] += 1
            if sports and votes["organization"] >= 2 and "place" in votes and not strong["place"]:
                typ = "organization"
            elif strong:
                typ = strong.most_common(1)[0][0]
            else:
                typ = votes.most_common(1)[0][0]
            for i in idxs:
                cands[i].type = typ

    def union_brackets() -> None:
        # "Kennedy Space Center (KSC)": an acronym in brackets right after a name is that name.
        for i, c in enumerate(cands):
            text = doc[c.start : c.end].text.replace(".", "")
            if i == 0 or c.end - c.start != 1 or not text.isupper() or len(text) < 2:
                continue
            prev = cands[i - 1]
            if (
                c.start >= 1
                and doc[c.start - 1].text == "("
                and prev.end == c.start - 1
                and _initials(doc, prev).startswith(text.lower()[:1])
            ):
                groups.union(i - 1, i)
                original[i] = original[i - 1] if cands[i - 1].strong else original[i]
                c.votes = Counter(prev.votes)

    union_by_key(set())
    union_brackets()
    vote_types()

    # People: a one-word name ("Hewitt", "Kilroy-Silk", "Xi") joins the full name it is part
    # of. Its surname reading wins over a first-name reading; a first name joins only the one
    # full name it starts, and never after a title ("Prince Charles" is not "Charles Kennedy").
    # When several people share the word, each mention joins the nearest one before it and the
    # full names stay apart ("Howard" never makes "Michael Howard" and "Howard Flight" one).
    words = [tuple(fold(w) for w in doc[c.start : c.end].text.split()) for c in cands]
    full_names: list[int] = [
        i for i, c in enumerate(cands) if c.type == "person" and len(words[i]) >= 2
    ]
    titled_keys = {keys[i] for i, c in enumerate(cands) if c.titled}
    options_of: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if len(words[i]) != 1 or c.type not in ("person", "organization", "place"):
            continue
        if c.strong and c.type != "person":
            continue
        word = words[i][0]
        surname = [j for j in full_names if words[j][-1] == word]
        options = surname
        if not options and c.type == "person" and keys[i] not in titled_keys:
            first = [j for j in full_names if words[j][0] == word]
            if len({alias_keys[j] for j in first}) == 1:
                options = first
        if options:
            options_of[i] = options
    ambiguous = {
        keys[i] for i, opts in options_of.items() if len({alias_keys[j] for j in opts}) > 1
    }
    if ambiguous:
        groups = _Groups(len(cands))
        union_by_key({alias_keys[i] for i in options_of if keys[i] in ambiguous})
        union_brackets()
        vote_types()
    for i, options in options_of.items():
        c = cands[i]
        if keys[i] in ambiguous:
            before = [j for j in options if cands[j].start < c.start]
            if not before:
                continue
            target = max(before, key=lambda j: cands[j].start)
        else:
            target = options[0]
        c.type = "person"
        groups.union(target, i)
    # Longer person names that contain a shorter full name ("Patricia Anne Hewitt").
    for a in full_names:
        for b in full_names:
            ka, kb = words[a], words[b]
            if len(ka) < len(kb) and ka[0] == kb[0] and ka[-1] == kb[-1]:
                groups.union(a, b)

    # Organizations: acronyms of a longer name, and a last word standing for the whole.
    orgs = [i for i, c in enumerate(cands) if c.type == "organization" and c.end - c.start >= 2]
    for i, c in enumerate(cands):
        if c.type != "organization" or c.end - c.start != 1:
            continue
        if keys[i] in lex.alias_to_canonical:
            continue  # "Tories" is the party, not "Arundel and South Downs Tories"
        text = doc[c.start].text.replace(".", "")
        if text.isupper() and len(text) >= 2:
            options = {groups.find(j) for j in orgs if _initials(doc, cands[j]) == text.lower()}
        else:
            options = {
                groups.find(j)
                for j in orgs
                if keys[j].split()[-1] == keys[i] or keys[j].split()[0] == keys[i]
            }
        if len(options) == 1:
            groups.union(options.pop(), i)
    return [groups.find(i) for i in range(len(cands))]


def _canonical_names(doc, cands: list[_Cand], reps: list[int]) -> dict[int, str]:
    """The name readers see for each group: alias canonical, else the longest form."""
    lex = lexicon()
    best: dict[int, tuple[tuple[int, int, int], str]] = {}
    for c, rep in zip(cands, reps, strict=True):
        text = doc[c.start : c.end].text
        canonical = lex.alias_to_canonical.get(fold(text))
        if canonical is not None:
            score = (1, len(canonical.split()), len(canonical))
            name = canonical
        else:
            caps_only = text.isupper() and len(text) > 4
            score = (0 if not caps_only else -1, c.end - c.start, len(text))
            name = text
        if rep not in best or score > best[rep][0]:
            best[rep] = (score, name)
    return {rep: name for rep, (_, name) in best.items()}


def _assign_senses(doc, cands: list[_Cand], reps: list[int], sports: bool) -> None:
    """Mark countries and cities that act (as a state, or as a team in sport) as organizations."""
    lex = lexicon()
    teams: set[int] = set()
    for k, c in enumerate(cands):
        if not c.gpe or c.type != "place":
            continue
        tok = doc[c.start : c.end].root
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        acting = (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() not in lex.place_verbs
        )
        # A state acts; a city or region that is the subject of a verb is still a place
        # ("Houston has played a critical role"), and a name inside a longer name never acts.
        # A country that owns something ("Malaysia's Prime Minister", "Afghanistan's response")
        # stays a place: GUM news and interviews both read most possessor countries so.
        if acting and not c.nested and _is_country(doc, c.start, c.end):
            c.sense = "organization"
        if sports and not c.nested and (acting or _sports_team(doc, c.start, c.end)):
            teams.add(reps[k])
    for k, c in enumerate(cands):
        if reps[k] in teams and c.gpe and c.type == "place":
            c.sense = "organization"


# ---------------------------------------------------------------- roles


def _title_before(doc, start: int, cand_at_end: dict[int, int]) -> tuple[int, int] | None:
    """Token range of a title right before a name ("Trade and Industry Secretary")."""
    lex = lexicon()
    i = start - 1
    if i < 0 or not _is_title_word(doc[i]) or doc[i].lower_.rstrip(".") in lex.honorifics:
        return None
    end = i + 1
    # Longest multi-word title from the lexicon ending here.
    begin = i
    for size in (4, 3, 2):
        s = end - size
        if s >= 0 and " ".join(t.lower_ for t in doc[s:end]) in lex.titles:
            begin = s
            break
    # Capitalised words (and "and"/"of" between them) to the left belong to the title.
    j = begin - 1
    while j >= 0 and j not in cand_at_end and not doc[j].is_space:
        tok = doc[j]
        capitalised = tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start
        joiner = tok.lower_ in ("and", "of", "&") and j >= 1 and doc[j - 1].text[:1].isupper()
        if capitalised or joiner:
            begin = j
        elif tok.is_sent_start and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
            begin = j
            break
        else:
            break
        j -= 1
    while begin < end and doc[begin].lower_ in ("and", "of", "&"):
        begin += 1
    return begin, end


def _title_after(doc, end: int, cand_at_start: dict[int, int]) -> tuple[int, int, int] | None:
    """An apposition ", chief executive of" after a name: (title start, end, next token)."""
    lex = lexicon()
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    if i in cand_at_start:  # "Tim Cook, Apple's chief executive"
        j = cand_at_start[i]
        if j < len(doc) and doc[j].tag_ == "POS":
            i = j + 1
    begin = i
    last_title = None
    while i < len(doc) and i - begin < 6:
        tok = doc[i]
        if (
            tok.is_punct
            or tok.lower_ in ("of", "at", "for", "with", "who", "said")
            or (i in cand_at_start)
        ):
            break
        if not (tok.is_alpha or "-" in tok.text):
            break
        if _is_title_word(tok) and tok.lower_.rstrip(".") not in lex.honorifics:
            last_title = i
        i += 1
    if last_title is None or last_title + 1 != i:
        return None
    return begin, i, i


def _assign_roles(doc, cands: list[_Cand], reps: list[int], names: dict[int, str]) -> None:
    """Fill ``role``/``role_of`` of person mentions from titles around them."""
    cand_at_end = {c.end - 1: k for k, c in enumerate(cands) if not c.nested}
    cand_at_start = {c.start: c.end for c in cands if not c.nested}
    start_index = {c.start: k for k, c in enumerate(cands) if not c.nested}

    def owner(k: int) -> str | None:
        c = cands[k]
        return names[reps[k]] if c.type in ("organization", "place") else None

    for c in cands:
        if c.type != "person" or c.nested:
            continue
        found = _title_before(doc, c.start, cand_at_end)
        if found is not None:
            b, e = found
            c.role, c.role_span = doc[b:e].text, (doc[b].idx, doc[e - 1].idx + len(doc[e - 1]))
            j = b - 1
            if j >= 0 and doc[j].tag_ == "POS":
                j -= 1
            if j in cand_at_end:
                k = cand_at_end[j]
                before = cands[k].start - 1
                portfolio = j == b - 1 and not cands[k].strong and not cands[k].gpe
                if portfolio and (
                    (before >= 0 and doc[before].lower_ in ("the", "a", "an"))
                    or cands[k].end - cands[k].start == 1
                ):
                    # "the Trade and Industry Secretary": a portfolio, not an owner.
                    cands[k].in_title = True
                    b = cands[k].start
                    c.role = doc[b:e].text
                    c.role_span = (doc[b].idx, doc[e - 1].idx + len(doc[e - 1]))
                else:
                    c.role_of = owner(k)
            continue
        after = _title_after(doc, c.end, cand_at_start)
        if after is None:
            continue
        b, e, nxt = after
        c.role, c.role_span = doc[b:e].text, (doc[b].idx, doc[e - 1].idx + len(doc[e - 1]))
        # "Apple's chief executive": the owner stands before the title.
        if b - 1 >= 0 and doc[b - 1].tag_ == "POS" and (b - 2) in cand_at_end:
            c.role_of = owner(cand_at_end[b - 2])
        elif nxt < len(doc) and doc[nxt].lower_ in ("of", "at", "for"):
            k = nxt + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k in start_index:
                c.role_of = owner(start_index[k])


# ---------------------------------------------------------------- coreference


def _sentence_index(doc) -> list[int]:
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for t in sent:
            index[t.i] = n
    return index


def _genders(doc, cands: list[_Cand], reps: list[int]) -> dict[int, str]:
    """Gender of person groups, from honorifics before their names ("Ms Hewitt")."""
    lex = lexicon()
    out: dict[int, str] = {}
    for c, rep in zip(cands, reps, strict=True):
        if c.type == "person" and c.start > 0:
            g = lex.honorifics.get(doc[c.start - 1].lower_.rstrip("."))
            if g:
                out.setdefault(rep, g)
    return out


def _quoted_tokens(doc) -> list[bool]:
    """For each token, whether it lies inside a direct quote."""
    from generator.nlp.claims import find_quotes

    out = [False] * len(doc)
    for start, end in find_quotes(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                out[i] = True
    return out


def _resolve_pronouns(
    doc, cands: list[_Cand], reps: list[int], sent_of: list[int]
) -> list[tuple[int, int, int, str]]:
    """(token start, token end, group rep, kind) for he/she and "the company" mentions."""
    lex = lexicon()
    genders = _genders(doc, cands, reps)
    persons = [
        (c.start, reps[k]) for k, c in enumerate(cands) if c.type == "person" and not c.nested
    ]
    orgs = [
        (c.start, reps[k], k)
        for k, c in enumerate(cands)
        if c.type == "organization" and not c.nested
    ]
    sent_starts = [s.start for s in doc.sents]
    quoted = _quoted_tokens(doc)
    subjects: dict[int, int] = {}  # sentence -> group of its person subject
    for k, c in enumerate(cands):
        root = doc[c.start : c.end].root
        subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"
        if c.type == "person" and subject and not quoted[c.start]:
            subjects.setdefault(sent_of[c.start], reps[k])
    out: list[tuple[int, int, int, str]] = []
    for tok in doc:
        low = tok.lower_
        s = sent_of[tok.i]
        if low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            gender = "m" if low == "he" else "f"
            # '"… The tackle on Heinze was terrible," he said': a name inside a quote is not
            # what a pronoun outside it stands for
            heard = [(st, g) for st, g in persons if quoted[tok.i] or not quoted[st]]
            ahead = fronted_clause_subject(tok)
            forward = None
            if ahead is not None:  # "Asked why he …, Lord Butler said"
                forward = next(
                    (reps[k] for k, c in enumerate(cands)
                     if c.type == "person" and c.start <= ahead.i < c.end),
                    None,
                )  # fmt: skip
            if forward is not None and genders.get(forward, gender) == gender:
                genders.setdefault(forward, gender)
                out.append((tok.i, tok.i + 1, forward, "pronoun"))
                continue
            window_start = sent_starts[max(0, s - 1)]
            found: list[int] = []
            back = s
            while back >= 0 and back >= s - 3:
                window_start = sent_starts[back]
                found = [g for st, g in heard if window_start <= st < tok.i]
                if found:
                    break
                back -= 1
            options = {g for g in found if genders.get(g, gender) == gender}
            chosen = None
            if len(options) == 1:
                chosen = options.pop()
            elif (
                len(options) > 1
                and tok.i == sent_starts[s]
                and s - 1 in subjects
                and subjects[s - 1] in options
                and not any(sent_starts[s] <= st < tok.i for st, _ in heard)
            ):
                chosen = subjects[s - 1]
            if chosen is not None:
                genders.setdefault(chosen, gender)  # later "she" will not join a "he"
                out.append((tok.i, tok.i + 1, chosen, "pronoun"))
        elif low == "the" and tok.i + 1 < len(doc):
            noun = doc[tok.i + 1]
            if noun.lower_ not in lex.nominals or noun.tag_ not in ("NN",):
                continue
            nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            if nxt is not None and (nxt.lower_ in ("of", "'s") or nxt.pos_ in ("NOUN", "PROPN")):
                continue
            need = lex.nominals[noun.lower_]
            window_start = sent_starts[max(0, s - 2)]
            recent = [(st, g, k) for st, g, k in orgs if window_start <= st < tok.i]
            if need:
                recent = [
                    r
                    for r in recent
                    if any(w in doc[cands[r[2]].start : cands[r[2]].end].text for w in need)
                ]
            if len({g for _, g, _ in recent}) == 1:  # only when one organization fits
                out.append((tok.i, tok.i + 2, recent[-1][1], "nominal"))
    return out


# ---------------------------------------------------------------- the function


def extract_actor_mentions(doc) -> list[ActorMention]:
    """Cleaned, typed and grouped actor mentions of one article body, sorted by span."""
    cands, caps = _initial_candidates(doc)
    sports = _is_sports(doc)
    if sports:
        for c in cands:
            if c.type == "place" and not c.strong and _sports_team(doc, c.start, c.end):
                c.type = "organization"
                c.votes["organization"] += 2
    cands = _resolve_caps(doc, cands, caps, sports)
    cands = _find_more(doc, cands, caps)
    cands = sorted(cands + _nested(doc, cands, caps), key=lambda c: (c.start, -c.end))
    if not cands:
        return []
    _mark_products(doc, cands, sports)
    reps = _group(doc, cands, sports)
    names = _canonical_names(doc, cands, reps)
    _assign_senses(doc, cands, reps, sports)
    _assign_roles(doc, cands, reps, names)
    sent_of = _sentence_index(doc)
    group_ids: dict[int, int] = {}
    shown = {
        rep
        for c, rep in zip(cands, reps, strict=True)
        if not c.in_title and cands[rep].type != PRODUCT
    }
    for rep in sorted(shown, key=lambda r: cands[r].start):
        group_ids[rep] = len(group_ids)
    type_of = {rep: cands[rep].type for rep in reps}
    mentions: list[ActorMention] = []
    for c, rep in zip(cands, reps, strict=True):
        if c.in_title or rep not in group_ids:
            continue
        span = doc[c.start : c.end]
        text = span.text.rstrip("-/–—|")  # "Blair-" of "Blair-Brown", "UK-" of "UK-based"
        if not text:
            continue
        mentions.append(
            ActorMention(
                span=(span.start_char, span.start_char + len(text)),
                text=text,
                type=c.type,
                name=names[rep],
                group=group_ids[rep],
                role=c.role,
                role_of=c.role_of,
                role_span=c.role_span,
                sense=c.sense if c.sense != c.type else None,
            )
        )
    for start, end, rep, kind in _resolve_pronouns(doc, cands, reps, sent_of):
        if rep not in group_ids:
            continue
        span = doc[start:end]
        mentions.append(
            ActorMention(
                span=(span.start_char, span.end_char),
                text=span.text,
                type=type_of[rep],
                name=names[rep],
                group=group_ids[rep],
                kind=kind,
            )
        )
    return sorted(mentions, key=lambda m: m.span)
