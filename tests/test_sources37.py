"""Issue 15 (polnear37): source shapes found wrong or missing on PolNeAR train's tune part,
on self-written sentences through the real model (the rules alone unless said)."""

from __future__ import annotations

from generator.nlp.claims import extract_attributions


def _claims(nlp, text: str, classifier: bool = False) -> dict[str, object]:
    return {a.cue_text: a for a in extract_attributions(nlp(text), classifier=classifier)}


def test_a_stance_noun_after_a_verb_is_the_verbs_subjects(nlp) -> None:
    # "argued in favor of": the learned noun cue names no possessor; the verb's subject speaks
    text = ("The minister spoke on Monday. She also argued in favor of Britain's remaining in"
            " the European Union.")
    (claim,) = [a for a in extract_attributions(nlp(text), classifier=False)
                if "favor" in a.cue_text]
    assert claim.source_text == "She"
    # a stance noun with no verb above it still names no one
    text = "Criticism of the plan grew louder in the capital after the vote."
    for claim in extract_attributions(nlp(text), classifier=False):
        assert claim.source_text is None


def test_a_verb_of_the_mind_after_a_copula_is_its_subjects_belief(nlp) -> None:
    # the parse makes "convinced" the complement of "is": Mr Ackman holds the belief
    text = "But Mr. Ackman is convinced that Valeant will be a comeback story."
    (claim,) = [a for a in extract_attributions(nlp(text), classifier=False)
                if "convinced" in a.cue_text]
    assert claim.source_text == "Mr. Ackman"
    assert claim.cue_class == "belief"


def test_a_participle_hung_on_a_quoted_verb_keeps_the_main_subject(nlp) -> None:
    # the parse hangs "saying" on "ratcheted", a clause of the quote's "you know": the
    # speaker is Trump, not "you"
    text = ('Donald Trump on Thursday ratcheted up his attacks on Rubio, saying he is "weak'
            ' on illegal immigration, you know that. Weak - Really weak."')
    claim = _claims(nlp, text)["saying"]
    assert claim.source_text == "Donald Trump"


def test_a_second_reporting_verb_goes_with_the_first(nlp) -> None:
    # "said that he will try … and insisted": the parse hung "insisted" on "try"
    text = ('Rajoy said Monday that he will "try to form a stable government" and insisted'
            ' that his party was "still the No. 1 force".')
    assert _claims(nlp, text)["insisted"].source_text == "Rajoy"
    # the same form through its auxiliary: "said … but did not suggest"
    text = ('The senator said that he would offer "a prayer" for the eventual nominee but did'
            ' not suggest it would be Trump.')
    assert _claims(nlp, text)["did not suggest"].source_text == "The senator"
    # the reported clause's own second verb stays its subject's
    text = "Mr. Smith said Jones denied the claim and accused the board of lying."
    assert _claims(nlp, text)["accused"].source_text == "Jones"


def test_according_to_a_record_names_it(nlp) -> None:
    # a profile or a memoir cited by "according to" is a document, not a thing with no source
    text = "The pilot had been with EgyptAir since 2004, according to his Facebook profile."
    claim = _claims(nlp, text)["according to"]
    assert (claim.source_text, claim.source_kind) == ("his Facebook profile", "document")
    assert not claim.weak
    # "according to" as a manner, not set off by a comma, cites nothing
    text = "People are free to act according to their individual self-interest, he said."
    for claim in extract_attributions(nlp(text), classifier=False):
        assert claim.source_text != "their individual self-interest"


def test_according_to_stops_before_the_clause_subject(nlp) -> None:
    # the parse took "majorities of voters" for an apposition of the polls
    text = ("According to early results of the exit polls conducted for the Associated Press"
            " by Edison Research, majorities of Democratic voters in Alabama and Georgia said"
            " the economy was the top issue.")
    claim = _claims(nlp, text)["According to"]
    assert claim.source_text == ("early results of the exit polls conducted for the Associated"
                                 " Press by Edison Research")
    assert text[claim.content[0] : claim.content[1]].startswith("majorities of Democratic")


def test_a_by_hung_on_the_passive_verbs_complement_is_its_agent(nlp) -> None:
    # the parse hung "by" on the quoted complement, not on "called"
    text = ('This feature of the movement has been called "strategic ambiguity" by Joshua'
            ' Hendrick, a professor at Loyola University.')
    claim = _claims(nlp, text)["has been called"]
    assert claim.source_text.startswith("Joshua Hendrick")
    # a "by" deeper in the phrase is the noun's: the attack's, not the asking's
    text = ("He was asked about the claim of credit for the attack by an American Muslim who"
            " pledged allegiance to the group.")
    for claim in extract_attributions(nlp(text), classifier=False):
        assert "Muslim" not in (claim.source_text or "")


def test_a_raising_verb_before_a_reporting_verb_names_its_subject(nlp) -> None:
    # "seemed to urge": Rubio urges, hedged; "appears to be dead" still names no one
    text = "But in late November, Rubio seemed to urge the opposite tactic in a speech to donors."
    claim = _claims(nlp, text)["seemed to urge"]
    assert (claim.source_text, claim.hedged) == ("Rubio", True)
    assert text[claim.content[0] : claim.content[1]] == "the opposite tactic"
    (claim,) = extract_attributions(nlp("The plan appears to be dead."), classifier=False)
    assert claim.source_text is None
