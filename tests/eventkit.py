"""Helpers for the event tests that merge a site (imported as ``eventkit``)."""

from __future__ import annotations

from generator.annotate import annotate_articles
from generator.annotations import AnnotatedArticle
from generator.merge import merge
from generator.models import Article
from generator.nlp.actors import extract_actor_mentions
from generator.nlp.events import extract_events


def other_subjects(n: int) -> list[AnnotatedArticle]:
    """``n`` articles of other subjects, each its own: more than 50 make a site of many
    subjects (``MergeSettings.one_subject_articles``)."""
    out = []
    for i in range(n):
        text = f"Gardeners in village{i} planted orchard{i} trees beside river{i}."
        art = Article(id=f"other-{i:03d}", path=f"content/other-{i:03d}.md", title=f"o{i}",
                      text=text, sentences=((0, len(text)),))
        out.append(AnnotatedArticle(art, (), (), ()))
    return out


def parsed(nlp, aid: str, text: str, title: str | None = None) -> AnnotatedArticle:
    """One article of ``text`` with its actors and events from a real parse."""
    doc = nlp(text)
    article = Article(id=aid, path=f"{aid}.md", title=title or aid, text=text,
                      sentences=tuple((s.start_char, s.end_char) for s in doc.sents))
    actors = extract_actor_mentions(doc)
    return AnnotatedArticle(article=article, actors=tuple(actors),
                            events=tuple(extract_events(doc, actors)))


def merged_events(text: str):
    """The merged events of one article of ``text``, annotated as the build does."""
    article = Article("a001", "content/a001.txt", "A test article", text)
    return merge(annotate_articles([article])).events


def only_event(events, trigger: str):
    """The one event of ``trigger``."""
    (event,) = [e for e in events if e.trigger == trigger]
    return event


def reports(corpus, aid: str, word: str) -> list[list[str]]:
    """The summaries of each event of article ``aid`` one of whose reports has ``word`` as
    its trigger."""
    text = {a.id: a.text for a in corpus.articles}
    return sorted([m.summary for m in e.mentions] for e in corpus.events
                  if e.mentions[0].article == aid
                  and any(text[aid][m.trigger_span[0]:m.trigger_span[1]].lower() == word
                          for m in e.mentions))
