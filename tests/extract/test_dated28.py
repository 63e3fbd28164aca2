"""DATE-D (round 28): a record's own title gives its run in bare years ("… na lata 2022–2025"),
read where the text states no bound of its own, or states only the start in the first year."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _first(text: str):
    return extract_document(Document("x.txt", "x.txt", text)).projects[0]


@pytest.mark.parametrize("text, start, end", [
    ("Lubelski Plan Wsparcia Cudzoziemców na lata 2024–2027\n\n"
     "Rada Miasta przyjęła plan, który realizuje Wydział Spraw Społecznych razem z Fundacją "
     "Dobry Start. Plan finansuje Gmina Lublin kwotą 2 mln zł. Obejmuje kursy języka polskiego.",
     "2024", "2027"),
    ("Kaliski Program Integracji Migrantów na lata 2023–2025\n\n"
     "Projekt realizuje Stowarzyszenie Nowy Dom od 1 marca 2023 r. Projekt finansuje Gmina "
     "Kalisz. Obejmuje kursy języka polskiego i porady prawne.", "2023-03-01", "2025"),
    ("Програма інтеграції іноземців у Житомирі на 2024–2026 роки\n\n"
     "Проєкт реалізує фонд «Відкритий дім» разом з міською радою. Проєкт фінансує "
     "Житомирська міська рада. Передбачено курси мови для переселенців.", "2024", "2026"),
    ("Программа поддержки мигрантов в Гродно на 2023–2025 годы\n\n"
     "Проект реализует фонд «Открытый дом». Проект финансирует городской совет Гродно. "
     "Предусмотрены курсы языка для переселенцев.", "2023", "2025"),
    ("Newcomers Integration Plan for the years 2024–2026\n\n"
     "The project is run by the Open Door Foundation and funded by the City of Opole. "
     "It offers language courses to migrant families.", "2024", "2026"),
])
def test_title_years_date_the_record(text, start, end):
    p = _first(text)
    assert (p.start, p.end) == (start, end)


def test_stated_bounds_win_over_title_years():
    text = ("Kaliski Program Integracji Migrantów na lata 2023–2025\n\n"
            "Projekt realizowany jest od 1 marca 2023 r. do 30 czerwca 2024 r. przez "
            "Stowarzyszenie Nowy Dom. Projekt finansuje Gmina Kalisz.")
    p = _first(text)
    assert (p.start, p.end) == ("2023-03-01", "2024-06-30")


def test_start_in_another_year_keeps_its_own_end_unknown():
    text = ("Kaliski Program Integracji Migrantów na lata 2023–2025\n\n"
            "Projekt realizuje Stowarzyszenie Nowy Dom od 1 marca 2024 r. Projekt finansuje "
            "Gmina Kalisz. Obejmuje kursy języka polskiego.")
    p = _first(text)
    assert (p.start, p.end) == ("2024-03-01", None)


def test_programme_years_outside_the_title_stay_unread():
    text = ("Projekt „Kursy języka polskiego dla migrantów w Kaliszu”\n\n"
            "Projekt realizuje Stowarzyszenie Nowy Dom. Dofinansowano ze środków Programu "
            "Fundusz Inicjatyw Obywatelskich na lata 2021–2030.")
    p = _first(text)
    assert (p.start, p.end) == (None, None)
