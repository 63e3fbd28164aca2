"""Round 21, funding (FUND-G): the payer named after the English noun of co-financing
("co-financing from the City of X: PLN N", "co-funding by the Y Trust (EUR N)"), which Polish
and the Cyrillic languages write with a participle or verb the sentence rules read already.
Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(f.funder, f.programme, f.amount, f.currency) for p in ex.projects for f in p.funding]


_HEAD_EN = ("Project \"Open Kitchen\"\n\nThe Neighbours Association runs the project \"Open Kitchen\" in "
            "Gdynia in 2023. We cook with newcomers and their neighbours every week.\n\n")


def test_cofinancing_from_a_city_budget_on_a_field_line():
    got = _funding(_HEAD_EN + "Programme: Local Bridges Fund\nFunded by: Harbour Trust\n"
                              "Grant: EUR 12 000\nCo-financing from the City of Gdynia budget: PLN 9,500\n")
    assert ("City of Gdynia", None, 9500.0, "PLN") in got  # a co-financier is not the programme's payer
    assert any(f[0] == "Harbour Trust" and f[1] == "Local Bridges Fund" for f in got)


def test_cofunding_by_a_second_payer_in_a_sentence():
    got = _funding(_HEAD_EN + "The workshops are funded by the Harbour Trust (EUR 20,000); co-funding by "
                              "the Northern Light Foundation amounts to EUR 4,000.\n")
    names = [f[0] for f in got]
    assert "Harbour Trust" in names and "Northern Light Foundation" in names


def test_first_payer_kept_beside_a_cofinancier_in_one_sentence():
    # the new payer is read after the sentence rules, so the grant's own payer stays
    got = _funding(_HEAD_EN + "Grant: EUR 30 000 from the Open Future Foundation; co-financing from the "
                              "Municipality of Sopot: PLN 15,000.\n")
    names = [f[0] for f in got]
    assert "Open Future Foundation" in names and "Municipality of Sopot" in names


def test_cofinancing_with_nothing_named_adds_no_payer():
    got = _funding(_HEAD_EN + "Funded by: Harbour Trust\nCo-financing from our own resources covers the rest.\n")
    assert [f[0] for f in got] == ["Harbour Trust"]


def test_cofinancing_field_with_payer_and_sum_after_a_dash():
    got = _funding("Projekt „Zielona Świetlica”\n\nStowarzyszenie Dobry Sąsiad prowadzi projekt „Zielona "
                   "Świetlica” w Kaliszu od marca do czerwca 2024 roku.\n\n"
                   "Grantodawca: Fundacja Jasny Dom\nKwota grantu: 52 000 zł\n"
                   "Współfinansowanie: Powiat Kaliski – 18 000 zł\n")
    assert ("Fundacja Jasny Dom", None, 52000.0, "PLN") in got  # the keyed grant stays the first payer's
    assert ("Powiat Kaliski", None, 18000.0, "PLN") in got


def test_cofinancing_field_in_ukrainian():
    got = _funding("Проєкт «Відкрита кухня»\n\nАсоціація Сусіди реалізує проєкт «Відкрита кухня» у Гдині в "
                   "2023 році.\n\nГрантодавець: Фундація Світлий Дім\nСума гранту: 40 000 злотих\n"
                   "Співфінансування: Гміна Гдиня – 9 000 злотих\n")
    assert ("Фундація Світлий Дім", None, 40000.0, "PLN") in got
    assert ("Гміна Гдиня", None, 9000.0, "PLN") in got


def test_cofinancing_field_with_a_sum_only_adds_no_payer():
    got = _funding(_HEAD_EN + "Funded by: Harbour Trust\nGrant: EUR 12 000\nCo-financing: EUR 3 000 (20%)\n")
    assert [f[0] for f in got] == ["Harbour Trust"]
