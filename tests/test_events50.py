"""Events a reader calls one happening, on a site of many subjects (real parses of short
articles among typed articles of other subjects): one agent doing it to other things, two
amounts of one verb and two reports of one sentence with other participants are other events;
an event retold with its patient again stays one, and a collection about one subject keeps its
joins (``generator/merge/event_objects.py``)."""

from __future__ import annotations

from eventkit import other_subjects, parsed, reports

from generator.merge import merge


def site(nlp, aid: str, text: str, title: str, others: int = 60):
    return merge([parsed(nlp, aid, text, title)] + other_subjects(others))


AUCTION = ("Baikal Finance Group paid 260.75bn roubles for Yugansk at the auction in Moscow. "
           "Analysts said the price was low. Gazprom did not make a bid. Reports from Russia "
           "say Baikal has paid a deposit of nearly $1.7bn to the property fund.")


def test_one_agent_paying_other_things_is_two_events(nlp):
    corpus = site(nlp, "auction", AUCTION, "Baikal wins Yugansk auction")
    found = reports(corpus, "auction", "paid")
    assert len(found) == 2 and all(len(summaries) == 1 for summaries in found)


def test_in_a_collection_about_one_subject_they_stay_one(nlp):
    # guard: ECB+ topics (one subject, under 50 documents) keep their joins
    corpus = merge([parsed(nlp, "auction", AUCTION, "Baikal wins Yugansk auction")])
    assert len(reports(corpus, "auction", "paid")) == 1


STAKES = ("Scottish and Newcastle will buy a 17.5% stake in United Breweries of India. The "
          "brewer said the deal was a natural development. Analysts welcomed the move. A "
          "further 20% stake will be bought by the brewer from other shareholders next year.")


def test_two_amounts_bought_are_two_events(nlp):
    corpus = site(nlp, "stakes", STAKES, "S&N buys stake in Indian brewer")
    found = reports(corpus, "stakes", "buy") + reports(corpus, "stakes", "bought")
    assert len(found) == 2 and all(len(summaries) == 1 for summaries in found)


ENDINGS = ("Yukos has lost its main unit Yugansk in an auction. An analyst at Brunswick said "
           "Yugansk would end up with Gazprom but could still end up with the government.")


def test_one_sentence_with_other_participants_is_two_events(nlp):
    corpus = site(nlp, "endings", ENDINGS, "Yukos loses Yugansk")
    found = [s for s in reports(corpus, "endings", "end")]
    assert len(found) == 2


PURCHASE = ("Standard Chartered bought Korea First Bank for $3.3bn on Monday. Its shares fell 3% "
            "in London. Analysts said the price was high. Standard Chartered bought Korea First "
            "Bank to expand in Asia, its chief executive said.")


def test_an_event_retold_with_its_patient_stays_one(nlp):
    # guard: the same agent and the same patient again are one purchase
    corpus = site(nlp, "purchase", PURCHASE, "StanChart buys Korean bank")
    assert len(reports(corpus, "purchase", "bought")) == 1


VISITS = ("Tony Blair visited Paris on Monday for talks with President Jacques Chirac. The two "
          "leaders discussed the Middle East. On Tuesday Mr Blair visited a school in Kent, where "
          "he spoke to pupils.")


def test_one_agent_visiting_two_places_is_two_events(nlp):
    corpus = site(nlp, "visits", VISITS, "Blair visits Paris")
    assert reports(corpus, "visits", "visited") == [["Blair visits a school in Kent"],
                                                    ["Tony Blair visits Paris"]]


RESTATED = ("Fannie Mae could have to restate its earnings by up to $9bn, regulators said on "
            "Wednesday. The mortgage firm said it would cooperate with the review. Shares in the "
            "firm fell 5% in New York. Last year Freddie Mac was forced to restate its earnings "
            "after an accounting scandal.")


def test_two_named_agents_doing_one_thing_are_two_events(nlp):
    corpus = site(nlp, "restated", RESTATED, "Fannie Mae may restate its earnings")
    assert len(reports(corpus, "restated", "restate")) == 2


RETURN = ("Alastair Campbell will return to the fold to strengthen Labour's general election "
          "campaign, the party has confirmed. Both Culture Secretary Tessa Jowell and Deputy "
          "Prime Minister John Prescott have welcomed his return.")


def test_an_event_is_titled_by_its_verb_before_its_noun(nlp):
    # "His return took place" says it happened; the verb says it will, and who returns
    corpus = site(nlp, "return", RETURN, "Campbell returns to Labour fold")
    (event,) = [e for e in corpus.events if e.trigger == "return"]
    assert len(event.mentions) == 2
    assert event.summary.startswith("Alastair Campbell will return")


FIELDS = ("Iraq has awarded the first oilfield contracts since the war. A Turkish firm won a "
          "contract to develop the Khurmala Dome field in the north. Shares in the firm rose. "
          "The contract to develop the Suba-Luhais field has not yet been awarded.")


def test_patients_writing_other_names_are_other_events(nlp):
    corpus = site(nlp, "fields", FIELDS, "Iraq awards oil contracts")
    assert len(reports(corpus, "fields", "develop")) == 2
