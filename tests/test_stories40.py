"""Stories of a small news site: a word shared by a section is no story (brief stories40).

On 100 BBC articles the bound on a linking feature was 30 articles, so section words ("show",
"vote") linked articles of different stories and their events merged through a shared verb
alone ("Air China picks the LSE" with "It was picked up by ABC").
"""

from __future__ import annotations

from generator.merge.stories import StorySettings, story_links


def _site(n: int, sharing: int) -> dict[str, tuple[str, ...]]:
    """``n`` articles with their own words; the first ``sharing`` also share four words."""
    words = {}
    for i in range(n):
        own = tuple(f"own{i}x{k}" for k in range(4))
        words[f"a{i:03}"] = (("show", "series", "viewers", "channel") if i < sharing else ()) + own
    return words


def test_a_word_of_a_fifth_of_a_hundred_articles_links_no_story():
    links = story_links(_site(100, 20), {}, StorySettings())
    assert links["a000"] == frozenset()
    assert links["a019"] == frozenset()


def test_words_of_a_story_told_by_a_few_of_a_hundred_articles_still_link_them():
    links = story_links(_site(100, 6), {}, StorySettings())
    assert links["a000"] == frozenset({f"a{i:03}" for i in range(1, 6)})


def test_a_small_corpus_about_one_subject_lets_every_shared_word_link():
    links = story_links(_site(25, 25), {}, StorySettings())
    assert len(links["a000"]) == 24
