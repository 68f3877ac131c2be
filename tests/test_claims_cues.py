"""cues: a reported proposition makes a claim, and a claim without an identifiable speaker is
unattributed. Self-written sentences through the real model (BBC-like wording): verbs whose
noun-phrase object is a thing done ("presented a programme", "called him back", "want a
budget"), the reader addressed as "you", and a "they" that goes on about the ones a report
was about, not the reporter."""

from __future__ import annotations

import pytest
from claimkit import claims

from generator.annotations import ActorMention, AnnotatedArticle, ClaimMention
from generator.merge import merge
from generator.models import Article
from generator.nlp.actors import extract_actor_mentions
from generator.nlp.claims import extract_attributions


def _shown(nlp, text: str) -> list[str]:
    """The cue texts of the attributions the pages show (not weak)."""
    return [c.cue_text for c in claims(nlp, text, classifier=True) if not c.weak]


@pytest.mark.model
def test_presenting_programmes_is_no_claim(nlp) -> None:
    text = ("Since leaving the party, she has toured the country with a stage show and "
            "presented a number of radio programmes for the BBC.")
    assert "presented" not in _shown(nlp, text)


@pytest.mark.model
def test_calling_someone_back_is_no_claim(nlp) -> None:
    text = ("Four hours later, Sir James called the union leader back to Downing Street in a "
            "last attempt at a deal.")
    assert "called" not in _shown(nlp, text)
    # but naming someone something is saying it of them
    assert "called" in _shown(nlp, "The senator called his rival a coward during the debate.")
    text = ("Her words were echoed by film director Sir Peter Hall who called Anna Berg's work "
            '"extraordinarily thought provoking".')
    assert "called" in _shown(nlp, text)


@pytest.mark.model
def test_a_group_naming_itself_is_no_claim(nlp) -> None:
    text = ("The protest group called itself the Green Shield and asked members to pay a "
            "monthly fee.")
    assert "called" not in _shown(nlp, text)


@pytest.mark.model
def test_wanting_a_budget_is_no_claim(nlp) -> None:
    text = ("Local councils are angry about the cuts. They want a budget that protects "
            "schools and libraries from further closures.")
    assert "want" not in _shown(nlp, text)
    # but wanting someone to act is a demand
    text = ("Five unions met the minister on Monday. The unions want the government to "
            "withdraw the new pension rules.")
    assert "want" in _shown(nlp, text)


@pytest.mark.model
def test_the_reader_addressed_is_no_speaker(nlp) -> None:
    text = ("A cheap computer is a good start. If you want to upgrade later, you might find "
            "that the memory is hard to replace.")
    assert not {"want", "might find"} & set(_shown(nlp, text))


@pytest.mark.model
def test_the_us_is_a_country_not_the_reader_and_writer(nlp) -> None:
    text = ("The dollar fell again on Monday. The US has said it is committed to a strong "
            "dollar, but traders doubt it.")
    assert "has said" in _shown(nlp, text)


@pytest.mark.model
def test_they_goes_on_about_the_ones_reported_not_the_reporter(nlp) -> None:
    text = ("In a statement the Department of Justice said that both men pleaded guilty to "
            "one count of fraud. They also pleaded guilty to acting for commercial gain.")
    doc = nlp(text + "\n")
    found = extract_attributions(doc, actors=extract_actor_mentions(doc))
    pleas = [c for c in found if c.source_text == "They"]
    assert pleas, [c.cue_text for c in found]
    for claim in pleas:
        span = claim.resolved_source
        assert span is None or "Justice" not in doc.text[span[0] : span[1]]


@pytest.mark.model
def test_saying_hung_on_what_is_said_not_to_be_is_the_speakers(nlp) -> None:
    # the parse hangs "saying:" on "plan"; a plan said not to exist quotes no one
    text = ('Mr Blair insisted there was no plan for an invasion of the country saying: '
            '"Sometimes people say this is the next place."')
    found = [c for c in claims(nlp, text, classifier=True) if c.cue_text.startswith("saying")]
    assert [c.source_text for c in found] == ["Mr Blair"]


def test_a_name_inside_a_relative_clause_is_not_the_speaker() -> None:
    # "The five unions which met Mr Prescott want …": the unions (unnamed), not Mr Prescott
    source = "The five unions which met Mr Prescott"
    text = f"{source} said the new pension rules must go."
    start, name = text.index(source), text.index("Mr Prescott")
    actor = ActorMention(span=(name, name + 11), text="Mr Prescott", type="person",
                         name="John Prescott", group=0)
    cue = text.index(" said") + 1
    claim = ClaimMention(cue=(cue, cue + 4), cue_text="said", cue_class="assertion",
                         content=(cue + 5, len(text) - 1), source=(start, start + len(source)),
                         source_text=source, source_kind="organization",
                         speaker_parts=((text.index("unions"), text.index("unions") + 6),))
    article = Article("a1", "content/a1.txt", "A test article", text)
    corpus = merge([AnnotatedArticle(article, actors=(actor,), claims=(claim,))])
    [merged] = corpus.claims
    names = {a.id: a.name for a in corpus.actors}
    assert names.get(merged.speaker) != "John Prescott"


@pytest.mark.model
def test_suing_and_charging_batteries_are_no_claims(nlp) -> None:
    text = "Italian dairy firm Parmalat has sued 45 banks as it tries to recover money."
    assert "has sued" not in _shown(nlp, text)
    text = "Apple says its new players charge our laptops, mobiles and music players in minutes."
    assert "charge" not in _shown(nlp, text)
    # but a charge with what it is for is an allegation
    assert "charged" in _shown(nlp, "Prosecutors charged the banker with fraud on Monday.")


@pytest.mark.model
def test_going_on_with_or_agreeing_to_a_deed_is_no_claim(nlp) -> None:
    text = ("Mr Bondi claims the lenders were aware of the problems but continued to work "
            "with the company.")
    assert "continued" not in _shown(nlp, text)
    assert "agreed" not in _shown(nlp, "The two brewers agreed to form a strategic "
                                        "partnership in India.")


@pytest.mark.model
def test_a_year_says_nothing(nlp) -> None:
    text = ("Games, cameras and music players have all been added to our handsets in the "
            "last few years, but 2007 could see another big innovation that won't just see a "
            "change in our phone habits - it might alter the way we listen to music.")
    assert "could see" not in _shown(nlp, text)


@pytest.mark.model
def test_being_to_blame_is_no_claim_of_the_blamed(nlp) -> None:
    text = "Crowded cities were partly to blame for the rise in claims, it said."
    shown = _shown(nlp, text)
    assert "said" in shown
    assert not [cue for cue in shown if "blame" in cue]


@pytest.mark.model
def test_not_to_mention_reports_nothing(nlp) -> None:
    text = ("The band is popular with most Mexican rock fans, not to mention fans in most of "
            "Latin America.")
    assert "not to mention" not in _shown(nlp, text)

