"""One actor being assembled across articles (``Bucket``), and what its mentions say of it.

A bucket gathers the mentions of one name key; rules join buckets (``Bucket.absorb``; the
joined one points at its ``root``). Its mentions give its type (``majority_type``), whether it
is a person (``is_person``: also "Mr Ebbers" however the model tagged it), its gender
(``gender_of``: honorifics, pronouns and given names) and whether it is named after a peer's
or a royal's title (``is_peer``: "Lord Armstrong").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..annotations import ActorMention
from ..curation import Curation
from ..names import name_key
from ..vocab import ACTOR_TYPES
from .words import merge_words

# The word lists (honorifics, peers' titles, pronouns) are data: merge.yml.
_W = merge_words()


@dataclass
class Bucket:
    """The mentions of one actor being assembled across articles."""

    key: str
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    read_as: Counter = field(default_factory=Counter)  # named mentions by the type read
    # mentions by type, of the articles whose type rests on what they say ("the band Keane")
    certain: Counter = field(default_factory=Counter)
    mentions: list[tuple[str, ActorMention]] = field(default_factory=list)  # (article id, mention)
    curated: list[str] = field(default_factory=list)
    team_lines: int = 0  # mentions on a line of fixtures ("West Ham v Norwich": ``fixtures``)
    merged_into: Bucket | None = None

    def root(self) -> Bucket:
        b = self
        while b.merged_into is not None:
            b = b.merged_into
        return b

    def absorb(self, other: Bucket) -> None:
        other = other.root()
        if other is self:
            return
        self.names.update(other.names)
        self.types.update(other.types)
        self.read_as.update(other.read_as)
        self.certain.update(other.certain)
        self.mentions += other.mentions
        self.curated += other.curated
        self.team_lines += other.team_lines
        other.team_lines = 0
        other.merged_into = self
        other.names, other.types, other.mentions, other.curated = Counter(), Counter(), [], []
        other.read_as, other.certain = Counter(), Counter()


# How much more a mention counts when its article's type rests on what the article says ("rock
# band Keane", "a stake in Deutsche Boerse") than on the model's guess ("Keane won two prizes").
CERTAIN_WEIGHT = 3


def majority_type(bucket: Bucket) -> str:
    """The type most of the actor's mentions have, a mention whose article says what the actor
    is counting ``CERTAIN_WEIGHT`` times. On a tie, the first of ``ACTOR_TYPES``; but an
    organization, when one of the tied reads is, rather than a person when a mention stands on
    a line of fixtures ("West Ham v Norwich": a team)."""
    bucket = bucket.root()
    weight = Counter(bucket.types)
    for kind, n in bucket.certain.items():
        weight[kind] += (CERTAIN_WEIGHT - 1) * n
    ranked = sorted(weight.items(), key=lambda kv: (-kv[1], ACTOR_TYPES.index(kv[0])
                                                    if kv[0] in ACTOR_TYPES else 9))
    tied = {kind for kind, n in ranked if n == ranked[0][1]}
    if bucket.team_lines and ranked[0][0] == "person" and "organization" in tied:
        return "organization"  # a team's: not the place of a person/place tie
    return ranked[0][0]


# Honorifics before a surname, by what they say of the person ("Mr Ebbers", "Mrs Howard").
_MALE, _FEMALE, _HONORIFICS = _W.male, _W.female, _W.honorifics


def is_person(bucket: Bucket, curation: Curation) -> bool:
    """Is the actor a person: so typed by the curation, else by most mentions or an honorific."""
    if bucket.key in curation.types:
        return curation.types[bucket.key] == "person"
    # "Mr Ebbers" names a person however the model tagged it
    return majority_type(bucket) == "person" or bucket.key.split(" ", 1)[0] in _HONORIFICS


_HE, _SHE, _GIVEN = _W.he, _W.she, _W.given_name_genders


def gender_of(bucket: Bucket, texts: dict[str, str] | None = None) -> str | None:
    """'m' or 'f' when the actor's honorifics, pronouns and given names say only one of them,
    else None. A given name counts when it opens a name of two words or more ("Cherie Blair",
    not "Howard"), as in annotation. With the articles' ``texts``, the honorific before a name
    ("Mr" of "Mr Howard", which the mention leaves out) counts too."""
    seen = set()
    for article, m in bucket.mentions:
        words = name_key(m.text).split(" ", 1)
        if m.kind == "name" and len(words) == 2:
            given = _GIVEN.get(words[0])
            if given is not None:
                seen.add(given)
        words = words[:1]
        before = word_before(texts, article, m)
        if before:
            words.append(name_key(before))
        for word in words:
            if word in _MALE or word in _HE:
                seen.add("m")
            elif word in _FEMALE or word in _SHE:
                seen.add("f")
    return next(iter(seen)) if len(seen) == 1 else None


def is_peer(bucket: Bucket, texts: dict[str, str] | None,
            titles: frozenset[str] = _W.peers) -> bool:
    """Is a one-word person named after a peer's title in the text ("Lord" of "Lord
    Armstrong", which the mention leaves out)? With ``titles``, after another kind of title."""
    for article, m in bucket.mentions:
        before = word_before(texts, article, m)
        if before and name_key(before) in titles and before[:1].isupper():
            return True
    return False


def word_before(texts: dict[str, str] | None, article: str, mention: ActorMention,
                window: int = 12) -> str | None:
    """The word written right before a named mention, within ``window`` characters ("Mr" of
    "Mr Howard", "Lord" of "Lord Armstrong": the mention leaves them out); None without the
    article's text."""
    if texts is None or mention.kind != "name" or article not in texts:
        return None
    before = texts[article][max(0, mention.span[0] - window) : mention.span[0]].split()
    return before[-1] if before else None
