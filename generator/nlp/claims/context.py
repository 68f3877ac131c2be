"""What every step of the claim extractor reads about one article, and what a step hands on.

``Context`` is built once per Doc by ``claim_context`` and never changes: the Doc and its text,
the word lists, the cue classifier and the ``Settings`` (the algorithm's switches, whose
defaults are the shipped behaviour), the direct quotes, the model's entities and the names a
pronoun or description may stand for (the actor extractor's typed names when it ran), each
with a per-token index; every function of the subpackage takes it as its first argument.
``Found`` is the working record of one cue on its way to a ``ClaimMention``: a cue finder
makes it and the extraction pass completes it in place (the token that triggered it, whether
it is nested in another's content, the quotes that continue its content, the classifier's
say).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from generator.annotations import ActorMention
from generator.nlp.actors.context import product_tokens
from generator.nlp.doc_tokens import doc_tokens

from .agreement import Genders, read_genders
from .classifier import CueClassifier
from .labels import transcript_labels
from .lexicon import Lexicon
from .quotes import Quotes
from .spans import CharSpan

# The model's labels for the actor extractor's types (for pronoun and description look-ups).
_TYPE_LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE", "group": "NORP"}


@dataclass(frozen=True)
class Settings:
    """The extractor's switches; the defaults are what the pages and the figures use."""

    # When the cue classifier has the last word, rule cues it does not confirm are dropped;
    # with False they are kept beside the classifier's own cues.
    drop_unconfirmed: bool = True
    # A confirmed multiword cue of the hand-written lexicon ("is seen as", "according to")
    # keeps all its words: the classifier may widen it but not cut it.
    keep_phrases: bool = True
    # A classified cue with no content from the cue finders takes its clause.
    tagged_fallback: bool = True
    # A cue only the classifier found shows on the pages when its likeliest word reaches this
    # probability (chosen on the held-out tenth of PolNeAR train; see ``shown``).
    sure_tagged: float = 0.5
    # A cue learned from PolNeAR's stance readings ("verb:explore", "obj:story") shows on the
    # pages only when the classifier is this sure of it and it says a clause or a quote: on
    # BBC most of them are no claims ("were aware of the problems", "explores new music").
    sure_learned: float = 0.8
    # A content of fewer words is no claim a reader can use ("advised against it").
    min_content_words: int = 2


@dataclass
class Found:
    """A cue with its parts before it becomes a ``ClaimMention``."""

    cue: list[Token]
    cls: str
    content: list[CharSpan]
    source: Token | None = None
    source_span: CharSpan | None = None
    via: Token | None = None
    via_span: CharSpan | None = None  # the outlet's name when the parse ran it into the content
    hedges: tuple[str, ...] = ()
    head: Token | None = None  # the token whose clause carries the content (for hedges)
    anchor: int = -1  # index of the token that triggered the cue
    nested: bool = False  # inside another attribution's content clause
    clausal: bool = False  # the content is a that-clause of the cue (it can hold nested cues)
    trigger: str = ""  # "verb:back", "adj:critical", "noun:criticism" for learned cues
    confirmed: bool = False  # the cue classifier marked (part of) the cue

    @property
    def learned(self) -> bool:
        """Whether a cue learned from PolNeAR found it ("verb:back", "obj:doubt"), not a
        rule (""), the classifier ("tagged") or a form ("form:label")."""
        return self.trigger.split(":", 1)[0] in ("verb", "obj", "noun", "adj")


@dataclass(frozen=True)
class Context:
    """One article as the extractor reads it; see ``claim_context``."""

    doc: Doc
    text: str  # Doc.text joins every token: read it once
    lex: Lexicon
    classifier: CueClassifier | None
    settings: Settings
    quotes: Quotes
    ents: tuple[Span, ...]  # the model's entities
    ent_at: tuple[int, ...]  # per token, the index of its entity in ``ents`` (-1: none)
    person_words: frozenset[str]  # the words of the model's PERSON entities
    # The names a pronoun or description can stand for, indexed per token like ``ents``.
    names: tuple[Span, ...]
    name_at: tuple[int, ...]
    # Names by label, sorted by end, for "nearest one before" look-ups: ``(ends, spans)``;
    # "OUTLET" holds the outlets among the entities, "FIRM" the organisations that are not.
    by_label: Mapping[str, tuple[Sequence[int], Sequence[Span]]]
    # The actor extractor's mentions when it ran (its pronoun links: ``agreement``)
    actors: tuple[ActorMention, ...] = ()
    genders: Genders = Genders()  # what the article tells of those people's gender
    # tokens of the names the actor extractor took for products or works ("The PSP")
    products: frozenset[int] = frozenset()
    # the colons of a transcript's speaker labels ("KATE BOULDUAN: …"; ``labels``)
    labels: frozenset[int] = frozenset()
    # the tokens of the cues the classifier confirmed: a source phrase stops before a relative
    # clause after a comma that holds one ("Reid, who endorsed Clinton, said")
    cue_tokens: frozenset[int] = frozenset()


def claim_context(
    doc: Doc,
    lex: Lexicon,
    classifier: CueClassifier | None = None,
    actors: Sequence[ActorMention] | None = None,
    settings: Settings | None = None,
) -> Context:
    """Read once what the extractor needs of ``doc``.

    The names a pronoun or description can stand for are the actor extractor's cleaned and
    typed names when it ran (``actors``: "DeepSeek", which the model may tag as a product, is
    an organisation), else the model's entities.
    """
    ents = tuple(doc_tokens(doc).ents)
    ent_at = _index_at(doc, ents)
    names = ents if actors is None else _actor_names(doc, actors)
    name_at = ent_at if actors is None else _index_at(doc, names)
    by_label: dict[str, tuple[list[int], list[Span]]] = {}
    for name in names:
        ends, spans = by_label.setdefault(name.label_, ([], []))
        ends.append(name.end_char)
        spans.append(name)
    outlets = [e for e in ents if e.label_ == "ORG" and lex.is_outlet_name(e)]
    by_label["OUTLET"] = ([e.end_char for e in outlets], outlets)
    # "told Reuters that the company was planning ...": the company is not the agency
    firms = [e for e in names if e.label_ == "ORG" and not lex.is_outlet_name(e)]
    by_label["FIRM"] = ([e.end_char for e in firms], firms)
    text = doc_tokens(doc).text
    return Context(
        doc=doc,
        text=text,
        lex=lex,
        classifier=classifier,
        settings=settings or Settings(),
        quotes=Quotes.of(text),
        ents=ents,
        ent_at=ent_at,
        person_words=frozenset(t.text for e in ents if e.label_ == "PERSON" for t in e),
        names=names,
        name_at=name_at,
        by_label=MappingProxyType(
            {k: (tuple(ends), tuple(spans)) for k, (ends, spans) in by_label.items()}
        ),
        actors=tuple(actors or ()),
        genders=read_genders(doc, actors or ()),
        products=product_tokens(doc) if actors is not None else frozenset(),
        labels=transcript_labels(doc, lex.page_labels),
    )


def _actor_names(doc: Doc, actors: Sequence[ActorMention]) -> tuple[Span, ...]:
    """The actor extractor's names as spans labelled like the model's entities, by position."""
    out: list[Span] = []
    for m in actors:
        label = _TYPE_LABELS.get(m.type)
        span = doc.char_span(*m.span, label=label) if label and m.kind == "name" else None
        if span is not None:
            out.append(span)
    return tuple(sorted(out, key=lambda s: s.start))


def _index_at(doc: Doc, spans: Sequence[Span]) -> tuple[int, ...]:
    """For each token, the index of the span in ``spans`` that holds it (-1 for none)."""
    at = [-1] * len(doc)
    for k, span in enumerate(spans):
        for i in range(span.start, span.end):
            at[i] = k
    return tuple(at)
