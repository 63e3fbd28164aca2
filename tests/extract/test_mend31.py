"""Round 31, MEND: the code review's findings on this round's merges, each with a case that
failed before its fix. Texts in our own wording."""

from ngo_atlas.extract import bodyseat, sitenames
from ngo_atlas.extract.dates import find_periods
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.publictask import public_task_owner
from ngo_atlas.extract.status import crumb_status
from ngo_atlas.model import Document


def _records(text: str) -> list:
    return extract_document(Document("f.txt", "f.txt", text)).projects


def _funders(text: str) -> dict:
    return {r.title: [f.funder for f in r.funding if f.funder] for r in _records(text)}


def _owner(text: str) -> str | None:
    f = public_task_owner(text, len(text), "pl")
    return f.funder if f else None


_TABLE = ("Lp. | Nazwa oferenta | Tytuł zadania | Kwota dotacji (zł)\n"
          "1 | Fundacja {a} | {t1} | 40 000,00\n"
          "2 | Stowarzyszenie {b} | {t2} | 12 500,00\n")


# 1-2. the nearest heading above the table names its rows' grant-maker (read once per page)

def test_pl_second_table_takes_its_own_heading():
    text = ("Wyniki konkursu ofert na realizację zadań publicznych Miasta Opola\n\n"
            + _TABLE.format(a="Nowy Dom", b="Sąsiedzi", t1="Szkoła sobotnia", t2="Kuchnia bez granic")
            + "\nWyniki konkursu ofert na realizację zadań publicznych Powiatu Nyskiego\n\n"
            + _TABLE.format(a="Dobry Start", b="Razem", t1="Klub mam", t2="Korepetycje dla dzieci"))
    got = _funders(text)
    assert got["Szkoła sobotnia"] == ["Miasto Opole"], got
    assert got["Korepetycje dla dzieci"] == ["Powiat Nyski"], got


def test_pl_owner_named_below_the_table_is_not_its_owner():
    text = ("Wyniki konkursu ofert w obszarze integracji cudzoziemców\n\n"
            + _TABLE.format(a="Nowy Dom", b="Sąsiedzi", t1="Szkoła sobotnia", t2="Kuchnia bez granic")
            + "\nOgłoszenie: konkurs ofert na realizację zadań publicznych Miasta Opola w 2025 roku\n")
    got = _funders(text)
    assert got.get("Szkoła sobotnia") == [] and got.get("Kuchnia bez granic") == [], got


# 3. the second capitalised word only where it agrees with the first; Title Case headings

def test_pl_owner_stops_before_the_next_body():
    assert _owner("Konkurs na realizację zadań publicznych Gminy Lublin Wydział Spraw Społecznych\n") == "Gmina Lublin"
    assert _owner("zadań publicznych Powiatu Lubelskiego Zarząd Powiatu ogłasza\n") == "Powiat Lubelski"


def test_pl_owner_keeps_a_two_word_town():
    assert _owner("zadań publicznych Miasta Stołecznego Warszawy\n") == "Miasto Stołeczne Warszawa"
    assert _owner("zadań publicznych Gminy Nowy Targ\n") == "Gmina Nowy Targ"


def test_pl_title_case_heading():
    assert _owner("Otwarty Konkurs Ofert na Realizację Zadań Publicznych Miasta Krakowa w 2025 roku\n") == "Miasto Kraków"


# 4-6. a body's seat in a bracket

def test_seat_bracket_reach_is_bounded_on_a_long_line():
    # a bracket opened far back on a line with no newline before it is out of reach
    text = "(Fundacja Pomocy Prawnej " + "słowo " * 30 + "i zajęcia w Kielcach"
    assert bodyseat.seat_bracket(text, text.index("Kielcach")) is None
    text = "x" * 200 + " dr Anna Lis (Fundacja Pomocy Prawnej w Kielcach)"
    assert bodyseat.seat_bracket(text, text.index("Kielcach")) is not None


def test_pl_na_rzecz_is_no_venue():
    text = "Mówiła Ewa Kos (Stowarzyszenie na rzecz Uchodźców w Kielcach)"
    assert bodyseat.seat_bracket(text, text.index("Kielcach")) is not None


def test_pl_na_before_the_body_is_a_venue():
    text = "Warsztaty (zajęcia na terenie Fundacji Dom w Kielcach)"
    assert bodyseat.seat_bracket(text, text.index("Kielcach")) is None


def test_short_towns_named_elsewhere_in_any_case():
    for said, town in (("Działamy w Nysie.", "Nysa"), ("Działamy w Łodzi.", "Łódź"), ("Działamy w Pile.", "Piła"),
                       ("Działamy w Kielcach.", "Kielce"), ("Работаем в Варшаве.", "Варшава"),
                       ("We work in Toruń.", "Toruń")):
        assert bodyseat.named_elsewhere(said, 0, len(said), town, (len(said), len(said))), town


def test_two_word_town_needs_both_words():
    said = "Działamy w Nowym Mieście."
    assert not bodyseat.named_elsewhere(said, 0, len(said), "Nowy Targ", (len(said), len(said)))
    said = "Działamy w Nowym Targu."
    assert bodyseat.named_elsewhere(said, 0, len(said), "Nowy Targ", (len(said), len(said)))


def test_town_not_inside_another_word():
    said = "Szkoła medycznej opieki; Koalicja Warszawsko-Praska."
    assert not bodyseat.named_elsewhere(said, 0, len(said), "Medyka", (len(said), len(said)))
    assert not bodyseat.named_elsewhere(said, 0, len(said), "Warszawa", (len(said), len(said)))


# 7. sites and settlements

def test_pl_settlement_named_by_a_site_noun_stays_a_place():
    assert not sitenames.names_a_site("Dwory")
    assert sitenames.names_a_site("Rynek Główny") and sitenames.names_a_site("Dworze Artusa")


def test_en_town_starting_with_a_site_noun_stays_a_place():
    assert not sitenames.names_a_site("Market Harborough")
    assert not sitenames.names_a_site("Castle Combe")
    assert sitenames.names_a_site("Old Market Square")


def test_uk_site_noun_in_the_nominative():
    assert sitenames.names_a_site("площа Ринок")


# 8. "między X a Y": two bare years are a period only in a sentence on the work

def test_pl_two_years_compared_are_no_period():
    assert find_periods("Między 2015 a 2020 rokiem liczba wniosków wzrosła dwukrotnie.") == []


def test_pl_two_years_of_the_work_are_a_period():
    got = find_periods("Między 2019 a 2021 rokiem realizowaliśmy projekt dla kobiet.")
    assert [(p.start.year, p.end.year) for p in got] == [(2019, 2021)]


def test_pl_months_between_are_a_period():
    got = find_periods("Zajęcia odbywały się między 1 lipca a 31 października 2022 r.")
    assert [(p.start.month, p.end.month) for p in got] == [(7, 10)]


# 9. the crumb step's evidence is the step itself, not its words repeated in the title

def test_crumb_span_is_the_step_not_the_title():
    text = "Start › Projekty › Zakończone › Zakończone projekty z Ukrainą\n\nTreść strony.\n"
    got = crumb_status(text)
    assert got is not None
    status, span = got
    assert text[span.start:span.end] == "Zakończone" and span.start == text.index("Zakończone"), span


# 12. a programme's quoted name may wrap once, never across a blank line

def _payers(text: str) -> list:
    return [(f.funder, f.amount) for p in _records(text) for f in p.funding]


def test_pl_programme_aside_across_a_blank_line_ends():
    text = ("Projekt „Wspólne podwórko” realizuje Stowarzyszenie Sąsiedzi. Projekt sfinansowała Fundacja "
            "Dobra w ramach programu „Sąsiedzi\n\nrazem” (42 000 zł) oraz Gmina Kłodawa (8 000 zł).\n")
    assert not any(f == "Gmina Kłodawa" for f, _a in _payers(text))


def test_pl_programme_aside_wrapping_once_is_read():
    text = ("Projekt „Wspólne podwórko” realizuje Stowarzyszenie Sąsiedzi. Projekt sfinansowała Fundacja "
            "Dobra w ramach programu „Sąsiedzi\nrazem” (42 000 zł) oraz Gmina Kłodawa (8 000 zł).\n")
    assert ("Gmina Kłodawa", 8000.0) in _payers(text)


def test_en_crumb_span_is_the_step_not_the_title():
    text = "Home › Projects › Completed › Completed projects with schools\n\nPage text.\n"
    got = crumb_status(text)
    assert got is not None
    _status, span = got
    assert span.start == text.index("Completed"), span
