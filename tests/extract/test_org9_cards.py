"""Round 9: funders read from inline cards ("Finansowanie: X (sum). Partner: Y")."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funders(text: str, lang: str = "pl") -> list[str | None]:
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_inline_card_funder_ends_before_the_next_label():
    text = ("Cykl spotkań dla seniorów w Opolu i Nysie. Finansowanie: Gmina Opole (12 000 zł). "
            "Partner: Politechnika Opolska.")
    assert _funders(text) == ["Gmina Opole"]


def test_inline_card_funder_without_a_sum_ends_before_the_next_label():
    text = "Kurs języka dla dorosłych. Grantodawca: Fundacja Orange; Koordynacja: Anna Nowak."
    assert _funders(text) == ["Fundacja Orange"]


def test_grant_label_with_a_body_and_its_sum_names_the_payer():
    text = "Spotkania rodziców w Brzegu. Dofinansowanie: UNHCR (20 000 USD)."
    assert _funders(text) == ["UNHCR"]
    text = "Warsztaty w Nysie. Dofinansowanie: Fundacja Santander (8 500 zł)."
    assert _funders(text) == ["Fundacja Santander"]


def test_grant_label_with_only_a_sum_names_no_payer():
    text = "Warsztaty w Nysie. Dofinansowanie: 8 500 zł (80% kosztów)."
    assert _funders(text) == []
