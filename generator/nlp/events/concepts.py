"""Event concepts: the key under which mentions of one kind of event may be merged.

``patterns/event_concepts.yml`` groups synonyms and nominalisations ("arrest", "detain",
"detention"); a word it does not list is mapped by derivational rules to a verb the lexicons
know ("investigation" -> "investigate", "shooting" -> "shoot", "arrival" -> "arrive"), else it
is its own concept. The merge stage only compares these keys: it never reads word lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.nlp.events.lexicon import load_lexicon
from generator.nlp.wordlists import load_pattern_yaml

CONCEPTS = Path(__file__).parent.parent / "patterns" / "event_concepts.yml"

# (suffix, replacements): "investigation" -> "investigate", "arrival" -> "arrive".
_RULES = (
    ("ation", ("ate", "e", "")),
    ("ition", ("ite", "")),
    ("tion", ("te", "t", "")),
    ("sion", ("de", "se", "t", "")),
    ("ment", ("",)),
    ("ing", ("", "e")),
    ("al", ("e", "")),
    ("ure", ("e", "")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ery", ("", "e")),
)


# British "-ise" spellings and their derivations: "apologise", "organisation", "criticising".
_ISE = re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$")


def british_to_american(word: str) -> str:
    """The "-ize" spelling of a British "-ise" word, so that "apologised" and "apologized" are
    one concept ("rise", "raise", "wise" are too short to change; a word changed that has no
    "-ize" spelling, "promise" -> "promize", is changed the same way everywhere)."""
    return _ISE.sub(r"iz\1", word)


@dataclass(frozen=True)
class ConceptTable:
    """Word -> concept, for any part of speech and for nouns or verbs only."""

    any_pos: dict[str, str]
    noun: dict[str, str]
    verb: dict[str, str]
    verbs: frozenset[str]  # verb lemmas the lexicons know, targets of the rules
    underived: frozenset[str] = frozenset()  # nouns the rules must not derive ("final")

    def concept(self, lemma: str, pos: str = "VERB") -> str:
        """The concept of ``lemma`` used as ``pos`` ("NOUN" or "VERB")."""
        lemma = lemma.lower()
        key = british_to_american(lemma)
        table = self.noun if pos == "NOUN" else self.verb
        for word in (lemma, key):
            if word in table:
                return table[word]
            if word in self.any_pos:
                return self.any_pos[word]
        if pos == "NOUN":
            verb = self.nominal_verb(lemma)
            if verb is not None:
                return self.concept(verb, "VERB")
        return key

    def nominal_verb(self, noun: str) -> str | None:
        """The verb a deverbal noun derives from, when the lexicons know that verb."""
        if noun in self.verbs:
            return noun
        if noun in self.underived:
            return None
        for suffix, replacements in _RULES:
            if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
                stem = noun[: -len(suffix)]
                for rep in replacements:
                    if stem + rep in self.verbs:
                        return stem + rep
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in self.verbs:
                    return stem[:-1]  # "shopping" -> "shop"
        return None


@lru_cache(maxsize=1)
def load_concepts(path: str = str(CONCEPTS)) -> ConceptTable:
    """Read the concept table once."""
    data = load_pattern_yaml(Path(path).read_text(encoding="utf-8")) or {}
    any_pos: dict[str, str] = {}
    noun: dict[str, str] = {}
    verb: dict[str, str] = {}
    verbs: set[str] = set()
    for concept, words in (data.get("concepts") or {}).items():
        concept = str(concept)
        verbs.add(concept)
        for word in words:
            word = str(word).lower()
            if word.startswith("n:"):
                noun.setdefault(word[2:], concept)
            elif word.startswith("v:"):
                verb.setdefault(word[2:], concept)
                verbs.add(word[2:])
            else:
                any_pos.setdefault(word, concept)
    lex = load_lexicon()
    verbs |= set(lex.verb_class) | set(lex.control) | lex.needs_destination
    return ConceptTable(any_pos=any_pos, noun=noun, verb=verb, verbs=frozenset(verbs),
                        underived=lex.underived_nouns)
