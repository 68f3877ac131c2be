"""The outlet a speaker told ("told the BBC News website", "told BBC Radio 4's Today
programme he hoped …"): its whole name after the verb, or the name the parse ran into what
was told. Used by ``verbs.verb_cue`` for the verbs that take an addressee."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.nlp.doc_tokens import children_of, doc_tokens

from .context import Context
from .resolve import kind_of
from .sources import is_person_like
from .spans import CharSpan, children, subtree_ids

# Words that go on an outlet's name: "the BBC News website", "BBC News Online", "BBC Radio
# Scotland" (a place after a broadcaster's name is its regional service).
_OUTLET_TAILS = frozenset({"online", "programme", "program", "show", "radio", "world",
                           "news", "website", "site", "channel", "service"})

# What follows a broadcaster's name in the name of one of its services ("BBC Radio Scotland",
# "BBC Two"; not "told the BBC Michael Howard has …").
_SERVICES = frozenset({"scotland", "wales", "london", "ireland", "cymru", "world", "one", "two",
                       "three", "four", "five", "1", "2", "3", "4", "5", "news", "online"})


def outlet_after(ctx: Context, tok: Token) -> CharSpan | None:
    """The whole name of an outlet right after ``tok`` ("told the BBC News website"),
    with the words that go on it, or ``None``."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = tok.i + 1
    if i < len(doc) and ctx.ent_at[i] < 0 and toks[i].lower_ == "the":
        i += 1
    if i >= len(doc) or ctx.ent_at[i] < 0:
        return None
    ent = ctx.ents[ctx.ent_at[i]]
    if ent.start < tok.i + 1 or not ctx.lex.is_outlet_name(ent):
        return None
    end = ent.end
    while end < len(doc) and (toks[end].lower_ in _OUTLET_TAILS or toks[end].lower_ in (
            ctx.lex.outlet_nouns) or (toks[end].lower_ in _SERVICES and toks[end - 1].lower_ in (
            "radio", "bbc", "itv"))):
        end += 1
    # "BBC Radio 4's Today programme", "BBC Two's Newsnight programme"
    if end < len(doc) and (toks[end].lower_ == "'s" or toks[end - 1].lower_ == "'s"):
        for k in range(end + (toks[end].lower_ == "'s"), min(end + 5, len(doc))):
            if toks[k].lower_ in _OUTLET_TAILS:
                end = k + 1
                break
            if toks[k].pos_ not in ("PROPN", "NUM"):
                break
    return (toks[tok.i + 1].idx, toks[end - 1].idx + len(toks[end - 1]))


def told_outlet(ctx: Context, objects: list[Token]) -> tuple[Span, list[int], Token] | None:
    """The outlet a speaker told, when the parse ran it into what was told: the outlet's
    name, the content's token indices and the content's head. Two shapes: the name as a
    modifier of the content's subject ("told the BBC lessons were being learned", "told BBC
    News Labour MPs would not get a free vote": the subject's clause is the verb's), and the
    outlet as the object with the content as a clause hung on it ("told BBC Radio 4's Today
    programme he hoped …")."""
    for obj in objects:
        k = ctx.ent_at[obj.left_edge.i] if obj.left_edge.lower_ != "the" else (
            ctx.ent_at[obj.left_edge.i + 1] if obj.left_edge.i + 1 < len(ctx.doc) else -1)
        ent = ctx.ents[k] if k >= 0 else None
        if ent is not None and ctx.lex.is_outlet_name(ent) and ent.end <= obj.i:
            clauses = [c for c in children_of(obj.head) if c.dep_ == "ccomp" and c.i > obj.i]
            between = ctx.doc[ent.end : obj.i]
            if clauses and not is_person_like(ctx, obj) and not any(
                    t.text == "," or t.dep_ in ("case", "poss") for t in [*ent, *between]):
                ids = [*range(ent.end, obj.right_edge.i + 1), *subtree_ids(clauses[0])]
                start = ent.start_char if obj.left_edge.lower_ != "the" else obj.left_edge.idx
                return ctx.doc.char_span(start, ent.end_char), ids, clauses[0]
        told = [c for c in children_of(obj) if c.dep_ == "relcl" and c.left_edge.i > obj.i]
        if told and kind_of(ctx, obj) == "outlet":
            clause = told[0]
            subj = children(clause, "nsubj", "nsubjpass")
            if subj and subj[0].left_edge.i == clause.left_edge.i and subj[0].tag_ not in (
                    "WDT", "WP", "WP$") and subj[0].lower_ != "that":
                name = ctx.doc[obj.left_edge.i : clause.left_edge.i]
                return name, list(subtree_ids(clause)), clause
    return None
