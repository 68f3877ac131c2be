"""A programme someone spoke to is its broadcaster's: the source page of "BBC Radio 4's Today
programme" links to the BBC (``merge.claims``); the words stay the speaker's."""

from __future__ import annotations

from generator.annotate import annotate_articles
from generator.merge import merge
from generator.models import Article

_TEXT = ("Brown defends forecasts\nThe chancellor spoke to the BBC on Monday about the budget. "
         "Gordon Brown denied his forecasts were too optimistic.\n\nHe told BBC Radio 4's Today "
         "programme: \"No politician should make the mistake of complacency.\"")


def test_a_programme_spoken_to_is_its_broadcasters(nlp):
    corpus = merge(annotate_articles([Article("a001", "content/a001.txt", "Brown", _TEXT)]))
    actors = {a.id: a for a in corpus.actors}
    (programme,) = [s for s in corpus.sources if "Today programme" in s.name]
    assert programme.actor is not None and actors[programme.actor].name in (
        "British Broadcasting Corporation", "BBC")
    (claim,) = [c for c in corpus.claims if "complacency" in _TEXT[slice(*c.content_span)]]
    assert claim.speaker is not None and actors[claim.speaker].name == "Gordon Brown"


def test_a_countrys_office_is_its_one_holder_in_the_article(nlp):
    text = ("India at the G7\nIn London on Thursday, India's finance minister lashed out at the "
            "restrictive trade policies of the G7 nations.\n\nPalaniappan Chidambaram, India's "
            "finance minister, argued that the G7 needed reform.")
    corpus = merge(annotate_articles([Article("a002", "content/a002.txt", "India", text)]))
    actors = {a.id: a for a in corpus.actors}
    (claim,) = [c for c in corpus.claims if "lashed" in (c.cue or "")]
    assert claim.speaker is not None and actors[claim.speaker].name == "Palaniappan Chidambaram"
