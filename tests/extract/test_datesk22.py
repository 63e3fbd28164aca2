"""Round 22, dates (DATES-K): a range of two bare years that dates something else the page
mentions (what a town did in past years, another project of the body, a former edition)
yields to a start and an end the text states with their years and months, by words of
starting and ending, when those fall outside the bare years: both cannot be the project's
run. An end found before the start already read is no end of the project (an application
deadline). A fund's name with commas in it still closes on its budget years. Texts in our
own wording."""

from ngo_atlas.extract.dates import DateHit, Period, bare_years_outside, is_programme_years, open_dates
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _dates(text: str) -> list[tuple]:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(p.start, p.end) for p in ex.projects]


_PAGE = ("Projekt „Wspólna kuchnia”\n\n"
         "Stowarzyszenie Dobry Sąsiad od 1 kwietnia 2025 r. prowadzi projekt „Wspólna kuchnia” "
         "dla cudzoziemek mieszkających w Opolu. Projekt potrwa do 31 października 2025 r.\n\n"
         "{other}\n")


def test_past_years_of_a_town_yield_to_the_stated_run():
    text = _PAGE.format(other="W latach 2019–2021 z porad miejskiego punktu skorzystało 3 tysiące osób.")
    assert _dates(text) == [("2025-04-01", "2025-10-31")]


def test_another_project_in_brackets_yields():
    text = _PAGE.format(other="Nasze wcześniejsze działania: „Razem przy stole” (2020–2022).")
    assert _dates(text) == [("2025-04-01", "2025-10-31")]


def test_in_ukrainian():
    text = ("Проєкт «Мовний клуб»\n\nГромадська організація «Відкриті двері» з 1 березня 2025 року "
            "реалізує проєкт «Мовний клуб» для біженців у Львові. Проєкт триватиме до 30 листопада "
            "2025 року.\n\nУ 2021–2023 роках у клубі навчалися понад 500 людей.\n")
    assert _dates(text) == [("2025-03-01", "2025-11-30")]


def test_years_that_hold_the_stated_run_stay():
    # the stated start and end fall within the bare years: no conflict, the range stands
    text = "Projekt realizujemy w latach 2024–2026. Od 1 marca 2025 r. prowadzimy zajęcia do 30 czerwca 2025 r."
    first, last = open_dates(text, 0, len(text))
    per = Period(DateHit(29, 33, 2024), DateHit(34, 38, 2026), "date_range")
    assert not bare_years_outside(text, per, first, last)


def test_a_month_whose_year_the_page_gives_does_not_beat_the_years():
    text = "Nowe zajęcia od września\nDodano: 10.06.2026\n\nZajęcia trwają do 30 czerwca 2027 r. (rok szkolny 2026/2027)."
    first, last = open_dates(text, 0, len(text))
    y1 = text.index("2026/")
    per = Period(DateHit(y1, y1 + 4, 2026), DateHit(y1 + 5, y1 + 9, 2027), "date_range")
    assert not bare_years_outside(text, per, first, last)


def test_a_deadline_before_the_start_is_no_end():
    text = ("Kurs rozpocznie się 1 października 2025 r. i potrwa do 31 maja 2026 r. "
            "Prześlij nam swoje CV do 15 września 2025 r.")
    first, last = open_dates(text, 0, len(text))
    assert first.iso() == "2025-10-01" and last.iso() == "2026-05-31"


def test_a_fund_name_with_commas_closes_on_its_years():
    text = "Dofinansowanie z Funduszu Azylu, Migracji i Integracji 2021–2027 wynosi 100 000 zł."
    a = text.index("2021")
    per = Period(DateHit(a, a + 4, 2021), DateHit(a + 5, a + 9, 2027), "date_range")
    assert is_programme_years(text, per)
