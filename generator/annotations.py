"""What the extractors find in one article, before merging across articles: typed records.

These are the records that cross the annotate -> merge boundary and go into the per-article
cache (``to_dict``/``from_dict``, exact round trip). This module imports no spaCy. Every span is
a ``(start, end)`` pair of character offsets into the article's ``text`` (the body, without
its title).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from .models import Article

Span = tuple[int, int]


def _span(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


def _spans(values: Any) -> tuple[Span, ...]:
    return tuple((int(s), int(e)) for s, e in values or ())


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is tuple or kind is list or isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, str):
        return str(value)  # an enum member as its value
    return value


def _record(obj: Any) -> dict[str, Any]:
    """A record's fields as plain data, in field order (``asdict`` without its deep copy)."""
    names = _FIELDS.get(type(obj))
    if names is None:
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: _plain(getattr(obj, name)) for name in names}


_FIELDS: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor in an article, cleaned and typed."""

    span: Span
    text: str
    type: str  # an ActorType
    name: str  # the canonical name in this article ("Xi Jinping" for "Xi")
    group: int  # mentions with the same group are one actor in this article
    kind: str = "name"  # a MentionKind
    role: str | None = None  # "President", "founder"
    role_of: str | None = None  # canonical name of what the role is of ("DeepSeek")
    role_span: Span | None = None  # where the role was said
    # What this mention stands for here when it differs from the actor's type: "organization"
    # for a country or city acting as a state or a team ("South Korea said", "Sweden beat ...").
    sense: str | None = None
    # The type rests on what this article says ("the band Keane", "Mr Ebbers", a known country),
    # not on the model's guess alone: across articles such reads outweigh the others.
    certain: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _record(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ActorMention:
        return cls(span=_span(d["span"]), text=d["text"], type=d["type"], name=d["name"],
                   group=int(d["group"]), kind=d.get("kind", "name"), role=d.get("role"),
                   role_of=d.get("role_of"), role_span=_span(d.get("role_span")),
                   sense=d.get("sense"), certain=bool(d.get("certain", False)))


@dataclass(frozen=True)
class ClaimMention:
    """A claim as one article states it: who (source) says (cue) what (content), how firmly.

    The first fields are cached and published; the last four only serve the PolNeAR scorer
    and are neither cached nor compared.
    """

    cue: Span
    cue_text: str
    cue_class: str  # a CueClass
    content: Span
    source: Span | None = None  # None when the text names no one ("is seen as")
    source_text: str | None = None
    source_kind: str | None = None  # a SourceKind, or None
    hedged: bool = False
    hedge_cues: tuple[str, ...] = ()
    # For chains such as "X told Reuters that ...": the outlet or document cited.
    via: Span | None = None
    via_text: str | None = None
    # The span of the named actor a pronoun or description resolves to, when known.
    resolved_source: Span | None = None
    # A content split around its cue: '"A," she said, "B."'
    content_parts: tuple[Span, ...] = ()
    # Where the source phrase names who speaks ("The BBC's Sarah Rainsford": her name).
    speaker_parts: tuple[Span, ...] = ()
    # Scored, but not a claim the pages show (see ``generator.nlp.claims``: the one place
    # that decides it).
    weak: bool = False
    # For the scorer only:
    cue_parts: tuple[Span, ...] = field(default=(), compare=False)  # "adopted ... and joked"
    nested: bool = field(default=False, compare=False)  # a cue inside another's content
    confirmed: bool = field(default=False, compare=False)  # ... that the classifier marked
    direct: bool | None = field(default=None, compare=False)  # content inside quote marks

    _SCORER_ONLY = ("cue_parts", "nested", "confirmed", "direct")
    _IF_SET = ("content_parts", "speaker_parts", "weak")

    def to_dict(self) -> dict[str, Any]:
        data = _record(self)
        for name in self._SCORER_ONLY:
            del data[name]
        for name in self._IF_SET:
            if not data[name]:
                del data[name]
        return data

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ClaimMention:
        return cls(
            cue=_span(d["cue"]), cue_text=d["cue_text"], cue_class=d["cue_class"],
            content=_span(d["content"]), source=_span(d.get("source")),
            source_text=d.get("source_text"), source_kind=d.get("source_kind"),
            hedged=bool(d.get("hedged", False)), hedge_cues=tuple(d.get("hedge_cues", ())),
            via=_span(d.get("via")), via_text=d.get("via_text"),
            resolved_source=_span(d.get("resolved_source")),
            content_parts=_spans(d.get("content_parts")),
            speaker_parts=_spans(d.get("speaker_parts")), weak=bool(d.get("weak", False)),
        )


@dataclass(frozen=True)
class EventParticipant:
    """An actor taking part in an event, by the span of its mention, with its role."""

    span: Span
    text: str
    role: str  # a ParticipantRole

    def to_dict(self) -> dict[str, Any]:
        return _record(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventParticipant:
        return cls(span=_span(d["span"]), text=d["text"], role=d["role"])


@dataclass(frozen=True)
class EventMention:
    """Who did what to whom, where and when, as one sentence says it."""

    trigger: str  # the lemma of the event word ("decline", "detention")
    trigger_span: Span
    span: Span  # the clause or noun phrase that states the event
    summary: str  # a short readable line: "Liang Wenfeng declines an invitation to ..."
    participants: tuple[EventParticipant, ...] = ()
    place: Span | None = None
    place_text: str | None = None
    date: str | None = None  # ISO date (or year/month) when the text or article gives one
    date_text: str | None = None
    negated: bool = False  # always ``modality == "negated"``
    modality: str = "asserted"  # a Modality: asserted, negated, possible, future
    # The key events are merged by: the trigger's lemma, or the verb it is a synonym or a
    # nominalisation of ("detention" -> "arrest"); see patterns/event_concepts.yml.
    concept: str | None = None
    kind: str = "verbal"  # "verbal" or "nominal"
    # The summary is the clause as written, not a sentence: the text names no one who did it
    # ("Have fallen"); such an event is bare.
    fragment: bool = False
    # An event noun's compound modifiers ("news" of "a news conference", "spring" of "the
    # spring conference"): two nominal reports with different ones tell of different events.
    modifiers: tuple[str, ...] = ()
    # An event noun with "every", "all", "any", "each" or "no": a kind of event, not one
    # ("every murder is awful"); it joins no other report.
    generic: bool = False
    # A verb the text puts on an earlier occasion ("She previously won in 1999", "who had
    # formerly managed Porto"): another article's report of it now tells of another event.
    earlier: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = _record(self)
        data["participants"] = [p.to_dict() for p in self.participants]
        return data

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventMention:
        return cls(
            trigger=d["trigger"], trigger_span=_span(d["trigger_span"]), span=_span(d["span"]),
            summary=d["summary"],
            participants=tuple(EventParticipant.from_dict(p) for p in d.get("participants", ())),
            place=_span(d.get("place")), place_text=d.get("place_text"), date=d.get("date"),
            date_text=d.get("date_text"), negated=bool(d.get("negated", False)),
            modality=d.get("modality", "asserted"), concept=d.get("concept"),
            kind=d.get("kind", "verbal"), fragment=bool(d.get("fragment", False)),
            modifiers=tuple(d.get("modifiers", ())), generic=bool(d.get("generic", False)),
            earlier=bool(d.get("earlier", False)),
        )


@dataclass(frozen=True)
class ArticleAnnotations:
    """Everything the extractors found in one article: what the cache stores per article."""

    sentences: tuple[Span, ...] = ()
    tokens: int = 0
    actors: tuple[ActorMention, ...] = ()
    claims: tuple[ClaimMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    # names the article's own words show to be works or awards, not actors ("the biopic Ray")
    works: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": [list(s) for s in self.sentences],
            "tokens": self.tokens,
            "actors": [a.to_dict() for a in self.actors],
            "attributions": [c.to_dict() for c in self.claims],  # the cache's name for claims
            "events": [e.to_dict() for e in self.events],
            "works": list(self.works),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleAnnotations:
        """Read a cache entry; a wrong shape raises ``KeyError``/``TypeError``/``ValueError``."""
        if not isinstance(d, dict):
            raise TypeError("annotations are not an object")
        return cls(
            sentences=_spans(d.get("sentences")),
            tokens=int(d.get("tokens", 0)),
            actors=tuple(ActorMention.from_dict(a) for a in d.get("actors", ())),
            claims=tuple(ClaimMention.from_dict(c) for c in d.get("attributions", ())),
            events=tuple(EventMention.from_dict(e) for e in d.get("events", ())),
            works=tuple(str(w) for w in d.get("works", ())),
        )

    def shifted(self, by: int, group_base: int = 0) -> ArticleAnnotations:
        """The same annotations for a chunk that starts ``by`` characters into its article."""
        return ArticleAnnotations.from_dict(_shift(self.to_dict(), by, group_base))


def _shift(data: dict, by: int, group_base: int) -> dict:
    def move(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: move(v) for k, v in value.items()}
        if isinstance(value, list):
            if len(value) == 2 and all(type(v) is int for v in value):
                return [value[0] + by, value[1] + by]
            return [move(v) for v in value]
        return value

    out = move(data)
    out["tokens"] = data["tokens"]
    for actor in out["actors"]:
        actor["group"] = int(actor["group"]) + group_base
    return out


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article (with its sentences) and what the extractors found in it."""

    article: Article
    actors: tuple[ActorMention, ...] = ()
    claims: tuple[ClaimMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    tokens: int = 0
    works: tuple[str, ...] = ()  # names its words show to be works, not actors

    @classmethod
    def of(cls, article: Article, annotations: ArticleAnnotations) -> AnnotatedArticle:
        return cls(article=replace(article, sentences=annotations.sentences),
                   actors=annotations.actors, claims=annotations.claims,
                   events=annotations.events, tokens=annotations.tokens,
                   works=annotations.works)
