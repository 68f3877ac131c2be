"""Minor events (``Event.minor``), on real parses of sentences written for them: an event told
only in passing (no actor, place or date, no agent with a patient, an existential summary of a
noun, out of the lead) is marked minor, and article pages fold it under the others."""

from __future__ import annotations

from test_events28 import annotate

from generator.curation import Curation
from generator.merge.actors import merge_actors
from generator.merge.events import merge_events
from generator.models import Event

LEAD = ("Carmaker Brandwell sold its Rover unit to Ford on Monday. "
        "Ola Fenn, its chief executive, praised the staff in Munich. ")


def events(nlp, text: str) -> list[Event]:
    annotated = annotate(nlp, text)
    _, index, _ = merge_actors(annotated, Curation())
    return merge_events(annotated, index)


def minor_of(nlp, text: str) -> dict[str, bool]:
    return {e.trigger: e.minor for e in events(nlp, text)}


def test_a_passive_without_agent_out_of_the_lead_is_minor(nlp):
    found = minor_of(nlp, LEAD + "The amount was estimated.")
    assert found["estimate"] is True
    assert found["sell"] is False  # the lead


def test_an_existential_summary_of_a_noun_is_minor(nlp):
    found = minor_of(nlp, LEAD + "Later there was a protest.")
    assert found.get("protest") is True


def test_an_event_naming_an_actor_is_not_minor(nlp):
    found = minor_of(nlp, LEAD + "Later Ford closed the old plant in Oxford.")
    assert found["close"] is False


def test_the_lead_is_not_minor(nlp):
    found = minor_of(nlp, "The amount was estimated. " + LEAD)
    assert found["estimate"] is False


def test_minor_round_trips_and_defaults_to_false():
    event = Event(id="e", summary="There were protests", trigger="protest", minor=True)
    assert Event.from_dict(event.to_dict()).minor is True
    data = event.to_dict()
    del data["minor"]
    assert Event.from_dict(data).minor is False


def test_an_article_page_and_the_events_index_fold_a_minor_event():
    """A minor event is still listed, after the others, in a collapsed "N more" list."""
    import dataclasses
    from pathlib import Path

    from generator.corpus_json import load_corpus
    from generator.render import render_corpus

    corpus = load_corpus(Path(__file__).parent / "golden" / "corpus.json")
    event = next(e for e in corpus.events if not e.bare)
    article = f"articles/{event.mentions[0].article}.md"
    link = f"../events/{event.id}.md"
    page = render_corpus(corpus)[article]
    assert link in page and "told in passing" not in page.split(link)[0]
    events = tuple(dataclasses.replace(e, minor=True) if e.id == event.id else e
                   for e in corpus.events)
    pages = render_corpus(dataclasses.replace(corpus, events=events))
    folded = pages[article].split('<details class="minor-events" markdown>')
    assert len(folded) == 2 and link not in folded[0] and link in folded[1]
    assert "1 more event told in passing" in folded[1]
    index = pages["events/index.md"] if "events/index.md" in pages else next(
        p for k, p in pages.items() if k.startswith("events/index") and event.id in p)
    assert index.index('class="minor-events"') < index.index(f"{event.id}.md")


def test_a_possessive_name_in_a_participant_phrase_is_not_minor(nlp):
    found = minor_of(nlp, LEAD + "Later in the year Aldora's profit rose.")
    assert found["rise"] is False


RUNNER = ("Sprinter Mia Holt races in Leeds on Friday. Mia Holt won in Leeds last year. "
          "The crowd cheered loudly. {}")


def test_a_speakers_own_race_in_another_article_is_another_race(nlp):
    from test_events28 import cross_article
    assert cross_article(nlp, "race", RUNNER.format("Fans waited."),
                         RUNNER.format('"My race was hard," said Tom Reed.'),
                         common_groups=8) == 1
    texts = ("Athletics fans saw the race in Leeds. The crowd cheered loudly.",
             '"My race was hard," said Tom Reed after the meeting in Leeds.')
    annotated = annotate(nlp, *texts)
    _, index, _ = merge_actors(annotated, Curation())
    found = [e for e in merge_events(annotated, index) if e.trigger == "race"]
    assert all(len({m.article for m in e.mentions}) == 1 for e in found), found


def test_an_amount_is_news_not_minor(nlp):
    found = minor_of(nlp, LEAD + "Later the profits were cut to $284m.")
    assert found.get("cut") is False
