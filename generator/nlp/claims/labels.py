"""A transcript's speaker labels, read once per article: the colons of paragraphs that open
with a short name and a colon ("KATE BOULDUAN: Why not …", "Matthews: Well, …"), when the
article has two or more of them (one alone may be a headline's topic, "Budget Day: …").

The parse is no help here: an upper-case name is often read as an adverb and an adjective, a
surname as a plural noun, and neither gets an entity. So the label is read by its shape (one
to three capitalised words, a hyphen or an initial's stop inside, not a page label such as
"UPDATE" or "Transcript"), and the article's other labels are the evidence that it is a
transcript.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.nlp.doc_tokens import doc_tokens

MAX_WORDS = 3  # "KATE BOULDUAN", "Rep. Trey Gowdy"
_JOINERS = frozenset({"-", ".", "'", "’"})  # "Seitz-Wald", "Rep.", "O'Neill"


def transcript_labels(doc: Doc, page_labels: frozenset[str]) -> frozenset[int]:
    """The token indices of the colons of speaker labels, when ``doc`` has two or more
    paragraphs that open with one (none otherwise)."""
    found = (_label_colon(doc, i, page_labels) for i in _paragraph_starts(doc))
    colons = [i for i in found if i >= 0]
    return frozenset(colons) if len(colons) >= 2 else frozenset()


def _paragraph_starts(doc: Doc) -> list[int]:
    """The first word of every paragraph (after a line break), past opening quote marks."""
    dt = doc_tokens(doc)
    toks, words = dt.tokens, dt.words
    starts = []
    for i in [0, *(k + 1 for k, word in enumerate(words[:-1]) if "\n" in word)]:
        if not toks or toks[i].is_space:
            continue
        while i < len(toks) and toks[i].is_quote:
            i += 1
        starts.append(i)
    return starts


def _label_colon(doc: Doc, start: int, page_labels: frozenset[str]) -> int:
    """The index of the colon that ends a speaker label opening at ``start`` (-1: none)."""
    words = 0
    i = start
    while i < len(doc) and i - start <= 2 * MAX_WORDS + 1:
        tok = doc[i]
        if tok.text == ":":
            return i if words and not doc[i - 1].whitespace_ else -1
        if tok.is_alpha and _capitalised(tok) and tok.lower_ not in page_labels:
            if i == start or doc[i - 1].text != "-" or doc[i - 1].whitespace_:
                words += 1  # "Seitz-Wald" is one word
        elif not (tok.text in _JOINERS and i > start):
            return -1
        if words > MAX_WORDS or "\n" in tok.whitespace_:
            return -1
        i += 1
    return -1


def _capitalised(tok: Token) -> bool:
    """Whether a word reads as part of a name: upper case or title case, two letters or more
    (a lone "Q" or "A" labels an interview's turns, whose speaker the label does not name), and
    not a function word written in title case ("Subs Not Used:" heads a team sheet's line;
    "THE PRESIDENT:" in capitals is a speaker)."""
    return len(tok) > 1 and (tok.is_upper or (tok.is_title and not tok.is_stop))
