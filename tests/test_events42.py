"""Event summaries a reader of the events index accepts, on real parses of sentences written
for them: a second verb after "would have" is a participle; a quoted "we" or "my" is said
with its speaker, or the event is not listed; a summary that reads as nonsense alone ("To
distribute", "Those may fall victim") is not listed."""

from __future__ import annotations

import pytest
from test_events37 import mentions, summaries

from generator import render
from generator.annotate import annotate_articles
from generator.merge import merge
from generator.models import Article, Corpus, Event, EventMention

pytestmark = pytest.mark.model


def test_a_conjunct_after_modal_have_is_a_participle(nlp):
    found = summaries(nlp, "The minister would have lost the vote, undermined the council and "
                           "insult the voters.")
    assert found["insult"] == "The minister would have insulted the voters", found
    found = [m.summary for m in mentions(nlp, "Police could leak data or be detained.")]
    assert not any("have" in s for s in found), found


def _events(text: str):
    article = Article("a001", "content/a001.txt", "A test article", text)
    return merge(annotate_articles([article])).events


def _event(events, trigger: str):
    (event,) = [e for e in events if e.trigger == trigger]
    return event


def test_a_quoted_first_person_summary_says_its_speaker():
    events = _events('Nicolas Anelka joined the club in 2002. "They promised me that an '
                     'extension to my contract would be signed," Anelka told a French '
                     'magazine. "We deserve an honest answer," said Oleg Rybachuk.')
    sign = _event(events, "sign")
    assert sign.summary == "Nicolas Anelka: An extension to my contract would be signed", sign
    assert not sign.bare
    deserve = _event(events, "deserve")
    assert deserve.summary.startswith("Oleg Rybachuk: We deserve"), deserve
    assert all(m.summary.startswith(("Nicolas Anelka: ", "Oleg Rybachuk: "))
               for e in events for m in e.mentions if "my " in m.summary or "We " in m.summary)


def test_a_first_person_summary_with_no_speaker_is_not_listed():
    events = _events('The club met on Monday. "We will sign an extension to my contract '
                     'soon."')
    sign = _event(events, "sign")
    assert sign.bare and sign.minor and not sign.listed, sign
    # "he" may be another's: the quote's speaker is not said from a pronoun
    events = _events('Arsene Wenger praised the striker. He told a newspaper: "They will '
                     'sack me."')
    sack = _event(events, "sack")
    assert not sack.summary.startswith("Arsene Wenger"), sack
    assert sack.bare, sack


def test_summaries_that_read_as_nonsense_alone_are_not_listed():
    events = _events("The fund has more money to distribute. Those may fall victim to the "
                     "virus. Many players download the title.")
    assert _event(events, "distribute").bare, _event(events, "distribute")
    assert _event(events, "fall").bare, _event(events, "fall")
    assert not _event(events, "download").bare  # "Many players": a noun says who
    events = _events("Those subject to immigration controls must register their intention. "
                     "Much more may capture a moment.")
    assert not _event(events, "register").bare
    assert _event(events, "capture").bare or _event(events, "capture").summary.startswith(
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
