"""Round 28, places (PLACES): words that follow a place preposition or a listed place yet name
no place (an English language, people or month; a post's author in its byline), a place
label's value that describes a venue in words, and communes listed after "gmin". Texts in
our own wording, not the sets'."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _places(text: str) -> list[set[str]]:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [{p.value for p in pr.places} for pr in ex.projects]


def _all(text: str) -> set[str]:
    got = _places(text)
    return set().union(*got) if got else set()


# --- English: a language, a people's adjective or a month is no place -------------------

def test_en_languages_after_in_are_no_places():
    text = ("Open Doors\n\nFrom 1 March 2024 to 28 February 2026 the Harbour Foundation is implementing "
            "the project \"Open Doors\", funded by the City of Gdańsk. Advisers meet newcomers in Gdańsk "
            "and Sopot; consultations are held in Ukrainian, Nepali and English.\n")
    got = _all(text)
    assert {"Gdańsk", "Sopot"} <= got, got
    assert not got & {"Ukrainian", "Nepali", "Nepale", "English"}, got


def test_en_month_after_a_listed_town_is_a_date():
    text = ("Open Doors\n\nFrom 1 March 2024 to 28 February 2026 the Harbour Foundation is implementing "
            "the project \"Open Doors\", funded by the City of Gdańsk.\n\n"
            "[photo] Closing seminar in Gdynia, November 2025\n")
    got = _all(text)
    assert "Gdynia" in got, got
    assert "November" not in got, got


def test_en_people_adjective_after_a_listed_town():
    text = ("Open Doors\n\nFrom 1 March 2024 to 28 February 2026 the Harbour Foundation is implementing "
            "the project \"Open Doors\", funded by the City of Gdańsk. Meetings took place in Sopot, "
            "the Georgian\ncommunity centre and a school.\n")
    got = _all(text)
    assert "Sopot" in got and "Georgian" not in got, got


def test_en_town_that_ends_like_no_adjective_stays():
    # negative: ordinary towns and countries after "in" are kept
    text = ("Open Doors\n\nFrom 1 March 2024 to 28 February 2026 the Harbour Foundation is implementing "
            "the project \"Open Doors\" in Poland, with workshops in Lublin, Zamość and Chełm.\n")
    assert {"Lublin", "Zamość", "Chełm"} <= _all(text)


# --- a byline's author is no town --------------------------------------------------------

def test_pl_byline_author_is_no_place():
    text = ("Aktualności\n\n3 marca 2025 · Ewa Róg · 3 min czytania\n\n"
            "Projekt „Dobre sąsiedztwo” realizujemy od 1 lutego 2024 r. do 31 grudnia 2025 r. w Toruniu.\n")
    got = _all(text)
    assert "Toruń" in got and "Ewa Róg" not in got, got


def test_pl_dated_info_line_with_a_town_stays():
    # negative: the town of an event's info line is still read
    text = ("Wydarzenia\n\nPiknik sąsiedzki\n\n14 czerwca 2025 · Olsztyn · wstęp wolny\n\n"
            "Piknik jest częścią projektu „Sąsiedzi bez granic”, który realizujemy od 2024 r.\n")
    assert "Olsztyn" in _all(text)


# --- a place label's value described in words ---------------------------------------------

def test_pl_label_towns_and_a_lower_case_phrase():
    text = ("Projekt „Plener”\n\nProjekt „Plener” realizujemy od 1 lutego 2024 r. do 31 grudnia 2025 r.\n"
            "Miejsce: Dynów, Bircza oraz zajęcia terenowe w okolicznych lasach\n")
    got = _all(text)
    assert {"Dynów", "Bircza"} <= got, got


def test_pl_label_venue_with_a_preposition_is_no_place_name():
    text = ("Projekt „Plener”\n\nProjekt „Plener” realizujemy od 1 lutego 2024 r. do 31 grudnia 2025 r.\n"
            "Gdzie: MGOK w Sokółce oraz Filia w Janowie\n")
    got = _all(text)
    assert not any(" w " in p for p in got), got


def test_pl_label_floor_in_brackets_is_no_place():
    text = ("Warsztaty „Mieszkanie”\n\nProjekt „Mieszkanie” realizujemy od 1 lutego 2024 r. do 31 grudnia 2025 r.\n"
            "Gdzie: Klub Sąsiedzki, ul. Długa 5, Kalisz (II piętro, sala 3)\n")
    got = _all(text)
    assert "II piętro" not in got, got


def test_ru_label_towns_kept():
    text = ("Проект «Вместе»\n\nС 1 марта 2024 года фонд «Мост» реализует проект «Вместе».\n"
            "Место: Вроцлав, Легница, Валбжих\n")
    got = _all(text)
    assert {"Вроцлав", "Легница", "Валбжих"} <= got, got


def test_uk_label_towns_and_online():
    text = ("Проєкт «Разом»\n\nЗ 1 березня 2024 року фундація «Міст» реалізує проєкт «Разом».\n"
            "Місце: Ряшів, Перемишль та онлайн\n")
    got = _all(text)
    assert {"Ряшів", "Перемишль"} <= got and "онлайн" not in got, got


# --- communes listed after the genitive plural "gmin" -------------------------------------

def test_pl_communes_after_gmin_in_the_nominative():
    text = ("Aktualności\n\nProjekt „Asystentka rodziny”\n\nProjekt „Asystentka rodziny” realizujemy od "
            "1 lutego 2024 r. do 31 grudnia 2025 r. Asystentki pracują na terenie Łomży oraz gmin "
            "Piątnica, Śniadowo i Miastkowo.\n")
    got = _all(text)
    assert {"Łomża", "Piątnica", "Śniadowo", "Miastkowo"} <= got, got


def test_pl_communes_people_come_from_stay_out():
    # negative: "dla osób z gmin X i Y" says where the participants come from
    text = ("Aktualności\n\nProjekt „Scena”\n\nProjekt „Scena” realizujemy od 1 lutego 2024 r. do "
            "31 grudnia 2025 r. w Łomży. Dla osób z gmin Piątnica i Śniadowo zwracamy koszty dojazdu.\n")
    got = _all(text)
    assert "Łomża" in got and not got & {"Piątnica", "Śniadowo"}, got


# --- a bracketed list of towns in Cyrillic, as in Latin script ------------------------------

def test_uk_bracketed_towns_in_the_nominative():
    text = ("Новини\n\nПроєкт «Поруч»\n\nЗ 1 червня 2023 року фундація «Тиша» реалізує проєкт «Поруч».\n"
            "• консультації психолога українською мовою (Гданськ, Гдиня, Слупськ);\n")
    assert {"Гданськ", "Гдиня", "Слупськ"} <= _all(text)


def test_ru_bracketed_towns_in_the_nominative():
    text = ("Новости\n\nПроект «Рядом»\n\nС 1 июня 2023 года фонд «Тишина» реализует проект «Рядом».\n"
            "• консультации психолога на русском языке (Гданьск, Гдыня и Слупск);\n")
    assert {"Гданьск", "Гдыня", "Слупск"} <= _all(text)


def test_uk_bracketed_donor_countries_are_no_venues():
    # negative: countries in brackets name the donors, and bodies in brackets are no towns
    text = ("Новини\n\nПроєкт «Поруч»\n\nЗ 1 червня 2023 року фундація «Тиша» реалізує проєкт «Поруч» "
            "у Гданську. Проєкт фінансується з коштів Фондів ЄЕЗ (Ісландія, Ліхтенштейн, Норвегія) "
            "за участі партнерів (Фундація «Міст», Асоціація «Дім»).\n")
    got = _all(text)
    assert "Гданськ" in got and not got & {"Ісландія", "Ліхтенштейн", "Норвегія"}, got


# --- English: a hyphenated Polish town stays whole -------------------------------------------

def test_en_hyphenated_town_whole():
    text = ("Welcome Days\n\nFrom 1 March 2024 to 28 February 2026 the Harbour Foundation is implementing "
            "the project \"Welcome Days\". Events take place in Opole, Kędzierzyn-Koźle and Bielsko-Biała.\n")
    got = _all(text)
    assert {"Kędzierzyn-Koźle", "Bielsko-Biała"} <= got and "Kędzierzyn" not in got, got


def test_en_hyphenated_word_that_is_no_town_stays_out():
    # negative: "in Polish-Ukrainian pairs" opens with no place name
    text = ("Welcome Days\n\nFrom 1 March 2024 to 28 February 2026 the Harbour Foundation is implementing "
            "the project \"Welcome Days\". Mentors work in Polish-Ukrainian pairs in Lublin.\n")
    got = _all(text)
    assert "Lublin" in got and not any("Polish" in p for p in got), got
