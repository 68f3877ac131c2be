"""Event reports of two articles on a site of many subjects (real parses of sentences written
for them, among typed articles of other subjects): across stories one shared actor is not
enough (the regulator's two investigations), a second shared participant is; a place or a word
that many of the site's articles name says nothing of which event two reports tell."""

from __future__ import annotations

from eventkit import parsed

from generator.annotations import ActorMention, AnnotatedArticle
from generator.merge import merge
from generator.models import Article


def others(n: int, place: str | None = None, naming: int = 0,
           sentence: str = "") -> list[AnnotatedArticle]:
    """Articles of other subjects, each its own (the site holds many subjects); the first
    ``naming`` of them name ``place`` and end with ``sentence``."""
    out = []
    for i in range(n):
        text = f"Gardeners in village{i} planted orchard{i} trees beside river{i}."
        if i < naming and sentence:
            text += " " + sentence
        actors: tuple[ActorMention, ...] = ()
        if place and i < naming:
            text += f" They sold the fruit in {place}."
            start = text.index(place)
            actors = (ActorMention(span=(start, start + len(place)), text=place, type="place",
                                   name=place, group=0),)
        art = Article(id=f"other-{i:03d}", path=f"other-{i:03d}.md", title=f"o{i}", text=text,
                      sentences=((0, len(text)),))
        out.append(AnnotatedArticle(art, actors, (), ()))
    return out


def articles_of(corpus, word: str) -> list[set[str]]:
    """The articles of each event one of whose reports has ``word`` as its trigger."""
    text = {a.id: a.text for a in corpus.articles}
    found = [{m.article for m in e.mentions} for e in corpus.events
             if any(text[m.article][m.trigger_span[0]:m.trigger_span[1]].lower() == word
                    for m in e.mentions)]
    return sorted(found, key=sorted)


# Two stories that share only the regulator: each article's own words are its keywords.
STUDIO = ("The Securities and Exchange Commission is investigating a film studio over fees "
          "paid to its directors. Cinema audiences grew during the holiday season, helped by "
          "animated sequels, cartoon musicals and blockbuster remakes of classic fairytales.")
BROKER = ("The Securities and Exchange Commission is investigating an insurance broker over "
          "its commissions. Premiums for hurricane cover, shipping liability and aviation "
          "policies climbed, underwriters reported from Bermuda and Lloyd's syndicates.")
STUDIO_AGAIN = ("The Securities and Exchange Commission is investigating the film studio "
                "over fees paid to its directors, the studio confirmed.")


def test_one_shared_actor_does_not_join_two_stories(nlp):
    site = [parsed(nlp, "studio", STUDIO), parsed(nlp, "broker", BROKER)] + others(60)
    assert articles_of(merge(site), "investigating") == [{"broker"}, {"studio"}]


def test_a_shared_actor_with_a_shared_participant_still_joins(nlp):
    site = [parsed(nlp, "studio", STUDIO), parsed(nlp, "again", STUDIO_AGAIN)] + others(60)
    assert articles_of(merge(site), "investigating") == [{"again", "studio"}]


# One story (both name the two grocers); the reports share only the city.
SHARES = "Shares in Tesco fell in London after a profit warning. Sainsbury said sales were flat."
OIL = "The price of crude oil fell in London. Tesco and Sainsbury cut the price of petrol."


def test_a_place_many_articles_name_does_not_join_two_reports(nlp):
    site = [parsed(nlp, "shares", SHARES), parsed(nlp, "oil", OIL)]
    assert articles_of(merge(site + others(60)), "fell") == [{"oil", "shares"}]
    assert articles_of(merge(site + others(60, "London", 20)), "fell") == [
        {"oil"}, {"shares"}]


# One story (both name the two chip makers); the reports share only "technology".
CHIPS = "Intel is developing the technology for faster phones. Motorola tested the chips."
FIRMS = "A number of companies are developing the technology. Intel and Motorola agree."


def test_a_word_many_articles_write_does_not_join_two_reports(nlp):
    site = [parsed(nlp, "chips", CHIPS), parsed(nlp, "firms", FIRMS)]
    assert articles_of(merge(site + others(60)), "developing") == [{"chips", "firms"}]
    common = others(60, naming=20, sentence="The technology helped.")
    assert articles_of(merge(site + common), "developing") == [{"chips"}, {"firms"}]
