"""Stories: groups of articles that tell one story, found from the words and actors they share.

Each article is described by its keywords (frequent in it, rare in the corpus: tf-idf) and the
actors it names most often. Two articles sharing at least ``min_shared`` of these (an actor
counts twice) tell one story; the relation is not made transitive. Candidate pairs come from an
inverted index in which a feature shared by too many articles (a word of a whole section,
"England" in sport) is left out, so each article meets a bounded number of others and linking
is linear in the number of articles. A corpus of a few dozen articles may be about one subject
(every report of one earthquake) and lets any feature link; a larger one is read as a site of
many subjects, where a feature in a tenth of it marks a section, not a story (``_df_cap``).

Events merge leniently within a story (a shared trigger and little else, as reports of one
story usually mean one event) and only with a shared participant or place across stories; in a
corpus of many subjects (``MergeSettings.one_subject_articles``), where a story is a looser
group, reports of two articles also need something besides their trigger (``event_vetoes``).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..annotations import AnnotatedArticle
from .memo import MergeMemo

_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
_STOP = frozenset([
    "that", "this", "with", "from", "have", "were", "been", "will", "would", "said", "says",
    "also", "they", "their", "there", "about", "after", "before", "which", "when", "what",
    "while", "into", "than", "then", "them", "more", "most", "other", "some", "such", "only",
    "over", "just", "like", "very", "could", "should", "being", "where", "these", "those",
    "because", "during", "against", "between", "under", "year", "years", "last", "first",
    "week", "told", "people", "time"
])


@dataclass(frozen=True)
class StorySettings:
    """How alike two articles must be to tell one story."""

    keywords: int = 12  # the keywords of an article
    actors: int = 6  # the actors an article names most often
    min_shared: int = 4  # shared keywords (+ 2 per shared actor) that link two articles
    max_df_share: float = 0.05  # a feature in more of the corpus than this links nothing
    min_df_cap: int = 30  # ... but a feature in this many articles may, in a corpus this
    # small; in a larger one the bound shrinks as min_df_cap ** 2 / articles (``_df_cap``)
    max_story: int = 25  # articles a story may gather through others


def keywords(annotated: Sequence[AnnotatedArticle], size: int) -> dict[str, tuple[str, ...]]:
    """Each article's most telling words, best first: frequent in it, rare in the corpus."""
    counts = _counts(annotated)
    df = _df(counts)
    n = len(counts)
    idf = {w: math.log((n + 1) / k) for w, k in df.items()}
    out = {}
    for article, c in counts.items():
        best = heapq.nsmallest(size, c, key=lambda w: (-c[w] * idf[w], w))
        out[article] = tuple(w for w in best if df[w] > 1 or n == 1)
    return out


def document_frequency(annotated: Sequence[AnnotatedArticle]) -> Counter[str]:
    """In how many articles each word (of four letters or more, lower case) is written."""
    return _df(_counts(annotated))


def _counts(annotated: Sequence[AnnotatedArticle]) -> dict[str, Counter[str]]:
    return {a.article.id: _WORDS.value((a,), None, lambda a=a: _word_counts(a))
            for a in annotated}


def _df(counts: Mapping[str, Counter[str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    return df


def _word_counts(ann: AnnotatedArticle) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(ann.article.text)
                   if w.lower() not in _STOP)


# An article's word counts, from the last merge when its records are the same (``memo``).
_WORDS = MergeMemo()


def _df_cap(n: int, s: StorySettings) -> int:
    """The most articles a feature may be in and still link two of them: any number in a
    corpus of at most ``min_df_cap`` articles; then fewer as the corpus grows (in 100 articles
    of five sections a word in 30 of them is a section's word: "show", "vote"), and never fewer
    than the ``max_df_share`` of the corpus."""
    small = s.min_df_cap if n <= s.min_df_cap else s.min_df_cap ** 2 // n
    return max(int(n * s.max_df_share), small)


def story_links(words: Mapping[str, Sequence[str]], actors: Mapping[str, frozenset[str]],
                settings: StorySettings | None = None) -> dict[str, frozenset[str]]:
    """Map each article id to the articles that tell its story: linked directly, or through
    other articles while the story stays small (``max_story``); without the bound, chains
    of similar reports would make every sports report one story."""
    s = settings or StorySettings()
    ids = sorted(set(words) | set(actors))
    features: dict[str, list[tuple[str, int]]] = {}
    postings: dict[str, list[str]] = defaultdict(list)
    for aid in ids:
        feats = [(f"w:{w}", 1) for w in words.get(aid, ())[: s.keywords]]
        feats += [(f"a:{a}", 2) for a in actors.get(aid, ())]
        features[aid] = feats
        for feat, _ in feats:
            postings[feat].append(aid)
    cap = _df_cap(len(ids), s)
    links: dict[str, set[str]] = defaultdict(set)
    parent = {aid: aid for aid in ids}
    size = dict.fromkeys(ids, 1)

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for aid in ids:
        shared: Counter[str] = Counter()
        for feat, weight in features[aid]:
            posting = postings[feat]
            if len(posting) > cap:
                continue
            for other in posting:
                if other > aid:
                    shared[other] += weight
        for other, n in sorted(shared.items(), key=lambda x: (-x[1], x[0])):
            if n >= s.min_shared:
                links[aid].add(other)
                links[other].add(aid)
                a, b = root(aid), root(other)
                if a != b and size[a] + size[b] <= s.max_story:
                    parent[b] = a
                    size[a] += size[b]
    members: dict[str, set[str]] = defaultdict(set)
    for aid in ids:
        members[root(aid)].add(aid)
    return {aid: frozenset(links.get(aid, set()) | members[root(aid)]) - {aid} for aid in ids}
