"""The word lists of the actor merge, read once from ``generator/nlp/patterns/merge.yml``.

The file sits with the other pattern files (data, not code); it is read as a file, so the merge
side never imports the spaCy side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..names import given_name_genders, name_key, versus_words

MERGE_WORDS = Path(__file__).resolve().parent.parent / "nlp" / "patterns" / "merge.yml"
COUNTRIES = MERGE_WORDS.with_name("countries.txt")


@dataclass(frozen=True)
class MergeWords:
    """The lists of ``merge.yml``, lower-cased."""

    male: frozenset[str]
    female: frozenset[str]
    neutral: frozenset[str]
    peers: frozenset[str]
    he: frozenset[str]
    she: frozenset[str]
    company_name_endings: tuple[str, ...]
    corporate_suffixes: frozenset[str]
    corporate_prefixes: frozenset[str]
    not_in_titles: frozenset[str]
    royals: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()  # "President" of "President Bush"
    office_ranks: frozenset[str] = frozenset()  # "deputy" of "Deputy Mayor": another office
    post_nominals: frozenset[str] = frozenset()  # "mp" of "Frank Field MP" (lower case)
    # Words of an event's patient phrase that say nothing of what it is ("the", "its", "one")
    vague_patient_words: frozenset[str] = frozenset()
    # Verbs of appointment: each person elected is an event of their own ("elect", "appoint")
    appointment_verbs: frozenset[str] = frozenset()
    # Given names that clearly tell a gender (given_name_genders.yml, which annotation reads
    # too): folded name -> "m" or "f"
    given_name_genders: dict[str, str] = field(default_factory=dict)
    # Words between two teams on a line of fixtures ("West Ham v Norwich"): ``versus_words``
    # of actors.yml, the list annotation reads
    versus: frozenset[str] = frozenset()
    # First and second person words ("we", "my"): a summary with one needs its speaker
    person_words: frozenset[str] = frozenset()
    singular_person_words: frozenset[str] = frozenset()  # "i", "my": a person's own
    possessive_person_words: frozenset[str] = frozenset()  # "my", "our", "your"
    # Words a subject with no referent is made of ("much more", "those", "many")
    referentless_words: frozenset[str] = frozenset()
    unresolved_pronouns: frozenset[str] = frozenset()  # "it", "they": a subject said so
    summary_auxiliaries: frozenset[str] = frozenset()  # "may", "have": a verb group opens
    summary_modals: frozenset[str] = frozenset()  # "may", "would": a summary's modality
    summary_negations: frozenset[str] = frozenset()  # "not", "never": a negated summary
    number_words: frozenset[str] = frozenset()  # "five": a source read as a count of people

    @property
    def honorifics(self) -> frozenset[str]:
        """Every honorific (male, female and neutral)."""
        return self.male | self.female | self.neutral


@lru_cache(maxsize=1)
def merge_words() -> MergeWords:
    """Load ``merge.yml`` once."""
    data = yaml.safe_load(MERGE_WORDS.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return MergeWords(
        male=words("male_honorifics"),
        female=words("female_honorifics"),
        neutral=words("neutral_honorifics"),
        peers=words("peer_titles"),
        royals=words("royal_titles"),
        offices=words("office_titles"),
        office_ranks=words("office_ranks"),
        post_nominals=words("post_nominals"),
        he=words("male_pronouns"),
        she=words("female_pronouns"),
        company_name_endings=tuple(str(w).lower() for w in data.get("company_name_endings") or ()),
        corporate_suffixes=words("corporate_suffixes"),
        corporate_prefixes=words("corporate_prefixes"),
        not_in_titles=words("not_in_titles"),
        vague_patient_words=words("vague_patient_words"),
        appointment_verbs=words("appointment_verbs"),
        given_name_genders={name_key(name): g for name, g in given_name_genders()},
        versus=versus_words(),
        person_words=words("person_words"),
        singular_person_words=words("singular_person_words"),
        possessive_person_words=words("possessive_person_words"),
        referentless_words=words("referentless_words"),
        unresolved_pronouns=words("unresolved_pronouns"),
        summary_auxiliaries=words("summary_auxiliaries"),
        summary_modals=words("summary_modals"),
        summary_negations=words("summary_negations"),
        number_words=words("number_words"),
    )


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """The folded names of ``countries.txt`` (read as a file, like ``merge.yml``)."""
    lines = COUNTRIES.read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line.strip() and not line.startswith("#"))


def company_key(key: str) -> str:
    """A folded organization name without corporate words ("mci inc" -> "mci", "group menatep"
    -> "menatep"); unchanged when less than three letters would be left."""
    w = merge_words()
    words = key.split()
    while len(words) > 1 and words[-1] in w.corporate_suffixes:
        words = words[:-1]
    while len(words) > 1 and words[0] in w.corporate_prefixes:
        words = words[1:]
    out = " ".join(words)
    return out if len(out.replace(" ", "")) >= 3 else key
