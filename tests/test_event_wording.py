"""How an event's summary reads alone (``generator.merge.event_wording``, and the lead
``events`` picks with it), on real parses of sentences written for them: a quoted "we" or "my"
is said with its speaker, only when the speaker states it and the words are theirs; a summary
that reads as nonsense alone ("To distribute", "Those may fall victim") leads no event."""

from __future__ import annotations

import pytest
from eventkit import merged_events, only_event

from generator import render
from generator.annotate import annotate_articles
from generator.curation import Curation
from generator.merge.actors import merge_actors
from generator.merge.events import merge_events
from generator.models import Article, Corpus, Event, EventMention

pytestmark = pytest.mark.model



def _said(events) -> list[str]:
    return [m.summary for e in events for m in e.mentions]


def test_a_quoted_first_person_summary_says_its_speaker():
    events = merged_events('Nicolas Anelka joined the club in 2002. "They promised me that an '
                     'extension to my contract would be signed," Anelka told a French '
                     'magazine. "We deserve an honest answer," said Oleg Rybachuk.')
    sign = only_event(events, "sign")
    assert sign.summary == "Nicolas Anelka: An extension to my contract would be signed", sign
    assert not sign.bare
    deserve = only_event(events, "deserve")
    assert deserve.summary.startswith("Oleg Rybachuk: We deserve"), deserve
    assert all(m.summary.startswith(("Nicolas Anelka: ", "Oleg Rybachuk: "))
               for e in events for m in e.mentions if "my " in m.summary or "We " in m.summary)


def test_a_first_person_summary_with_no_speaker_is_not_listed():
    events = merged_events('The club met on Monday. "We will sign an extension to my contract '
                     'soon."')
    sign = only_event(events, "sign")
    assert sign.bare and sign.minor and not sign.listed, sign
    # "he" may be another's: the quote's speaker is not said from a pronoun
    events = merged_events('Arsene Wenger praised the striker. He told a newspaper: "They will '
                     'sack me."')
    sack = only_event(events, "sack")
    assert not sack.summary.startswith("Arsene Wenger"), sack
    assert sack.bare, sack


def test_a_quote_that_names_its_speaker_is_not_said_with_his_name():
    # a quote left open runs into the narrative that names the next speaker
    events = merged_events('"The EU supports the bid," said Claude Veron-Reville, a spokesman. '
                     '"We have said as much to the Americans. We feel that it is important '
                     'for us all to pull together. Viktor Yushchenko was careful not to turn '
                     'his back on Russia. "Russia is our partner," Mr Yushchenko said.')
    assert not any(s.startswith("Viktor Yushchenko: We") for s in _said(events)), _said(events)


def test_a_quote_the_speaker_does_not_assert_is_not_said_with_his_name():
    events = merged_events('David Walliams said: "It was a real shock but I don\'t think we '
                     'deserved to beat The Office."')
    assert not any(s.startswith("David Walliams: We deserve") for s in _said(events)), \
        _said(events)
    events = merged_events('"So you should ask yourselves what you have done to contribute to all '
                     'this," said press officer Fernando Garrido.')
    assert not any(s.startswith("Fernando Garrido: You may") for s in _said(events)), \
        _said(events)


def test_a_surname_inside_a_word_does_not_hide_the_speaker():
    events = merged_events('"We beat Leeds and we deserved the points," said manager Mark Lee.')
    assert any(s.startswith("Mark Lee: We beat Leeds") for s in _said(events)), _said(events)


def test_the_lead_is_the_most_informative_report_that_reads_alone():
    # the first report does not read alone; of the others, not the next in order but the one
    # that names who did it to whom
    text = ("Police arrested two men in Leeds on Monday. The men were arrested. Officers "
            "arrested the two men after a raid in Leeds.")
    annotated = annotate_articles([Article("a001", "content/a001.txt", "A test", text)])
    _, index, _ = merge_actors(annotated, Curation())

    def wording(article, report):
        return None if report.span[0] == 0 else f"X: {report.summary}"

    arrest = only_event(merge_events(annotated, index, wording=wording), "arrest")
    assert len(arrest.mentions) == 3, arrest
    assert arrest.summary.startswith("X: Officers arrest the two men"), arrest
    assert [m.summary.startswith("X: ") for m in arrest.mentions] == [False, True, True], arrest


def test_summaries_that_read_as_nonsense_alone_are_not_listed():
    events = merged_events("The fund has more money to distribute. Those may fall victim to the "
                     "virus. Many players download the title.")
    assert only_event(events, "distribute").bare, only_event(events, "distribute")
    assert only_event(events, "fall").bare, only_event(events, "fall")
    assert not only_event(events, "download").bare  # "Many players": a noun says who
    events = merged_events("Those subject to immigration controls must register their intention. "
                     "Much more may capture a moment.")
    assert not only_event(events, "register").bare
    assert only_event(events, "capture").bare or only_event(events, "capture").summary.startswith(
        "A moment")


def test_the_events_index_does_not_list_a_bare_event():
    text = "Something happened. It happened again."
    article = Article(id="d0", path="content/d0.txt", title="Story", text=text,
                      sentences=((0, 19), (20, 38)))
    events = (Event(id="d0-happen-1", summary="The council met", trigger="meet",
                    mentions=(EventMention("d0", 0, (10, 18)),)),
              Event(id="d0-distribute-2", summary="To distribute", trigger="distribute",
                    mentions=(EventMention("d0", 1, (23, 31)),), bare=True, minor=True))
    pages = render.render_corpus(Corpus(articles=(article,), events=events))
    index = pages["events/index.md"]
    assert "The council met" in index and "To distribute" not in index, index
    assert "events/d0-distribute-2.md" in pages  # its page stays


def test_a_negated_quote_that_says_its_negation_keeps_its_speaker():
    events = merged_events('"He did it all by hand, and we got the idea," said Jurgen den Hartog, '
                     'one of the researchers. "We were not competing with Mr Lyons, but it '
                     'started as a bet."')
    assert any(s.startswith("Jurgen den Hartog: We were not competing") for s in _said(events)), \
        _said(events)


def test_a_source_no_actor_stands_for_is_said_by_its_name_when_it_reads_as_one():
    events = merged_events('The committee published its report on Monday. "We welcome the report '
                     'and its findings," a Defra spokesman said. "We will study the figures '
                     'closely," a spokesman added.')
    said = _said(events)
    assert any(s.startswith("A Defra spokesman: We welcome the report") for s in said), said
    assert not any(s.startswith("A spokesman: ") for s in said), said


def test_the_innermost_content_holding_a_report_is_found_as_a_scan_finds_it():
    """The speaker's content span is found by bisection over the article's content spans
    (linear in the spans, not spans x reports): the same span a scan of them all picks, the
    shortest, then the shortest whole content, then the first, on nested, overlapping and
    equal spans."""
    import random

    from generator.merge.event_wording import InnermostSpans

    def scan(spans, start, end):
        holding = [s for s in spans if s[0] <= start and end <= s[1]]
        return min(holding, key=lambda s: (s[1] - s[0], s[2])) if holding else None

    rnd = random.Random(7)
    for _ in range(500):
        spans = []
        for _ in range(rnd.randint(0, 10)):
            x = rnd.randint(0, 60)
            y = x + rnd.randint(0, 30)
            spans.append((x, y, rnd.randint(y - x, 80), rnd.choice([None, "A", "B"]), True))
        index = InnermostSpans(spans)
        for _ in range(20):
            start = rnd.randint(0, 90)
            end = start + rnd.randint(1, 10)
            assert index.holding(start, end) == scan(spans, start, end), (spans, start, end)
