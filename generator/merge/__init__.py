"""Annotated articles + curation.yml -> Corpus: actors, sources, claims and events resolved.

Merging is near-linear in the number of mentions: actors are bucketed by a name key
(``actors``), claims find their speakers through a span index and are grouped only among the
claims of one speaker (``claims``), events take their participants from the same index
(``events``).

The actor merge (``actors``) uses ``buckets`` (one actor being assembled), ``joins`` (the
rules that join one actor's names) and ``span_index`` (the actor behind a span).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..annotations import AnnotatedArticle
from ..curation import Curation
from ..models import Claim, Corpus, Problem
from ..spoofing import clean_annotated
from .actors import merge_actors
from .claims import article_claims, finish_claims
from .event_wording import quote_wording
from .events import MergeSettings, merge_events
from .memo import MergeMemo, rotate_all
from .span_index import SpanIndex

__all__ = ["MergeSettings", "SpanIndex", "merge", "merge_actors", "merge_events"]


# ``clean_annotated`` of each article, once: a serve rebuild hands the merge the same record
# objects for the articles that did not change (``memo``).
_CLEANED = MergeMemo()


def merge(annotated: Sequence[AnnotatedArticle], curation: Curation | None = None,
          problems: Sequence[Problem] = ()) -> Corpus:
    """Build the corpus from annotated articles."""
    curation = curation or Curation()
    annotated = sorted((_CLEANED.value((a,), None, lambda a=a: clean_annotated(a))
                        for a in annotated), key=lambda a: a.article.id)
    actors, index, curation_problems = merge_actors(annotated, curation)
    actor_by_id = {a.id: a for a in actors}
    sources: dict[str, dict] = {}  # source key -> {"name","kind","actor","citations"}
    claims: list[Claim] = []
    for ann in annotated:
        claims += article_claims(ann, index, actor_by_id, sources)
    source_records, claims = finish_claims(claims, sources,
                                           {a.article.id: a.article for a in annotated})
    texts = {a.article.id: a.article.text for a in annotated}
    events = merge_events(annotated, index,
                          wording=quote_wording(claims, source_records, actors, texts))
    rotate_all()
    return Corpus(
        articles=tuple(a.article for a in annotated),
        actors=tuple(actors),
        sources=tuple(source_records),
        claims=tuple(claims),
        events=tuple(events),
        problems=tuple(problems) + tuple(curation_problems),
    )
