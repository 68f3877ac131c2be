"""Names the model runs over a verb in a title-case headline.

"Kerry Meets Netanyahu in Jerusalem", "Angela Merkel Wins Third Term": every word of such a
headline is capitalised, so the model takes the verb into the name ("Kerry Meets Netanyahu").
On the document's first line, outside sentences written in capitals, a name is cut at a word of
``headline_verbs``: the words before it are a name; the words after it only when the rest of
the document writes them as (part of) a name too ("... met Benjamin Netanyahu").
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext
from generator.nlp.doc_tokens import doc_tokens


def headline_parts(ctx: ActorContext, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` with those of the first line cut at a headline verb."""
    doc, verbs = ctx.doc, ctx.lex.headline_verbs
    dt = doc_tokens(doc)
    toks = dt.tokens
    if not parts or toks[parts[0][0]].idx >= ctx.first_line_end or ctx.caps[parts[0][0]]:
        return parts
    out: list[tuple[int, int]] = []
    for start, end in parts:
        cut = next(
            (i for i in range(start + 1, end) if toks[i].is_title and toks[i].lower_ in verbs),
            None,
        )
        if cut is None:
            out.append((start, end))
            continue
        out.append((start, cut))
        if cut + 1 < end:
            rest = dt.span_text(cut + 1, end)
            later = dt.text[ctx.first_line_end :]
            if rest in later:
                out.append((cut + 1, end))
    return out
