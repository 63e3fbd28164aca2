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



# amounts in more written forms (org round 6)
@pytest.mark.parametrize("text, amount, currency", [
    ("€1.2m", 1_200_000.0, "EUR"),
    ("USD 150k", 150_000.0, "USD"),
    ("1.2m EUR", 1_200_000.0, "EUR"),
    ("150 000,- zł", 150_000.0, "PLN"),
    ("48 000 CAD", 48_000.0, "CAD"),
    ("CAD 48,000", 48_000.0, "CAD"),
    ("1.5 million euros", 1_500_000.0, "EUR"),
    ("20 000 koron szwedzkich", 20_000.0, "SEK"),
])
def test_more_written_forms_of_an_amount(text, amount, currency):
    assert [(h.amount, h.currency) for h in find_money(text)] == [(amount, currency)]


@pytest.mark.parametrize("text", ["500 m od szkoły", "PLN 500 miesięcznie"])
def test_a_letter_after_a_figure_is_no_scale_unless_alone(text):
    assert all(h.amount <= 500 for h in find_money(text))
