"""Who claims what: attributions (source, cue, content) found over the dependency parse.

``extract_attributions(doc)`` is pure and linear in the length of the document: every token is
looked at once to find cues (reporting verbs, "according to", "reportedly", "is seen as", claim
nouns with a "that"-clause), and each cue then reads only its own clause. Direct quotes are found
on the text (curly or straight marks, continued across paragraphs when the next paragraph opens
with a quote mark) and a content that touches a quote is widened to the whole quote.

The word lists live in ``patterns/attribution.yml``; ``patterns/cues_learned.tsv`` (made by
``python -m quality.train.learn_cues`` from PolNeAR train) adds learned stance verbs, copula
adjectives, object nouns, nouns and cue prepositions. When the pipeline has the trained cue
classifier (``classifier``, trained by ``quality.train.train_cues``), it has the last word on
the cue tokens: the rules' cues, sources and contents are features of its decision, and its cue
spans widen, shorten or drop the rules' cues and add the cues the rules miss, with source and
content read from the parse as for the rules' own cues.

The modules, in the order a cue meets them: ``lexicon`` (the word lists), ``quotes`` (direct
quotes), ``spans`` (tokens to character spans), ``context`` (what every step reads: one frozen
``Context`` per Doc, the ``Settings``, the ``Found`` record), ``cues`` and ``verbs`` (the cue
finders), ``sources``, ``resolve``, ``parallel`` and ``firms`` (who says it, and whom a pronoun
or "the company" stands for),
``content`` (what is said), ``classifier`` and ``tagged`` (the cue classifier and its merge
with the rules), ``shown`` (which attributions the pages show: ``weak``), ``records`` (the
``ClaimMention``) and ``extractor`` (the pass that runs them).
"""

from .context import Context, Found, Settings, claim_context
from .extractor import extract_attributions, find_cues, rule_marks
from .lexicon import LEARNED, PATTERNS, Lexicon, load_lexicon, read_learned
from .quotes import find_quotes

__all__ = [
    "LEARNED",
    "PATTERNS",
    "Context",
    "Found",
    "Lexicon",
    "Settings",
    "claim_context",
    "extract_attributions",
    "find_cues",
    "find_quotes",
    "load_lexicon",
    "read_learned",
    "rule_marks",
]
