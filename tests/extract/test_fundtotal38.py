"""Round 38 (fundtotal): a payer holding the sum of two shares the text names holds the total and
keeps its own share (SHARE-T); a sum per month, person, ticket or item, "po X zł" and a returned
remainder are no project's money (AMOUNT-U)."""

import pytest

from ngo_atlas.extract.money import find_money, names_a_sum
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list[tuple]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return [(f.funder, f.amount) for p in ex.projects for f in p.funding]


@pytest.mark.parametrize("text,payer,share", [
    ("Projekt „Wspólny Dom” realizuje Stowarzyszenie Przystań z Opola. Całkowity koszt projektu wynosi "
     "1 600 000,00 zł. Dofinansowanie z Funduszu Azylu, Migracji i Integracji to 1 200 000,00 zł, a "
     "brakujące 400 000,00 zł zapewni budżet państwa.", "Fundusz Azylu, Migracji i Integracji", 1200000.0),
    ("The project „Open Doors” is run by the Bridge Association in Lublin. Budget: PLN 530 000, of "
     "which PLN 400 000 funded by the Lublin Voivodeship and PLN 130 000 by the Orlen Foundation.",
     "Lublin Voivodeship", 400000.0),
])
def test_a_payer_holding_the_total_of_two_named_shares_keeps_its_own(text, payer, share):
    got = dict(_funding(text))
    assert got.get(payer) == share


@pytest.mark.parametrize("text,total", [
    # a split by year names no payer as the share's source: the grant stays the payer's
    ("Projekt „Razem w Kaliszu” realizuje Fundacja Horyzont. Dotacja z Fundacji Batorego: 100 000 zł, "
     "z czego 60 000 zł w 2023 r. i 40 000 zł w 2024 r.", 100000.0),
    # a split by partner ("w tym dla UW"): the consortium's total is the payer's
    ("Projekt „Migracje i miasto” finansuje Unia Europejska w ramach programu Horyzont Europa. "
     "Dofinansowanie z Unii Europejskiej: 900 000 EUR, w tym dla Uniwersytetu Warszawskiego "
     "500 000 EUR i dla Uniwersytetu Jagiellońskiego 400 000 EUR.", 900000.0),
])
def test_a_split_by_year_or_partner_is_no_split_between_payers(text, total):
    assert total in [a for _, a in _funding(text)]


@pytest.mark.parametrize("text", [
    "Uczestniczki otrzymają stypendium szkoleniowe 1 870,50 zł brutto miesięcznie.",
    "Płatny staż (stypendium ok. 2 300 zł netto/miesiąc).",
    "Wojewoda pokrywał koszty w ramach świadczenia 45 zł za osobę dziennie.",
    "Bilety na spektakl w teatrze miejskim: 25 zł.",
    "Rozdaliśmy mikrogranty po 1 500 zł na inicjatywy sąsiedzkie.",
    "We coordinated 18 micro-grants (PLN 4,000 each) for local groups.",
    "Kwota dotacji niewykorzystanej i zwróconej: 318,20 zł.",
])
def test_a_rate_a_unit_price_or_a_returned_sum_is_no_money_of_the_project(text):
    assert find_money(text) == []
    assert names_a_sum(text)  # (the form still states that money changed hands)


@pytest.mark.parametrize("text,amount", [
    ("Projekt „Nowy start” otrzymał dofinansowanie z budżetu Miasta Gdyni w kwocie 84 000 zł.", 84000.0),
    ("Grant: 12 000 zł na miesięczne warsztaty dla kobiet.", 12000.0),  # "miesięczne" names the workshops
    ("Koszt osobowy pokryto ze środków Fundacji PZU (20 000 zł), pozostałe wydatki z budżetu gminy.", 20000.0),
    ("Fundacja Pomocy przekazała 30 000 zł na podręczniki.", 30000.0),  # "po" inside a word ("Pomocy")
])
def test_a_grant_stays_a_sum(text, amount):
    assert amount in [h.amount for h in find_money(text)]


@pytest.mark.parametrize("text,amount", [
    ("Miasto przekazało 20 000 zł na Dzień Uchodźcy w parku miejskim.", 20000.0),
    ("Fundacja przekazała 50 000 zł osobom z Ukrainy w ramach programu Dom.", 50000.0),
    ("Fundusz stypendialny o wartości 200 000 zł sfinansowała Fundacja PKO.", 200000.0),
    ("Dotacja 60 000 zł na miesięczny obóz językowy.", 60000.0),
])
def test_a_purpose_or_a_recipient_after_the_sum_is_no_unit(text, amount):
    assert amount in [h.amount for h in find_money(text)]
