"""Helpers for the event tests that merge a site (imported as ``eventkit``)."""

from __future__ import annotations

from generator.annotations import AnnotatedArticle
from generator.models import Article


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
