"""Issue 15 (claims33): quotes credited to their speaker. Self-written sentences through the
real model (the rules alone), as the claim tests before it."""

from __future__ import annotations

from claimkit import claim_with

from generator.nlp.claims import extract_attributions
from generator.nlp.claims.lexicon import load_lexicon


def _resolved(nlp, text: str, cue: str) -> str | None:
    """The words the source of the claim with cue ``cue`` was resolved to (None: no one)."""
    claim = claim_with(nlp, text, cue)
    span = claim.resolved_source
    return (text + "\n")[span[0] : span[1]] if span else None


def test_a_quote_mark_glued_after_punctuation_is_its_own_token(nlp) -> None:
    # 'paranoia,"Clinton' was one token: the speaker's name was lost in it
    words = [t.text for t in nlp.tokenizer('It was plain fear,"Mr Hale said. He left!"Then')]
    assert words[:7] == ["It", "was", "plain", "fear", ",", '"', "Mr"]
    assert words[-4:] == ["left", "!", '"', "Then"]
    # numbers, abbreviations and contractions are cut as before
    words = [t.text for t in nlp.tokenizer("It cost 10,000 dollars in the U.S.A., he can't say.")]
    assert "10,000" in words and "U.S.A." in words and "ca" in words


def test_the_company_is_the_firm_in_view_not_the_regulator_named_last(nlp) -> None:
    # "The company" went to the agency reviewing the deal
    text = ("Acme Foods is to restate its accounts. It has offered to pay $3m to settle the "
            "charges, in a deal under review by the Food Standards Agency. The company said "
            "it was unable to estimate the cost.")
    assert _resolved(nlp, text, "said") == "Acme Foods"


def test_a_post_nominal_credits_the_name_it_follows(nlp) -> None:
    # "QC" alone was the source (an organisation)
    text = "Senior judge Anna Whitfield, QC told the court that the law was unclear."
    claim = claim_with(nlp, text, "told")
    assert (claim.source_text, claim.source_kind) == ("Anna Whitfield", "person")
    claim = claim_with(nlp, "Tom Barker QC said the ruling was wrong.", "said")
    assert (claim.source_text, claim.source_kind) == ("Tom Barker", "person")


def test_the_qc_is_a_person(nlp) -> None:
    claim = claim_with(nlp, "The QC said the ruling was wrong.", "said")
    assert claim.source_kind == "person"
    assert claim_with(nlp, "A QC said the ruling was wrong.", "said").source_kind == "anonymous"


def test_he_after_someones_spokesman_is_not_the_one_he_speaks_for(nlp) -> None:
    # "He" went to Sarah Jones
    text = ("Sarah Jones met the union leaders on Monday. Her official spokesman declined to "
            "comment on the talks. He said the talks would go on.")
    claim = [c for c in extract_attributions(nlp(text + "\n"), classifier=False)
             if c.source_text == "He"][0]
    assert claim.resolved_source is None


def test_she_after_the_judge_is_the_judge_named_before(nlp) -> None:
    # "she" went to the lawyer named between (a man)
    text = ("Judge Mary Clarke gave her ruling on Friday. Peter Smith, the firm's lawyer, had "
            "argued that the case should be heard in London. The judge accepted that the firm "
            "had a case. But she said the court could not hear it.")
    assert _resolved(nlp, text, "said") == "Mary Clarke"


def test_veteran_is_one_kind_of_word() -> None:
    # it was in both lists; "the veteran" is someone, "a veteran" anonymous (by person_heads)
    lex = load_lexicon()
    assert "veteran" in lex.person_heads and "veteran" not in lex.anonymous_heads


def test_he_follows_the_earlier_he_not_a_name_in_between(nlp) -> None:
    # "he argued" went to Maria Hale, named in passing outside the quote
    text = ("Tony Grant spoke in Paris on Monday. The minister has been closer to Maria Hale "
            "than any other leader. He said some voters were in denial about the vote. Europe "
            'needed to listen to America too, he said. "The fact is that Ms Hale is there for '
            'four years. She is there because voters chose her," he argued.')
    assert _resolved(nlp, text, "argued") == "Tony Grant"
