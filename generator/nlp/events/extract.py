"""The event extractor's entry point: find events sentence by sentence and make the records.

``extract_events(doc, actors, article_date)`` skips questions, takes verbal events first and
then nominal ones (a bare event noun inside a verbal event's clause is part of that event, not
one of its own), keeps at most a few per sentence in text order, and turns each into an
``EventMention``: participants by the actor mention they fall in (else their noun chunk), the
place by its actor or entity, and the date resolved against the article's date.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from generator.annotations import ActorMention, EventMention, EventParticipant
from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.dates import resolve_date
from generator.nlp.doc_tokens import DocTokens, children_of, doc_tokens
from generator.nlp.events.concepts import load_concepts
from generator.nlp.events.context import (
    ArticleIndex,
    EventContext,
    EventParts,
    EventSettings,
    children,
)
from generator.nlp.events.headlines import headline_events, is_headline
from generator.nlp.events.lexicon import load_lexicon
from generator.nlp.events.nominal import adjectival_event, nominal_event
from generator.nlp.events.verbal import verbal_event
from generator.nlp.tokens import hyphen_prefix, hyphen_start
from generator.vocab import Modality, ParticipantRole


def extract_events(
    doc: Doc,
    actors: Sequence[ActorMention] = (),
    article_date: str | None = None,
    *,
    settings: EventSettings | None = None,
) -> list[EventMention]:
    """Return the events the sentences of ``doc`` state, in text order."""
    if not doc.has_annotation("DEP"):
        return []  # no parse, no arguments
    settings = settings or EventSettings()
    ctx = EventContext(lex=load_lexicon(), index=ArticleIndex.of(doc, actors), settings=settings,
                       concepts=load_concepts())
    events: list[EventMention] = []
    dt = doc_tokens(doc)
    for sent in dt.sents:
        if dt.span_text(sent.start, sent.end).rstrip().endswith("?"):
            continue
        found: list[EventParts] = []
        used: set[int] = set()
        verbs, nouns = _candidates(dt, sent.start, sent.end)
        for tok in verbs:
            parts = _happened(verbal_event(tok, ctx), tok, ctx)
            if parts is not None and parts.trigger.i not in used:
                used.add(parts.trigger.i)
                found.append(parts)
        for tok in nouns:
            if tok.i in used or _brought_about(tok, used, ctx):
                continue
            parts = nominal_event(tok, ctx) or adjectival_event(tok, ctx)
            if parts is not None:
                used.add(tok.i)
                found.append(parts)
        if is_headline(sent):
            found.extend(headline_events(sent, ctx, used))
        found.sort(key=lambda p: p.trigger.i)
        events.extend(
            _mention(p, ctx, article_date) for p in found[: settings.max_per_sentence]
        )
    return events


def _candidates(dt: DocTokens, start: int, end: int) -> tuple[list[Token], list[Token]]:
    """The tokens of ``dt[start:end]`` that can trigger an event, in one pass: the verbs
    (``verbal_trigger`` takes nothing else) and the nouns and adjectives (``nominal_event``,
    ``adjectival_event``)."""
    verbs: list[Token] = []
    nouns: list[Token] = []
    for tok, pos in zip(dt.tokens[start:end], dt.pos[start:end], strict=True):
        if pos == "VERB":
            verbs.append(tok)
        elif pos in ("NOUN", "ADJ"):
            nouns.append(tok)
    return verbs, nouns


def _happened(parts: EventParts | None, verb: Token, ctx: EventContext) -> EventParts | None:
    """"The detention of X in Canada ... occurred at the behest of Y": the noun's event, with
    its own participants, place and concept, said by the verb's clause (its summary, modality
    and span)."""
    if parts is None or parts.trigger.i == verb.i or verb.lemma_.lower() not in ctx.lex.happening:
        return parts
    told = nominal_event(parts.trigger, ctx)
    if told is None:
        return parts
    told.summary, told.fragment = parts.summary, parts.fragment
    told.modality, told.negated = parts.modality, parts.negated
    told.place = told.place or parts.place
    told.date = told.date or parts.date
    tokens = {t.i: t for t in (*parts.span_tokens, *(told.span_tokens or (told.trigger,)))}
    told.span_tokens = tuple(tokens[i] for i in sorted(tokens))
    return told


def _brought_about(tok: Token, used: set[int], ctx: EventContext) -> bool:
    """Say whether a noun is the object of a verbal event that brings it about ("convened a
    meeting with tech leaders"): the verb's event is the noun's. (A noun a verb says happened,
    "an attack had occurred", is that verb's trigger already: ``verbal`` and ``_happened``.)"""
    verb = tok.head
    return (verb.i in used and tok.dep_ == "dobj"
            and verb.lemma_.lower() in ctx.lex.bringing_about)


def _participant(tok: Token, role: str, index: ArticleIndex) -> EventParticipant:
    """Make a participant from an actor mention containing ``tok``, else its noun chunk."""
    prefixed = _adjective_prefix(tok)
    if prefixed is not None:  # "Pro-Beijing won a majority": the pro-Beijing camp, not Beijing
        start, end = prefixed.idx, tok.idx + len(tok)
        return EventParticipant(span=(start, end), text=index.text[start:end], role=role)
    actor = index.actor.get(tok.i)
    if actor is None:  # "the company DeepSeek", "his firm, Acme,": the named apposition
        named = [index.actor[c.i] for c in children(tok, "appos") if c.i in index.actor]
        actor = named[0] if named else None
    if actor is not None:
        return EventParticipant(span=actor.span, text=actor.text, role=role)
    chunk = index.chunk.get(tok.i)
    tokens: list[Token] = list(chunk) if chunk is not None and chunk.root == tok else [tok]
    start = hyphen_start(tok.doc, tokens[0].i)  # "Pro-democracy ...", not "democracy ..."
    tokens[:0] = doc_tokens(tok.doc).tokens[start : tokens[0].i]
    for prep in children(tok, "prep"):
        if prep.lower_ == "of":
            for pobj in children(prep, "pobj"):
                inner = index.chunk.get(pobj.i)
                tokens.extend([prep, *(inner if inner is not None else [pobj])])
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return EventParticipant(span=(start, end), text=index.text[start:end], role=role)


def _adjective_prefix(tok: Token) -> Token | None:
    """The prefix of an adjective ``tok`` ends, joined by a hyphen ("pro" of "pro-Beijing",
    "anti" of "anti-Tory"), else None."""
    if tok.pos_ != "PROPN":  # "his ex-boss, John Brown": a noun the prefix makes, not a name
        return None
    return hyphen_prefix(tok, actor_lexicon().adjective_prefixes)


def _mention(parts: EventParts, ctx: EventContext, article_date: str | None) -> EventMention:
    """Turn parts into an EventMention with character offsets."""
    index = ctx.index
    participants: list[EventParticipant] = []
    seen: set[tuple[int, int]] = set()
    roles = (
        (parts.agents, ParticipantRole.AGENT),
        (parts.patients, ParticipantRole.PATIENT),
        (parts.recipients, ParticipantRole.RECIPIENT),
        (parts.others, ParticipantRole.PARTICIPANT),
    )
    for toks, role in roles:
        for tok in toks:
            if index.bare_pronoun(tok) and role != ParticipantRole.AGENT:
                continue
            p = _participant(tok, role, index)
            if p.span not in seen:
                seen.add(p.span)
                participants.append(p)
    span_toks = parts.span_tokens or (parts.trigger,)
    start = min(t.idx for t in span_toks)
    end = max(t.idx + len(t) for t in span_toks)
    place = parts.place
    place_span: tuple[int, int] | None = None
    place_text: str | None = None
    if place is not None:
        actor = index.actor.get(place.i)
        ent = index.ent.get(place.i)
        if actor is not None:
            place_span, place_text = actor.span, actor.text
        elif ent is not None:
            place_span, place_text = (ent.start_char, ent.end_char), ent.text
    date_iso = date_text = None
    if parts.date is not None:
        date_text = parts.date.text
        future = any(t.lower_ in ("will", "shall") for t in parts.trigger.head.lefts) or any(
            t.lower_ in ("will", "shall") for t in parts.trigger.lefts
        )
        date_iso = resolve_date(date_text, article_date, future=future)
    trig = parts.trigger
    nominal = parts.kind == "nominal" or not parts.kind and trig.pos_ == "NOUN"
    pos = "NOUN" if nominal else "VERB"
    return EventMention(
        trigger=parts.lemma,
        trigger_span=(trig.idx, trig.idx + len(trig)),
        span=(start, end),
        summary=parts.summary,
        participants=tuple(participants),
        place=place_span,
        place_text=place_text,
        date=date_iso,
        date_text=date_text,
        negated=parts.modality == Modality.NEGATED,
        modality=parts.modality,
        concept=ctx.concepts.concept(parts.lemma, pos),
        kind="nominal" if pos == "NOUN" else "verbal",
        fragment=parts.fragment,
        modifiers=tuple(sorted({c.lemma_.lower() for c in children_of(trig)
                                if c.dep_ == "compound"}))
        if nominal else (),
        generic=nominal and _generic(trig),
        earlier=not nominal and _earlier(trig),
    )


# Determiners that make an event noun a kind of event: "every murder", "all types of murder".
_KIND_DETERMINERS = frozenset({"every", "all", "any", "each", "no"})


# Adverbs that put what a verb says on an earlier occasion than the article's news
_EARLIER = frozenset(("previously", "formerly"))


def _earlier(verb: Token) -> bool:
    """Say whether the verb is put on an earlier occasion ("She previously won in 1999", "who
    formerly managed Porto"): not the news another article tells with the same verb."""
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in children_of(verb))


def _generic(noun: Token) -> bool:
    """Say whether an event noun names a kind of event, not one: a determiner of kinds
    ("every murder", "all murders", "no arrest"). A bare noun is not taken as a kind: headlines
    and "charged with murder" name one event (ECB+ tune half .780 -> .731 when it was)."""
    dets = [c for c in children_of(noun) if c.dep_ in ("det", "predet")]
    return any(d.lower_ in _KIND_DETERMINERS for d in dets)
