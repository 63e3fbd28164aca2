"""Round 8 (error classes of unseen-t/s/r, in general forms): ends told relative to the
page's date, section datelines, months dated by the page, first-person verbs of ending,
day ranges in words."""

import pytest

from ngo_atlas.extract.dates import find_periods, is_dateline, open_dates, page_date, relative_end
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _one(text: str):
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert len(ex.projects) == 1
    return ex.projects[0]


@pytest.mark.parametrize("line", ["Wydarzenia | 4 lutego 2024", "Blog / 03.11.2023",
                                  "Новости › 5 мая 2024", "Strona główna · 7.01.2022"])
def test_a_section_name_before_a_separator_still_makes_a_dateline(line):
    d = page_date(line + "\n\nTreść artykułu o czymś innym.")
    assert d is not None and is_dateline(line, d)


def test_a_sentence_with_a_date_is_no_dateline():
    line = "Spotkanie dla rodzin odbędzie się 4 lutego 2024 w sali nr 2"
    d = page_date(line + "\n")
    assert d is None or not is_dateline(line, d)


@pytest.mark.parametrize("text,year", [
    ("Blog | 2 lutego 2023\n\nNasza inicjatywa będzie działać do końca przyszłego roku.", 2024),
    ("Новини / 10.05.2024\n\nПроєкт триватиме до кінця наступного року.", 2025),
    ("Новости | 1 апреля 2022\n\nРабота продлится до конца года.", 2022),
    ("News / 9 October 2023\n\nThe scheme runs until the end of next year.", 2024),
])
def test_an_end_of_year_named_relative_to_the_pages_date(text, year):
    d = relative_end(text, 0, len(text), None)
    assert d is not None and d.year == year and d.month is None


def test_next_year_on_an_undated_page_has_no_end_but_this_year_takes_the_start():
    text = "Zajęcia potrwają do końca przyszłego roku."
    assert relative_end(text, 0, len(text), None) is None
    text = "Почали у березні 2024 року, а триватиме до кінця року."
    start = open_dates(text, 0, len(text))[0]
    assert start.iso() == "2024-03"
    assert relative_end(text, 0, len(text), start).year == 2024


def test_a_month_before_a_verb_of_starting_takes_the_pages_year():
    text = ("Wiadomości | 20 maja 2024\n\nW kwietniu ruszył projekt „Sąsiedzi z daleka” "
            "Stowarzyszenia Razem z Lublina. Zajęcia dla rodzin potrwają do końca przyszłego roku.\n")
    p = _one(text)
    assert p.start == "2024-04"
    assert p.end == "2025"
    assert p.spans["end"].rule == "date:relative_year_end"


@pytest.mark.parametrize("text,start,end", [
    ("Zajęcia prowadzimy od marca 2023 r., a zakończymy je w czerwcu 2024 r.", "2023-03", "2024-06"),
    ("Курс ведём с января 2024 года и закончим в мае 2024 года.", "2024-01", "2024-05"),
    ("Ми почали в жовтні 2023 року.", "2023-10", None),
])
def test_first_person_verbs_of_starting_and_ending(text, start, end):
    first, last = open_dates(text, 0, len(text))
    assert (first.iso() if first else None, last.iso() if last else None) == (start, end)


@pytest.mark.parametrize("text,start,end", [
    ("The camp runs from 3 to 12 August 2023 in Gdynia.", "2023-08-03", "2023-08-12"),
    ("Obóz trwa od 3 do 12 sierpnia 2023 r.", "2023-08-03", "2023-08-12"),
    ("Лагерь пройдёт с 3 по 12 августа 2023 года.", "2023-08-03", "2023-08-12"),
])
def test_a_day_range_in_words(text, start, end):
    per = find_periods(text)
    assert per and (per[0].start.iso(), per[0].end.iso()) == (start, end)


def test_a_section_dateline_is_no_title_and_dates_no_event():
    text = ("Aktualności | 3 marca 2024\n\nWarsztaty dla rodziców w projekcie „Dom na nowo”\n\n"
            "Projekt „Dom na nowo” realizujemy od lutego 2024 r. Warsztaty odbywają się co tydzień.\n")
    p = _one(text)
    assert p.title == "Dom na nowo"
    assert p.start == "2024-02" and p.end is None
