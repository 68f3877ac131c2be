"""What the extractors find in one article, before merging across articles.

Every span is a ``(start, end)`` pair of character offsets into the text the ``Doc``
was made from (the article body, without its title).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

ACTOR_TYPES = ("person", "organization", "place", "group", "other")
CUE_CLASSES = ("assertion", "denial", "belief", "allegation", "report")


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor in an article, cleaned and typed."""

    span: Span
    text: str
    type: str  # one of ACTOR_TYPES
    name: str  # the canonical name in this article ("Xi Jinping" for "Xi")
    group: int  # mentions with the same group are one actor in this article
    kind: str = "name"  # "name", "pronoun" or "nominal" (coreference)
    role: str | None = None  # "President", "founder"
    role_of: str | None = None  # canonical name of what the role is of ("DeepSeek")
    role_span: Span | None = None  # where the role was said
    # What this mention stands for here when it differs from the actor's type: "organization"
    # for a country or city acting as a state or a team ("South Korea said", "Sweden beat ...").
    sense: str | None = None


@dataclass(frozen=True)
class Attribution:
    """A claim: who (source) says (cue) what (content), and how firmly."""

    cue: Span
    cue_text: str
    cue_class: str  # one of CUE_CLASSES
    content: Span
    source: Span | None = None  # None when the text names no one ("is seen as")
    source_text: str | None = None
    # "person", "organization", "outlet", "document", "anonymous", "pronoun" or None
    source_kind: str | None = None
    hedged: bool = False
    hedge_cues: tuple[str, ...] = ()
    # For chains such as "X told Reuters that ...": the outlet or document cited.
    via: Span | None = None
    via_text: str | None = None
    # The span of the named actor a pronoun or description resolves to, when known.
    resolved_source: Span | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class EventParticipant:
    """An actor taking part in an event, by the span of its mention, with its role."""

    span: Span
    text: str
    role: str  # "agent", "patient", "recipient", "beneficiary", "participant"


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
    negated: bool = False
