"""The data that flows between the stages: frozen dataclasses linked by string ids.

A ``Corpus`` is plain data. It round-trips through JSON exactly
(``Corpus.from_dict(corpus.to_dict()) == corpus``); the JSON is the public export described in
``../shared/guides/corpus-schema.md``. Spans are ``(start, end)`` character offsets into an
article's ``text`` (the body, without the title).
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields, is_dataclass, replace
from typing import Any

SCHEMA_VERSION = 1

Span = tuple[int, int]


def _span(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


_SCALARS = (str, int, float, bool, type(None))
_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` with tuples as lists, without its deep copies: a dataclass
    becomes a dict of its fields, tuples and lists become lists, recursively, so that the dict
    is JSON-shaped."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [_plain(v) for v in value]
    if kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    names = _FIELDS.get(kind)
    if names is None:
        if not is_dataclass(value):
            return value
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    return {name: _plain(getattr(value, name)) for name in names}


def _same(value: Any) -> Any:
    return value


@functools.cache
def _reader(hint: Any) -> Callable[[Any], Any]:
    """How ``from_dict`` reads a JSON value into a field of type ``hint``: a span is a pair of
    ints, a ``tuple[X, ...]`` a tuple of X (an absent or null list is empty), a record its own
    ``from_dict``, a flag a bool; anything else is taken as it is."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _reader(next(a for a in args if a is not type(None)))
        if inner is _same or inner is _span:  # both already pass None through
            return inner
        return lambda value: None if value is None else inner(value)
    if origin is tuple and args == (int, int):
        return _span
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])
        return lambda value: tuple(item(v) for v in value or ())
    if isinstance(hint, type) and issubclass(hint, _Record):
        return hint.from_dict
    return bool if hint is bool else _same


@functools.cache
def _field_readers(cls: type) -> tuple[tuple[str, Any, Callable[[Any], Any]], ...]:
    """(name, default, reader) per field; the default is ``MISSING`` for a field the JSON must
    hold, ``None`` for a field without default that may be null (``Claim.speaker``)."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        default = f.default
        if default is MISSING and type(None) in typing.get_args(hints[f.name]):
            default = None
        out.append((f.name, default, _reader(hints[f.name])))
    return tuple(out)


class _Record:
    """Mixin: ``to_dict`` and ``from_dict`` for a dataclass of JSON-shaped fields; the two are
    exact inverses. ``from_dict`` reads each field by its declared type (``_reader``); a key
    the JSON leaves out takes the field's default, and a missing required key is a KeyError."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Any:
        values = []
        for name, default, read in _field_readers(cls):
            value = d.get(name, default)
            if value is MISSING:
                raise KeyError(name)
            values.append(value if read is _same else read(value))
        return cls(*values)


@dataclass(frozen=True)
class Problem(_Record):
    """Something wrong with an input file, reported to the user and shown on the site."""

    path: str
    message: str
    level: str = "error"  # "error": the file was skipped; "warning": read with a caveat
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Article(_Record):
    """One news article as read from ``content/``; ``sentences`` are filled by annotation."""

    id: str
    path: str
    title: str
    text: str
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    sentences: tuple[Span, ...] = ()
    # The license and attribution the article is published under ("CC BY 2.5 ...").
    license: str | None = None
    # Where each paragraph is in ``text``: every line of a .txt, blank-line blocks of a .md.
    paragraphs: tuple[Span, ...] = ()

    def sentence_of(self, offset: int) -> int:
        """Return the index of the sentence holding character ``offset`` (0 if none)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            start, end = self.sentences[mid]
            if offset < start:
                hi = mid - 1
            elif offset >= end:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sentences) - 1))


@dataclass(frozen=True)
class Mention(_Record):
    """Where an actor is named (or referred to) in an article."""

    article: str
    span: Span
    text: str
    sentence: int = 0
    kind: str = "name"  # "name", "title", "pronoun", "nominal"


@dataclass(frozen=True)
class Role(_Record):
    """A title or role an actor held, as an article says it on its date."""

    title: str
    article: str
    span: Span
    of: str | None = None  # actor id of what the role is of ("deepseek")
    of_name: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Actor(_Record):
    """A real-world person, organisation, place or group, merged across articles."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()
    curated: tuple[str, ...] = ()  # what curation.yml changed, shown on the page
    # The evidence for ``type`` when the articles disagree: named mentions by the type each
    # article read ((type, count), most first), e.g. Yukos (("organization", 19), ("person",
    # 3)). Empty when every article agreed; then left out of the JSON.
    type_counts: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        if not self.type_counts:
            del data["type_counts"]
        else:
            data["type_counts"] = dict(self.type_counts)
        return data

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        # type_counts is a JSON object {type: count}
        counts = d.get("type_counts") or {}
        actor = super().from_dict({k: v for k, v in d.items() if k != "type_counts"})
        return replace(actor, type_counts=tuple((str(t), int(n)) for t, n in counts.items()))


@dataclass(frozen=True)
class Citation(_Record):
    """One place where an article cites a source."""

    article: str
    span: Span
    cue: str
    sentence: int = 0
    claim: str | None = None


@dataclass(frozen=True)
class Source(_Record):
    """An outlet, document, official or anonymous source that articles cite."""

    id: str
    name: str
    kind: str  # "news outlet", "document", "anonymous", "organization", "person", "official"
    actor: str | None = None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Claim(_Record):
    """A statement attributed to a speaker or source, with its reporting cue."""

    id: str
    article: str
    sentence: int
    speaker: str | None
    speaker_span: Span | None
    cue: str
    cue_span: Span
    content_span: Span
    hedged: bool = False
    cue_class: str = "assertion"
    # the pieces of a content split around its cue or joined from several quotes, when it is
    # ('"A," she said, "B."': A and B); () when the content is the one span
    content_parts: tuple[Span, ...] = ()
    hedge_cues: tuple[str, ...] = ()
    speaker_text: str | None = None
    via: str | None = None  # source id of the outlet or document in a chain
    about: tuple[str, ...] = ()  # actor ids named in the content
    group: str | None = None  # claims that several articles report alike share a group


@dataclass(frozen=True)
class Participant(_Record):
    """An actor in an event, with its role (agent, patient, recipient, ...)."""

    actor: str
    role: str


@dataclass(frozen=True)
class EventMention(_Record):
    """Where an article states an event, and what that report says of it."""

    article: str
    sentence: int
    span: Span  # the clause or noun phrase stating the event (the evidence)
    trigger_span: Span | None = None  # the word or words naming the event ("arrested")
    summary: str | None = None  # this report's own line
    modality: str = "asserted"  # a Modality: asserted, negated, possible, future
    date: str | None = None  # this report's date of the event, resolved
    date_text: str | None = None
    place: str | None = None  # actor id of the place this report gives
    participants: tuple[Participant, ...] = ()  # the actors this report names


@dataclass(frozen=True)
class Event(_Record):
    """Who did what to whom, where and when: one real-world event and every report of it.

    ``date`` is the most precise date the reports agree on; ``date_conflicts`` the other dates
    some report gives ("2018 (one report says 2019)"). ``modality`` says whether the event is
    reported as having happened (``asserted``), as not having happened (``negated``, and then
    ``negated`` is true), as possible or as planned (``future``). ``bare`` marks an event no
    report gives a participant, a place or a date, or none of whose reports reads alone
    (``merge.event_wording``): kept in the export, not listed on actor and article pages nor
    in the events index.
    """

    id: str
    summary: str
    trigger: str
    participants: tuple[Participant, ...] = ()
    place: str | None = None
    date: str | None = None
    mentions: tuple[EventMention, ...] = ()
    negated: bool = False
    date_text: str | None = None
    modality: str = "asserted"
    date_conflicts: tuple[str, ...] = ()
    bare: bool = False
    # told only in passing ("There were sales", "The amount is estimated"): pages fold it
    minor: bool = False

    @property
    def listed(self) -> bool:
        """Whether actor, article and index pages list this event (not when it is bare)."""
        return not self.bare


@dataclass(frozen=True)
class Corpus(_Record):
    """Everything the site shows: articles and what was found in them, merged."""

    articles: tuple[Article, ...] = ()
    actors: tuple[Actor, ...] = ()
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        # schema_version first, as in the documented contract; actors leave out their
        # optional fields (``Actor.to_dict``)
        d: dict[str, Any] = {"schema_version": self.schema_version}
        for f in fields(self):
            if f.name != "schema_version":
                d[f.name] = ([a.to_dict() for a in self.actors] if f.name == "actors"
                             else _plain(getattr(self, f.name)))
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Corpus:
        version = d.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported corpus schema_version {version!r}")
        return super().from_dict(d)


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "Citation",
    "Claim",
    "Corpus",
    "Event",
    "EventMention",
    "Mention",
    "Participant",
    "Problem",
    "Role",
    "Source",
]
