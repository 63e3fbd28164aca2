"""Round 21, funding (FUND-F): several sums on a page. (1) a second payer coordinated after
the first payer's own sum ("ze środków X w kwocie N oraz przez Y (M)"), (2) the subject of a
verb of covering costs written after its verb ("pozostałą część pokryje budżet Powiatu X",
"w całości pokrywa go Fundusz Y", "решту покриває Фундація Z"), (3) the Danish, Icelandic and
Czech currencies. Texts in our own wording."""

from ngo_atlas.extract.money import find_money
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {f.funder: (f.amount, f.currency) for p in ex.projects for f in p.funding}


_HEAD = ("Projekt „Zielona Świetlica”\n\nStowarzyszenie Dobry Sąsiad prowadzi projekt „Zielona "
         "Świetlica” w Kaliszu od marca do czerwca 2024 roku.\n")
_HEAD_EN = ("Project \"Open Kitchen\"\n\nThe Neighbours Association runs the project \"Open Kitchen\" in "
            "Gdynia in 2023.\n")
_HEAD_UK = ("Проєкт «Відкрита кухня»\n\nАсоціація Сусіди реалізує проєкт «Відкрита кухня» у Гдині в "
            "2023 році.\n")


def test_second_payer_after_a_measured_sum_with_its_own_preposition():
    got = _funding(_HEAD + "Zajęcia są współfinansowane ze środków Powiatu Kaliskiego w wysokości "
                           "64 000 zł oraz przez Fundację Jasny Dom (12 500 zł).")
    assert got.get("Powiat Kaliski") == (64000.0, "PLN")
    assert got.get("Fundacja Jasny Dom") == (12500.0, "PLN")


def test_second_payer_after_a_measured_sum_in_english():
    got = _funding(_HEAD_EN + "The project is funded by the Harbour Trust in the amount of EUR 30,000 "
                              "and by the Northern Light Foundation (EUR 8,000).")
    assert got.get("Harbour Trust") == (30000.0, "EUR")
    assert got.get("Northern Light Foundation") == (8000.0, "EUR")


def test_a_partner_after_the_payers_sum_is_no_payer():
    # a bare conjunction and a name with no sum of its own: not a second payer
    got = _funding(_HEAD + "Projekt jest finansowany ze środków Gminy Kalisz w kwocie 50 000 zł i "
                           "Stowarzyszenie prowadzi go razem ze szkołami.")
    assert list(got) == ["Gmina Kalisz"]


def test_covering_verb_before_its_subject():
    got = _funding(_HEAD + "Całość kosztuje 90 000 zł i w całości pokrywa go Fundusz Wsparcia Lokalnego.")
    assert "Fundusz Wsparcia Lokalnego" in got
    got = _funding(_HEAD + "Budżet zadania to 40 000 zł; pozostałe 8 000 zł pokryje budżet Powiatu Kaliskiego.")
    assert "budżet Powiatu Kaliskiego" in got


def test_covering_verb_in_ukrainian_and_a_lower_case_object():
    got = _funding(_HEAD_UK + "Частину витрат фундація покрила сама, решту покриває Фундація Відкритий Світ.")
    assert "Фундація Відкритий Світ" in got
    # "pokrywa koszty": the object after the verb, no payer named
    got = _funding(_HEAD + "Stowarzyszenie pokrywa koszty dojazdu uczestników.")
    assert got == {} or all(k is None for k in got)


def test_nordic_and_czech_currencies():
    assert [(h.amount, h.currency) for h in find_money("grant w wysokości 1,5 mln DKK")] == [(1500000.0, "DKK")]
    assert [(h.amount, h.currency) for h in find_money("a grant of DKK 2.4 million")] == [(2400000.0, "DKK")]
    assert [(h.amount, h.currency) for h in find_money("kwota 300 000 koron islandzkich")] == [(300000.0, "ISK")]
    assert [(h.amount, h.currency) for h in find_money("CZK 45 000")] == [(45000.0, "CZK")]


def test_payer_name_wrapped_after_its_adjective():
    # a hard-wrapped page: the payer's leading adjective ends the line, the name runs on
    got = _funding(_HEAD + "Punkt był finansowany ze środków Wojewódzkiego\n"
                           "Funduszu Ochrony Dzieci (25 000 zł). Zajęcia prowadzą wolontariusze.")
    assert "Wojewódzki Fundusz Ochrony Dzieci" in got
    assert "Wojewódzkiego" not in got
    got = _funding(_HEAD + "Zajęcia odbywają się dzięki grantowi Europejskiej\n"
                           "Fundacji Młodzieży w wysokości EUR 12,000.")
    assert "Europejska Fundacja Młodzieży" in got


def test_covering_subject_keeps_its_own_sum_and_the_first_payer_its_grant():
    got = _funding(_HEAD + "Zadanie otrzymało dotację w wysokości 200 000 zł z Fundacji Jasny Dom. Całość "
                           "kosztuje 230 000 zł; pozostałe 30 000 zł pokryje budżet Powiatu Kaliskiego.")
    assert got.get("budżet Powiatu Kaliskiego") == (30000.0, "PLN")
    assert got.get("Fundacja Jasny Dom") == (200000.0, "PLN")
    got = _funding(_HEAD + "Projekt finansuje Fundacja Jasny Dom. Koszty przejazdów pokrywa Urząd Gminy "
                           "Kalisz (4 500 zł z budżetu gminy).")
    assert got.get("Urząd Gminy Kalisz") == (4500.0, "PLN")
