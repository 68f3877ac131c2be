"""The cue classifier's say: what the rules found goes in, cue spans come out and are merged.

The rules propose and the classifier decides. ``marks`` turns the rules' cues, sources and
contents (those not nested in another's content) and the direct quotes into the classifier's
input; the classifier's cue spans (maximal runs of tokens over its threshold, a split-off
prefix taken back into its word by ``whole_word``) are merged into the rules' cues by
``merge_tagged``: a rule cue takes the spans it meets, a span no rule found becomes a cue of
its own (``tagged_cue``, with source and content from the same finders, or from its clause:
``clause_cue``), and a rule cue no span meets is dropped unless nested or signed.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.nlp.tokens import hyphen_end

from .classifier import Marks, token_marks
from .content import adjacent_quote, content_from
from .context import Context, Found
from .cues import adj_cue, adverb_cue, noun_cue, noun_prep_cue, obj_cue, prep_cue
from .phrase import source_span
from .sources import subject_of
from .spans import CharSpan, children, span_of_ids, subtree_ids, within
from .verbs import verb_cue

# Parts of speech that make no cue on their own (a classifier span of only these is dropped)
_FUNCTION_POS = frozenset({"ADV", "ADP", "AUX", "PART", "DET", "CCONJ", "SCONJ", "PUNCT", "SPACE"})


def marks(ctx: Context, items: list[Found]) -> Marks:
    """What the rules found (cue, source and content of the cues not nested in another's
    content) and the direct quotes, one flag per token: the classifier's input."""
    doc = ctx.doc
    cue = [False] * len(doc)
    kind = [""] * len(doc)
    sources: list[CharSpan] = []
    contents: list[CharSpan] = []
    for item in items:
        if item.nested:
            continue
        for t in item.cue:
            cue[t.i] = True
            kind[t.i] = f"{item.trigger.split(':')[0] or 'hand'}:{item.cls}"
        if item.source is not None:
            span = item.source_span or source_span(item.source, hull=True)
            if span is not None:
                sources.append(span)
        contents.extend(item.content)
    return Marks(
        cue, token_marks(doc, sources), token_marks(doc, contents),
        token_marks(doc, ctx.quotes.spans), kind,
        [ctx.lex.word_class(t) for t in doc_tokens(doc).tokens],
    )  # fmt: skip


def whole_word(doc: Doc, span: Span) -> Span:
    """A classified cue that is only a prefix the tokenizer split off its word ("co" of
    "co-ordinate") takes the whole word. (Widening every span over hyphens costs PolNeAR
    dev source F1 0.002.)"""
    first = span[0]
    if len(span) == 1 and first.is_lower and len(first) <= 4:
        end = hyphen_end(doc, span.end)
        if end > span.end:
            return Span(doc, span.start, end)
    return span


def peak(item: Found, probs: Sequence[float]) -> float:
    """The classifier's highest probability over a cue's words (0 without a classifier)."""
    if not len(probs):
        return 0.0
    return max(float(probs[t.i]) for t in item.cue)


def merge_tagged(ctx: Context, found: dict[int, Found], tagged: Sequence[Span]) -> None:
    """Join the classifier's cue spans (``tagged``) to the rules' cues (``found``, by the
    index of their first token; changed in place): a rule cue takes the span(s) it meets as
    its cue ("said Tuesday", "took aim at"); a span no rule found becomes a cue of its own,
    with source and content read from the parse as for the rules' cues; a rule cue no span
    meets is dropped (``Settings.drop_unconfirmed``) unless it is nested in another's
    content ("told Reuters that officials believe ...")."""
    settings = ctx.settings
    owner = [-1] * len(ctx.doc)
    for key, item in found.items():
        for t in item.cue:
            owner[t.i] = key
    taken: dict[int, list[Token]] = {}
    for span in tagged:
        keys = sorted({owner[i] for i in range(span.start, span.end) if owner[i] >= 0})
        if keys:
            first = keys[0]
            mine = [t for t in span if owner[t.i] in (-1, first)]
            taken.setdefault(first, []).extend(mine)
            for other in keys[1:]:
                taken.setdefault(other, []).extend(t for t in span if owner[t.i] == other)
            continue
        item = tagged_cue(ctx, span)
        if item is None or not item.content:
            continue
        item.cue = list(span)
        item.trigger = "tagged"
        item.confirmed = True
        found[span.start] = item
        taken[span.start] = list(span)
    for key, item in list(found.items()):
        toks = taken.get(key)
        if toks:
            item.confirmed = True
            own = {t.i for t in item.cue}  # "reportedly" is not widened into its clause
            toks = [t for t in toks if t.i in own or not within(t, item.content)]
            source = item.source
            if source is not None and source.i > item.anchor >= 0 and source.dep_ in (
                    "advmod", "npadvmod"):  # "said Skelly" (an adverb to the parse): the
                lo, hi = source.left_edge.i, source.right_edge.i  # name speaks, no cue
                toks = [t for t in toks if t.i in own or not (
                    lo <= t.i <= hi and t.dep_ != "case")]
            if settings.keep_phrases and item.trigger == "" and len(item.cue) > 1:
                toks = [*toks, *item.cue]  # a listed phrase ("is seen as") stays whole
            item.cue = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
        elif (
            settings.drop_unconfirmed
            and not item.nested
            and not item.trigger.startswith("form:")
        ):
            # kept: a nested cue (PolNeAR, which the classifier learned from, marks few
            # cues inside another's content, so its "no" there is weak evidence) and a
            # signed quote or speaker label (the layout is the evidence)
            del found[key]


def tagged_cue(ctx: Context, span: Span) -> Found | None:
    """Source and content for a cue span the classifier found and the rules did not."""
    lex = ctx.lex
    root = span.root
    toks = list(span)
    if all(t.pos_ in _FUNCTION_POS for t in toks) and not any(
        t.lower_ in lex.adverb_cues for t in toks
    ):
        return None  # a tagged "also", "about" or "has" alone attributes nothing
    if _accordance(ctx, toks):
        return None  # "according to plan": in line with it, no one is cited
    item: Found | None = None
    for tok in toks:  # "took aim at": a stance object inside the span
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and tok.head in toks:
            item = obj_cue(ctx, tok, "assertion", at=root)
            if item is not None:
                item.anchor = tok.i
                return item
    for tok in toks:  # "is critical of": a copula adjective
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            item = adj_cue(ctx, tok, "belief", at=root)
            if item is not None:
                item.anchor = tok.i
                return item
    if root.pos_ in ("VERB", "AUX") and _appearance(ctx, root):
        return None  # "first appeared on the company's blog": a place, nothing seems
    if root.pos_ in ("VERB", "AUX"):
        item = verb_cue(ctx, root, lex.lemma(root), cls="assertion")
    elif root.pos_ in ("NOUN", "PROPN"):
        item = noun_cue(ctx, root, "assertion")
        if item is None:
            item = noun_prep_cue(ctx, root, "assertion", need_poss=False)
    elif root.pos_ == "ADV" and root.dep_ == "advmod" and root.lower_ in lex.adverb_cues:
        item = adverb_cue(ctx, root, lex.adverb_cues[root.lower_])
    elif root.pos_ == "ADP" and len(toks) > 1:
        objs = children(toks[-1], "pobj")
        if objs:
            item = prep_cue(ctx, root, toks[-1], "report")
    if (item is None or not item.content) and ctx.settings.tagged_fallback:
        item = clause_cue(ctx, span)
    if item is not None:
        item.anchor = root.i
    return item


def _appearance(ctx: Context, verb: Token) -> bool:
    """Whether a raising verb ("appear", "seem") has no complement, only a place or a
    medium ("appeared on a radio show", "appeared by video"): an appearance, not a view."""
    return ctx.lex.lemma(verb) in ctx.lex.raising_verbs and not children(
        verb, "xcomp", "ccomp", "acomp", "attr", "oprd", "advcl")


def _accordance(ctx: Context, toks: Sequence[Token]) -> bool:
    """Whether the span is "according to" an object that cites no one ("plan", "his
    wishes": ``accordance_objects``)."""
    for tok in toks:
        if tok.lower_ == "to" and tok.i > 0 and ctx.doc[tok.i - 1].lower_ == "according":
            objs = children(tok, "pobj")
            if objs and objs[0].lemma_.lower() in ctx.lex.accordance_objects:
                return True
    return False


def clause_cue(ctx: Context, span: Span) -> Found | None:
    """A classified cue whose content the cue finders do not give: the subject is the source,
    the rest of the cue's clause (or an adjacent quote) the content. A noun that is the
    clause's subject gets none ("plans were announced": the predicate is no claim)."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("nsubj", "nsubjpass"):
        return None
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head.i != verb.i:
        verb = verb.head
    source = subject_of(ctx, verb) if verb.pos_ in ("VERB", "AUX") else None
    skip = set(range(span.start, span.end))
    agent = passive_agent(verb) if span.start <= verb.i < span.end else None
    if agent is not None:  # "is not always preferred by the unions": the unions'
        found = agent_cue(ctx, span, verb, agent)
        if found is not None:
            return found
    named = headline_name(root, verb)
    if named is not None:  # "Trump demands Ginsburg resign": the name before the cue
        source = verb
        skip.update(named)
    elif source is not None:
        skip.update(subtree_ids(source))
    for c in children_of(verb):  # "a symposium that analysts see as a signal": not "that"
        if c.tag_ in ("WDT", "WP", "WP$") or (c.lower_ == "that" and c.dep_ != "mark"):
            skip.add(c.i)
    ids = [i for i in subtree_ids(verb) if i not in skip]
    after = [i for i in ids if i >= span.end]  # what the cue governs follows it ...
    ids = after if after or source is None else ids  # ... else the clause around it
    content = content_from(ctx, ids, root) if ids else []
    if not content:
        quote = adjacent_quote(ctx, root, source)
        content = [quote] if quote is not None else []
    if not content:
        return None
    found = Found(list(span), "assertion", content, source=source, head=verb)
    if named is not None:
        found.source_span = span_of_ids(ctx.doc, named)
    return found


def passive_agent(verb: Token) -> Token | None:
    """The object of the "by" of a passive verb ("preferred by the unions"), or None."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return None
    agents = [o for a in children(verb, "agent") for o in children(a, "pobj") if not o.like_num]
    return agents[0] if agents else None


def agent_cue(ctx: Context, span: Span, verb: Token, agent: Token) -> Found | None:
    """A classified passive cue with a "by" agent: the agent is the source and what the verb
    is said of, its passive subject or the noun a participle hangs on ("The town described by
    the president"), the content; None when there is no such subject."""
    subjects = children(verb, "nsubjpass", "csubjpass", "csubj")
    if subjects:
        ids = list(subtree_ids(subjects[0]))
    elif verb.dep_ == "acl" and verb.head.i < verb.i:
        ids = list(range(verb.head.left_edge.i, verb.left_edge.i))
    elif verb.dep_ == "advcl" and verb.i in range(span.start, span.end):
        # "Asked by Starnes if he believed …, Carson said": what the asker asked
        skip = {*range(span.start, span.end), *subtree_ids(agent.head)}
        ids = [i for i in subtree_ids(verb) if i not in skip and i > agent.i]
    else:
        return None
    content = content_from(ctx, ids, span.root)
    if not content:
        return None
    return Found(list(span), "assertion", content, source=agent, head=verb)


def headline_name(cue: Token, root: Token) -> range | None:
    """The words of a name the parse made the root of a title-case headline, taking its verb
    for a noun object right after it ("Trump Demands Ginsburg Resign", "Sanders Vows To
    …": "Trump" the root, "Demands" its object): the name's own words, before the cue;
    None for any other shape."""
    if not (root.dep_ == "ROOT" and root.pos_ in ("PROPN", "NOUN") and root.is_title
            and cue.head.i == root.i and cue.i == root.i + 1 and cue.tag_ in ("NNS", "NNPS")):
        return None
    return range(root.left_edge.i, root.i + 1)

