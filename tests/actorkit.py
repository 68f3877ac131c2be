"""Helpers for the actor tests that run the real model (imported as ``actorkit``)."""

from __future__ import annotations

from generator.nlp.actors import extract_actor_mentions


def names(nlp, text: str) -> list[tuple[str, str]]:
    """[(text, type)] of the shown named mentions of ``text``, in order."""
    return [(m.text, str(m.type)) for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]


def group_of(nlp, text: str, name: str) -> set[str]:
    """The texts of the named mentions of ``text`` grouped with the one written ``name``."""
    found = [m for m in extract_actor_mentions(nlp(text)) if m.kind == "name"]
    group = next(m.group for m in found if m.text == name)
    return {m.text for m in found if m.group == group}


def epithets(nlp, text: str) -> dict[str, str]:
    """{description mention text: the name of the person it stands for} ("The England
    defender" -> "Sol Campbell"; ``nlp.actors.epithets``)."""
    return {m.text: m.name for m in extract_actor_mentions(nlp(text)) if m.kind == "nominal"
            and m.type == "person"}


def read_as(nlp, text: str, name: str) -> list[str]:
    """What each named mention written ``name`` stands for here: its sense, else its type."""
    return [str(m.sense or m.type) for m in extract_actor_mentions(nlp(text))
            if m.kind == "name" and m.text == name]


def types_of(found: list[tuple[str, str]], name: str) -> set[str]:
    """The types ``names`` gave the mentions written ``name``."""
    return {t for n, t in found if n == name}


# Everyday football words enough for a text to read as a sports report (``context.sports``):
# appended to a test's sentences where a rule holds only in sport.
SPORTS_REPORT = (" The striker scored twice in the match and the goalkeeper saved a penalty. The "
                 "manager said his squad would be ready for the fixture, and the midfielder was "
                 "booked in the first half of the game. The league leaders won 2-0 at home.")
