"""RECS-L (round 23): grant-competition results tables flattened to text, one record a granted row."""

from ngo_atlas.extract.tables import _title_start, table_rows

_INTRO = ("Wyniki konkursu ofert\n\n"
          "Burmistrz Miasta Przykładowo przyznał dotacje z budżetu Miasta Przykładowo na zadania:\n\n")


def _titles(text):
    return [(t, {h.key: h.value for h in hits}) for _a, _b, t, hits in table_rows(text)]


def test_rows_run_together_by_spaces_are_split_into_body_title_period_and_granted_sum():
    text = _INTRO + (
        "Lp. Wnioskodawca Nazwa zadania Termin Kwota wnioskowana Kwota przyznana\n"
        "1. Towarzystwo Przyjaciół Nauki „Sowa” Szachy dla każdego 1.03.2026 – 31.08.2026 9 000,00 8 000,00\n"
        "2. Fundacja na rzecz Zieleni Miejskiej Sadzimy drzewa razem 1.04.2026 – 30.09.2026 15 500,00 12 250,00\n"
        "3. Uczniowski Klub Sportowy Delfin Lato na basenie 1.06.2026 – 31.08.2026 4 000,00 0,00\n")
    rows = _titles(text)
    assert [t for t, _h in rows] == ["Szachy dla każdego", "Sadzimy drzewa razem"]
    assert rows[0][1]["lead"] == "Towarzystwo Przyjaciół Nauki „Sowa”"
    assert rows[1][1]["lead"] == "Fundacja na rzecz Zieleni Miejskiej"
    assert rows[1][1]["amount"] == "12 250,00 PLN"  # the granted sum, the row's last
    assert rows[0][1]["period"] == "1.03.2026 – 31.08.2026"


def test_points_after_the_sums_are_no_sum():
    text = _INTRO + ("1 Fundacja Zielony Most Warsztaty kulinarne 20 000,00 18 000,00 47,5\n"
                     "2 Stowarzyszenie Kobiet Aktywnych Klub mam 11 000,00 9 900,00 44\n")
    assert [h["amount"] for _t, h in _titles(text)] == ["18 000,00 PLN", "9 900,00 PLN"]


def test_budget_lines_and_numbered_prose_are_no_rows():
    budget = ("Kosztorys\n\n1. Gmina Przykładowo 12 000,00 14 000,00 26 000,00\n"
              "2. Wkład własny 3 000,00 1 000,00 4 000,00\n")
    prose = ("1. Oferty złożone po terminie nie były rozpatrywane.\n"
             "2. Dotacje wypłaca się w dwóch transzach po 5 000,00\n")
    assert table_rows(budget) == [] and table_rows(prose) == []


def test_title_starts_at_last_capitalised_word_of_the_name_run():
    body = "Fundacja Dobre Miasto Kino pod chmurką"
    assert body[_title_start(body):] == "Kino pod chmurką"
    body = "Stowarzyszenie Sąsiedzi z Górki Spacery po okolicy"
    assert body[_title_start(body):] == "Spacery po okolicy"


def test_cell_a_line_rows_under_a_header_with_number_and_points_columns():
    text = _INTRO + ("Lp.\nOferent\nTytuł zadania\nKwota wnioskowana (zł)\nKwota przyznana (zł)\nPunkty\n\n"
                     "1\nFundacja Kolorowe Podwórko\nMalujemy mural\n7 000,00\n6 500,00\n39\n\n"
                     "2\nStowarzyszenie Seniorów Aktywnych\nTaniec w parach\n5 000,00\n4 000,00\n35\n")
    rows = _titles(text)
    assert [t for t, _h in rows] == ["Malujemy mural", "Taniec w parach"]
    assert rows[0][1]["amount"] == "6 500,00 PLN" and rows[0][1]["lead"] == "Fundacja Kolorowe Podwórko"


def test_cell_a_line_rows_with_no_blank_line_between_them():
    text = _INTRO + ("Oferent\nTytuł zadania\nKwota wnioskowana (zł)\nKwota przyznana (zł)\n\n"
                     "Fundacja Kolorowe Podwórko\nMalujemy mural\n7 000,00\n6 500,00\n"
                     "Stowarzyszenie Seniorów Aktywnych\nTaniec w parach\n5 000,00\n4 000,00\n")
    assert [t for t, _h in _titles(text)] == ["Malujemy mural", "Taniec w parach"]


def test_pipe_table_takes_the_granted_column_not_the_requested_one():
    text = _INTRO + ("Oferent | Tytuł zadania | Kwota przyznana | Kwota wnioskowana\n"
                     "Fundacja Kolorowe Podwórko | Malujemy mural | 6 500,00 | 7 000,00\n")
    assert _titles(text)[0][1]["amount"] == "6 500,00"


def test_a_table_cut_by_group_headings_goes_on_under_its_header():
    text = _INTRO + ("Oferent | Tytuł zadania | Kwota dotacji\n"
                     "Fundacja Kolorowe Podwórko | Malujemy mural | 6 500,00 zł\n\n"
                     "Obszar 2 – sport\n"
                     "Klub Sportowy Orlik | Turniej sąsiedzki | 3 000,00 zł\n\n"
                     "Nie przyznano dotacji:\n"
                     "Fundacja Zielony Most | Warsztaty kulinarne | oferta odrzucona\n")
    assert [t for t, _h in _titles(text)] == ["Malujemy mural", "Turniej sąsiedzki", "Warsztaty kulinarne"]
    menu = ("Oferent | Tytuł zadania | Kwota dotacji\n"
            "Fundacja Kolorowe Podwórko | Malujemy mural | 6 500,00 zł\n\n"
            "Stopka strony\nKontakt z redakcją\n"
            "Start | Aktualności | Kontakt\n")
    assert [t for t, _h in _titles(menu)] == ["Malujemy mural"]


def test_rows_of_payers_with_no_title_are_no_rows():
    text = ("Źródła finansowania\n\n1. Gmina Przykładowo 12 000,00 14 000,00 26 000,00\n"
            "2. Fundacja Dobre Serce 3 000,00 1 000,00 4 000,00\n")
    assert table_rows(text) == []
