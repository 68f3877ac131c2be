"""The closed vocabularies of the annotations and the corpus, each defined once.

``str`` enums: a member equals its value (``ActorType.PERSON == "person"``) and is written to
JSON as that value, so the cache and the public export hold plain strings.
"""

from __future__ import annotations

from enum import StrEnum


class ActorType(StrEnum):
    """What kind of actor a name stands for."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    GROUP = "group"
    OTHER = "other"


class MentionKind(StrEnum):
    """How a mention names its actor."""

    NAME = "name"
    TITLE = "title"  # a title standing for its holder: "The President", "the Home Secretary"
    PRONOUN = "pronoun"
    THING = "thing"  # no one: "rising demand", "The absence of responses" (never a speaker)
    NOMINAL = "nominal"  # a description: "the company", "the minister"


class SourceKind(StrEnum):
    """What kind of source a claim's source phrase is, as the claim extractor reads it."""

    PERSON = "person"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"
    PRONOUN = "pronoun"


class CueClass(StrEnum):
    """How firmly a reporting cue commits its speaker."""

    ASSERTION = "assertion"
    DENIAL = "denial"
    BELIEF = "belief"
    ALLEGATION = "allegation"
    REPORT = "report"


class ParticipantRole(StrEnum):
    """The part an actor plays in an event."""

    AGENT = "agent"
    PATIENT = "patient"
    RECIPIENT = "recipient"
    BENEFICIARY = "beneficiary"
    PARTICIPANT = "participant"


class Modality(StrEnum):
    """Whether a text states that an event happened."""

    ASSERTED = "asserted"  # it happened, or is happening
    NEGATED = "negated"  # "did not meet": the text says it did not happen
    POSSIBLE = "possible"  # modal, conditional, hoped-for or feared: "could attack"
    FUTURE = "future"  # announced or planned: "will visit", "plans to visit"


ACTOR_TYPES: tuple[str, ...] = tuple(ActorType)  # in order of preference for a tie
CUE_CLASSES: tuple[str, ...] = tuple(CueClass)
