"""A football transfer story reads as a sports report (``context.is_sports``): its clubs are
clubs, not places or people."""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext


def test_a_transfer_story_is_a_sports_report(nlp):
    text = ("Newcastle line up Babayaro\nNewcastle manager Graeme Souness is closing in on "
            "signing Chelsea defender Celestine Babayaro when the transfer window reopens. "
            "Souness is bidding to bolster his defence, and contract negotiations are at an "
            "advanced stage. Babayaro has been in the Premiership since 1997 when he moved to "
            "Chelsea from Anderlecht. But the 26-year-old has been surplus to requirements this "
            "season. The Nigerian winger could join on loan.")
    assert ActorContext.of(nlp(text)).sports


def test_guard_a_video_games_chart_is_not(nlp):
    text = ("Gangsters dominate gaming chart\nVideo games on consoles and computers proved more "
            "popular than ever in 2004. Gamers spent more than £1.34bn. The top title was GTA, "
            "ahead of Fifa 2005 and Pro Evolution Soccer 4. The game sold more than a million "
            "copies in its first nine days, a record for a title in the UK.")
    assert not ActorContext.of(nlp(text)).sports
