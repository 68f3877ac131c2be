"""Event reports of one article on a site of many subjects (real parses of short articles,
among typed articles of other subjects): the verb alone no longer joins them. Two reports that
share nothing and name other participants are two events, and a report that names nothing
joins no report further off than the next sentence; an event retold ("the settlement", "the
purchase") stays one, and a collection about one subject keeps its joins."""

from __future__ import annotations

from eventkit import other_subjects, parsed, reports

from generator.annotations import AnnotatedArticle
from generator.merge import merge

PLANS = ("The Liberal Democrats unveiled plans for childcare on Monday. Critics said these "
         "proposals would increase the costs to the public purse. The party rejected the "
         "charge. The Conservatives said in November they would increase maternity pay.")


def test_two_reports_sharing_nothing_with_other_patients_are_two_events(nlp):
    corpus = merge([parsed(nlp, "plans", PLANS, "Lib Dems unveil childcare plans")]
                   + other_subjects(60))
    assert len(reports(corpus, "plans", "increase")) == 2


def test_in_a_collection_about_one_subject_they_stay_one(nlp):
    # guard: ECB+ topics (one subject, under 50 documents) keep their joins
    corpus = merge([parsed(nlp, "plans", PLANS, "Lib Dems unveil childcare plans")])
    assert len(reports(corpus, "plans", "increase")) == 1


BRITS = ("Joss Stone won two awards at the Brit Awards in London. The singer thanked her fans. "
         "Rock band Muse played a short set. The band toured Europe last year. Drummer Dominic "
         "Howard said of winning: \"We love playing live.\"")


def test_a_report_naming_nothing_far_off_joins_no_event(nlp):
    corpus = merge([parsed(nlp, "brits", BRITS, "Stone and Muse win at the Brits")]
                   + other_subjects(60))
    found = reports(corpus, "brits", "won") + reports(corpus, "brits", "winning")
    assert ["Joss Stone wins two awards"] in found
    assert not any(len(summaries) > 1 for summaries in found)


def grants(nlp, n: int) -> list[AnnotatedArticle]:
    """Articles of other subjects that each report a grant received: "receive" is a common
    verb of the site (reported in more than eight story groups)."""
    return [parsed(nlp, f"grant-{i:03d}", f"The charity{i} received a grant{i} from the trust{i}.",
                   f"Grant {i}") for i in range(n)]


GIFTS = ("The Labour Party received more than £5m in donations in the final quarter of 2004, new "
         "figures show. The Conservatives came second with £3m. The Liberal Democrats were "
         "third. The rules say that registered parties must publish the donations they "
         "receive.")


def test_a_common_verb_told_again_far_off_sharing_nothing_is_another_event(nlp):
    corpus = merge([parsed(nlp, "gifts", GIFTS, "Labour tops donations table")]
                   + grants(nlp, 60))
    assert reports(corpus, "gifts", "received") == [["Labour Party receives more than £5m"]]


SETTLEMENT = ("Eighteen former directors of the energy firm have agreed a settlement in the "
              "shareholder lawsuit. The directors will pay part of it from their own pockets. "
              "Lawyers for the shareholders welcomed the news. The settlement will be put to "
              "the courts for approval next week.")
PURCHASE = ("Standard Chartered bought Korea First Bank for $3.3bn on Monday. Its shares fell 3% "
            "in London. Analysts said the price was high. The purchase is the biggest foreign "
            "takeover in South Korea.")


def test_an_event_retold_stays_one(nlp):
    # guard: "the settlement", "the purchase" tell again of the event the lead told
    corpus = merge([parsed(nlp, "enron", SETTLEMENT, "Directors agree settlement"),
                    parsed(nlp, "bank", PURCHASE, "Standard Chartered buys Korean bank")]
                   + other_subjects(60))
    assert len(reports(corpus, "enron", "settlement")) == 1
    assert [len(r) for r in reports(corpus, "bank", "bought")] == [2]
