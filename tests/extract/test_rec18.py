"""Round 18c (records): a heading made of the bare word "Projekt" and a capitalised name names a
project by that name (SCHEMA: the title without a leading "Projekt" word). It wins over a
body's name above it, and two or more such headings on a page each open a record."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import clean_heading, project_named
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def test_bare_project_word_then_a_name():
    assert project_named("Projekt Lato na Podhalu") == len("Projekt ")
    assert project_named("PROJECT Night Library") == len("PROJECT ")
    assert project_named("Проєкт Теплий дім") == len("Проєкт ")
    assert project_named("Проект Светлый двор") == len("Проект ")


def test_no_name_after_the_word():
    # a sentence or a lower-case phrase, not a name
    assert project_named("Projekt realizowany w Tarnowie") == 0
    assert project_named("Проект реализуется в Омске") == 0
    # "Projekty zakończone": the plural section label has no bare word
    assert project_named("Projekty Zakończone") == 0
    assert project_named("Projekt") == 0


def test_whose_project_is_no_name():
    # a noun read only in an oblique case says whose project it is
    assert project_named("Projekt Fundacji Zielony Most") == 0
    assert project_named("Projekt Stowarzyszeniu Gościniec") == 0
    assert project_named("Проект Фонда Помощи Соседям") == 0
    assert project_named("Проєкт Фонду Підтримки Громад") == 0


def test_clean_heading_drops_the_word():
    assert clean_heading("Projekt Lato na Podhalu", "") == "Lato na Podhalu"
    assert clean_heading("Projekt Fundacji Zielony Most", "") == "Projekt Fundacji Zielony Most"


_BODY_OVER_PROJECT = ("Fundacja Zielony Most\n\n"
                      "Projekt Lato na Podhalu\n\n"
                      "Przez dwa lata, od 2021 do 2022 roku, organizowaliśmy półkolonie dla dzieci "
                      "z rodzin cudzoziemskich w Zakopanem. Projekt sfinansował Urząd Gminy.\n")


def test_body_name_over_project_heading():
    assert _titles(_BODY_OVER_PROJECT) == ["Lato na Podhalu"]


def test_body_name_over_whose_project_heading_unchanged():
    text = _BODY_OVER_PROJECT.replace("Projekt Lato na Podhalu", "Projekt Fundacji Zielony Most")
    assert _titles(text) == ["Fundacja Zielony Most"]


_TWO_HEADINGS = ("Stowarzyszenie Gościniec\n\n"
                 "Projekt Lato na Podhalu\n\n"
                 "W latach 2021–2022 organizowaliśmy półkolonie dla dzieci cudzoziemskich w "
                 "Zakopanem. Projekt sfinansował Urząd Gminy Zakopane.\n\n"
                 "Projekt Nocna Biblioteka\n\n"
                 "W 2023 roku otworzyliśmy wieczorną czytelnię dla młodzieży z Ukrainy w Nowym "
                 "Targu. Projekt wsparła Fundacja Wspólna Droga.\n")


def test_two_project_headings_two_records():
    assert _titles(_TWO_HEADINGS) == ["Lato na Podhalu", "Nocna Biblioteka"]


def test_two_project_headings_english():
    text = ("Our work\n\n"
            "Project Night Library\n\n"
            "In 2023 we opened an evening reading room for young refugees in Elbląg. The "
            "project was funded by the town council.\n\n"
            "Project Warm Kitchen\n\n"
            "From 2021 to 2022 we ran a community kitchen for newcomers in Malbork, supported "
            "by a local foundation.\n")
    assert _titles(text) == ["Night Library", "Warm Kitchen"]


def test_one_project_heading_opens_no_second_record():
    # one such heading on a page heads its own project's description: the page stays one record
    text = ("Tytuł projektu: Lato na Podhalu – półkolonie i zajęcia językowe dla dzieci z "
            "rodzin cudzoziemskich\n\n"
            "Projekt Lato na Podhalu\n\n"
            "W latach 2021–2022 organizowaliśmy półkolonie w Zakopanem.\n\n"
            "Rezultaty i materiały do pobrania\n\n"
            "Poradnik dla rodziców został wydany w 2022 roku przez nasz zespół.\n")
    assert len(_titles(text)) == 1
