"""The attribution word lists: ``patterns/attribution.yml`` and ``patterns/cues_learned.tsv``.

The hand-written lists (reporting verbs by class, verbs that need a clause, prepositions that
introduce a content, passive and raising cues, claim nouns, hedges, outlet and description
words, pronouns and the labels they can stand for) live in ``attribution.yml``; the learned
table (``python -m quality.train.learn_cues`` on PolNeAR train) adds stance verbs, copula
adjectives, object nouns, nouns and the prepositions PolNeAR keeps in a cue. ``load_lexicon``
reads both once into a frozen ``Lexicon``; the two look-ups that read only the word lists
(``lemma``, ``is_outlet_name``) are its methods.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from generator.nlp.wordlists import load_pattern_yaml

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PATTERN_DIR = Path(__file__).parent.parent / "patterns"
PATTERNS = _PATTERN_DIR / "attribution.yml"
LEARNED = _PATTERN_DIR / "cues_learned.tsv"


@dataclass(frozen=True)
class Lexicon:
    """The attribution word lists, read from ``patterns/attribution.yml``."""

    verb_class: dict[str, str]
    clause_only: frozenset[str]
    addressee_verbs: frozenset[str]
    intention_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    evidential_verbs: frozenset[str]
    verb_preps: dict[str, frozenset[str]]
    object_preps: dict[str, frozenset[str]]
    content_preps: frozenset[str]
    particles: frozenset[str]
    cue_adverb_stop: frozenset[str]
    cue_extension_nouns: frozenset[str]
    passive_cues: dict[str, tuple[str | None, str]]
    experiencer_passives: frozenset[str]
    raising_verbs: dict[str, str]
    adverb_cues: dict[str, str]
    prep_cues: dict[str, tuple[str, str]]
    noun_class: dict[str, str]
    modals: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_cue_lemmas: frozenset[str]
    outlet_names: frozenset[str]
    outlet_heads: frozenset[str]
    outlet_prefixes: frozenset[str]
    description_heads: frozenset[str]
    trading_heads: frozenset[str]
    outlet_nouns: frozenset[str]
    anonymous_heads: frozenset[str]
    person_heads: frozenset[str]
    thing_heads: frozenset[str]
    intention_heads: frozenset[str]
    agent_words: frozenset[str]
    not_agents: frozenset[str]
    document_heads: frozenset[str]
    organization_heads: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    lemma_aliases: dict[str, str]
    # learned from PolNeAR train by ``quality.train.learn_cues`` (patterns/cues_learned.tsv)
    learned_verbs: dict[str, str] = field(default_factory=dict)
    learned_adjs: dict[str, str] = field(default_factory=dict)
    learned_nouns: dict[str, str] = field(default_factory=dict)
    learned_objs: dict[str, str] = field(default_factory=dict)
    cue_preps: frozenset[tuple[str, str]] = frozenset()
    # "a handful of senators": a source headed by one is of the kind of its "of" object
    quantity_heads: frozenset[str] = frozenset()
    # Upper-case words before a colon that label a page's parts, not a speaker ("UPDATE:")
    page_labels: frozenset[str] = frozenset()
    # Verbs whose noun-phrase object is no proposition ("presented a report")
    object_acts: frozenset[str] = frozenset()
    # Pronouns of no identifiable speaker outside a quote ("you", "we")
    generic_pronouns: frozenset[str] = frozenset()
    # Set phrases made of a cue word that report nothing ("not to mention")
    cue_idioms: frozenset[str] = frozenset()
    motion_particles: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    prize_objects: frozenset[str] = frozenset()
    held_views: frozenset[str] = frozenset()
    experiencer_objects: frozenset[str] = frozenset()
    # Objects of a prepositional cue that make it "in line with" ("according to his wishes")
    accordance_objects: frozenset[str] = frozenset()
    # Verbs of need that pass a modal on to their infinitive ("may have to declare")
    obligations: frozenset[str] = frozenset()
    # Verbs of causing whose object is the source of their infinitive ("led her to declare")
    causatives: frozenset[str] = frozenset()

    def lemma(self, tok: Token) -> str:
        """The lower-case lemma, with the lexicon's aliases for lemmatizer slips."""
        lemma = tok.lemma_.lower()
        return self.lemma_aliases.get(lemma, lemma)

    def word_class(self, tok: Token) -> str:
        """The cue class the lexicons give the token's lemma for its part of speech
        ("verb:assertion", "learned-adj:belief", "noun:allegation", "adverb:report"; "" for
        none): what the cue classifier reads to treat the words of one class alike."""
        pos = tok.pos_
        tables: tuple[tuple[str, dict[str, str]], ...] = ()
        if pos in ("VERB", "AUX"):
            tables = (("verb", self.verb_class), ("learned-verb", self.learned_verbs))
        elif pos in ("NOUN", "PROPN"):
            tables = (("noun", self.noun_class), ("learned-obj", self.learned_objs),
                      ("learned-noun", self.learned_nouns), ("verb-noun", self.verb_class))
        elif pos == "ADJ":
            tables = (("learned-adj", self.learned_adjs),)
        elif pos == "ADV":
            tables = (("adverb", self.adverb_cues),)
        else:
            return ""  # no table for this part of speech: the lemma is not needed
        lemma = self.lemma(tok)
        for name, table in tables:
            cls = table.get(lemma)
            if cls:
                return f"{name}:{cls}"
        return ""

    def is_outlet_name(self, ent: Span) -> bool:
        """Whether a named entity names a news outlet ("the Wall Street Journal", "Reuters")."""
        name = ent.text.lower().removeprefix("the ").removesuffix("'s").strip()
        if name in self.outlet_names:
            return True
        words = name.split()
        return ent.label_ == "ORG" and bool(words) and (
            words[-1] in self.outlet_heads or words[0] in self.outlet_prefixes)


def _first_class(table: dict[str, list[str]]) -> dict[str, str]:
    """Map each word to the first class (in file order) that lists it."""
    out: dict[str, str] = {}
    for cls, words in table.items():
        for word in words:
            out.setdefault(str(word).lower(), cls)
    return out


def _set(words: Iterable[object]) -> frozenset[str]:
    """A frozen set of lower-case strings."""
    return frozenset(str(w).lower() for w in words)


def read_learned(path: Path | None) -> dict[str, dict[str, str]]:
    """The learned cue table: ``{kind: {key: cls}}`` for kinds verb, adj, noun and prep
    (a prep key is ``"lemma prep"``). Comment lines start with ``#``; a missing file is empty."""
    out: dict[str, dict[str, str]] = {"verb": {}, "adj": {}, "noun": {}, "obj": {}, "prep": {}}
    if path is None or not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "kind\t")):
            continue
        kind, lemma, extra, cls, *_ = line.split("\t")
        if kind not in out:
            continue
        key = f"{lemma} {extra}" if kind == "prep" else lemma
        out[kind][key] = cls
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: Path = PATTERNS, learned: Path | None = LEARNED) -> Lexicon:
    """Read and cache the lexicon file and the learned cue table (``learned=None``: rules only)."""
    raw = load_pattern_yaml(path.read_text(encoding="utf-8"))
    table = read_learned(learned)
    hedges = raw["hedges"]
    outlets = raw["outlets"]
    return Lexicon(
        verb_class=_first_class(raw["verbs"]),
        clause_only=_set(raw["clause_only"]),
        addressee_verbs=_set(raw["addressee_verbs"]),
        intention_verbs=_set(raw.get("intention_verbs", ())),
        speech_nouns=_set(raw.get("speech_nouns", ())),
        evidential_verbs=_set(raw.get("evidential_verbs", ())),
        verb_preps={k: _set(v) for k, v in raw["verb_preps"].items()},
        object_preps={k: _set(v) for k, v in raw["object_preps"].items()},
        content_preps=_set(raw["content_preps"]),
        particles=_set(raw["particles"]),
        cue_adverb_stop=_set(raw["cue_adverb_stop"]),
        cue_extension_nouns=_set(raw["cue_extension_nouns"]),
        passive_cues={k: (v.get("prep"), v["cls"]) for k, v in raw["passive_cues"].items()},
        experiencer_passives=_set(raw["experiencer_passives"]),
        raising_verbs=dict(raw["raising_verbs"]),
        adverb_cues=dict(raw["adverb_cues"]),
        prep_cues={k: (v["next"], v["cls"]) for k, v in raw["prep_cues"].items()},
        noun_class=_first_class(raw["noun_cues"]),
        modals=_set(hedges["modals"]),
        hedge_adverbs=_set(hedges["adverbs"]),
        hedge_cue_lemmas=_set(hedges["cue_lemmas"]),
        outlet_names=_set(outlets["names"]),
        outlet_heads=_set(outlets["heads"]),
        outlet_prefixes=_set(outlets.get("prefixes", ())),
        description_heads=_set(raw["description_heads"]),
        trading_heads=_set(raw["description_heads"]) - _set(raw.get("non_trading_heads", ())),
        outlet_nouns=_set(outlets["nouns"]),
        anonymous_heads=_set(raw["anonymous_heads"]),
        person_heads=_set(raw.get("person_heads", ())),
        thing_heads=_set(raw.get("thing_heads", ())),
        intention_heads=_set(raw.get("intention_heads", ())),
        agent_words=_set(raw.get("agent_words", ())),
        not_agents=_set(raw.get("not_agents", ())),
        document_heads=_set(raw["document_heads"]),
        organization_heads=_set(raw["organization_heads"]),
        pronouns={str(k).lower(): tuple(v or ()) for k, v in raw["pronouns"].items()},
        lemma_aliases={str(k): str(v) for k, v in (raw.get("lemma_aliases") or {}).items()},
        learned_verbs=table["verb"],
        learned_adjs=table["adj"],
        learned_nouns=table["noun"],
        learned_objs=table["obj"],
        cue_preps=frozenset(tuple(k.split(" ", 1)) for k in table["prep"]),  # type: ignore[misc]
        quantity_heads=_set(raw.get("quantity_heads", ())),
        page_labels=_set(raw.get("page_labels", ())),
        object_acts=_set(raw.get("object_acts", ())),
        generic_pronouns=_set(raw.get("generic_pronouns", ())),
        cue_idioms=_set(raw.get("cue_idioms", ())),
        motion_particles=_set(raw.get("motion_particles", ())),
        receiving_verbs=_set(raw.get("receiving_verbs", ())),
        prize_objects=_set(raw.get("prize_objects", ())),
        held_views=_set(raw.get("held_views", ())),
        experiencer_objects=_set(raw.get("experiencer_objects", ())),
        accordance_objects=_set(raw.get("accordance_objects", ())),
        obligations=_set(hedges.get("obligations", ())),
        causatives=_set(raw.get("causatives", ())),
    )
