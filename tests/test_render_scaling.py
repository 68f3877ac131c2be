"""Rendering takes time in proportion to the corpus, not to its square.

Each step that once grew with the square of an article (the article text: sentences times
names and paragraphs times sentences; related events: every event of every actor) is timed at
one size and at four times that size, on synthetic records (no spaCy). Linear work takes about
4 times as long, quadratic work about 16 times; the bound, 8, leaves room for a noisy machine
(CPU time, the fastest of several runs). How a huge paragraph is cut for Python-Markdown is
checked without a clock.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from generator.markup import md_text
from generator.models import Actor, Article, Corpus, Event, EventMention, Mention, Participant
from generator.render import render_corpus
from generator.render.body import article_body
from generator.render.related import RelatedEvents
from generator.render.site import SiteIndex
from quality.render_scaling import synthetic_corpus

LINEAR = 8.0  # time at 4x the size over time at 1x: about 4 when linear, 16 when quadratic


def fastest(work: Callable[[], object], runs: int = 5) -> float:
    """The least CPU time ``work`` took in ``runs`` runs."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        work()
        best = min(best, time.process_time() - t0)
    return best


def growth(make: Callable[[int], Callable[[], object]], size: int, runs: int = 5) -> float:
    """How much longer the work made for 4 x ``size`` takes than the one made for ``size``."""
    small, large = make(size), make(4 * size)
    small()  # warm up (imports, caches)
    return fastest(large, runs) / max(fastest(small, runs), 1e-6)


def body_of(size: int, paragraph_every: int = 0) -> Callable[[], object]:
    corpus = synthetic_corpus(size, paragraph_every)

    def work() -> object:
        site = SiteIndex(corpus)  # the names of the article are indexed within the timing
        return article_body(site, "articles/big.md", corpus.articles[0])
    return work


@pytest.mark.parametrize("paragraph_every", [0, 3], ids=["one paragraph", "many paragraphs"])
def test_the_article_text_renders_in_linear_time(paragraph_every):
    ratio = growth(lambda n: body_of(n, paragraph_every), 40_000)
    assert ratio < LINEAR, f"4x the text took {ratio:.1f}x the time"


def hub_events(n: int) -> list[Event]:
    """``n`` events sharing one actor, each with one of 50 others: the square, counted."""
    return [Event(id=f"e{i:06d}", summary="s", trigger="t",
                  participants=(Participant("hub", "agent"), Participant(f"x{i % 50}", "patient")),
                  mentions=(EventMention("a", i, (0, 1)),)) for i in range(n)]


def test_related_events_are_found_in_linear_time():
    def make(n: int) -> Callable[[], object]:
        events = hub_events(n)

        def work() -> object:
            related = RelatedEvents(events)
            return [related.of(e) for e in events]
        return work

    # 4,000 events take about 13 ms: at 2,000 (6 ms) a hiccup of the machine once read as 8.6x
    ratio = growth(make, 4_000, runs=9)
    assert ratio < LINEAR, f"4x the events took {ratio:.1f}x the time"


@pytest.mark.slow
def test_a_whole_site_renders_in_linear_time(monkeypatch):
    from generator import render
    from generator.render.memo import InputMemo, PageMemo

    def make(n: int) -> Callable[[], object]:
        corpus = synthetic_corpus(n)

        def work() -> object:
            # every page rendered (the memos of a serve rebuild would reuse the last run's)
            monkeypatch.setattr(render, "MEMO", PageMemo())
            monkeypatch.setattr(render, "PARTS", InputMemo())
            return render_corpus(corpus)
        return work

    ratio = growth(make, 25_000, runs=2)
    assert ratio < LINEAR, f"4x the article took {ratio:.1f}x the time"


# ---- what Python-Markdown gets ---------------------------------------------------------------
def paragraphs_of(corpus: Corpus, limit: int) -> list[str]:
    return article_body(SiteIndex(corpus), "articles/big.md", corpus.articles[0],
                        limit).split("\n\n")


def test_a_huge_paragraph_is_cut_between_sentences():
    corpus = synthetic_corpus(30_000)
    whole = paragraphs_of(corpus, 10**9)
    parts = paragraphs_of(corpus, 2_000)
    assert len(whole) == 1 and len(parts) > 10
    assert all(len(p) < 2_000 + 500 for p in parts)  # the limit and one sentence at most
    assert " ".join(parts) == whole[0]  # nothing lost, nothing added: cut at the spaces
    for p in parts:
        assert p.startswith('<span id="s') and p.endswith("</span>")


def test_a_huge_sentence_is_cut_into_spans_of_its_own():
    text = "word, " * 20_000 + "end."
    corpus = Corpus(articles=(Article(id="big", path="content/big.txt", title="T", text=text),))
    parts = paragraphs_of(corpus, 2_000)
    assert len(parts) > 20
    assert parts[0].startswith('<span id="s1" class="sentence">')
    for p in parts:
        assert len(p) < 2 * 2_000 + 2_500  # twice the limit, and one chunk of text
        assert p.count("<span") == p.count("</span>") == 1
    assert all(p.startswith('<span class="sentence">') for p in parts[1:])
    inside = "".join(re.sub(r"</?span[^>]*>", "", p) for p in parts)
    assert inside == md_text(text)


def test_an_ordinary_paragraph_is_not_cut():
    corpus = synthetic_corpus(3_000)
    assert len(paragraphs_of(corpus, 20_000)) == 1


# ---- bytes, not time: an article page is as long as what it lists -----------------------------
def crowded_meeting(n: int) -> Corpus:
    """One article of ``n`` sentences "Pn met Qn.", all reports of one event of 2n actors."""
    text = " ".join(f"P{i} met Q{i}." for i in range(n))
    sentences, start = [], 0
    for i in range(n):
        end = start + len(f"P{i} met Q{i}.")
        sentences.append((start, end))
        start = end + 1
    actors = tuple(Actor(id=f"{k}{i}", name=f"{k}{i}", type="person",
                         mentions=(Mention("a", (sentences[i][0] + (0 if k == "p" else len(
                             f"P{i} met ")), sentences[i][0] + len(f"P{i}") + (
                             0 if k == "p" else len(f" met Q{i}") - 1)), f"{k.upper()}{i}", i),))
                   for i in range(n) for k in "pq")
    event = Event(id="meet", summary="P0 meets Q0", trigger="meet",
                  participants=tuple(Participant(f"{k}{i}", "agent" if k == "p" else "patient")
                                     for i in range(n) for k in "pq"),
                  mentions=tuple(EventMention("a", i, sentences[i]) for i in range(n)))
    article = Article(id="a", path="content/a.txt", title="A crowd", text=text,
                      sentences=tuple(sentences))
    return Corpus(articles=(article,), actors=actors, events=(event,))


def test_an_event_reported_in_every_sentence_is_listed_once_with_a_few_participants():
    small, large = (render_corpus(crowded_meeting(n))["articles/a.md"] for n in (100, 400))
    assert large.count("(../events/meet.md)") == 1
    assert "and 794 more" in large  # the event's page names all 800
    assert len(large) / len(small) < LINEAR  # about 4: the page grows with the article
