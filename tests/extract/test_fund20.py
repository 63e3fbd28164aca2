"""Round 20, funding (FUND4): two payers in one sentence, each with its own sum: a second agent
after the first one's bracketed sum or quoted fund ("… (35 000 zł) oraz przez Y (9 000 zł)",
"… „Z” (31 500 zł) oraz Gminę Y", "by X (EUR 40,000) and by Y"), a payer joined to its sum by a
measure phrase ("w kwocie", "у розмірі") or by its own verb of giving in a coordinated clause
(", a Fundacja Y przekazała 8 tys. zł"). Texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {f.funder: (f.amount, f.currency) for p in ex.projects for f in p.funding}


_HEAD = ("Projekt „Wspólne podwórko”\n\nStowarzyszenie Sąsiedzkie realizuje projekt „Wspólne podwórko” "
         "w Opolu. ")
_HEAD_EN = ("Project \"Open Doors\"\n\nThe Neighbours Association runs the project \"Open Doors\" in "
            "Gdynia. ")
_TAIL = " Zajęcia odbywają się w świetlicy.\n"


@pytest.mark.parametrize("text, want", [
    (_HEAD + "Projekt jest finansowany przez Fundację Dobrej Woli w ramach programu Lokalne Działania "
     "(grant w wysokości 120 000 zł) oraz przez Fundację Zielony Most (25 000 zł)." + _TAIL,
     {"Fundacja Dobrej Woli": 120000.0, "Fundacja Zielony Most": 25000.0}),
    (_HEAD + "Projekt jest finansowany przez Fundację Dobrej Woli (35 000 zł) oraz przez Fundację "
     "Zielony Most (9 000 zł)." + _TAIL,
     {"Fundacja Dobrej Woli": 35000.0, "Fundacja Zielony Most": 9000.0}),
    (_HEAD + "Projekt był finansowany przez Opolski Urząd Wojewódzki ze środków programu „Bezpieczny "
     "dom” (31 500 zł) oraz Gminę Nowa Wieś (7 000 zł)." + _TAIL,
     {"Opolski Urząd Wojewódzki": 31500.0, "Gmina Nowa Wieś": 7000.0}),
    (_HEAD_EN + "The project is funded by the Green Bridge Foundation under the Local Action programme "
     "(EUR 40,000) and by the Northern Trust Fund (USD 12,500). Workshops take place in the library.\n",
     {"Green Bridge Foundation": 40000.0, "Northern Trust Fund": 12500.0}),
    # a hard-wrapped line between "by the" and the second name
    (_HEAD_EN + "The project was funded by the Green Bridge Foundation (EUR 40,000) and by the\n"
     "Northern Trust Fund (USD 12,500). Workshops take place in the library.\n",
     {"Green Bridge Foundation": 40000.0, "Northern Trust Fund": 12500.0}),
])
def test_second_agent_with_its_sum(text, want):
    got = _funding(text)
    assert {k: v[0] for k, v in got.items()} == want


def test_measure_phrase_after_payer():
    got = _funding(_HEAD + "Projekt finansowany jest ze środków Fundacji Orzeł (FO) w kwocie "
                   "18 000 USD oraz współfinansowany przez Gminę Nowa Wieś (40 000 zł)." + _TAIL)
    assert got["Fundacja Orzeł"] == (18000.0, "USD")
    assert got["Gmina Nowa Wieś"] == (40000.0, "PLN")


def test_each_clause_its_giver():
    got = _funding(_HEAD + "Projekt jest finansowany przez Fundację Dobrej Woli. Dodatkowo Gmina Nowa Wieś "
                   "przekazała 20 tys. zł na wyjazdy, a Fundacja Zielony Most przekazała 8 tys. zł na "
                   "zakup książek." + _TAIL)
    assert got["Gmina Nowa Wieś"][0] == 20000.0
    assert got["Fundacja Zielony Most"][0] == 8000.0


def test_clause_without_sum_takes_no_sum():
    # a coordinated clause whose verb gives no sum: the sum stays with its own clause's giver
    got = _funding(_HEAD + "Projekt jest finansowany przez Fundację Dobrej Woli kwotą 50 000 zł. Gmina "
                   "Nowa Wieś przekazała 20 tys. zł na wyjazdy, a Biblioteka Miejska przekazała nam "
                   "książki." + _TAIL)
    assert got["Gmina Nowa Wieś"][0] == 20000.0
    assert got.get("Biblioteka Miejska", (None, None))[0] is None


def test_and_by_the_state_budget_is_no_second_name():
    got = _funding(_HEAD_EN + "The project is co-financed by the Northern Trust Fund under the Local Action "
                   "programme and by the Polish state budget. Workshops take place in the library.\n")
    assert "Polish" not in got


_INTRO_PAGE = """Urząd Gminy Nowa Wieś

Aktualności › Wyniki konkursu

W wyniku otwartego konkursu ofert Wójt Gminy Nowa Wieś powierzył organizacjom pozarządowym realizację dwóch zadań publicznych. Zadania są finansowane z budżetu Gminy Nowa Wieś w ramach programu „Otwarta Gmina 2024–2026”.

ZADANIE 1
„Kawiarenka językowa” – spotkania dla cudzoziemców
Realizator: Stowarzyszenie Dobry Sąsiad
Termin: 1.03.2024 – 30.06.2024
Kwota dotacji: 18 000,00 zł
Cotygodniowe spotkania dla osób, które uczą się polskiego.

ZADANIE 2
„Mama w Nowej Wsi” – spotkania dla matek
Realizator: Fundacja Orzeł
Termin: 1.09.2024 – 20.12.2024
Kwota dotacji: 12 500,00 zł
Spotkania dla matek z Ukrainy i Białorusi.
"""


def test_intro_payer_shared_by_listed_records():
    # the paragraph above a list of records names who pays for all of them; each keeps its own sum
    ex = extract_document(Document("f.txt", "f.txt", _INTRO_PAGE))
    got = [[(f.funder, f.programme, f.amount) for f in p.funding] for p in ex.projects]
    assert got == [[("Gmina Nowa Wieś", "Otwarta Gmina 2024–2026", 18000.0)],
                   [("Gmina Nowa Wieś", "Otwarta Gmina 2024–2026", 12500.0)]]
