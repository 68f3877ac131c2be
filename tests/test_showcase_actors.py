"""The user's own article (the first sample): the actors a careful reader lists, and no others.

The seed is read from ``content/`` when it is there, else from ``../shared/seed/``; a ``.txt``
article is its headline on line 1 and its body after it, as the generator reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.nlp.actors import extract_actor_mentions

pytestmark = pytest.mark.model

SEED = "000_765fcc5106133ced.txt"

# What a careful reader lists: every person, body and place the article names, with its type.
# Not actors: "Chinese" and "American" (nationality adjectives), "AI" (a technology), "US-China"
# (it names two actors, the United States and China, found as such), the "AI summit" (an event).
READER_LIST = {
    "China": "place",
    "United States": "place",  # "the United States", "the US", "US-China", "US trip"
    "Wall Street Journal": "organization",
    "DeepSeek": "organization",
    "OpenAI": "organization",
    "Google": "organization",
    "Huawei": "organization",
    "Canada": "place",
    "Washington": "place",
    "Trump": "person",  # "the Trump administration"
    "Liang Wenfeng": "person",
    "Paris": "place",
    "Xi Jinping": "person",
    "Communist Party": "organization",
    "White House": "organization",
    "State Council Information Office": "organization",
}


def seed_path(root: Path) -> Path:
    local = root / "content" / SEED
    if local.is_file():
        return local
    shared = root.parent / "shared" / "seed" / SEED
    if not shared.is_file():
        pytest.skip(f"the seed article {SEED} is neither in content/ nor in ../shared/seed/")
    return shared


@pytest.fixture(scope="module")
def actors(nlp, root):
    text = seed_path(root).read_text(encoding="utf-8")
    body = text.split("\n", 1)[1] if "\n" in text else ""
    mentions = extract_actor_mentions(nlp(body))
    found: dict[str, set[str]] = {}
    for m in mentions:
        found.setdefault(m.name, set()).add(str(m.type))
    return found, mentions, body


def test_the_extractor_finds_the_readers_actors_and_nothing_else(actors):
    found, _, _ = actors
    assert {name: next(iter(types)) for name, types in found.items()} == READER_LIST
    assert all(len(types) == 1 for types in found.values())


def test_us_china_names_both_actors(actors):
    _, mentions, body = actors
    at = body.index("US-China")
    names = {m.name for m in mentions if at <= m.span[0] < at + len("US-China")}
    assert names == {"United States", "China"}
