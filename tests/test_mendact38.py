"""Mends of the review of reader37: one-word surnames that are head words ("Bridge", "Hall"),
place names joined by a preposition ("Stoke on Trent"), and seat lists counted item by item
(invented sentences in the shape of the BBC ones)."""

from __future__ import annotations

from actorkit import names, types_of

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lists import type_lists
from generator.vocab import ActorType


def test_a_seat_typed_a_place_counts_once(nlp) -> None:
    """Five items, two of them seats typed places, three people: no list of places (each
    compass-named seat was counted twice, as named so and as typed a place)."""
    doc = nlp("The speakers were Hain, Bristol West, Blunkett, Leeds North West and Prescott.")
    words = [t.text for t in doc]

    def cand(name: str, typ: str) -> Candidate:
        start = words.index(name.split()[0])
        return Candidate(start, start + len(name.split()), typ)

    people = [cand(n, ActorType.PERSON) for n in ("Hain", "Blunkett", "Prescott")]
    seats = [cand(n, ActorType.PLACE) for n in ("Bristol West", "Leeds North West")]
    cands = sorted(people + seats, key=lambda c: c.start)
    type_lists(ActorContext.of(doc), cands)
    assert [c.type for c in people] == [ActorType.PERSON] * 3


def test_a_surname_that_is_a_head_word_stays_a_person(nlp) -> None:
    """"Bridge", "Hall": one-word surnames that are a place's or a body's head word were
    dropped though the text names no bridge or hall."""
    text = (
        "Arsenal were held by Everton in Sunday's Premiership match. Park scored twice, "
        "Bridge set up the third and Hall was booked before half-time."
    )
    found = names(nlp, text)
    assert types_of(found, "Bridge") == {"person"}, found
    assert types_of(found, "Hall") == {"person"}, found
    assert types_of(found, "Park") == {"person"}, found


def test_a_head_word_of_a_named_body_is_still_no_person(nlp) -> None:
    """"British Library" named: "Library" alone is still no person."""
    text = (
        "British Library gets wireless net\n\nVisitors to the British Library will be able to "
        "get wireless internet access. Library bosses said laptops were common."
    )
    found = names(nlp, text)
    assert not any("Library" in n and t == "person" for n, t in found), found


def test_a_town_joined_by_a_preposition_stays_one(nlp) -> None:
    """"Stoke on Trent", labelled a place, was split into "Stoke" and "Trent" at "on"."""
    found = names(nlp, "He grew up in Stoke on Trent and later moved to London, where he "
                       "opened a shop.")
    assert types_of(found, "Stoke on Trent") == {"place"}, found
    assert "Trent" not in [n for n, _ in found], found
