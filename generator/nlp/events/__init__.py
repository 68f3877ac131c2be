"""Events: who did what to whom, where and when, from a parsed article body.

Verbal events come from event verbs in main or subordinate clauses with their subject, object,
recipient, place and date (``triggers`` decides which verbs, ``verbal`` finds the
participants); nominal events from deverbal nouns with an of/by/with argument ("the detention
of a Huawei executive in Canada", ``nominal``). ``place_time`` finds where and when,
``summaries`` writes the readable line (its phrases said by ``phrases``), ``extract`` runs it
all and makes the records. The lexicons live in ``patterns/events.yml`` (``lexicon``).
Precision comes first: reporting verbs, copulas, stative verbs, hypothetical and conditional
clauses are skipped, and an event needs a participant that is not a bare pronoun.
"""

from generator.nlp.events.context import EventSettings
from generator.nlp.events.extract import extract_events
from generator.nlp.events.lexicon import Lexicon, load_lexicon

__all__ = ["EventSettings", "Lexicon", "extract_events", "load_lexicon"]
