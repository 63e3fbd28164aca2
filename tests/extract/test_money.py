"""Money amounts and the choice of the grant among several amounts."""

import pytest

from ngo_atlas.extract.money import find_money, grant_amount


@pytest.mark.parametrize("text, amount, currency", [
    ("kwota dofinansowania :\xa021\xa0775 USD", 21775.0, "USD"),
    ("999 750,00 PLN", 999750.0, "PLN"),
    ("830 mln EUR", 830_000_000.0, "EUR"),
    ("Przekazaliśmy wsparcie finansowe 10 000 zł.", 10000.0, "PLN"),
    ("Dofinansowanie ze środków Programu: 14 933,35 EUR", 14933.35, "EUR"),
    ("Grant amount: 135 500 PLN", 135500.0, "PLN"),
])
def test_amounts(text, amount, currency):
    hits = find_money(text)
    assert [(h.amount, h.currency) for h in hits] == [(amount, currency)]


def test_grant_beats_total_value():
    text = ("Całkowita wartość projektu: 5 010 297,00 PLN\n"
            "Dofinansowanie projektu z UE 4 509 267,30 PLN\n")
    hit = grant_amount(text, 0, len(text), [])
    assert hit is not None and hit.amount == pytest.approx(4509267.30)


def test_no_currency_no_amount():
    assert find_money("W projekcie wzięło udział 203 osób w 36 dyżurach.") == []
