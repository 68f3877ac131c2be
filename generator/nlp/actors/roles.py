"""Roles and titles: what a person is ("Trade and Industry Secretary") and of whom ("Apple").

A title right before a person's name (or the honorific before it: "BP chief executive Lord Browne")
is read from ``titles.txt`` and extended left over capitalised words ("the Trade and Industry
Secretary Patricia Hewitt"); an organization or place before it is the role's owner ("DeepSeek
founder Liang Wenfeng"), unless it is a portfolio inside the title. A portfolio after the title
("Minister of Transport Carla Benedetti") is part of the title, not an actor. An apposition after
the name gives the role too ("Tim Cook, chief executive of Apple", "Tim Cook, Apple's chief
executive").
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.nlp.actors.context import ActorContext, Candidate, is_title_word
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_JOINERS = ("and", "of", "&")
_ARTICLES = ("the", "a", "an")


def _title_before(
    ctx: ActorContext, start: int, cand_at_end: dict[int, int]
) -> tuple[int, int] | None:
    """Token range of a title right before a name ("Trade and Industry Secretary"), or before
    the honorific the name follows ("BP chief executive Lord Browne", "Labour chairman Mr
    Milburn": the title is read as for "BP chief executive John Browne")."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if start >= 2 and toks[start - 1].is_title and (
            toks[start - 1].lower_.rstrip(".") in lex.honorifics):
        start -= 1
    i = start - 1
    if i < 0 or not is_title_word(toks[i], lex) or toks[i].lower_.rstrip(".") in lex.honorifics:
        return None
    end = i + 1
    # Longest multi-word title from the lexicon ending here.
    begin = i
    for size in range(ctx.settings.title_max_words, 1, -1):
        s = end - size
        if s >= 0 and " ".join(t.lower_ for t in toks[s:end]) in lex.titles:
            begin = s
            break
    # Capitalised words (and "and"/"of" between them) to the left belong to the title.
    j = begin - 1
    while j >= 0 and j not in cand_at_end and not toks[j].is_space:
        tok = toks[j]
        capitalised = tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start
        joiner = tok.lower_ in _JOINERS and j >= 1 and toks[j - 1].text[:1].isupper()
        # "shadow chancellor Oliver Letwin", "former foreign secretary": another office
        ranked = tok.is_lower and tok.lower_ in lex.title_ranks
        if capitalised or joiner or ranked:
            begin = j
        elif tok.is_sent_start and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
            begin = j
            break
        else:
            break
        j -= 1
    while begin < end and toks[begin].lower_ in _JOINERS:
        begin += 1
    return begin, end


def _portfolio_before(
    ctx: ActorContext, cands: list[Candidate], start: int, cand_at_end: dict[int, int]
) -> tuple[int, int] | None:
    """"Minister of Transport Carla Benedetti", "Undersecretary for Health Mr. Rossi": a
    one-word body named right after a portfolio title and "of"/"for", right before the name, is
    the title's portfolio. Marks it ``in_title`` and returns the title's token range."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    i = start - 1
    if i >= 0 and toks[i].lower_.rstrip(".") in lex.honorifics:
        i -= 1  # "Undersecretary for Health Mr. Rossi"
    k = cand_at_end.get(i)
    if k is None:
        return None
    body = cands[k]
    b = body.start - 2
    if (
        body.end - body.start != 1
        or body.type != ActorType.ORGANIZATION
        or body.strong
        or body.gpe
        or b < 0
        or toks[b + 1].lower_ not in ("of", "for")
        or toks[b].lower_ not in lex.portfolio_titles
    ):
        return None
    body.in_title = True
    return b, body.end


def _title_after(
    ctx: ActorContext, end: int, cand_at_start: dict[int, int]
) -> tuple[int, int, int] | None:
    """An apposition ", chief executive of" after a name: (title start, end, next token)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if end >= len(doc) or toks[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and toks[i].lower_ in _ARTICLES:
        i += 1
    if i in cand_at_start:  # "Tim Cook, Apple's chief executive"
        j = cand_at_start[i]
        if j < len(doc) and toks[j].tag_ == "POS":
            i = j + 1
    begin = i
    last_title = None
    while i < len(doc) and i - begin < ctx.settings.apposition_max_tokens:
        tok = toks[i]
        if (
            tok.is_punct
            or tok.lower_ in ("of", "at", "for", "with", "who", "said")
            or (i in cand_at_start)
        ):
            break
        if not (tok.is_alpha or "-" in tok.text):
            break
        if is_title_word(tok, lex) and tok.lower_.rstrip(".") not in lex.honorifics:
            last_title = i
        i += 1
    if last_title is None:
        return None
    topic = toks[last_title + 1 : i]
    if last_title + 1 != i and not (  # "senior advisor on mobile media at Ericsson"
        len(topic) >= 2 and topic[0].lower_ == "on" and all(t.is_lower for t in topic)
    ):
        return None
    return begin, i, i


def _char_span(doc: Doc, begin: int, end: int) -> tuple[int, int]:
    toks = doc_tokens(doc).tokens
    return toks[begin].idx, toks[end - 1].idx + len(toks[end - 1])


def assign_roles(
    ctx: ActorContext, cands: list[Candidate], reps: list[int], names: dict[int, str]
) -> None:
    """Fill ``role``/``role_of`` of person mentions from titles around them."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    cand_at_end = {c.end - 1: k for k, c in enumerate(cands) if not c.nested}
    cand_at_start = {c.start: c.end for c in cands if not c.nested}
    start_index = {c.start: k for k, c in enumerate(cands) if not c.nested}

    def owner(k: int) -> str | None:
        c = cands[k]
        return names[reps[k]] if c.type in (ActorType.ORGANIZATION, ActorType.PLACE) else None

    for c in cands:
        if c.type != ActorType.PERSON or c.nested:
            continue
        portfolio = _portfolio_before(ctx, cands, c.start, cand_at_end)
        if portfolio is not None:
            c.role = dt.span_text(portfolio[0], portfolio[1])
            c.role_span = _char_span(doc, *portfolio)
            continue
        found = _title_before(ctx, c.start, cand_at_end)
        if found is not None:
            b, e = found
            c.role, c.role_span = dt.span_text(b, e), _char_span(doc, b, e)
            j = b - 1
            if j >= 0 and toks[j].tag_ == "POS":
                j -= 1
            if j in cand_at_end:
                k = cand_at_end[j]
                before = cands[k].start - 1
                portfolio = j == b - 1 and not cands[k].strong and not cands[k].gpe
                if portfolio and (
                    (before >= 0 and toks[before].lower_ in _ARTICLES)
                    or (cands[k].end - cands[k].start == 1
                        and toks[e - 1].lower_ in ctx.lex.portfolio_titles)
                ):
                    # "the Trade and Industry Secretary", "Home Secretary": a portfolio, not
                    # an owner ("WorldCom boss Bernie Ebbers": WorldCom owns the title)
                    cands[k].in_title = True
                    b = cands[k].start
                    c.role = dt.span_text(b, e)
                    c.role_span = _char_span(doc, b, e)
                else:
                    c.role_of = owner(k)
            continue
        after = _title_after(ctx, c.end, cand_at_start)
        if after is None:
            continue
        b, e, nxt = after
        c.role, c.role_span = dt.span_text(b, e), _char_span(doc, b, e)
        # "Apple's chief executive": the owner stands before the title.
        if b - 1 >= 0 and toks[b - 1].tag_ == "POS" and (b - 2) in cand_at_end:
            c.role_of = owner(cand_at_end[b - 2])
        elif nxt < len(doc) and toks[nxt].lower_ in ("of", "at", "for"):
            k = nxt + 1
            if k < len(doc) and toks[k].lower_ == "the":
                k += 1
            if k in start_index:
                c.role_of = owner(start_index[k])
