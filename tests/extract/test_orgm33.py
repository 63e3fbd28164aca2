"""ORGM (round 33): organisations missed in a labelled structure.

1. A study's or evaluation's contractor named under a label: "Wykonawca badania: X sp. z o.o.",
   "Zespół badawczy: Pracownia X s.c.", "Research contractor: …", "Виконавець дослідження: …",
   "Исполнитель исследования: …" is `other` (SCHEMA: takes part, does not run the project); a
   research team of persons stays people's, and a person evaluating names no body.
   Texts in our own wording.
"""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str) -> list[list[tuple[str, str]]]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    return [[(o.name, o.role) for o in p.organizations] for p in projects]


def _orgs(text: str) -> list[tuple[str, str]]:
    return [o for r in _records(text) for o in r]


_PL_EVAL = """RAPORT Z EWALUACJI KOŃCOWEJ
projektu „Sąsiedzi bez granic”

Wykonawca badania: Pracownia Analiz Terenowych „Kompas” sp. z o.o., Opole
Autorka raportu: dr Zofia Malinowska

Projekt „Sąsiedzi bez granic” realizowała Fundacja Dobre Sąsiedztwo w Opolu od 1 marca 2023 r.
do 29 lutego 2024 r. Badanie objęło 40 uczestniczek i uczestników.
"""

_PL_TEAM_BODY = """EWALUACJA PROJEKTU „Razem w Kielcach”

Zespół badawczy: Pracownia Badań Lokalnych „Lustro” s.c.
Zamawiający: Stowarzyszenie Wspólne Kielce

Projekt realizowało Stowarzyszenie Wspólne Kielce w latach 2022–2023.
"""

_PL_TEAM_PEOPLE = """EWALUACJA PROJEKTU „Razem w Kielcach”

Zespół badawczy: dr Adam Wrona (kierownik badania), mgr Olena Sydor, mgr Piotr Kula

Projekt realizowało Stowarzyszenie Wspólne Kielce w latach 2022–2023.
"""

_EN_EVAL = """FINAL EVALUATION REPORT
of the project "Open Doors Gdynia"

Research contractor: Northfield Evaluation Institute
The project was implemented by the Harbour Foundation from March 2023 to February 2024.
"""

_EN_PERSON = """FINAL EVALUATION REPORT
of the project "Open Doors Gdynia"

Research contractor: Dr Mary Collins
The project was implemented by the Harbour Foundation from March 2023 to February 2024.
"""

_UK_EVAL = """ЗВІТ З ОЦІНЮВАННЯ
проєкту «Сусіди поруч»

Виконавець дослідження: Інститут соціальних досліджень «Погляд»
Проєкт реалізував Фонд «Добре сусідство» у Вроцлаві з березня 2023 року до лютого 2024 року.
"""

_RU_EVAL = """ОТЧЁТ ОБ ОЦЕНКЕ
проекта «Соседи рядом»

Исполнитель исследования: Институт социальных исследований «Взгляд»
Проект реализовал Фонд «Добрые соседи» во Вроцлаве с марта 2023 года по февраль 2024 года.
"""


def test_polish_study_contractor_label():
    assert ("Pracownia Analiz Terenowych Kompas sp. z o.o.", "other") in _orgs(_PL_EVAL)


def test_polish_research_team_that_is_a_body():
    assert ("Pracownia Badań Lokalnych Lustro s.c.", "other") in _orgs(_PL_TEAM_BODY)


def test_research_team_of_persons_is_no_body():
    orgs = _orgs(_PL_TEAM_PEOPLE)
    assert not any("Wrona" in n or "Sydor" in n for n, _r in orgs)


def test_english_research_contractor():
    assert ("Northfield Evaluation Institute", "other") in _orgs(_EN_EVAL)


def test_english_person_as_contractor_is_no_body():
    assert not any("Collins" in n for n, _r in _orgs(_EN_PERSON))


def test_ukrainian_study_contractor():
    orgs = _orgs(_UK_EVAL)
    assert any(n.startswith("Інститут соціальних досліджень") and r == "other" for n, r in orgs)


def test_russian_study_contractor():
    orgs = _orgs(_RU_EVAL)
    assert any(n.startswith("Институт социальных исследований") and r == "other" for n, r in orgs)


_PL_SCHOOL_LINE = """Wymiana uczniowska „Mosty nad Odrą”

Projekt realizowała Fundacja Dobre Sąsiedztwo od 1 marca 2023 r. do 30 czerwca 2023 r.
Zespół Szkół Ogólnokształcących nr 3 im. Jana Kochanowskiego w Opolu gościł uczniów z Ukrainy.
"""


def test_school_complex_name_is_no_team_label():
    orgs = _orgs(_PL_SCHOOL_LINE)
    assert not any(n.startswith("Szkół") or n.startswith("Szkoły") for n, _r in orgs)
