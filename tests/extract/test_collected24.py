"""Round 24, amounts (AMOUNT-K): a collection's sum ("w zbiórce zebraliśmy 41 200 zł", "we raised
PLN 9 300", "мы собрали 17 500 злотых") is a funding item with funder null beside a named payer's
grant; a sum still wanted, a target and a fee are not (texts in our own wording, not the sets')."""

import pytest

from ngo_atlas.extract.collected import collection_sums
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document, Funding


def _sums(text: str) -> set:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {(f.amount, f.currency) for p in ex.projects for f in p.funding if f.amount is not None}


_HEAD = ("Projekt „Most do szkoły”\n\nFundacja Nowy Próg prowadzi w Radomiu zajęcia wyrównawcze dla dzieci "
         "z Ukrainy. Projekt jest finansowany przez Fundację Zielony Las (grant 80 000 zł).\n\n")


@pytest.mark.parametrize("tail, money", [
    ("Wkład własny pochodzi ze zbiórki internetowej, w której 640 osób przekazało 41 200 zł.", (41200.0, "PLN")),
    ("Na portalu Pomagamy.pl zebraliśmy dodatkowo 17 350 zł na podręczniki.", (17350.0, "PLN")),
    ("Resztę kosztów pokryła zbiórka sąsiedzka: 9 800 zł.", (9800.0, "PLN")),
])
def test_polish_collection_sum_kept(tail, money):
    got = _sums(_HEAD + tail)
    assert (80000.0, "PLN") in got and money in got


def test_english_and_russian_collection_sums():
    en = ("Bridge to School project\n\nThe New Threshold Foundation runs catch-up classes in Radom. The "
          "project is funded by the Green Forest Foundation (grant of EUR 20,000) and by local residents "
          "(PLN 9 300 raised online).\n")
    assert (9300.0, "PLN") in _sums(en)
    f: list[Funding] = []
    ru = "Курс оплачивают частные лица — в этом году мы собрали 17 500 злотых."
    collection_sums(ru, 0, len(ru), f)
    assert [(x.funder, x.amount, x.currency) for x in f] == [(None, 17500.0, "PLN")]


@pytest.mark.parametrize("text", [
    "Zbiórka na wyjazd integracyjny trwa – brakuje jeszcze 3 400 zł!",
    "Cel zbiórki: 25 000 zł.",
    "Оплатите сбор – 440 злотых за карту.",
    "Projekt finansuje Fundacja Zielony Las kwotą 80 000 zł.",
])
def test_no_collection_sum(text):
    f: list[Funding] = []
    collection_sums(text, 0, len(text), f)
    assert f == []


def test_held_sum_not_repeated():
    text = "W zbiórce zebraliśmy 12 000 zł."
    f = [Funding(funder="darczyńcy indywidualni", amount=12000.0, currency="PLN")]
    collection_sums(text, 0, len(text), f)
    assert len(f) == 1
