"""RECS-O (round 23): results tables flattened to text whose rows still read as one record."""

from ngo_atlas.extract.tables import header_key, table_rows

_INTRO = ("Wyniki otwartego konkursu ofert\n\n"
          "Zarząd Fundacji Przykładowej ogłasza wyniki konkursu na projekty sąsiedzkie.\n\n")


def _rows(text):
    return [(t, {h.key: h.value for h in hits}) for _a, _b, t, hits in table_rows(text)]


def test_numbered_cell_a_line_rows_with_requested_sum_and_points_columns():
    text = _INTRO + ("Lp.\nNazwa oferenta\nTytuł zadania\nKwota wnioskowana\nKwota przyznana (zł)\nPunkty\n"
                     "1\nFundacja Jasny Dom\nWspólne gotowanie\n8 000,00\n7 200,00\n42,5\n"
                     "2\nStowarzyszenie Młodzi Razem\nGra miejska po dzielnicy\n6 000,00\n5 000,00\n38\n"
                     "3\nKlub Szachowy Wieża\nTurniej dla rodzin\n2 500,00\n2 500,00\n40\n")
    rows = _rows(text)
    assert [t for t, _h in rows] == ["Wspólne gotowanie", "Gra miejska po dzielnicy", "Turniej dla rodzin"]
    assert rows[1][1] == {"lead": "Stowarzyszenie Młodzi Razem", "amount": "5 000,00 PLN"}


def test_header_lines_then_rows_in_one_block_with_no_running_numbers():
    text = _INTRO + ("Nazwa oferenta\nTytuł zadania\nWnioskowana kwota\nPrzyznana dotacja (zł)\nPunkty\n"
                     "Fundacja Jasny Dom\nWspólne gotowanie\n8 000,00\n7 200,00\n42,5\n"
                     "Stowarzyszenie Młodzi Razem\nGra miejska po dzielnicy\n6 000,00\n5 000,00\n38\n")
    rows = _rows(text)
    assert [t for t, _h in rows] == ["Wspólne gotowanie", "Gra miejska po dzielnicy"]
    assert rows[0][1]["amount"] == "7 200,00 PLN"


def test_header_words_name_of_a_body_and_participle_sums_in_four_languages():
    assert header_key("Nazwa podmiotu") == "lead"
    assert header_key("Name of organisation") == "lead"
    assert header_key("Назва організації") == "lead"
    assert header_key("Название организации") == "lead"
    assert header_key("Nazwa zadania") == "title" and header_key("Название проекта") == "title"
    assert header_key("Przyznana dotacja (zł)") == "amount"
    assert header_key("Запитувана сума") == "amount"
    assert header_key("Przyznane punkty") is None


def test_english_and_ukrainian_cell_a_line_results():
    en = ("Small grants: results\n\nThe City Council awarded these grants:\n\n"
          "No.\nName of organisation\nProject title\nRequested amount\nGranted amount (PLN)\nPoints\n"
          "1\nBlue River Foundation\nLanguage café\n12 000\n10 000\n47,5\n"
          "2\nOld Town Residents Association\nNeighbourhood garden\n9 000\n8 500\n45\n")
    uk = ("Результати конкурсу\n\nМіська рада надала гранти:\n\n"
          "№\nНазва організації\nНазва проєкту\nЗапитувана сума\nСума гранту (грн)\nБали\n"
          "1\nГО «Світлий дім»\nРозмовний клуб\n20 000\n18 000\n46,5\n"
          "2\nБФ «Тепла хата»\nСусідський сад\n11 000\n9 900\n44\n")
    assert [(t, h["amount"]) for t, h in _rows(en)] == [("Language café", "10 000 PLN"),
                                                        ("Neighbourhood garden", "8 500 PLN")]
    assert [(t, h["lead"]) for t, h in _rows(uk)] == [("Розмовний клуб", "ГО «Світлий дім»"),
                                                      ("Сусідський сад", "БФ «Тепла хата»")]


def test_rows_a_line_with_sums_without_grosze():
    zl = _INTRO + ("1. Fundacja Jasny Dom Wspólne gotowanie z sąsiadami 8 000 zł 7 500 zł\n"
                   "2. Stowarzyszenie Młodzi Razem Gra miejska po dzielnicy 6 000 zł 5 000 zł\n")
    dots = _INTRO + ("1. Fundacja Jasny Dom Wspólne gotowanie z sąsiadami 1.05.2026 – 31.10.2026 18.500\n"
                     "2. Stowarzyszenie Młodzi Razem Gra miejska po dzielnicy 1.06.2026 – 31.10.2026 9.000\n")
    assert [h["amount"] for _t, h in _rows(zl)] == ["7 500 PLN", "5 000 PLN"]
    rows = _rows(dots)
    assert [h["amount"] for _t, h in rows] == ["18.500 PLN", "9.000 PLN"]
    assert rows[0][1]["period"] == "1.05.2026 – 31.10.2026"


def test_points_with_a_decimal_comma_after_the_sums_are_no_sum():
    text = _INTRO + ("1. Fundacja Jasny Dom Wspólne gotowanie 8 000,00 7 200,00 46,50\n"
                     "2. Stowarzyszenie Młodzi Razem Gra miejska 6 000,00 5 000,00 41,25\n")
    assert [h["amount"] for _t, h in _rows(text)] == ["7 200,00 PLN", "5 000,00 PLN"]


def test_budget_and_report_lines_without_grosze_stay_out():
    budget = ("Budżet projektu\n\n1. Gmina Przykładowo 12 000 zł 14 000 zł 26 000 zł\n"
              "2. Wkład własny 3 000 zł 1 000 zł 4 000 zł\n")
    report = ("1. W roku 2024 przyznano 12 dotacji na kwotę 120 000 zł\n"
              "2. W roku 2025 przyznano 15 dotacji na kwotę 150 000 zł\n")
    labelled = ("Tytuł projektu\nOkres realizacji\nKwota dotacji\nBeneficjent\n"
                "Projekt trwa od marca do listopada i obejmuje kursy języka polskiego dla dorosłych.\n")
    assert table_rows(budget) == [] and table_rows(report) == [] and table_rows(labelled) == []


def test_a_card_of_labelled_lines_over_more_labelled_lines_is_no_headed_table():
    # a project card's "label: value" lines are not a header block over rows, even when
    # their labels name a title, a lead and a funder and the block splits evenly
    text = ("Kurs dla rodzin\n\n"
            "Nazwa zadania: Kurs dla rodzin\n"
            "Realizator: Stowarzyszenie Przykładowe\n"
            "Darczyńca: Fundacja Wzorcowa\n"
            "Wartość darowizny: 12 000,00 zł\n"
            "Okres realizacji: 01.02.2024 – 30.11.2024\n"
            "Miejsce: Opole, Nysa\n")
    from ngo_atlas.extract.tables import table_rows
    assert table_rows(text) == []
