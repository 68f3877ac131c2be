"""Within one article, reports of one verb that name no agent and tell of a person named by
name and of a plural ("Maria Holt was elected", "the other candidates elected were ...") are
different events; a report naming the same person again still joins (real parses)."""

from __future__ import annotations

from test_events28b import events

TEXT = ("Voters in Westport chose a new council on Sunday. Maria Holt of the Green Party was "
        "elected with 12,400 votes in the northern district. The other candidates elected in "
        "this district were Tom Baker and Sara Lind. In the southern district, the Labour "
        "candidates elected were Ann Price and Joe Field. Holt was elected for the first time.")


def elect_events(nlp) -> list[list[str]]:
    return [[m.summary for m in e.mentions] for e in events(nlp, TEXT) if e.trigger == "elect"]


def test_a_named_patient_and_a_plural_are_two_events_and_the_name_again_joins(nlp):
    found = elect_events(nlp)
    holt = [e for e in found if any("Holt" in s for s in e)]
    assert len(holt) == 1 and sum("Holt" in s for s in holt[0]) == 2, found
    assert not any("candidates" in s for s in holt[0]), found
