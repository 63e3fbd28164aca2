"""Organisations, round 27 (ORG-M): a column or list under a heading of bodies is read item by
item, and an item that the place and person readers know as a town, a country or a person, or a
phrase opened by a finite verb, names no body. A column of towns or people had come out joined as
one body ("Warszawa Kraków Gdańsk"), a thanking phrase or a country list under "Partners" as
bodies. Positive cases: bodies in such columns stay, a seat after a body stays its seat."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def _names(text: str) -> set[str]:
    return {n for n, _ in _orgs(text)}


INTRO_PL = ("Projekt „Mosty sąsiedzkie”\n\n"
            "Projekt „Mosty sąsiedzkie” realizuje Fundacja Zielona Przystań w latach 2024–2025.\n\n")
INTRO_EN = "Open Doors\n\nThe Open Doors project is run by the Harbour Light Foundation in 2025.\n\n"
INTRO_RU = "Проект «Соседи»\n\nПроект «Соседи» реализует Фонд Светлый Берег в 2024 году.\n\n"
INTRO_UK = "Проєкт «Сусіди»\n\nПроєкт «Сусіди» реалізує Фонд Світлий Берег у 2024 році.\n\n"


def _no_joined(names: set[str], *parts: str) -> None:
    assert not any(sum(p in n for p in parts) >= 2 for n in names), names  # no items glued into one name


def test_column_of_towns_under_member_heading_pl():
    names = _names(INTRO_PL + "Członkowie sieci:\nPoznań\nBydgoszcz\nToruń\n")
    assert not names & {"Poznań", "Bydgoszcz", "Toruń"}
    _no_joined(names, "Poznań", "Bydgoszcz", "Toruń")
    assert "Fundacja Zielona Przystań" in names


def test_column_of_people_under_partner_heading_pl():
    names = _names(INTRO_PL + "Partnerzy projektu:\nMarta Zielińska\nPiotr Wiśniewski\n")
    assert not any("Zielińska" in n or "Wiśniewski" in n for n in names), names


def test_thanking_phrase_under_partner_heading_pl():
    names = _names(INTRO_PL + "Partnerzy projektu:\nDziękujemy wszystkim, którzy nas wspierają\n")
    assert not any(n.startswith("Dziękuj") for n in names), names


def test_mixed_column_gives_no_glued_name_pl():
    orgs = _orgs(INTRO_PL + "Członkowie sieci:\nGmina Kłodzko\nStowarzyszenie Dobry Sąsiad\nWrocław\n")
    assert ("Stowarzyszenie Dobry Sąsiad", "member") in orgs
    names = {n for n, _ in orgs}
    assert "Wrocław" not in names
    _no_joined(names, "Kłodzko", "Dobry Sąsiad", "Wrocław")


def test_wrapped_name_in_a_column_stays_whole_pl():
    orgs = _orgs(INTRO_PL + "Członkowie sieci:\nStowarzyszenie Dobry Sąsiad\nTowarzystwo Przyjaciół Dzieci Oddział\n"
                 "w Nysie\n")
    assert ("Towarzystwo Przyjaciół Dzieci Oddział w Nysie", "member") in orgs


def test_country_list_under_partners_en():
    names = _names(INTRO_EN + "Partners\nPoland, Germany, Norway\n")
    assert not names & {"Poland", "Germany", "Norway"}, names


def test_column_of_towns_en():
    names = _names(INTRO_EN + "Partners:\nWarsaw\nKrakow\n")
    assert not any("Warsaw" in n or "Krakow" in n for n in names), names


def test_bodies_with_seats_in_an_english_column_keep_their_seats_out():
    orgs = _orgs(INTRO_EN + "Project partners:\n• Riverside Legal Clinic, Tallinn, Estonia\n"
                 "• Northern Teachers Association, Vilnius, Lithuania\n")
    assert ("Riverside Legal Clinic", "partner") in orgs
    assert ("Northern Teachers Association", "partner") in orgs
    assert not {n for n, _ in orgs} & {"Tallinn", "Estonia", "Vilnius", "Lithuania"}


def test_column_of_towns_ru():
    names = _names(INTRO_RU + "Партнеры проекта:\nВаршава\nКраков\nЛюблин\n")
    _no_joined(names, "Варшава", "Краков", "Люблин")
    assert not names & {"Варшава", "Краков", "Люблин"}


def test_column_of_towns_uk():
    names = _names(INTRO_UK + "Партнери проєкту:\nВаршава\nЛюблін\n")
    _no_joined(names, "Варшава", "Люблін")
    assert not names & {"Варшава", "Люблін"}


def test_bodies_in_a_column_uk():
    orgs = _orgs(INTRO_UK + "Партнери проєкту:\nФундація «Добрий Сусід»\nАсоціація «Відкриті Двері»\n")
    assert any("Добрий Сусід" in n and r == "partner" for n, r in orgs), orgs
    assert any("Відкриті Двері" in n and r == "partner" for n, r in orgs), orgs
