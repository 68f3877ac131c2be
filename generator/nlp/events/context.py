"""What every event rule reads: the settings, the per-document index and the parts of an event.

``EventSettings`` holds the limits of the extractor (today's values are the defaults).
``ArticleIndex`` maps each token of a document to the actor mention, named entity and noun
chunk it lies in, built once per document; ``EventContext`` bundles it with the lexicon and
the settings and never changes. ``EventParts`` is the mutable record of one event while the
rules fill it in. The small tree helpers here (children by label, conjuncts) are shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.annotations import ActorMention
from generator.nlp.claims.quotes import find_quotes
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.nlp.events.concepts import ConceptTable
from generator.nlp.events.lexicon import Lexicon
from generator.nlp.tokens import inside, token_spans
from generator.vocab import ActorType, MentionKind

PLACE_LABELS = {"GPE", "LOC", "FAC"}
DATE_LABELS = {"DATE"}


@dataclass(frozen=True)
class EventSettings:
    """The limits of the event extractor."""

    max_per_sentence: int = 10  # events kept per sentence, in text order
    max_summary: int = 120  # characters of a summary line, cut at a word boundary
    # How many prepositions deep a place is looked for below a verb, a noun or an argument
    # ("an invitation to a summit in X").
    place_path_depth: int = 2


@dataclass(frozen=True)
class ArticleIndex:
    """Per-document lookups from token index to actor, entity and noun chunk."""

    doc: Doc
    actor: dict[int, ActorMention]
    ent: dict[int, Span]
    chunk: dict[int, Span]
    text: str = ""  # ``doc.text``, which spaCy rebuilds from the tokens on every access
    quoted: tuple[bool, ...] = ()  # per token: inside a direct quote (``find_quotes``)

    @classmethod
    def of(cls, doc: Doc, actors: Sequence[ActorMention]) -> ArticleIndex:
        """Index ``doc``: named actor mentions win over pronouns, longer spans over shorter."""
        actor: dict[int, ActorMention] = {}
        ranked = sorted(actors, key=lambda a: (a.kind != MentionKind.NAME, a.span[0] - a.span[1]))
        for mention in ranked:
            span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                actor.setdefault(i, mention)
        ent: dict[int, Span] = {}
        for e in doc_tokens(doc).ents:
            for i in range(e.start, e.end):
                ent[i] = e
        chunk: dict[int, Span] = {}
        try:
            for c in doc.noun_chunks:
                for i in range(c.start, c.end):
                    chunk[i] = c
        except ValueError:  # no parser: leave chunks empty
            pass
        text = doc_tokens(doc).text
        # once per document: quotes run over sentences
        quoted = tuple(inside(doc, token_spans(doc, find_quotes(text))))
        return cls(doc=doc, actor=actor, ent=ent, chunk=chunk, text=text, quoted=quoted)

    def in_quote(self, tok: Token) -> bool:
        """Say whether ``tok`` lies inside a direct quote (a speaker's own words)."""
        return tok.i < len(self.quoted) and self.quoted[tok.i]

    def is_place(self, tok: Token) -> bool:
        """Say whether ``tok`` heads a place name (an entity or a place actor)."""
        actor = self.actor.get(tok.i)
        if actor is not None and actor.type == ActorType.PLACE:
            return True
        ent = self.ent.get(tok.i)
        return ent is not None and ent.label_ in PLACE_LABELS

    def actor_type(self, tok: Token) -> str | None:
        """The type of the actor ``tok`` is a mention of, or None."""
        actor = self.actor.get(tok.i)
        return actor.type if actor is not None else None

    def is_date(self, tok: Token) -> bool:
        """Say whether ``tok`` is part of a DATE entity."""
        ent = self.ent.get(tok.i)
        return ent is not None and ent.label_ in DATE_LABELS

    def bare_pronoun(self, tok: Token) -> bool:
        """Say whether ``tok`` is a pronoun no actor mention resolves ("some of X" is not)."""
        if tok.pos_ != "PRON" or tok.i in self.actor:
            return False
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))


@dataclass(frozen=True)
class EventContext:
    """One document as the event rules see it."""

    lex: Lexicon
    index: ArticleIndex
    settings: EventSettings
    concepts: ConceptTable


@dataclass
class EventParts:
    """The pieces of one event before it becomes an EventMention."""

    trigger: Token
    lemma: str
    passive: bool = False
    agents: tuple[Token, ...] = ()
    patients: tuple[Token, ...] = ()
    recipients: tuple[Token, ...] = ()
    others: tuple[Token, ...] = ()
    place: Token | None = None
    date: Span | None = None
    negated: bool = False
    modality: str = "asserted"
    kind: str = ""  # "verbal" or "nominal"; empty: by the trigger's part of speech
    fragment: bool = False  # the summary is the clause as written, not a sentence
    summary: str = ""
    span_tokens: tuple[Token, ...] = ()


def first_conjunct(tok: Token) -> Token:
    """Walk up a chain of verb conjuncts to the first one."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def children(tok: Token, *deps: str) -> list[Token]:
    """The children of ``tok`` with one of the dependency labels ``deps``."""
    return [c for c in doc_tokens(tok.doc).children[tok.i] if c.dep_ in deps]


def with_conjuncts(toks: Iterable[Token]) -> tuple[Token, ...]:
    """Add the later conjuncts of each token ("researchers and entrepreneurs")."""
    out: list[Token] = []
    for tok in toks:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
    return tuple(out)
