"""Event summaries that read badly because of a broken parse (BBC pages, session 54): an
adjective cut from its noun at a comma, a clitic left without its pronoun, a small-clause
participle tagged as a past, a length of time taken for the subject of a "for ... to" clause."""

from __future__ import annotations

from eventkit import merged_events

from generator.nlp.events.verb_groups import verb_group


def _summaries(text: str, trigger: str) -> list[str]:
    """The summaries of the reports of ``trigger`` in an article of ``text`` (with a headline)."""
    events = merged_events("Officials speak out\n\n" + text + "\n")
    return [m.summary for e in events if e.trigger == trigger for m in e.mentions]


def test_an_adjective_cut_from_its_noun_keeps_the_noun():
    # the parse makes "reckless" the object and "spree" its apposition
    found = _summaries('She said Britain could not afford the "reckless, Margaret '
                       'Thatcher-style tax cutting spree" promised by the Tories.', "afford")
    assert found and all("spree" in s for s in found), found


def test_a_clitic_is_spelled_out_when_its_pronoun_is_not_the_subject(nlp):
    doc = nlp("Sometimes the machines you're connected to get switched off.")
    verb = next(t for t in doc if t.text == "connected")
    machines = next(t for t in doc if t.text == "machines")
    group = verb_group(verb, machines)
    assert group[0] == "are", group


def test_a_clitic_s_before_been_is_has(nlp):
    doc = nlp("A cult favourite that's been awaited on DVD for years is out.")
    verb = next(t for t in doc if t.text == "awaited")
    favourite = next(t for t in doc if t.text == "favourite")
    assert verb_group(verb, favourite)[0] == "has", verb_group(verb, favourite)


def test_a_clitic_stays_after_its_pronoun(nlp):
    # guard: "you're connected" is said as written
    doc = nlp("Sometimes the machines you're connected to get switched off.")
    verb = next(t for t in doc if t.text == "connected")
    you = next(t for t in doc if t.lower_ == "you")
    assert verb_group(verb, you)[0] == "'re", verb_group(verb, you)


def test_a_past_after_find_stays_active():
    # guard: "found the minister resigned" may be "found that the minister resigned"
    found = _summaries("The inquiry found the minister resigned last week.", "resign")
    assert found and all("is resigned" not in s for s in found), found


def test_a_length_of_time_is_no_subject_of_a_for_to_clause():
    found = _summaries("The herb has been used for hundreds of years by farmers in the valley "
                       "to ward off illness.", "ward")
    assert found and not any(s.startswith("Hundreds") for s in found), found
