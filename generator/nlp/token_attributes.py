"""The model's attribute ruler and lemmatizer, answered from a memo table.

What those two components write on a token (part of speech, morphology, lemma; the ruler also
sets the tag and label of whitespace) depends only on the token's own text, tag and label and
the attributes already set on it, except where one of the ruler's patterns spans two tokens
("gon na", "there is"). Running them costs about as much as the parser, mostly in Python, one
match at a time. ``TokenAttributes`` takes their place in the pipeline: it looks every token up
in a table keyed by what the components read, and fills a missing entry by running the model's
own components on a one-token Doc with the same attributes. A token that a several-token
pattern matches gets the components' answer on a window of the text around the match. The
output is the same, token for token (``tests/test_token_attributes.py``).

A pipeline whose components read something else (a pattern on the token's sentence, an
operator, a lemmatizer that is not token by token) keeps its own components.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

NAME = "token_attributes"
RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
# What a token carries into the two components and what they may change: the table's key is
# the token's text (ORTH) and these values, its answer these values after the components.
COLUMNS = [TAG, DEP, POS, MORPH, LEMMA]
_WRITTEN = {"TAG", "DEP", "POS", "MORPH", "LEMMA"}
# Pattern keys that depend on the token alone: its text (and what follows from the text) or
# one of COLUMNS. Lexical flags (IS_SPACE, IS_PUNCT, LIKE_NUM...) come from the text.
_READ = {"ORTH", "TEXT", "LOWER", "LENGTH", "NORM", "TAG", "DEP", "POS", "MORPH", "LEMMA"}
_LEMMA_MODES = {"rule", "lookup", "pos_lookup"}  # token by token
MAX_ENTRIES = 500_000  # the table starts again past this (a few hundred bytes an entry)


def _reads_token_only(key: str) -> bool:
    key = key.upper()
    if key in ("IS_SENT_START", "SENT_START"):
        return False
    return key in _READ or key.startswith(("IS_", "LIKE_"))


def usable(nlp: Language) -> bool:
    """Whether ``nlp`` has the two components, in a row, reading only what the table keys."""
    names = nlp.pipe_names
    if RULER not in names or LEMMATIZER not in names:
        return False
    if names.index(LEMMATIZER) != names.index(RULER) + 1:
        return False
    ruler, lemmatizer = nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER)
    if type(ruler) is not AttributeRuler or not isinstance(lemmatizer, Lemmatizer):
        return False
    if lemmatizer.mode not in _LEMMA_MODES:
        return False
    for entry in ruler.patterns:
        if not set(entry["attrs"]) <= _WRITTEN:
            return False
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list):  # a phrase pattern (a Doc): not handled
                return False
            for spec in pattern:
                if "OP" in spec or not all(_reads_token_only(k) for k in spec):
                    return False
    return True


class TokenAttributes:
    """Set what the model's attribute ruler and lemmatizer would set, from a memo table.

    The table maps a token's key (its text and ``COLUMNS``) to ``COLUMNS`` after the two
    components, plus a flag: whether the token could be part of a several-token pattern (it
    matches one of that pattern's token specifications). Only a run of two or more flagged
    tokens can hold such a match; those runs are answered by the components themselves, on
    the run and the tokens next to it.
    """

    def __init__(self, nlp: Language, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self.vocab = nlp.vocab
        self.components = (ruler, lemmatizer)
        self.table: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.specs = Matcher(nlp.vocab)  # every token of every several-token pattern, alone
        longest = 1
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                if len(pattern) > 1:
                    longest = max(longest, len(pattern))
                    for spec in pattern:
                        self.specs.add("spec", [[spec]])
        self.reach = longest - 1  # how far a pattern reaches past a matched token

    def _run(self, doc: Doc) -> Doc:
        for component in self.components:
            doc = component(doc)
        return doc

    def _doc(self, orths: list[int], spaces: list[bool], values: numpy.ndarray) -> Doc:
        strings = self.vocab.strings
        doc = Doc(self.vocab, words=[strings[o] for o in orths], spaces=spaces)
        doc.from_array(COLUMNS, numpy.ascontiguousarray(values, dtype="uint64"))
        return doc

    def _fill(self, keys: list[tuple[int, ...]]) -> None:
        """Run the components on the missing keys, all in one Doc of one token per key: a
        one-token pattern sees one token; a token that several-token patterns could match is
        run again alone."""
        if len(self.table) + len(keys) > MAX_ENTRIES:
            self.table.clear()
        rows = numpy.array(keys, dtype="uint64")
        doc = self._doc(rows[:, 0].tolist(), [False] * len(keys), rows[:, 1:])
        flagged = {start for _, start, _ in self.specs(doc, allow_missing=True)}
        answers = self._run(doc).to_array(COLUMNS).tolist()
        for i in sorted(flagged):  # alone: no neighbour to match with
            one = self._doc([keys[i][0]], [False], rows[i:i + 1, 1:])
            answers[i] = self._run(one).to_array(COLUMNS)[0].tolist()
        for i, (key, answer) in enumerate(zip(keys, answers, strict=True)):
            self.table[key] = (*answer, int(i in flagged))

    def _window(self, doc: Doc, rows: numpy.ndarray, start: int, end: int) -> numpy.ndarray:
        """The components' answer for tokens ``start:end``, run on the tokens around them."""
        lo, hi = max(0, start - self.reach), min(len(doc), end + self.reach)
        spaces = [bool(t.whitespace_) for t in doc[lo:hi]]
        window = self._doc(rows[lo:hi, 0].tolist(), spaces, rows[lo:hi, 1:])
        return self._run(window).to_array(COLUMNS)[start - lo:end - lo]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, *COLUMNS])
        keys = list(map(tuple, rows.tolist()))
        table = self.table
        missing = [k for k in dict.fromkeys(keys) if k not in table]
        if missing:
            self._fill(missing)
            if any(k not in table for k in keys):  # the table was cleared and refilled
                self._fill([k for k in dict.fromkeys(keys) if k not in table])
        out = numpy.array([table[k] for k in keys], dtype="uint64")
        flag = out[:, -1].astype(bool)
        pairs = numpy.flatnonzero(flag[:-1] & flag[1:])  # i: tokens i and i + 1 both flagged
        k = 0
        while k < len(pairs):  # each run of flagged tokens
            start = end = int(pairs[k])
            while k < len(pairs) and pairs[k] <= end:
                end = int(pairs[k]) + 1
                k += 1
            out[start:end + 1, :-1] = self._window(doc, rows, start, end + 1)
        doc.from_array(COLUMNS, out[:, :-1])
        return doc


@Language.factory(NAME)
def make_token_attributes(nlp: Language, name: str) -> Any:
    return TokenAttributes(nlp, nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER))


def use_table(nlp: Language) -> bool:
    """Put ``TokenAttributes`` in place of the attribute ruler and lemmatizer when it can."""
    if not usable(nlp):
        return False
    nlp.add_pipe(NAME, before=RULER)
    nlp.remove_pipe(RULER)
    nlp.remove_pipe(LEMMATIZER)
    return True
