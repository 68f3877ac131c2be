"""The event lexicons of ``patterns/events.yml``, read once.

Reporting and excluded verbs (never events here), light and control verbs, the words that
make a clause hypothetical, verb classes ("conflict", "contact", "movement", ...), the
prepositions of a place, and the event nouns with their classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.nlp.wordlists import load_pattern_yaml

PATTERNS = Path(__file__).parent.parent / "patterns" / "events.yml"


@dataclass(frozen=True)
class Lexicon:
    """The event lexicons of ``patterns/events.yml``."""

    reporting: frozenset[str]
    excluded: frozenset[str]
    needs_destination: frozenset[str]
    light: frozenset[str]
    control: dict[str, str]  # control verb -> the modality of its complement
    aspectual: frozenset[str]  # control verbs that are no event of their own
    irrealis: dict[str, str]  # governor -> the modality of its clausal complement
    modals: dict[str, str]  # modal auxiliary -> modality ("could": possible)
    conditional: frozenset[str]
    background: frozenset[str]  # marks of clauses of time ("since", "after")
    verb_class: dict[str, str]
    recipient_to: frozenset[str]
    place_preps: frozenset[str]
    event_nouns: dict[str, str]
    of_agent_nouns: frozenset[str]
    gathering_nouns: frozenset[str]
    event_adjectives: frozenset[str]
    irrealis_nouns: frozenset[str]
    lemma_fixes: dict[str, str]
    invariant_past: frozenset[str]
    preposition_participles: frozenset[str]
    small_clause_verbs: frozenset[str]
    calling_off: frozenset[str]  # "cancel", "the cancellation of", "call off"
    bringing_about: frozenset[str]  # "convened a meeting": the verb tells the event
    happening: frozenset[str]  # "an attack had occurred": the verb tells the event
    event_placeholders: frozenset[str]  # "the detention, an incident that occurred"
    instigation_nouns: frozenset[str]  # "at the request of the regulator": no event
    purpose_nouns: frozenset[str]  # "a strategy to safeguard": the infinitive is a purpose
    tough_adjectives: frozenset[str]  # "difficult to enforce": the subject is the object
    no_event_objects: dict[str, frozenset[str]]  # verb -> objects that make it no event
    verb_prefixes: frozenset[str] = frozenset()  # "co" of "co-ordinate", "re" of "re-submit"
    control_adjectives: dict[str, str] = field(default_factory=dict)  # "due" (to): future
    underived_nouns: frozenset[str] = frozenset()  # "final": no "fine" made from it
    base_form_pronouns: frozenset[str] = frozenset()  # "I", "me", "they": "I implement"
    negated_belief_verbs: frozenset[str] = frozenset()  # "don't think" negates its clause
    partitive_heads: frozenset[str] = frozenset()  # "90% of PCs are": the "of" phrase's number
    number_of_a: frozenset[str] = frozenset()  # "a number of firms are"
    plural_alone: frozenset[str] = frozenset()  # "Most were arrested"
    particle_adverbs: frozenset[str] = frozenset()  # "blown away": said with the verb
    result_preps: frozenset[str] = frozenset()  # "turn X into Y": kept after the object
    content_nouns: frozenset[str] = frozenset()  # "a decision that X should ...": no object


def lemma_of(tok, lex: Lexicon) -> str:
    """The lower-case lemma of ``tok``, with the tagger's known slips corrected."""
    return lex.lemma_fixes.get(tok.lower_) or tok.lemma_.lower()


@lru_cache(maxsize=1)
def load_lexicon(path: str = str(PATTERNS)) -> Lexicon:
    """Read the event lexicons once."""
    data = load_pattern_yaml(Path(path).read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    def modality_map(key: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for modality, verbs in (data.get(key) or {}).items():
            for verb in verbs:
                out.setdefault(str(verb).lower(), str(modality))
        return out

    verb_class: dict[str, str] = {}
    for cls, verbs in (data.get("verb_classes") or {}).items():
        for verb in verbs:
            verb_class.setdefault(str(verb).lower(), cls)
    return Lexicon(
        reporting=words("reporting_verbs"),
        excluded=words("excluded_verbs"),
        needs_destination=words("needs_destination"),
        light=words("light_verbs"),
        control=modality_map("control_verbs"),
        aspectual=words("aspectual_verbs"),
        irrealis=modality_map("irrealis_governors"),
        modals=modality_map("modals"),
        conditional=words("conditional_marks"),
        background=words("background_marks"),
        verb_class=verb_class,
        recipient_to=words("recipient_to_classes"),
        place_preps=words("place_preps"),
        event_nouns={str(k).lower(): str(v) for k, v in (data.get("event_nouns") or {}).items()},
        of_agent_nouns=words("of_agent_nouns"),
        gathering_nouns=words("gathering_nouns"),
        event_adjectives=words("event_adjectives"),
        irrealis_nouns=words("irrealis_nouns"),
        lemma_fixes={str(k): str(v) for k, v in (data.get("lemma_fixes") or {}).items()},
        invariant_past=words("invariant_past"),
        preposition_participles=words("preposition_participles"),
        small_clause_verbs=words("small_clause_verbs"),
        calling_off=words("calling_off"),
        bringing_about=words("bringing_about"),
        happening=words("happening"),
        event_placeholders=words("event_placeholders"),
        instigation_nouns=words("instigation_nouns"),
        purpose_nouns=words("purpose_nouns"),
        tough_adjectives=words("tough_adjectives"),
        no_event_objects={str(k).lower(): frozenset(str(w).lower() for w in v)
                          for k, v in (data.get("no_event_objects") or {}).items()},
        verb_prefixes=words("verb_prefixes"),
        control_adjectives=modality_map("control_adjectives"),
        underived_nouns=words("underived_nouns"),
        base_form_pronouns=words("base_form_pronouns"),
        negated_belief_verbs=words("negated_belief_verbs"),
        partitive_heads=words("partitive_heads"),
        number_of_a=words("number_of_a"),
        plural_alone=words("plural_alone"),
        particle_adverbs=words("particle_adverbs"),
        result_preps=words("result_preps"),
        content_nouns=words("content_nouns"),
    )
