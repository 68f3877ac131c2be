"""What is said: content spans from the parse, widened to whole quotes and whole words.

A cue finder chooses the tokens of a content (a clause, an object, the host clause of an
aside "X, he said, is Y"); ``content_from`` turns them into character spans, widened to the
whole of any direct quote they touch and to the whole of a hyphenated word the parse cut.
``adjacent_quote`` gives a cue with no clause the quote right before or after it ("“…,” he
said"; "said: “…”"), and ``continue_quotes`` adds the quotes that go on after a quoted
content in the same paragraph with no cue of their own (“A,” she said. “B.”).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.nlp.tokens import hyphen_end, hyphen_start

from .context import Context, Found
from .sources import inverted_aside
from .spans import CharSpan, children, merge_spans, runs, subtree_ids


def content_from(ctx: Context, ids: Iterable[int], at: Token | None) -> list[CharSpan]:
    """Content spans from token indices, widened to the whole of any quote they touch (not
    to a quote that holds the cue being read, ``at``, when they start inside it) and to the
    whole of a hyphenated word the parse cut ("e-mails", not "mails")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    ids = set(ids)
    while len(ids) > 1 and toks[max(ids)].dep_ == "cc":
        ids.discard(max(ids))  # "refused to discuss his position and [have not said …]"
    for i in [i for i in ids if i - 1 not in ids]:
        ids.update(range(hyphen_start(doc, i), i))
    for i in [i for i in ids if i + 1 not in ids]:
        ids.update(range(i + 1, hyphen_end(doc, i + 1)))
    found = runs(doc, ids)
    if not found:
        return []
    widened = list(found)
    for start, end in found:
        for q in ctx.quotes.overlapping(start, end):
            q_start, q_end = ctx.quotes.spans[q]
            if at is not None and q_start < at.idx < q_end and q_start < start:
                continue  # a cue inside the quote: "colleagues' concerns over ID cards"
            widened.append((q_start, q_end))
    return merge_spans(ctx.text, widened)


def around(head: Token, cue: Token) -> list[int]:
    """The clause of ``head`` without the parenthetical cue ("X, he said, is Y")."""
    skip = set(subtree_ids(cue))
    if inverted_aside(cue):  # the parse hung the host's subject on the aside
        for subj in children(cue, "nsubj"):
            if subj.i < cue.i:
                skip.difference_update(subtree_ids(subj))
    for c in children_of(head):
        if c.i > cue.i and c.dep_ in ("conj", "cc"):
            skip.update(subtree_ids(c))
    return [i for i in subtree_ids(head) if i not in skip]


def inside_long_quote(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` sits inside a direct quote of several words (nested speech)."""
    q = ctx.quotes.containing(tok.idx, tok.idx + len(tok))
    return q is not None and ctx.quotes.words[q] >= 3


def adjacent_quote(ctx: Context, tok: Token, source: Token | None) -> CharSpan | None:
    """A quote right before the cue clause ("“...,” he said") or right after ("said: “...”"),
    in the same paragraph."""
    text = ctx.text
    quotes = ctx.quotes
    lo = tok.idx if source is None else min(tok.idx, source.left_edge.idx)
    q = quotes.before(lo)
    if q is not None:
        start, end = quotes.spans[q]
        gap = text[end:lo]
        # A quote that ends its own sentence before the cue's ('… arguments." Mr Howard
        # described …') is someone else's; a speaker after a quote follows a comma or a
        # question ('"…," he said', '"…?" she asked').
        closed = text[start:end].rstrip("\"'”’ ").endswith(".")
        # … but not when the speaker's sentence says nothing else ('“….” Trump said.')
        bare = all(t.is_punct or t.is_space
                   for t in doc_tokens(tok.doc).tokens[tok.i + 1 : sent_of(tok).end])
        if (
            not gap.strip(" ,\n")
            and "\n\n" not in gap
            and quotes.words[q] >= 2
            and not (closed and start < sent_of(tok).start_char and not bare)
        ):
            return (start, end)
    hi = tok.idx + len(tok)
    if source is not None and source.i > tok.i:
        hi = source.right_edge.idx + len(source.right_edge)
    q = quotes.after(hi)
    if q is not None:
        start, end = quotes.spans[q]
        gap = text[hi:start]
        if (
            len(gap) <= 80
            and not any(c in gap for c in ".?!\n")
            and gap.rstrip()[-1:] in ("", ",", ":")
            and quotes.words[q] >= 2
            and not _speaks_between(ctx, tok, hi, start)
        ):
            return (start, end)
    return None


def _speaks_between(ctx: Context, tok: Token, start: int, end: int) -> bool:
    """Whether a reporting verb other than ``tok`` stands between the character offsets
    ``start`` and ``end``: the quote after it is that verb's ("by announcing Mr Smith's
    departure, Mr Johnson said: “…”" quotes Johnson's saying, not his announcing); not a
    participle of the cue's own ("wrote to the watchdog saying: “…”": the same words)."""
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(
        t.i != tok.i and t.head.i != tok.i and t.pos_ == "VERB"
        and ctx.lex.lemma(t) in ctx.lex.verb_class for t in span)


def paragraph_after(ctx: Context, tok: Token, source: Token | None) -> CharSpan | None:
    """The paragraph after a speaker's verb that ends its own paragraph with a colon ("Fox
    News reports:", "He said:", "Stated Stone:"): what is said is the next paragraph. None
    unless the words between the verb and the colon are its source's or its particles'
    (``next_paragraph`` tells the rest)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if source is None:
        return None
    own = set(subtree_ids(source)) | {c.i for c in children_of(tok) if c.dep_ == "prt"}
    colon = tok.i + 1
    while colon < len(doc) and colon in own:
        colon += 1
    if colon >= len(doc) or toks[colon].text != ":":
        return None
    return next_paragraph(ctx, toks[colon])


def next_paragraph(ctx: Context, colon: Token) -> CharSpan | None:
    """The paragraph after a colon that ends its paragraph ("He said:", a transcript's
    "SMITH:" alone on its line), when it has three words or more; else None."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    gap = next((t for t in toks[colon.i + 1 :] if not t.is_space), None)
    if gap is None or "\n" not in ctx.text[colon.idx + 1 : gap.idx]:
        return None  # something follows on the same line: not a lead-in to a paragraph
    start = gap.idx
    end = ctx.text.find("\n", start)
    end = len(ctx.text) if end < 0 else end
    words = [t for t in toks[gap.i :] if t.idx < end and t.is_alpha]
    if len(words) < 3:
        return None
    return (start, len(ctx.text[:end].rstrip()))


def fronted_clause(tok: Token, source: Token | None) -> list[int]:
    """The words before "…, he said." that the parse did not make the verb's clause
    ("Those who take on heavy debt struggle, even with a good job, he said": "Those" a bare
    dependent): the sentence before the comma that opens the speaker's phrase, when the verb
    ends the sentence with nothing of its own after it and the words hold a verb; or, with
    the speaker after the verb ("…, said Alan Lee, a demographer."), the sentence before the
    comma right before the verb. Empty otherwise."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    sent = sent_of(tok)
    if source is None or tok.dep_ != "ROOT" or children(
            tok, "dobj", "ccomp", "xcomp", "dative"):
        return []
    if source.i > tok.i:  # "…, said Alan Lee, a demographer.": the parse made a word of the
        # words said a second subject; the speaker's phrase closes the sentence
        after = doc[source.right_edge.i + 1 : sent.end]
        if source.left_edge.i != tok.i + 1 or not all(t.is_punct or t.is_space for t in after):
            return []
        comma = tok.i - 1
    elif not all(t.is_punct or t.is_space for t in toks[tok.i + 1 : sent.end]):
        return []
    else:
        comma = source.left_edge.i - 1
    if comma <= sent.start or toks[comma].text != ",":
        return []
    ids = [i for i in range(sent.start, comma) if not toks[i].is_space]
    words = [toks[i] for i in ids if not toks[i].is_punct]
    if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return []
    return ids


def continue_quotes(ctx: Context, items: list[Found]) -> None:
    """Add to a quoted content the quotes that follow it in the same paragraph with no cue
    of their own (“A,” she said. “B.”). Changes the items' ``content`` in place."""
    text = ctx.text
    quotes = ctx.quotes
    used = {q for item in items for span in item.content for q in quotes.overlapping(*span)}
    for item in items:
        if not any(quotes.overlapping(*span) for span in item.content):
            continue
        end = max(item.content[-1][1], sent_of(item.cue[-1]).end_char)
        q = quotes.after(item.content[-1][1])
        if q is not None and item.content[-1][1] <= quotes.spans[q][0] < end:
            end = quotes.spans[q][0]  # the parse ran the cue's sentence into the next
            # quote's opening mark ("…,'' said Mr. Holtz-Eakin. ''The focus …'')
        else:
            q = quotes.after(end)
        while q is not None and q not in used and not text[end : quotes.spans[q][0]].strip():
            if "\n" in text[end : quotes.spans[q][0]]:
                break
            used.add(q)
            item.content.append(quotes.spans[q])
            end = quotes.spans[q][1]
            q = q + 1 if q + 1 < len(quotes.spans) else None
