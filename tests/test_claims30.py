"""Issue 15 (claims30): quotes credited to the one who speaks. Self-written sentences through
the real model; the rules alone unless a test says otherwise."""

from __future__ import annotations

from claimkit import claim_with, claims, content_of


def test_he_has_said_is_not_a_passive(nlp) -> None:
    # "'s" before "said" with a clause is "has": he says it (it was a passive with no source
    # and "He" in the content)
    text = "He's said the plan would fail."
    claim = claim_with(nlp, text, "'s said")
    assert claim.source_text == "He"
    assert content_of(text, claim) == "the plan would fail"
    # "It's said that …" stays a report with no one named
    assert claim_with(nlp, "It's said that the tax was unfair.", "'s said").source_text is None


def test_as_reported_by_names_the_source(nlp) -> None:
    # the outlet after "by" says the host clause (the rules found nothing)
    text = "As reported by the Guardian, the factory will close next year."
    claim = claim_with(nlp, text, "reported")
    assert claim.source_text == "the Guardian"
    assert content_of(text, claim).startswith("the factory will close")


def test_told_by_keeps_the_clause_out_of_the_source(nlp) -> None:
    # the parse hung the clause on the agent: it was in the source, and the board the content
    text = "The board was told by the chief executive that profits would fall."
    claim = claim_with(nlp, text, "was told")
    assert claim.source_text == "the chief executive"
    assert content_of(text, claim) == "that profits would fall"


def test_quoted_as_saying_credits_the_one_quoted(nlp) -> None:
    # "saying" had no source
    text = "The senator was quoted as saying the plan would fail."
    assert claim_with(nlp, text, "saying").source_text == "The senator"


def test_race_roles_are_person_sources(nlp) -> None:
    # "The incumbent" was a thing (no source shown), "The veteran" anonymous
    claim = claim_with(nlp, "The incumbent said the race was far from over.", "said")
    assert (claim.source_text, claim.source_kind) == ("The incumbent", "person")
    claim = claim_with(nlp, "The veteran said he had never seen such a crowd.", "said")
    assert (claim.source_text, claim.source_kind) == ("The veteran", "person")


def test_a_time_phrase_ends_no_source(nlp) -> None:
    # "on Monday night" says when, not who (it was in the source)
    text = "The Labour leader on Monday night told supporters that the party would win."
    assert claim_with(nlp, text, "told").source_text == "The Labour leader"
    # a place or topic after the head stays
    text = "The minister at the summit on climate said the plan would fail."
    assert claim_with(nlp, text, "said").source_text == "The minister at the summit on climate"


def test_a_name_the_parse_made_an_adverb_speaks(nlp) -> None:
    # "Skelly" after "said" was an adverb: no source for "said" nor "explaining", and the
    # cue classifier took the name into the cue
    text = "The deal is dead, said Skelly, explaining that the board had voted."
    found = {a.cue_text: a.source_text for a in claims(nlp, text, classifier=True)}
    assert found.get("said") == "Skelly"
    assert found.get("explaining") == "Skelly"
    # a day after "said" is no one
    assert claim_with(nlp, "The deal is dead, said Tuesday.", "said").source_text is None


def test_an_inverted_speaker_left_as_a_bare_dependent(nlp) -> None:
    # "say traders" between commas was a bare dep of "rose": no attribution at all
    text = "Shares rose sharply on Monday, say traders, after the bank cut rates."
    claim = claim_with(nlp, text, "say")
    assert claim.source_text == "traders"
    assert content_of(text, claim).startswith("Shares rose sharply")


def test_a_peer_named_after_a_place_is_not_the_place(tmp_path) -> None:
    # "Baroness Scotland said" was the claim of the country Scotland (the place actor her
    # name overlaps); she is a person source named by her own words
    from generator.build import Builder, BuildSettings

    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(
        "---\ntitle: Law change\ndate: 2024-03-01\n---\n\nThe attorney general, Baroness "
        "Scotland, spoke in London. Baroness Scotland said the law would change next year. "
        "Scotland has its own courts.\n", encoding="utf-8")
    corpus = Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus
    places = {a.id for a in corpus.actors if a.type == "place"}
    (claim,) = [c for c in corpus.claims if c.speaker_text == "Baroness Scotland"]
    assert claim.speaker is not None and claim.speaker not in places


def test_a_stance_noun_with_a_noun_phrase_is_not_shown(nlp) -> None:
    # "the union's support for the plan" names a stance, not a claim anyone makes (it was
    # shown as the union's claim "the plan"); scored still, so it stays an attribution
    claim = claim_with(nlp, "The union's support for the plan surprised many.", "'s support for",
                   classifier=True)
    assert claim.weak
    # a claim noun with a clause is shown
    text = "The union's claim that the plan would fail surprised many."
    assert not claim_with(nlp, text, "claim", classifier=True).weak


def test_the_one_who_asks_is_the_source_of_asked_by(nlp) -> None:
    # "Asked by Starnes if …": the cue classifier's "Asked" had no source and "by Starnes"
    # in its content
    text = "Asked by Starnes if he believed the situation was bad, Carson said it was."
    claim = claim_with(nlp, text, "Asked", classifier=True)
    assert claim.source_text == "Starnes"
    assert content_of(text, claim).startswith("if he believed")


def test_a_name_the_parse_joined_to_the_phrase_before_it_speaks(nlp) -> None:
    # "Reid" a conjunct of "Nevada" in the fronted clause: "said" had no source
    text = ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said "
            "that he spoke with Mr. Sanders on Tuesday.")
    assert claim_with(nlp, text, "said").source_text == "Senator Harry Reid, the minority leader,"


def test_a_speaker_sentence_after_a_closed_quote_says_the_quote(nlp) -> None:
    # '“….” Trump said.': the speaker's sentence says nothing else (it found no content)
    text = ("\u201cI hope you are able to find the emails that are missing.\u201d Trump said. "
            "Clinton says the mails were personal.")
    claim = claim_with(nlp, text, "said")
    assert claim.source_text == "Trump"
    assert content_of(text, claim).startswith("\u201cI hope")


def test_a_tail_speaker_says_the_words_before_the_comma(nlp) -> None:
    # the parse did not make "Those who take on …" the clause of "said": no attribution
    text = "Those who take on heavy debt struggle, even with a good job, he said."
    claim = claim_with(nlp, text, "said")
    assert claim.source_text == "he"
    assert content_of(text, claim).startswith("Those who take on heavy debt")
