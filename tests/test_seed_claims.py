"""The user's showcase article as given (``../shared/seed/``): the claims and sources a careful
reader lists, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Builder, BuildSettings

pytestmark = pytest.mark.model

SEED = (Path(__file__).resolve().parent.parent.parent / "shared" / "seed"
        / "000_765fcc5106133ced.txt")

# (speaker as the page names it, cue, the content's start, hedged); "unattributed": no one named
EXPECTED = {
    ("Wall Street Journal", "according to", "Chinese authorities have issued directives", False),
    ("Chinese authorities", "urging", "them to refrain from travel", False),
    ("officials", "fearing", "the potential disclosure of sensitive information", False),
    ("unattributed", "claimed", "DeepSeek with AI models", True),  # "models claimed to rival"
    # the cue is the adjective's phrase: "wary" left the learned table when train's held-out
    # tenth was taken out of its learning (it read "also wary of" then); the classifier with
    # the word classes takes the copula in again, as PolNeAR does ("is critical of")
    ("Chinese officials", "are also wary of", "the potential for their executives", False),
    ("Xi Jinping", "emphasized", "the need to prioritize the defense", False),
    ("Xi Jinping", "encouraging", "them to demonstrate their capabilities", False),
    ("unattributed", "is seen as", "The decision to limit travel", True),
}
SOURCES = {
    ("Wall Street Journal", "news outlet"),
    ("officials", "anonymous"),
    ("Chinese officials", "anonymous"),
    ("Chinese authorities", "anonymous"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    if not SEED.is_file():
        pytest.skip(f"the seed article {SEED} is absent")
    content = tmp_path_factory.mktemp("content")
    (content / "showcase.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    settings = BuildSettings(content_dir=content, cache_dir=None, n_process=1)
    return Builder(settings).build_corpus().corpus


def test_the_seed_shows_the_claims_a_careful_reader_lists_and_no_others(corpus) -> None:
    text = corpus.articles[0].text
    names = {a.id: a.name for a in corpus.actors} | {s.id: s.name for s in corpus.sources}
    shown = set()
    for c in corpus.claims:
        start = (c.content_parts[0] if c.content_parts else c.content_span)[0]
        for words in {e[2] for e in EXPECTED}:
            if text.startswith(words, start):
                start_words = words
                break
        else:
            start_words = text[start : start + 40]
        shown.add((names.get(c.speaker or "", "unattributed"), c.cue, start_words, c.hedged))
    assert shown == EXPECTED
    # not claims: "are required to provide" (a rule), "Xi's recent statements underscore"
    # (the writer's reading), "The absence of immediate responses … highlights" (a thing)


def test_the_seed_cites_an_outlet_and_anonymous_officials(corpus) -> None:
    assert {(s.name, s.kind) for s in corpus.sources} == SOURCES
