"""Round 22 (RECS-J): titles from a site's section pages. (1) A heading that repeats an entry of
the menu above it ("About the network", "O sieci", "The Project") labels the site's section; the
paragraph under it opens with the project's name and says it is a project: that name is the
title. (2) A labelled row of bracketed controls ("Filter: [All] [Ongoing] [Closed]") heads nothing."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import _BUTTON_ROW, _heading_like, choose_title
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


_SECTION_PAGES = {
    "pl": ("Sieć Bibliotek Sąsiedzkich | Start | O nas | Biblioteki | Kontakt\n\n"
           "O NAS\n\n"
           "„Biblioteki Dobrego Sąsiedztwa” to projekt Stowarzyszenia Nowa Wieś realizowany od "
           "marca 2023 r. do lutego 2025 r. Zapraszamy rodziny z Ukrainy na spotkania.\n",
           "Biblioteki Dobrego Sąsiedztwa"),
    "en": ("RIVER TOWNS WELCOME\nHome | The Project | Partners | News\n\n"
           "THE PROJECT\n\n"
           "River Towns Welcome (RTW) is a 24-month project implemented from 1 March 2024 to "
           "28 February 2026 by five municipalities along the river.\n",
           "River Towns Welcome"),
    "uk": ("Мережа «Сусіди» | Головна | Про проєкт | Контакти\n\n"
           "Про проєкт\n\n"
           "«Добрі сусіди разом» — це проєкт для родин з України, який триває з квітня 2024 року "
           "до березня 2025 року.\n",
           "Добрі сусіди разом"),
}


@pytest.mark.parametrize("lang", sorted(_SECTION_PAGES))
def test_section_heading_from_the_menu_gives_way_to_the_name_the_paragraph_says_is_a_project(lang):
    text, name = _SECTION_PAGES[lang]
    got = choose_title(text, 0, len(text), [])
    assert got is not None and got[0] == name


def test_a_heading_not_in_the_menu_stays_the_title():
    text = ("Home | About | News\n\nGardens Without Borders\n\n"
            "Community Gardens Network is a two-year project for newcomers from 2024.\n")
    got = choose_title(text, 0, len(text), [])
    assert got is not None and got[0] == "Gardens Without Borders"


def test_a_menu_section_whose_paragraph_says_no_project_keeps_its_heading():
    text = ("Home | About us | Members | Contact\n\nAbout us\n\n"
            "Our coalition is an informal network of twelve groups meeting monthly since 2016.\n")
    got = choose_title(text, 0, len(text), [])
    assert got is None or got[1].rule != "section_subject"


@pytest.mark.parametrize("row", ["Filtruj: [Wszystkie] [Trwające] [Zakończone]",
                                 "Newsletter: [your e-mail] [Sign up]",
                                 "Показати: [Усі] [Поточні]"])
def test_a_row_of_bracketed_buttons_is_no_heading(row):
    assert not _heading_like(row)


def test_one_bracketed_word_makes_no_button_row():
    assert not _BUTTON_ROW.match("[foto] Letnia Szkoła Języka Polskiego")
    assert not _BUTTON_ROW.match("Zdjęcie: [foto] Letnia Szkoła Języka Polskiego")


def test_a_button_row_over_a_list_does_not_title_its_first_item():
    text = ("Fundacja Mosty\nStart | Projekty | Kontakt\n\nNasze projekty\n\n"
            "Filtruj: [Wszystkie] [Trwające] [Zakończone]\n\n"
            "----------\nTRWAJĄCY\nKlub Nowych Sąsiadów\nOkres realizacji: styczeń 2024 – grudzień 2025\n"
            "Finansowanie: Miasto Opole, 90 000 zł\nSpotkania i kurs języka dla rodzin z Ukrainy.\n\n"
            "----------\nZAKOŃCZONY\nPraca bez Barier\nOkres realizacji: 2020–2022\n"
            "Finansowanie: Fundacja Wspólna Droga, 40 000 zł\nDoradztwo zawodowe dla cudzoziemców.\n")
    titles = _titles(text)
    assert not any("Filtruj" in t for t in titles)
    assert "Klub Nowych Sąsiadów" in titles
