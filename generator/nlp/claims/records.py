"""From a found cue to the ``ClaimMention`` record the annotation cache and the pages read.

``to_mention`` tidies the cue (it does not end in a modifier of a word outside it), keeps the
content from starting inside its cue, reads the source phrase (its span, its kind, the actor a
pronoun or description stands for, where the speaker is named; none for the empty "it" of "it
emerged that"; the study itself for an "it" after "a Toshiba study found"), collects the hedges (the
cue's own, modals and hedge adverbs in the content's clause, a reporting adverb taken into the cue)
and asks ``shown.is_weak`` whether the pages show it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from generator.annotations import ClaimMention
from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of

from .agreement import agreed_source
from .context import Context, Found
from .phrase import source_phrase
from .received import experienced_by, received_from
from .resolve import document_antecedent, kind_of, resolve
from .shown import is_weak
from .sources import expletive, speaker_parts, subject_of
from .spans import runs, span_of
from .tagged import peak

# A negation between a cue and its content belongs to the content ("announced no plans to ...")
_NEGATION = re.compile(r"\b(?:no|not|never)\b", re.IGNORECASE)
_NEGATION_GAP = 30  # characters: a few words, not another clause


def _bearer(tok: Token) -> list[Token] | None:
    """The name before a post-nominal the parse took for the source ("Richard Mawrey, QC
    told"), with its titles ("Deputy High Court Judge Richard Mawrey"), or None."""
    if tok.lower_.rstrip(".") not in actor_lexicon().honour_letters or tok.i == 0:
        return None
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    prev = toks[tok.i - 1]
    if prev.text == "," and tok.i > 1:
        prev = toks[tok.i - 2]
    if prev.pos_ != "PROPN" or not prev.is_title:
        return None
    start = prev.i
    while start > 0 and toks[start - 1].dep_ in ("compound", "flat") and toks[start - 1].pos_ in (
            "PROPN", "NOUN") and toks[start - 1].is_title:
        start -= 1
    return list(toks[start : prev.i + 1])


def to_mention(ctx: Context, item: Found, probs: Sequence[float] = ()) -> ClaimMention:
    """Turn a found cue into a ``ClaimMention`` (``probs``: the classifier's probability per
    token, empty without it). ``item`` is left as it is."""
    text = ctx.text
    item = replace(item, cue=tidy_cue(item.cue))
    received = received_from(ctx, item.cue) or experienced_by(ctx, item.cue)
    if received is not None:  # "The plan drew criticism from rivals": the rivals' about the plan
        item = given_by(ctx, item, *received)
    cue_start = item.cue[0].idx
    cue_end = max(t.idx + len(t) for t in item.cue)
    content = (item.content[0][0], item.content[-1][1])
    if len(item.content) == 1 and cue_start <= content[0] < cue_end < content[1]:
        # the content does not start inside its cue ("co-ordinate": "ordinate any ...")
        rest = text[cue_end : content[1]]
        content = (cue_end + len(rest) - len(rest.lstrip()), content[1])
        item = replace(item, content=[content])
    negation = _NEGATION.search(text, cue_end, content[0]) if len(item.content) == 1 else None
    if negation is not None and content[0] - cue_end <= _NEGATION_GAP:
        # "has announced no plans to cut jobs": the content keeps its negation, which the
        # parse left between the cue and the infinitive ("to cut jobs" says the opposite)
        content = (negation.start(), content[1])
        item = replace(item, content=[content])
    if item.source is not None and _seems_so(ctx, item):
        item = replace(item, source=None, source_span=None)
    span = text_of = kind = resolved = None
    if item.source is not None and item.source.pos_ in ("VERB", "AUX") and not item.source_span:
        subject = [c for c in item.source.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if subject:  # a misparse took a clause for the source: "he boasts about them …"
            item = replace(item, source=subject[0])
    # the subject of the cue's own verb only: not the "it" of "make it impossible to dismiss"
    document = (document_antecedent(ctx, item.source)
                if item.source is not None and not item.source_span
                and item.source.head.i == item.anchor else None)
    bearer = _bearer(item.source) if item.source is not None else None
    if bearer is not None:  # "Judge Richard Mawrey, QC told the hearing": the judge speaks
        item = replace(item, source=bearer[-1], source_span=(bearer[0].idx, bearer[-1].idx
                                                              + len(bearer[-1])))
    if item.source is not None and not expletive(item.source):
        span = item.source_span or source_phrase(item.source, item.cue, ctx.cue_tokens)
        if span is not None:
            text_of = text[span[0] : span[1]]
            # a transcript's speaker label names someone ("PENCE: Well, look, …")
            label = item.trigger == "form:label" and item.source.ent_type_ != "ORG"
            # a post-nominal is a person's ("Guy Mansfield QC warned")
            kind = "person" if label or bearer else kind_of(ctx, item.source)
            if kind == "thing" and _cited(ctx, item.source):
                kind = "document"  # "according to his biography": a record, not a thing
            resolved = agreed_source(ctx, item.source, resolve(ctx, item.source, kind))
            named = source_phrase(document) if document is not None else None
            if named is not None:  # "… a Toshiba study found. It found …": the study says
                # it; the source stays "It" where it is written, named as the study
                text_of, kind, resolved = text[named[0] : named[1]], "document", None
    via = item.via_span or (span_of(item.via) if item.via is not None else None)
    if via is not None:  # 'told BBC Radio Scotland: "…': the outlet without the quote's mark
        name = text[via[0] : via[1]].rstrip(_QUOTE_MARKS + " :")
        via = (via[0], via[0] + len(name)) if name else via
    hedges = hedges_of(ctx, item)
    cue_parts = runs(ctx.doc, (t.i for t in item.cue))
    quotes = ctx.quotes.overlapping(*content)
    claim = ClaimMention(
        cue=(cue_start, cue_end),
        cue_text=text[cue_start:cue_end],
        cue_class=item.cls,
        content=content,
        source=span,
        source_text=text_of,
        source_kind=kind,
        hedged=bool(hedges),
        hedge_cues=hedges,
        via=via,
        via_text=text[via[0] : via[1]] if via else None,
        resolved_source=resolved,
        content_parts=tuple(item.content) if len(item.content) > 1 else (),
        speaker_parts=(
            # "the Liverpool Echo newspaper" is the Liverpool Echo, as "the Labour party" is
            speaker_parts(document or item.source,
                          ctx.lex.description_heads | ctx.lex.outlet_nouns,
                          ctx.lex.person_heads | ctx.lex.anonymous_heads)
            if span is not None and item.source is not None
            else ()
        ),
        # "adopted ... and joked": the cue's own words only
        cue_parts=tuple(cue_parts) if len(cue_parts) > 1 else (),
        nested=item.nested,
        confirmed=item.nested and item.confirmed,
        direct=(
            any(
                ctx.quotes.spans[q][0] <= content[0] and content[1] <= ctx.quotes.spans[q][1]
                for q in quotes
            )
            if quotes
            else None
        ),
    )
    if is_weak(ctx, item, claim, peak(item, probs)):
        claim = replace(claim, weak=True)
    if kind == "thing":  # a thing says nothing: "The scale of the attack is pushing …"
        claim = replace(claim, source=None, source_text=None, source_kind=None,
                        resolved_source=None, speaker_parts=())
    return claim


def _seems_so(ctx: Context, item: Found) -> bool:
    """Whether the cue is a raising verb ("seem", "appear") whose complement is an adjective
    or a noun, a state and no act: "Trump's supporters seemed unperturbed", "Washington
    appears weak", "it seemed like an impossible task" are the writer's reading, no one's
    claim (as "It seems the band has split up"; "Rubio seemed to urge …" stays his)."""
    for tok in item.cue:
        if ctx.lex.lemma(tok) not in ctx.lex.raising_verbs:
            continue
        comps = [c for c in children_of(tok)
                 if c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd")
                 or (c.dep_ == "prep" and c.lower_ == "like")]
        if comps and comps[0].pos_ not in ("VERB", "AUX") and not any(
                c.dep_ == "ccomp" for c in children_of(comps[0])):
            return True  # (but "seemed hopeful that …" is a hope, with what is hoped)
    return False


def _cited(ctx: Context, source: Token) -> bool:
    """Whether ``source`` is the object of a cue such as "according to" set off as an aside
    (", according to his biography", "According to the timeline, …"), which cites it; not
    "to act according to their self-interest", a manner."""
    toks = doc_tokens(ctx.doc).tokens
    prep = source.head
    cue = prep.head
    if source.dep_ != "pobj" or cue.lower_ not in ctx.lex.prep_cues:
        return False
    if ctx.lex.prep_cues[cue.lower_][0] != prep.lower_:
        return False
    before = [t for t in toks[sent_of(cue).start : cue.i] if not (t.is_space or t.is_quote)]
    return not before or before[-1].text in (",", "(", "—", "–", "-")


_QUOTE_MARKS = "\"“”'‘’«»"


def given_by(ctx: Context, item: Found, giver: Token, verb: Token) -> Found:
    """A cue whose subject receives the stance (``received_from``) or causes the feeling
    (``experienced_by``): the giver or the one who feels is the source and the subject, what
    the stance or feeling is about, the content."""
    subject = subject_of(ctx, verb)
    span = span_of(subject) if subject is not None else None
    content = [span] if span is not None else item.content
    return replace(item, source=giver, source_span=None, content=content)


def tidy_cue(cue: list[Token]) -> list[Token]:
    """A cue does not end in a modifier whose word is outside it ("warned last" of
    "warned last week"): the word joins the cue when it is a date or time ("said last
    week"), else the modifier is dropped."""
    cue = list(cue)
    while len(cue) > 1:
        last = cue[-1]
        head = last.head
        if last.dep_ not in ("amod", "det", "compound", "nummod", "poss") or head.i <= last.i:
            break
        if head.i == last.i + 1 and head.ent_type_ in ("DATE", "TIME"):
            cue.append(head)
            break
        cue.pop()
    return cue


def hedges_of(ctx: Context, item: Found) -> tuple[str, ...]:
    """The hedge words of an attribution: its cue's own hedge and modals in the content."""
    toks = doc_tokens(ctx.doc).tokens
    lex = ctx.lex
    found = list(item.hedges)
    head = item.head
    # "She said the plant would close": after a past-tense cue, "would" is the reported
    # "will" (tense backshift), not a hedge
    past = item.anchor >= 0 and toks[item.anchor].tag_ in ("VBD", "VBN")
    if head is not None:
        heads = [head] + [c for c in children_of(head) if c.dep_ == "conj"]
        for h in heads:
            for c in children_of(h):
                modal = c.dep_ == "aux" and c.lower_ in lex.modals
                modal = modal and not (past and c.lower_ == "would")
                if modal or (c.dep_ == "advmod" and c.lower_ in lex.hedge_adverbs):
                    found.append(c.lower_)
    for c in children_of(item.cue[0]):
        if c.dep_ == "advmod" and c.lower_ in lex.hedge_adverbs:
            found.append(c.lower_)
    # a reporting adverb the cue took in: "are reportedly asked"
    found.extend(t.lower_ for t in item.cue if t.lower_ in lex.adverb_cues)
    return tuple(dict.fromkeys(found))
