"""The showcase article, end to end through the real model: what the issue promises a reader."""

from __future__ import annotations

import pytest

from generator.build import Builder, BuildSettings, render_pages

pytestmark = pytest.mark.model

SHOWCASE = "china-restricts-ai-experts-us-travel"


@pytest.fixture(scope="module")
def corpus(root, tmp_path_factory):
    settings = BuildSettings(root / "content", cache_dir=tmp_path_factory.mktemp("cache"))
    return Builder(settings).build_corpus().corpus


def showcase_actors(corpus):
    return {a.name: a for a in corpus.actors
            if any(m.article == SHOWCASE for m in a.mentions)}


def test_actors_are_clean(corpus):
    actors = showcase_actors(corpus)
    assert "AI" not in actors
    assert not [n for n in actors if n.endswith(("'s", "’s"))]
    assert not [a for a in corpus.actors for m in a.mentions if m.text.endswith("'s")]
    assert actors["DeepSeek"].type == "organization"
    xi = actors["Xi Jinping"]
    assert "Xi" in xi.aliases and not any(n == "Xi" for n in actors)
    assert any(r.title == "President" for r in xi.roles)
    us = actors["United States"]
    assert us.type == "place" and "US" in us.aliases
    liang = actors["Liang Wenfeng"]
    assert any(r.title == "founder" and r.of == actors["DeepSeek"].id for r in liang.roles)
    # The headline is not read as an organisation (it is not part of the text at all).
    assert not [n for n in actors if "Restricts" in n]


def test_wall_street_journal_is_the_source_of_the_opening_claim(corpus):
    opening = [c for c in corpus.claims if c.article == SHOWCASE and c.sentence == 0]
    wsj = next(s for s in corpus.sources if s.name.endswith("Wall Street Journal"))
    assert wsj.kind == "news outlet"
    assert any(c.cue == "according to" and c.speaker in (wsj.id, wsj.actor) for c in opening)


def test_hedged_claims_are_marked(corpus):
    article = next(a for a in corpus.articles if a.id == SHOWCASE)
    hedged = [article.text[c.content_span[0]:c.content_span[1]] + " | " + c.cue
              for c in corpus.claims if c.article == SHOWCASE and c.hedged]
    assert any("seen as" in h for h in hedged)
    assert any("claimed" in h for h in hedged)


def test_xi_jinping_statement_is_attributed_to_him(corpus):
    claims = [c for c in corpus.claims if c.article == SHOWCASE and c.cue == "emphasized"]
    assert [c.speaker for c in claims] == ["xi-jinping"]


def test_events_have_participants_places_and_dates(corpus):
    events = {e.trigger: e for e in corpus.events if e.mentions[0].article == SHOWCASE}
    assert events["detention"].place == "canada" and events["detention"].date is None
    assert all(e.mentions[0].trigger_span for e in events.values())
    assert "cancellation" in events


def test_pages_cross_link_actor_and_sentences(corpus):
    pages = render_pages(corpus)
    article = pages[f"articles/{SHOWCASE}.md"]
    assert "[Xi](../actors/xi-jinping.md \"Person · " in article
    actor = pages["actors/xi-jinping.md"]
    assert f"../articles/{SHOWCASE}.md#s" in actor


def test_the_showcase_meetings_stay_apart(corpus):
    """The AI summit in Paris, the meeting with party officials and the meeting with tech sector
    leaders are different events: no event holds two of them."""
    texts = {a.id: a.text for a in corpus.articles}
    meetings = ("summit in Paris", "with top Communist Party officials", "with tech sector leaders")
    for event in corpus.events:
        spans = [texts[m.article][m.span[0]:m.span[1]] for m in event.mentions
                 if m.article == SHOWCASE]
        named = {words for words in meetings for span in spans if words in span}
        assert len(named) <= 1, (event.summary, spans)
