"""Actors a reader can trust: cleaned, typed, grouped named mentions with roles and coreference.

``extract_actor_mentions(doc)`` turns spaCy's raw entities into ``ActorMention`` items:

1. candidates (``spans``, ``classify``, ``candidates``): entities with an actor label, cleaned
   (no leading article, possessive, trailing punctuation or numbers, no line breaks) and typed;
   company names hidden under other labels are kept when the lexicon lists them or the context
   says "company";
2. non-actors (``non_actors`` in ``patterns/actors.yml``, numbers, acronyms such as "AI") are
   dropped; sentences written in capitals (headlines, results tables) keep only names the rest
   of the document confirms, countries, datelines and sports-table teams (``recall``);
3. names seen once are found again elsewhere in the document, also inside capital sentences
   (``recall``); products are not actors (``products``);
4. mentions are grouped into actors (same name, alias table, acronyms, "Hewitt" for
   "Patricia Hewitt", "Journal" for "Wall Street Journal"), and each group gets one type by
   vote (``grouping``; a person's names ``person_joins``; each group's name and sense
   ``group_names``);
5. roles come from titles before a name and from appositions after it (``roles``);
6. "he"/"she" and "the company"-style descriptions join an actor only when the choice is clear
   (``coreference``).

``extract`` runs the stages; ``context`` holds what they share; ``lexicon`` reads the word lists.
Spans never include a leading "the": "the Wall Street Journal" is "Wall Street Journal".
"""

from generator.nlp.actors.context import ActorSettings
from generator.nlp.actors.extract import extract_actor_mentions
from generator.nlp.actors.lexicon import Lexicon, canonical_key, fold, lexicon
from generator.nlp.actors.spans import clean_entity_span

__all__ = [
    "ActorSettings",
    "Lexicon",
    "canonical_key",
    "clean_entity_span",
    "extract_actor_mentions",
    "fold",
    "lexicon",
]
