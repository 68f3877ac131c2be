"""Names that open with a number: "US rap star 50 Cent", "50 Cent's rivals".

The model leaves the number out of such a name ("Cent", typed a body) or tags it a quantity. A
one-word name the article writes at least twice right after the same number, which modifies it
(a ``nummod`` the parse hangs on the name, no hyphen between), takes the number in: the name is
"50 Cent" in every mention. Never a plural ("two Baftas", "12 Tories": counted things), and a
count written once ("3 Arsenal shirts") is no name.
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.doc_tokens import doc_tokens

_REPEATS = 2  # how often the article writes the number and the name together


def _numbered(ctx: ActorContext, c: Candidate) -> int | None:
    """The token of the number that modifies the candidate's last word, a singular proper
    name, right before it: before the candidate ("50" of "Cent") or inside it after a
    description ("Rapper 50 Cent"); else None."""
    at = c.end - 2
    if at < 0 or at < c.start - 1:
        return None
    toks = doc_tokens(ctx.doc).tokens
    num, name = toks[at], toks[c.end - 1]
    if not (num.text.isdigit() and num.dep_ == "nummod" and num.head.i == name.i
            and name.tag_ == "NNP" and num.whitespace_ == " "):
        return None
    return at


def numbered_names(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Give one-word names their number where the article writes the two together often."""
    found = [(c, at) for c in cands if (at := _numbered(ctx, c)) is not None]
    if not found:
        return
    dt = doc_tokens(ctx.doc)
    for c, at in found:  # (the number and the name, one space between: as written)
        if dt.text.count(dt.span_text(at, at + 2)) >= _REPEATS:
            c.start = at  # "50 Cent"; "Rapper 50 Cent": the description goes too
