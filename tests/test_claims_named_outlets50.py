"""A source named with what it is after its name ("the Liverpool Echo newspaper", "the AP news
agency") is that outlet's actor, as "the Labour party" is the party (``claims.records``)."""

from __future__ import annotations

from claimkit import speakers


def test_the_newspaper_after_its_name_is_the_outlet(nlp, tmp_path):
    text = ("Morientes race\nNewcastle have joined the race to sign Real Madrid striker Fernando "
            "Morientes, according to reports.\n\nBut the Liverpool Echo newspaper has said "
            "Anfield boss Rafa Benitez will avoid a bidding war.\n")
    found = speakers(tmp_path, {"a": text}, "a")
    assert found["Anfield boss Rafa Benitez will avoid a bidding war"] == "Liverpool Echo"


def test_guard_a_reporter_of_a_newspaper_is_the_reporter(nlp, tmp_path):
    text = ("Poll ahead\nA reporter of the Liverpool Echo newspaper, John Smith, said the club "
            "would sell.\n")
    found = speakers(tmp_path, {"a": text}, "a")
    assert "Liverpool Echo" not in found.values()


def test_a_source_page_is_named_without_its_apposition(nlp, tmp_path):
    text = ("Airlines lose money\nAmerican, the world's biggest airline by some measures, said "
            "it expected to report a loss for the first quarter of 2005.\n")
    found = speakers(tmp_path, {"a": text}, "a")
    assert found["it expected to report a loss for the first quarter of 2005"] == "American"


def test_the_minister_is_the_one_minister_of_the_article(nlp, tmp_path):
    text = ("Aer Lingus row\nIrish Transport Minister Martin Cullen said in a statement that a "
            "conflict of interest would not be allowed to arise.\n\nLast Friday the minister had "
            "announced he was to advertise for three senior executives.\n")
    found = speakers(tmp_path, {"a": text}, "a")
    assert found["he was to advertise for three senior executives"] == "Martin Cullen"


def test_guard_a_deputy_mayor_is_not_the_mayor(nlp, tmp_path):
    text = ("Mayor row\nAn investigation is under way into comments by Ken Livingstone.\n\nOn "
            "Sunday, Deputy Mayor Nicky Gavron told the BBC she believed he would say sorry on "
            "Tuesday.\n\nThe mayor accused a reporter of doorstepping him at a party.\n")
    found = speakers(tmp_path, {"a": text}, "a")
    assert "Nicky Gavron" not in {v for k, v in found.items() if "doorstepping" in k}
