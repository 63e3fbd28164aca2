"""Round 22, amounts (AMOUNT-J): when every payer but one holds its share and the project names
exactly one more sum that is no total, own contribution, ceiling or yearly rate, that sum is the
last payer's share. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list[list[tuple]]:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [[(f.funder, f.amount, f.currency) for f in p.funding] for p in ex.projects]


def test_keyed_lines_under_a_total_give_the_first_payer_its_share():
    text = ("Centrum Pomocy Obcokrajowcom – nowy projekt\n\n"
            "Stowarzyszenie Nowy Dom realizuje projekt „Centrum Pomocy Obcokrajowcom”, współfinansowany "
            "ze środków Unii Europejskiej w ramach programu Fundusze Europejskie dla Mazowsza 2021–2027.\n\n"
            "Okres realizacji: 01.02.2025 – 31.01.2027\n\n"
            "Wartość projektu: 1 200 000,00 zł\n"
            "Wkład Funduszy Europejskich: 1 020 000,00 zł\n"
            "Dofinansowanie z budżetu państwa: 120 000,00 zł\n")
    assert _funding(text) == [[("Unia Europejska", 1020000.0, "PLN"), ("budżet państwa", 120000.0, "PLN")]]


def test_bracketed_grant_after_a_fund_in_prose():
    text = ("Razem w Opolu\n\n"
            "Projekt „Razem w Opolu” jest współfinansowany w 80% ze środków Funduszu Azylu, Migracji i "
            "Integracji (kwota dofinansowania: 400 000,00 zł), a w 20% z budżetu państwa (100 000,00 zł). "
            "Projekt realizuje Fundacja Most.\n")
    assert _funding(text) == [[("Fundusz Azylu, Migracji i Integracji", 400000.0, "PLN"),
                               ("budżet państwa", 100000.0, "PLN")]]


def test_russian_total_then_the_second_payers_share():
    text = ("Дом для всех\n\n"
            "Проект «Дом для всех» софинансируется Фондом убежища, миграции и интеграции (ФУМИ) и "
            "государственным бюджетом.\n"
            "Общая стоимость проекта: 800 000 злотых\n"
            "из них средства ФУМИ – 600 000 злотых (75%)\n"
            "государственный бюджет – 200 000 злотых (25%)\n")
    rows = _funding(text)
    assert len(rows) == 1
    assert (200000.0, "PLN") in [(a, c) for _, a, c in rows[0]]
    assert (800000.0, "PLN") not in [(a, c) for _, a, c in rows[0]]


def test_own_contribution_total_or_yearly_sum_is_no_share():
    text = ("Punkt porad dla cudzoziemców\n\n"
            "Projekt jest finansowany przez Fundację Nowe Horyzonty (kwota grantu: 60 000 zł) oraz "
            "ze środków budżetu Gminy Miasto Tczew.\n"
            "Wkład własny: 8 000 zł\n"
            "Całkowity koszt projektu: 68 000 zł\n")
    rows = _funding(text)
    assert len(rows) == 1
    amounts = [(a, c) for _, a, c in rows[0]]
    assert (8000.0, "PLN") not in amounts and (68000.0, "PLN") not in amounts


def test_two_unplaced_sums_give_none():
    text = ("Szkoła dla wszystkich\n\n"
            "Projekt jest finansowany przez Fundację Nowe Horyzonty (kwota grantu: 60 000 zł) oraz "
            "ze środków budżetu Gminy Miasto Tczew. W pierwszym roku wydano 20 000 zł na książki, "
            "a w drugim 25 000 zł na wycieczki.\n")
    rows = _funding(text)
    amounts = [(a, c) for _, a, c in rows[0]]
    assert (20000.0, "PLN") not in amounts and (25000.0, "PLN") not in amounts


def test_budget_conversion_and_monthly_rate_are_no_share():
    from ngo_atlas.extract.leftsum import last_payer_share
    from ngo_atlas.model import Funding

    for text in ("Wsparcie dla rodzin. Grant Fundacji Alfa: 50 000 zł. Pomaga też Fundacja Beta. "
                 "Jego budżet to ok. 0,9 mln zł.",
                 "Grant of Alpha Trust: EUR 40,000 / approx. PLN 170,000. Beta Fund also helps.",
                 "Grant Fundacji Alfa: 50 000 zł. Pomaga też Fundacja Beta. Stypendium 2 000 zł/mies."):
        funding = [Funding("Fundacja Alfa", None, 50000.0, "PLN"), Funding("Fundacja Beta", None, None, None)]
        if "Alpha" in text:
            funding = [Funding("Alpha Trust", None, 40000.0, "EUR"), Funding("Beta Fund", None, None, None)]
        last_payer_share(text, 0, len(text), funding)
        assert funding[1].amount is None, text


def test_a_budget_from_a_payer_is_its_share():
    from ngo_atlas.extract.leftsum import last_payer_share
    from ngo_atlas.model import Funding

    text = "Miasto Gamma dołożyło 30 000 zł.\nBudżet od Fundacji Delta: 70 000 zł\n"
    funding = [Funding("Fundacja Delta", None, None, None), Funding("Miasto Gamma", None, 30000.0, "PLN")]
    last_payer_share(text, 0, len(text), funding)
    assert (funding[0].amount, funding[0].currency) == (70000.0, "PLN")
