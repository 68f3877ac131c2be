"""Names a reader saw split or mangled on BBC pages (real parses; sentences written for
the test)."""

from __future__ import annotations

from collections import defaultdict

from actorkit import names

from generator.nlp.actors import extract_actor_mentions


def _groups(nlp, text: str) -> list[list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for m in extract_actor_mentions(nlp(text)):
        if m.kind == "name":
            out[m.group].append(m.text)
    return list(out.values())


def _group_of(groups: list[list[str]], name: str) -> list[str]:
    return next(g for g in groups if name in g)


def test_a_titled_word_inside_one_long_name_joins_it(nlp):
    groups = _groups(nlp, (
        "The reform was backed by President Luiz Inacio Lula da Silva last year. Unions close "
        "to Mr Lula's party opposed it. But President Lula said the country needed it."))
    lula = _group_of(groups, "Luiz Inacio Lula da Silva")
    assert lula.count("Lula") == 2


def test_a_body_written_alone_then_a_full_name_is_two_actors(nlp):
    text = ("The chief executive of the aerospace group EADS Philippe Camus is to step down. "
            "Mr Camus said he would return to his old job. EADS said the board would meet. "
            "Analysts said Mr Camus had been under pressure at EADS.")
    found = names(nlp, text)
    assert ("Philippe Camus", "person") in found
    assert not any(n.startswith("EADS ") for n, _ in found)
    camus = _group_of(_groups(nlp, text), "Philippe Camus")
    assert camus.count("Camus") == 2


def test_an_honorific_the_model_put_in_a_paper_name_is_the_next_persons(nlp):
    found = names(nlp, ('A party source told the Sunday Times Mr Campbell would "effectively '
                        'run" the campaign. Mr Campbell would not comment.'))
    assert ("Sunday Times", "organization") in found
    assert not any(n.endswith(" Mr") for n, _ in found)
    assert ("Campbell", "person") in found


def test_a_gas_monopoly_and_a_broker_are_organisations(nlp):
    found = names(nlp, ("Baikal outbid the favourite Gazprom, the state gas monopoly, at the "
                        "auction. Gazprom said nothing. Shares in US broker Jefferies rose "
                        "after Jefferies reported higher profits."))
    assert {t for n, t in found if n == "Gazprom"} == {"organization"}
    assert {t for n, t in found if n == "Jefferies"} == {"organization"}


def test_a_sum_after_a_name_is_not_part_of_it(nlp):
    found = names(nlp, ("The airline Varig is struggling under its debts. On Tuesday the courts "
                        "awarded Varig 2bn reais after ruling in its favour."))
    assert not any("2bn" in n for n, _ in found)
    assert sum(1 for n, _ in found if n == "Varig") == 2


def test_a_firm_apposed_to_a_noun_for_firms_is_an_organisation(nlp):
    found = names(nlp, ("The administrators have also gone after auditors Grant Thornton. "
                        "Grant Thornton denied any wrongdoing."))
    assert {t for n, t in found if n == "Grant Thornton"} == {"organization"}


def test_a_person_called_mr_elsewhere_is_no_place_after_in(nlp):
    found = names(nlp, ("The Liberal Democrat leader said voters had a fundamental lack of trust "
                        "in Tony Blair as prime minister. He said Mr Blair had lost the trust of "
                        "the country."))
    assert {t for n, t in found if n == "Tony Blair"} == {"person"}


def test_a_name_starts_after_an_honorific_inside_an_entity(nlp):
    found = names(nlp, ("Analysing Mr Brown's position before the speech, our correspondent "
                        "said Mr Brown would draw sharp lines. During his speech at GDC Mr "
                        "Allard, who heads the tools team, gave a glimpse of the console."))
    assert not any(n.startswith(("Analysing", "GDC ")) for n, _ in found)
    assert ("Allard", "person") in found
    assert ("Brown", "person") in found


def test_a_title_before_a_peer_is_no_actor(nlp):
    found = names(nlp, ("The party had repaid the money to former Tory Treasurer Lord Ashcroft "
                        "after he said it could not win."))
    assert not any("Treasurer" in n for n, _ in found)
    assert ("Ashcroft", "person") in found


def test_a_name_before_its_chief_executive_is_a_body(nlp):
    found = names(nlp, ("Wireless provider Broadreach and internet phone firm Skype are rolling "
                        'out a joint service. "We are delighted to offer it," commented '
                        "Broadreach chief executive Magnus McEwen-King."))
    assert {t for n, t in found if n == "Broadreach"} == {"organization"}
    assert ("Magnus McEwen-King", "person") in found


def test_a_party_before_its_chairman_is_a_body_and_a_person_stays_one(nlp):
    found = names(nlp, ("Labour chairman Ian McCartney said the poster was a joke. Tony Blair "
                        "aide Sally Morgan disagreed."))
    assert {t for n, t in found if n == "Labour"} == {"organization"}
    assert {t for n, t in found if n == "Tony Blair"} == {"person"}


def test_common_european_given_names_open_peoples_names(nlp):
    found = names(nlp, ("Herve Gaymard said he would seek action at the next meeting. "
                        '"We are up for this," said Richie Porterhouse. According to Benoit Joly '
                        "from the firm, prices will fall."))
    for name in ("Herve Gaymard", "Richie Porterhouse", "Benoit Joly"):
        assert {t for n, t in found if n == name} == {"person"}, name


def test_a_reinsurer_and_a_charity_named_by_their_head_word_are_bodies(nlp):
    found = names(nlp, ("Claims will rise this year, said Munich Re. Munich Re expects a loss. "
                        "Older voters cannot be taken for granted, says Age Concern. Age Concern "
                        "says they are united."))
    assert {t for n, t in found if n == "Munich Re"} == {"organization"}
    assert {t for n, t in found if n == "Age Concern"} == {"organization"}
