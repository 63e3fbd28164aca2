"""Round 9 (error classes of unseen-u, in general forms): a list's closing note about all
its projects reaches every item, and the passive of finishing in any gender and number."""

import pytest

from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.dates import relative_end
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.status import find_status, tense_status
from ngo_atlas.extract.title import choose_title, quoted_titles
from ngo_atlas.model import Document

_LIST = """Stowarzyszenie Przykładowe
Nasze projekty

▸ Kawiarenka językowa (2018–2019)
Spotkania przy kawie dla osób uczących się polskiego w Opolu. Finansowanie: Gmina Opole.

▸ Porady na start
Okres realizacji: IV 2020 – I 2021
Dyżury prawne dla osób z Gruzji i Mołdawii w Nysie. Projekt sfinansowano ze środków Fundacji Przykładowej.

Oba powyższe projekty zostały już zakończone. Trwające projekty opisujemy na stronie „Projekty w realizacji”.
"""


def test_a_closing_note_about_all_projects_reaches_each_and_its_quoted_tab_is_no_project():
    ex = extract_document(Document("l.txt", "l.txt", _LIST))
    assert [p.title for p in ex.projects] == ["Kawiarenka językowa", "Porady na start"]
    assert [p.status for p in ex.projects] == ["completed", "completed"]


@pytest.mark.parametrize("text", [
    "Wszystkie trzy zadania zostały pomyślnie zrealizowane w terminie.",
    "Projekt został zakończony w grudniu.",
    "Усі три проєкти були успішно реалізовані минулого року.",
    "Both projects were completed before the summer.",
])
def test_the_passive_of_finishing_in_any_gender_and_number_is_completed(text):
    st = tense_status(text, 0, len(text))
    assert st is not None and st[0] == "completed"


def test_the_future_passive_is_not_completed():
    text = "Projekty zostaną zakończone w przyszłym roku."
    st = tense_status(text, 0, len(text))
    assert st is None or st[0] != "completed"


_CARDS = """Wyniki naboru wniosków 2025

Zarząd Powiatu przyznał dotacje z budżetu Powiatu Słupskiego następującym organizacjom:

1. Wnioskodawca: Fundacja Przystań
   Nazwa projektu: „Sąsiedzkie lekcje polskiego”
   Okres realizacji: 01.03.2025–30.09.2025
   Przyznana kwota: 12 000,00 zł

2. Wnioskodawca: Stowarzyszenie Most
   Nazwa projektu: Klub młodych cudzoziemców
   Okres realizacji: 15.03.2025–15.12.2025
   Przyznana kwota: 9 500,00 zł

Uchwała wchodzi w życie z dniem podjęcia.
"""


def test_cards_giving_each_title_by_a_label_are_one_project_each_first_included():
    ex = extract_document(Document("c.txt", "c.txt", _CARDS))
    assert [p.title for p in ex.projects] == ["Sąsiedzkie lekcje polskiego", "Klub młodych cudzoziemców"]
    assert [(p.start, p.end) for p in ex.projects] == [("2025-03-01", "2025-09-30"),
                                                       ("2025-03-15", "2025-12-15")]
    assert all(p.spans["title"].rule == "titled_card" for p in ex.projects)


@pytest.mark.parametrize("text,funder", [
    ("Nowe umowy w Koszalinie\n\nFundacja Brzeg zrealizuje projekt „Pierwsze kroki”, czyli kursy "
     "języka dla dorosłych. Dotacja: 40 000 zł.\n\nStowarzyszenie Port poprowadzi projekt „Wspólne "
     "podwórko” dla dzieci z Ukrainy. Dotacja: 25 000 zł.\n\nObydwa projekty finansuje Fundacja PZU.\n",
     "Fundacja PZU"),
    ("Two new grants in Gdynia\n\nThe Harbour Foundation will run the project “Open Doors”, advice "
     "for newcomers. Grant: EUR 20,000.\n\nThe Bridge Association launches the project “Kids "
     "Together” for refugee children. Grant: EUR 15,000.\n\nBoth projects are funded by the "
     "Velux Foundation.\n", "Velux Foundation"),
])
def test_a_closing_paragraph_about_every_project_of_prose_gives_each_its_funder(text, funder):
    ex = extract_document(Document("p.txt", "p.txt", text))
    assert len(ex.projects) == 2
    assert all(funder in [f.funder for f in p.funding] for p in ex.projects)


@pytest.mark.parametrize("byline", ["03.02.2024, 09:30 | Jan Kowalski | fot. UM Olsztyn",
                                    "Photo: Anna Nowak | 2024-02-03"])
def test_a_byline_with_a_photo_credit_keeps_its_date_and_loses_author_and_credit(byline):
    text = "Nowy punkt porad w Olsztynie\n" + byline + "\n\nTreść artykułu o punkcie porad.\n"
    masked = mask(text)
    assert ("03.02.2024, 09:30" in masked) or ("2024-02-03" in masked)
    assert "Kowalski" not in masked and "Nowak" not in masked and "fot." not in masked.lower()
    assert len(masked) == len(text)


@pytest.mark.parametrize("text,end", [
    ("Aktualności | 12 października 2024\n\nKółko teatralne dla dzieci z Ukrainy potrwa do końca "
     "roku szkolnego.\n", (2025, 6)),
    ("Новини / 3 березня 2024\n\nГурток працюватиме до кінця навчального року.\n", (2024, 6)),
    ("News / 5 November 2023\n\nThe reading club runs until the end of the school year.\n", (2024, 6)),
])
def test_the_end_of_the_school_year_is_the_june_of_the_year_running_at_the_pages_date(text, end):
    d = relative_end(text, 0, len(text), None)
    assert d is not None and (d.year, d.month) == end


def test_the_end_of_a_plain_year_is_still_the_year():
    text = "Aktualności | 12 października 2024\n\nPunkt porad działa do końca roku.\n"
    d = relative_end(text, 0, len(text), None)
    assert d is not None and (d.year, d.month) == (2024, None)


@pytest.mark.parametrize("text,title", [
    ("KA1 MOBILITY\n\n\"Lakes Without Borders\" – Training course in Mrągowo\n\nDates: 3–10 May 2025\n"
     "Venue: Mrągowo\n", "Lakes Without Borders"),
    ("WAKACJE 2025\n\n„Lato pełne słów” – kurs polskiego dla nastolatków\n\nTermin: 1–12 lipca 2025\n"
     "Miejsce: Elbląg\n", "Lato pełne słów"),
])
def test_a_quoted_name_set_off_by_a_dash_from_its_kind_names_the_undertaking(text, title):
    found = choose_title(text, 0, len(text), [])
    assert found is not None and found[0] == title and found[1].rule == "heading_kind_quoted"


@pytest.mark.parametrize("head", ["„Bez tłumacza ani rusz”. Wywiad z Martą Zielińską",
                                  "“We learnt from the parents” – an interview with Olga Petrenko",
                                  "«Мы учились у родителей». Интервью с Ольгой Петренко"])
def test_a_headline_quoting_an_interviewee_is_no_project_name(head):
    text = ("Projekty / " + head + "\n\nOd roku w Płocku działa projekt „Mosty w klasie”, "
            "o którym opowiada nasza rozmówczyni.\n")
    assert [t for _a, _b, t in quoted_titles(text, 0, len(text))] == ["Mosty w klasie"]


@pytest.mark.parametrize("text,key", [
    ("Kurs wystartuje 3 marca 2026 r. i potrwa do czerwca, a prowadzi go fundacja.", "planned"),
    ("Проект стартует 1 февраля 2026 г. и продлится до декабря.", "planned"),
    ("Projekt trwa od stycznia i potrwa do czerwca 2025 r.", "ongoing"),
])
def test_a_future_run_after_a_future_start_in_one_sentence_is_planned_past_a_years_abbreviation(text, key):
    st = find_status(text, 0, len(text), [])
    assert st is not None and st[0] == key
