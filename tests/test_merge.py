"""Merging per-article annotations into corpus actors, sources, claims and events."""

from __future__ import annotations

from generator.annotations import ActorMention, AnnotatedArticle, ClaimMention, EventMention
from generator.curation import load_curation
from generator.merge import merge
from generator.models import Article


def mention(text, start, name=None, type_="person", group=0, **extra):
    return {"span": [start, start + len(text)], "text": text, "type": type_,
            "name": name or text, "group": group, "kind": "name", **extra}


def article(aid, text, actors=(), attributions=(), events=(), date=None):
    art = Article(id=aid, path=f"content/{aid}.md", title=aid.title(), text=text, date=date,
                  sentences=((0, len(text)),))
    return AnnotatedArticle(art, tuple(map(ActorMention.from_dict, actors)),
                            tuple(map(ClaimMention.from_dict, attributions)),
                            tuple(map(EventMention.from_dict, events)))


def at(text, sub):
    return text.index(sub)


T1 = "President Xi Jinping met Liang Wenfeng. Xi spoke."
T2 = "Xi visited Paris. John Smith and Jane Smith met Smith. Liang Wenfeng came too."


def two_articles():
    a1 = article("a1", T1, [
        mention("Xi Jinping", at(T1, "Xi Jinping"), group=0, role="President",
                role_span=[0, 9]),
        mention("Liang Wenfeng", at(T1, "Liang"), group=1),
        mention("Xi", at(T1, "Xi spoke"), name="Xi Jinping", group=0),
    ], date="2025-03-01")
    a2 = article("a2", T2, [
        mention("Xi", 0, group=0),
        mention("Paris", at(T2, "Paris"), type_="place", group=1),
        mention("John Smith", at(T2, "John"), group=2),
        mention("Jane Smith", at(T2, "Jane"), group=3),
        mention("Smith", T2.rindex("Smith"), group=4),
        mention("Liang Wenfeng", at(T2, "Liang"), group=5),  # vouches for "Xi" (see joins)
    ])
    return [a1, a2]


def test_actor_merged_across_articles_by_name_and_short_name():
    corpus = merge(two_articles())
    actors = {a.id: a for a in corpus.actors}
    xi = actors["xi-jinping"]
    assert xi.type == "person"
    assert {m.article for m in xi.mentions} == {"a1", "a2"}
    assert "Xi" in xi.aliases
    assert xi.roles[0].title == "President" and xi.roles[0].date == "2025-03-01"


def test_people_sharing_a_surname_are_not_merged():
    actors = {a.id: a for a in merge(two_articles()).actors}
    assert "john-smith" in actors and "jane-smith" in actors
    # "Smith" alone could be either: it stays its own actor rather than a wrong merge.
    assert "smith" in actors
    assert len(actors["john-smith"].mentions) == 1


def test_curation_merges_types_drops_and_renames(tmp_path):
    (tmp_path / "curation.yml").write_text(
        "merge:\n  - [John Smith, Smith]\n"
        "types:\n  Paris: organization\n"
        "drop: [Jane Smith]\n"
        "rename:\n  Xi Jinping: Xi Jinping (President)\n"
        "aliases:\n  Liang Wenfeng: [Nobody Here]\n", encoding="utf-8")
    curation = load_curation(tmp_path / "curation.yml")
    corpus = merge(two_articles(), curation)
    actors = {a.id: a for a in corpus.actors}
    assert "jane-smith" not in actors and "smith" not in actors
    assert len(actors["john-smith"].mentions) == 2
    assert any("by curation" in note for note in actors["john-smith"].curated)
    assert actors["paris"].type == "organization"
    assert actors["xi-jinping-president"].name == "Xi Jinping (President)"
    # An entry naming no actor is reported, not fatal.
    assert any("Nobody Here" in p.message for p in corpus.problems)


def test_claims_resolve_speaker_to_actor_and_cited_source():
    text = "Xi said the economy is strong, according to a report by the Wall Street Journal."
    ann = article("a", text, [
        mention("Xi", 0, group=0),
        mention("Wall Street Journal", at(text, "Wall"), type_="organization", group=1),
    ], [
        {"cue": [3, 7], "cue_text": "said", "cue_class": "assertion",
         "content": [8, at(text, ",")], "source": [0, 2], "source_text": "Xi",
         "source_kind": "person", "hedged": False},
        {"cue": [at(text, "according"), at(text, "according") + 12], "cue_text": "according to",
         "cue_class": "report", "content": [3, at(text, ",")],
         "source": [at(text, "a report"), len(text) - 1],
         "source_text": "a report by the Wall Street Journal", "source_kind": "outlet",
         "hedged": False},
    ])
    corpus = merge([ann])
    c1, c2 = corpus.claims
    assert c1.speaker == "xi" and c1.cue == "said"
    assert c2.speaker == "wall-street-journal"
    (source,) = corpus.sources
    assert source.name == "Wall Street Journal" and source.kind == "news outlet"
    assert source.actor == "wall-street-journal"
    assert source.citations[0].claim == c2.id


def test_a_source_kind_follows_the_actor_it_resolves_to():
    # "lending figures from the Bank of England" are the Bank's: an organisation, no outlet
    text = "Loans rose, according to lending figures from the Bank of England."
    ann = article("a", text, [
        mention("Bank of England", at(text, "Bank"), type_="organization", group=0),
    ], [
        {"cue": [at(text, "according"), at(text, "according") + 12], "cue_text": "according to",
         "cue_class": "report", "content": [0, at(text, ",")],
         "source": [at(text, "lending"), len(text) - 1],
         "source_text": "lending figures from the Bank of England", "source_kind": "document",
         "hedged": False},
    ])
    (source,) = merge([ann]).sources
    assert (source.name, source.kind) == ("Bank of England", "organization")


def test_anonymous_sources_merge_across_articles_and_claims_group():
    def ann(aid):
        text = "Officials said the talks would resume soon."
        return article(aid, text, [], [{
            "cue": [10, 14], "cue_text": "said", "cue_class": "assertion",
            "content": [15, len(text) - 1], "source": [0, 9], "source_text": "Officials",
            "source_kind": "anonymous", "hedged": False}])

    corpus = merge([ann("a"), ann("b")])
    (source,) = corpus.sources
    assert source.kind == "anonymous" and len(source.citations) == 2
    assert {c.speaker for c in corpus.claims} == {source.id}
    assert corpus.claims[0].group == corpus.claims[1].group is not None


def test_a_description_is_a_source_of_its_own_article_and_a_name_is_one_across_articles():
    """"The home secretary" of one article may be another person than another article's
    (Blunkett, then Clarke): a source that describes is kept apart per article; a source
    named but not found as an actor ("Glenn Campbell") is one source across articles."""
    def ann(aid, who, kind="person"):
        text = f"{who} said the review would begin next year."
        return article(aid, text, [], [{
            "cue": [len(who) + 1, len(who) + 5], "cue_text": "said", "cue_class": "assertion",
            "content": [len(who) + 6, len(text) - 1], "source": [0, len(who)],
            "source_text": who, "source_kind": kind, "hedged": False}])

    described = merge([ann("a", "The home secretary"), ann("b", "The home secretary")])
    assert [(s.name, len(s.citations)) for s in described.sources] == [
        ("The home secretary", 1), ("The home secretary", 1)]
    assert described.claims[0].speaker != described.claims[1].speaker
    named = merge([ann("a", "Glenn Campbell"), ann("b", "Glenn Campbell")])
    assert [(s.name, len(s.citations)) for s in named.sources] == [("Glenn Campbell", 2)]
    documents = merge([ann("a", "A report", "document"), ann("b", "A report", "document")])
    assert len(documents.sources) == 2
    # an outlet's name with an article is still a name: one "BBC News website" page
    outlets = merge([ann("a", "The BBC News website", "outlet"),
                     ann("b", "the BBC News website", "outlet")])
    assert [len(s.citations) for s in outlets.sources] == [2]
    papers = merge([ann("a", "The newspaper", "outlet"), ann("b", "The newspaper", "outlet")])
    assert len(papers.sources) == 2


def test_events_link_participants_and_place():
    text = "Liang Wenfeng declined an invitation to a summit in Paris."
    ann = article("a", text, [
        mention("Liang Wenfeng", 0, group=0),
        mention("Paris", at(text, "Paris"), type_="place", group=1),
    ], events=[{
        "trigger": "decline", "trigger_span": [14, 22], "span": [0, len(text) - 1],
        "summary": "Liang Wenfeng declines an invitation to a summit in Paris",
        "participants": [{"span": [0, 13], "text": "Liang Wenfeng", "role": "agent"},
                         {"span": [23, 36], "text": "an invitation", "role": "patient"}],
        "place": [at(text, "Paris"), at(text, "Paris") + 5], "place_text": "Paris",
        "date": "2025-02", "date_text": "in February", "negated": False}])
    (event,) = merge([ann]).events
    assert [(p.actor, p.role) for p in event.participants] == [("liang-wenfeng", "agent")]
    assert event.place == "paris" and event.date == "2025-02"
    assert event.mentions[0].article == "a"


def test_merge_is_deterministic():
    assert merge(two_articles()) == merge(list(reversed(two_articles())))


def test_one_claim_per_source_and_content_the_hedged_one_kept():
    text = "Executives are reportedly asked to report their plans."
    content = [0, len(text) - 1]
    parts = [[0, 10], [at(text, "to report"), len(text) - 1]]  # the content around the cue
    ann = article("a", text, [], [
        {"cue": [15, 36], "cue_text": "are reportedly asked", "cue_class": "assertion",
         "content": content, "content_parts": parts, "source": None, "source_text": None,
         "source_kind": None, "hedged": False},
        {"cue": [15, 25], "cue_text": "reportedly", "cue_class": "report",
         "content": content, "content_parts": parts, "source": None, "source_text": None,
         "source_kind": None, "hedged": True, "hedge_cues": ["reportedly"]},
    ])
    (claim,) = merge([ann]).claims
    assert claim.cue == "reportedly" and claim.hedged


def test_a_relative_pronoun_source_shows_the_noun_it_stands_for():
    text = "A drive helps women who want to work in engineering and science."
    ann = article("a", text, [], [
        {"cue": [at(text, "want"), at(text, "want") + 4], "cue_text": "want",
         "cue_class": "belief", "content": [at(text, "to work"), len(text) - 1],
         "source": [at(text, "who"), at(text, "who") + 3], "source_text": "who",
         "source_kind": "pronoun", "hedged": False,
         "resolved_source": [at(text, "women"), at(text, "women") + 5]},
    ])
    (claim,) = merge([ann]).claims
    assert claim.speaker is None and claim.speaker_text == "women"


def test_a_speaker_in_apposition_is_the_actor_and_a_possessor_is_not():
    text = ("Mr Balls, a prospective Labour MP, said taxes would fall. "
            "Gordon Brown's closest ally said rates would rise.")
    ally = at(text, "Gordon")
    ann = article("a", text, [
        mention("Balls", 3, name="Ed Balls", group=0),
        mention("Gordon Brown", ally, group=1),
    ], [
        {"cue": [at(text, "said"), at(text, "said") + 4], "cue_text": "said",
         "cue_class": "assertion", "content": [at(text, "taxes"), at(text, ". G")],
         "source": [0, at(text, ", said")], "source_text": text[0:at(text, ", said")],
         "source_kind": "person", "hedged": False},
        {"cue": [at(text, "ally said") + 5, at(text, "ally said") + 9], "cue_text": "said",
         "cue_class": "assertion", "content": [at(text, "rates"), len(text) - 1],
         "source": [ally, at(text, "ally") + 4], "source_text": "Gordon Brown's closest ally",
         "source_kind": "person", "hedged": False},
    ])
    balls, brown_ally = merge([ann]).claims
    assert balls.speaker == "ed-balls"
    assert brown_ally.speaker != "gordon-brown"


def test_a_source_page_is_named_without_the_relative_clause():
    text = ("A spokesman for the casino association, which represents the industry, said "
            "the bill was rushed.")
    source_end = at(text, ", said")
    ann = article("a", text, [], [
        {"cue": [source_end + 2, source_end + 6], "cue_text": "said", "cue_class": "assertion",
         "content": [at(text, "the bill"), len(text) - 1], "source": [0, source_end],
         "source_text": text[:source_end], "source_kind": "organization", "hedged": False},
    ])
    (source,) = merge([ann]).sources
    assert source.name == "A spokesman for the casino association"


def test_a_source_page_drops_a_relative_clause_after_a_name_and_keeps_a_restrictive_one():
    text = ("The Scottish National Party which accused him of hypocrisy said he should go. "
            "People who know him said he would stay.")
    first_end = at(text, " said he should")
    second = at(text, "People")
    second_end = at(text, " said he would")
    ann = article("a", text, [], [
        {"cue": [first_end + 1, first_end + 5], "cue_text": "said", "cue_class": "assertion",
         "content": [at(text, "he should"), at(text, ". P")], "source": [0, first_end],
         "source_text": text[:first_end], "source_kind": "organization", "hedged": False},
        {"cue": [second_end + 1, second_end + 5], "cue_text": "said", "cue_class": "assertion",
         "content": [at(text, "he would"), len(text) - 1], "source": [second, second_end],
         "source_text": text[second:second_end], "source_kind": "anonymous", "hedged": False},
    ])
    names = {s.name.lower() for s in merge([ann]).sources}
    assert names == {"people who know him", "the scottish national party"}


def test_a_long_title_before_a_name_in_apposition_is_still_the_actor():
    text = ("Former Downing Street communications chief Alastair Campbell, now working on "
            "Labour's campaign, says the image does not fit. An attack on Mr Howard, "
            "published today, says he is weak.")
    name = at(text, "Alastair")
    howard = at(text, "Mr Howard")
    says = at(text, "says the")
    says2 = at(text, "says he")
    ann = article("a", text, [
        mention("Alastair Campbell", name, group=0),
        mention("Mr Howard", howard, name="Michael Howard", group=1),
    ], [
        {"cue": [says, says + 4], "cue_text": "says", "cue_class": "assertion",
         "content": [at(text, "the image"), at(text, ". An")], "source": [0, says - 2],
         "source_text": text[: says - 2], "source_kind": "person", "hedged": False},
        {"cue": [says2, says2 + 4], "cue_text": "says", "cue_class": "assertion",
         "content": [at(text, "he is"), len(text) - 1],
         "source": [at(text, "An attack"), says2 - 2],
         "source_text": text[at(text, "An attack") : says2 - 2], "source_kind": "document",
         "hedged": False},
    ])
    campbell, attack = merge([ann]).claims
    assert campbell.speaker == "alastair-campbell"
    assert attack.speaker != "michael-howard"


def test_a_weak_attribution_is_not_shown():
    text = "The prime minister ratcheted Labour's pre-election campaigning on Sunday."
    ann = article("a", text, [], [
        {"cue": [at(text, "ratcheted"), at(text, "ratcheted") + 9], "cue_text": "ratcheted",
         "cue_class": "assertion", "content": [at(text, "Labour"), len(text) - 1],
         "source": [0, at(text, " ratcheted")], "source_text": "The prime minister",
         "source_kind": "person", "hedged": False, "weak": True},
    ])
    corpus = merge([ann])
    assert corpus.claims == () and corpus.sources == ()


def test_a_source_phrase_with_an_agent_is_not_the_agent():
    text = "Companies contacted by BBC News insist that they were not aware of the adverts."
    news = at(text, "BBC News")
    ann = article("a", text, [mention("BBC News", news, group=0)], [
        {"cue": [at(text, "insist"), at(text, "insist") + 6], "cue_text": "insist",
         "cue_class": "assertion", "content": [at(text, "that"), len(text) - 1],
         "source": [0, at(text, " insist")], "source_text": text[: at(text, " insist")],
         "source_kind": "organization", "hedged": False},
    ])
    (claim,) = merge([ann]).claims
    assert claim.speaker != "bbc-news"
    (source,) = merge([ann]).sources
    assert source.name == "Companies contacted by BBC News"


def test_a_quote_continued_over_two_cues_is_one_claim():
    # 'X said: "A. "B," he said.': both cues take the whole quote; "he" resolves into X's span.
    text = 'Boss Sam Younger said: "We know it. "It matters," he said.'
    quote = [at(text, '"We'), len(text) - len(" he said.")]
    ann = article("a", text, [mention("Sam Younger", at(text, "Sam"), group=0)], [
        {"cue": [at(text, "said:"), at(text, "said:") + 5], "cue_text": "said:",
         "cue_class": "assertion", "content": quote, "source": [0, at(text, " said:")],
         "source_text": "Boss Sam Younger", "source_kind": "person", "hedged": False},
        {"cue": [at(text, "he said") + 3, at(text, "he said") + 7], "cue_text": "said",
         "cue_class": "assertion", "content": quote,
         "source": [at(text, "he said"), at(text, "he said") + 2], "source_text": "he",
         "source_kind": "pronoun", "hedged": False,
         "resolved_source": [at(text, "Sam"), at(text, "Sam") + 11]},
    ])
    (claim,) = merge([ann]).claims
    assert claim.cue == "said:"


def test_a_reporter_in_a_city_is_the_speaker_not_the_city():
    text = "The BBC's Sarah Rainsford in Moscow says most Russians agree."
    source_end = at(text, " says")
    ann = article("a", text, [
        mention("BBC", at(text, "BBC"), type_="organization", group=0),
        mention("Sarah Rainsford", at(text, "Sarah"), group=1),
        mention("Moscow", at(text, "Moscow"), type_="place", group=2),
    ], [
        {"cue": [source_end + 1, source_end + 5], "cue_text": "says", "cue_class": "assertion",
         "content": [at(text, "most"), len(text) - 1], "source": [0, source_end],
         "source_text": text[:source_end], "source_kind": "outlet", "hedged": False,
         "speaker_parts": [[at(text, "Rainsford"), at(text, "Rainsford") + 9],
                           [at(text, "Sarah"), at(text, "Sarah") + 5]]},
    ])
    corpus = merge([ann])
    (claim,) = corpus.claims
    speaker = next(s for s in corpus.sources if s.id == claim.speaker)
    assert speaker.name == "Sarah Rainsford"


def test_the_speaker_is_named_by_the_source_head_not_a_name_inside_it():
    text = "The five unions meeting Mr Prescott want the rules withdrawn."
    source_end = at(text, " want")
    ann = article("a", text, [mention("Mr Prescott", at(text, "Mr"), name="John Prescott")], [
        {"cue": [source_end + 1, source_end + 5], "cue_text": "want", "cue_class": "belief",
         "content": [at(text, "the rules"), len(text) - 1], "source": [0, source_end],
         "source_text": text[:source_end], "source_kind": "organization", "hedged": False,
         "speaker_parts": [[at(text, "unions"), at(text, "unions") + 6]]},
    ])
    corpus = merge([ann])
    (claim,) = corpus.claims
    speaker = next(s for s in corpus.sources if s.id == claim.speaker)
    assert speaker.actor is None and speaker.name == text[:source_end]


def test_a_document_from_a_place_is_not_the_places():
    text = "Reports from Russia say Baikal has paid a deposit."
    source_end = at(text, " say")
    ann = article("a", text, [mention("Russia", at(text, "Russia"), type_="place", group=0)], [
        {"cue": [source_end + 1, source_end + 4], "cue_text": "say", "cue_class": "assertion",
         "content": [at(text, "Baikal"), len(text) - 1], "source": [0, source_end],
         "source_text": text[:source_end], "source_kind": "document", "hedged": False,
         "speaker_parts": [[0, 7]]},
    ])
    corpus = merge([ann])
    (claim,) = corpus.claims
    speaker = next(s for s in corpus.sources if s.id == claim.speaker)
    assert speaker.actor is None and speaker.name == "Reports from Russia"


def test_an_unmatched_name_read_as_two_kinds_is_one_source():
    text = "Swiss Re said losses rose. Swiss Re added that claims grew."
    second = text.index("Swiss Re added")
    atts = [
        {"cue": [9, 13], "cue_text": "said", "cue_class": "assertion",
         "content": [14, text.index(".")], "source": [0, 8], "source_text": "Swiss Re",
         "source_kind": "organization", "hedged": False},
        {"cue": [second + 9, second + 14], "cue_text": "added", "cue_class": "assertion",
         "content": [at(text, "that claims"), len(text) - 1], "source": [second, second + 8],
         "source_text": "Swiss Re", "source_kind": "person", "hedged": False},
    ]
    corpus = merge([article("a", text, [], atts)])
    assert [s.name for s in corpus.sources] == ["Swiss Re"]
    assert len(corpus.sources[0].citations) == 2


def test_a_source_named_like_an_actor_of_the_article_is_that_actor():
    text = "Labour won the seat. Labour have refused to discuss his new position."
    refused, source = at(text, "have refused"), at(text, "Labour have")
    ann = article("a", text, [mention("Labour", 0, name="Labour Party", type_="organization")], [
        {"cue": [refused, refused + 12], "cue_text": "have refused", "cue_class": "denial",
         "content": [at(text, "to discuss"), len(text) - 1], "source": [source, source + 6],
         "source_text": "Labour", "source_kind": "person", "hedged": False,
         "speaker_parts": [[source, source + 6]]},
    ])
    (claim,) = merge([ann]).claims
    assert claim.speaker == "labour-party"


def test_a_name_typed_differently_across_articles_is_one_actor_of_the_majority_type():
    texts = ["Yukos said it.", "Yukos sold oil.", "Yukos fell."]
    arts = [article(f"y{i}", t, [mention("Yukos", 0, type_=kind)])
            for i, (t, kind) in enumerate(zip(texts, ["person", "organization",
                                                       "organization"], strict=True))]
    corpus = merge(arts)
    assert [(a.id, a.type, len(a.mentions)) for a in corpus.actors] == [
        ("yukos", "organization", 3)]


def test_an_honorific_and_surname_join_the_full_name_of_that_gender():
    t1 = "Tony Blair spoke. He left. Labour won."
    t2 = "Cherie Blair spoke. She left. Labour won."
    t3 = "Mr Blair and Mrs Howard met. Labour won."
    t4 = "Michael Howard spoke. He left. Labour won."
    labour = [mention("Labour", t1.index("Labour"), type_="organization", group=9)]
    corpus = merge([
        article("a1", t1, [mention("Tony Blair", 0, group=0),
                           {**mention("He", at(t1, "He"), name="Tony Blair", group=0),
                            "kind": "pronoun"}] + labour),
        article("a2", t2, [mention("Cherie Blair", 0, group=0),
                           {**mention("She", at(t2, "She"), name="Cherie Blair", group=0),
                            "kind": "pronoun"}] + labour),
        article("a3", t3, [mention("Mr Blair", 0, type_="organization", group=0),
                           mention("Mrs Howard", at(t3, "Mrs"), group=1),
                           mention("Labour", at(t3, "Labour"), type_="organization", group=9)]),
        article("a4", t4, [mention("Michael Howard", 0, group=0),
                           {**mention("He", at(t4, "He"), name="Michael Howard", group=0),
                            "kind": "pronoun"}] + labour),
    ])
    by_id = {a.id: a for a in corpus.actors}
    assert {m.article for m in by_id["tony-blair"].mentions} == {"a1", "a3"}
    assert {m.article for m in by_id["cherie-blair"].mentions} == {"a2"}
    assert {m.article for m in by_id["michael-howard"].mentions} == {"a4"}  # not Mrs Howard
    assert "mrs-howard" in by_id


def test_a_given_name_tells_the_gender_of_a_full_name_without_pronouns():
    """No pronoun or honorific in the full names' articles: "Tony" and "Cherie" tell the
    genders (given_name_genders.yml, as annotation reads it), so "Mr Blair" joins Tony Blair
    and "Mrs Blair" Cherie Blair."""
    t1, t2 = "Tony Blair spoke. Labour won.", "Cherie Blair spoke. Labour won."
    t3, t4 = "Mr Blair met them. Labour won.", "Mrs Blair met them. Labour won."
    corpus = merge([
        article(name, text, [mention(who, 0, group=0),
                             mention("Labour", text.index("Labour"), type_="organization",
                                     group=9)])
        for name, text, who in (("a1", t1, "Tony Blair"), ("a2", t2, "Cherie Blair"),
                                ("a3", t3, "Mr Blair"), ("a4", t4, "Mrs Blair"))
    ])
    by_id = {a.id: a for a in corpus.actors}
    assert {m.article for m in by_id["tony-blair"].mentions} == {"a1", "a3"}
    assert {m.article for m in by_id["cherie-blair"].mentions} == {"a2", "a4"}


def test_a_second_merge_of_the_same_records_cleans_only_the_new_ones(monkeypatch):
    """The merge keeps its cleaned copies by identity (a serve rebuild hands it the same
    objects): the same corpus, without cleaning again what it cleaned last time."""
    import generator.merge as merging

    calls = []
    real = merging.clean_annotated
    monkeypatch.setattr(merging, "clean_annotated", lambda a: calls.append(a) or real(a))
    a1, a2 = two_articles()
    first = merge([a1, a2])
    assert len(calls) == 2
    again = merge([a1, a2])
    assert len(calls) == 2 and again == first
    spoofed = article("a2", T2.replace("Paris", "Pa\u202eris"))  # a bidi control to clean
    third = merge([a1, spoofed])
    assert calls[-1] is spoofed and len(calls) == 3
    assert third != first


def _memo_articles():
    text = "Xi said the economy is strong, according to a report by the Wall Street Journal."
    a = article("a", text, [
        mention("Xi", 0, group=0),
        mention("Wall Street Journal", at(text, "Wall"), type_="organization", group=1),
    ], [{"cue": [3, 7], "cue_text": "said", "cue_class": "assertion",
         "content": [8, at(text, ",")], "source": [0, 2], "source_text": "Xi",
         "source_kind": "person", "hedged": False}])
    t2 = "Liang Wenfeng declined an invitation to a summit in Paris."
    b = article("b", t2, [mention("Liang Wenfeng", 0, group=0),
                          mention("Paris", at(t2, "Paris"), type_="place", group=1)], events=[{
        "trigger": "decline", "trigger_span": [14, 22], "span": [0, len(t2) - 1],
        "summary": "Liang Wenfeng declines an invitation", "participants": [
            {"span": [0, 13], "text": "Liang Wenfeng", "role": "agent"}],
        "place": [at(t2, "Paris"), at(t2, "Paris") + 5], "place_text": "Paris",
        "date": "2025-02", "date_text": "in February", "negated": False}])
    t3 = "Xi Jinping declined an invitation to Paris, the Wall Street Journal said."
    c = article("c", t3, [mention("Xi Jinping", 0, group=0),
                          mention("Paris", at(t3, "Paris"), type_="place", group=1),
                          mention("Wall Street Journal", at(t3, "Wall"), type_="organization",
                                  group=2)])
    return a, b, c


def test_a_rebuild_reuses_unchanged_articles_and_equals_a_fresh_merge(monkeypatch):
    """The merge keeps what it computed from each article's records (``merge.memo``): a second
    merge of the same records reuses it, and a new article that changes an old article's actor
    ("Xi" becomes Xi Jinping) gives the corpus a merge of fresh records gives."""
    import copy

    import generator.merge.claims as claims
    import generator.merge.events as events

    calls = {"claims": 0, "items": 0}
    real_claims, real_items = claims._article_claims, events._items

    def count(name, real):
        def wrapped(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(claims, "_article_claims", count("claims", real_claims))
    monkeypatch.setattr(events, "_items", count("items", real_items))
    a, b, c = _memo_articles()
    first = merge([a, b])
    assert first.claims[0].speaker == "xi"
    before = dict(calls)
    assert merge([a, b]) == first
    assert calls == before  # nothing computed again
    grown = merge([a, b, c])
    assert grown == merge(copy.deepcopy([a, b, c]))  # fresh objects: nothing reused
    assert grown.claims[0].speaker == "xi-jinping"


# A name on a line of fixtures (reader 42: "Norwich" read a person)
FIXTURES = "Arsenal v Stoke\n\nWest Ham v Norwich\n\nCardiff v Blackburn\n"


def _norwich_type(t1: str, t2: str, first: str = "organization") -> str:
    from generator.curation import Curation

    def two(text: str, type_: str) -> list[dict]:
        starts = [i for i in range(len(text)) if text.startswith("Norwich", i)]
        return [mention("Norwich", s, type_=type_, group=1) for s in starts]

    a1 = article("a1", t1, two(t1, first))
    a2 = article("a2", t2, two(t2, "person"))
    return next(a.type for a in merge([a1, a2], Curation()).actors if a.name == "Norwich")


def test_a_tie_of_person_and_body_goes_to_the_team_of_a_fixtures_list() -> None:
    """"Norwich": two mentions read a club in the FA Cup draw (one on "West Ham v Norwich"), two
    read a person in a match report ("after beating Norwich"): the tie made a person."""
    draw = "Premiership strugglers Norwich are away at West Ham.\n\n" + FIXTURES
    report = "Charlton beat Norwich. There was talk about Norwich being interested."
    assert _norwich_type(draw, report) == "organization"


def test_without_a_fixtures_list_a_tie_stays_as_it_was() -> None:
    draw = "Premiership strugglers Norwich are away at West Ham.\n\nWest Ham v Norwich\n"
    report = "Charlton beat Norwich. There was talk about Norwich being interested."
    assert _norwich_type(draw, report) == "person"


def test_a_tie_of_person_and_place_on_fixture_lines_stays_a_person() -> None:
    """Two reads a place on the fixture lines, two a person: no body's read, so no team (it
    gave the place, the second of the ranking)."""
    draw = "Premiership strugglers Norwich are away at West Ham.\n\n" + FIXTURES
    report = "Charlton beat Norwich. There was talk about Norwich being interested."
    assert _norwich_type(draw, report, first="place") == "person"


def test_fixture_lines_take_an_ampersand_a_kick_off_time_and_a_capital_v() -> None:
    from generator.merge.fixtures import fixture_lines

    text = ("The draw.\n\nBrighton & Hove Albion v Leeds\nBolton v Tottenham (1500 GMT)\n"
            "Manchester United V Chelsea\nFederer beat Nadal\n")
    lines = [text[a:b] for a, b in fixture_lines(text)]
    assert lines == ["Brighton & Hove Albion v Leeds", "Bolton v Tottenham (1500 GMT)",
                     "Manchester United V Chelsea"]


def test_the_merge_and_annotation_read_one_list_of_versus_words_and_given_name_genders() -> None:
    """One loader (``generator.names``, no spaCy) for both sides; merge.yml holds no copy."""
    import yaml

    from generator.merge.words import MERGE_WORDS, merge_words
    from generator.names import given_name_genders, versus_words
    from generator.nlp.actors.lexicon import lexicon

    assert "versus_words" not in yaml.safe_load(MERGE_WORDS.read_text(encoding="utf-8"))
    assert merge_words().versus == versus_words() == lexicon().versus_words
    assert len(merge_words().given_name_genders) == len(dict(given_name_genders()))
