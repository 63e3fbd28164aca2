"""PEOPLE-N (round 23): a coordinator's job title with its domain ("Koordynatorka ds.
wolontariatu: X", "Koordynator merytoryczny ds. szkoleń – Y") reads on past the domain marker's
full stop to the name, and a head of the page's programme ("Kierowniczka programu
mentoringowego: X") heads the undertaking, not a unit beside it (texts in our own wording)."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ('Projekt „Dobry Start” wspiera rodziny z Gruzji w Opolu w latach 2024–2025.\n'
       'Projekt realizuje Fundacja Nowe Drogi.\n\nZespół\n{}\n')


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("lines, name", [
    ("Koordynatorka ds. wolontariatu: Joanna Sikora", "Joanna Sikora"),
    ("Koordynator merytoryczny ds. szkoleń – Tadeusz Wrona", "Tadeusz Wrona"),
    ("Koordynator d/s partnerstw lokalnych: Wiktor Bąk", "Wiktor Bąk"),
])
def test_coordinator_with_domain(lines, name):
    got = _people(_PL.format("Kierownik projektu: Zofia Marczak\n" + lines))
    assert got.get(name) == "coordinator"
    assert got.get("Zofia Marczak") == "coordinator"


def test_domain_dot_inside_a_sentence_is_no_clause_end():
    got = _people(_PL.replace("\n\nZespół\n", " ").format("Koordynatorką ds. integracji była Helena Kruk."))
    assert got.get("Helena Kruk") == "coordinator"


def test_programme_head_beside_project_coordinator():
    got = _people(_PL.format("Koordynatorka projektu: Zofia Marczak\n"
                             "Kierownik programu mentoringowego: Konrad Pawlak"))
    assert got.get("Konrad Pawlak") == "coordinator"


def test_unit_head_beside_project_coordinator_stays_other():
    got = _people(_PL.format("Koordynatorka projektu: Zofia Marczak\nKierowniczka Centrum: Irena Struk"))
    assert got.get("Irena Struk") == "other"


def test_sentence_end_after_ds_word_still_ends():
    # a word ending in "ds" is no marker: "Leeds." ends the sentence
    got = _people(_PL.format("Wizyta studyjna w Leeds. Koordynatorka projektu: Zofia Marczak"))
    assert got.get("Zofia Marczak") == "coordinator"


# who is thanked for help from outside the project is no person in it
_THANKS_PL = ('Projekt „Dobry Start” wspiera rodziny z Gruzji w Opolu w latach 2024–2025. '
              'Projekt realizuje Fundacja Nowe Drogi. Koordynatorka projektu: Zofia Marczak.\n\n{}\n')
_THANKS_EN = ('The project "Good Start" supports families from Georgia in Opole in 2024–2025. '
              'It is run by the New Roads Foundation. Project coordinator: Zofia Marczak.\n\n{}\n')
_THANKS_UK = ('Проєкт «Добрий старт» підтримує родини з Грузії в Ополе у 2024–2025 роках. '
              'Координаторка проєкту: Зофія Марчак.\n\n{}\n')


@pytest.mark.parametrize("tpl, sentence, name", [
    (_THANKS_PL, "Gorąco dziękujemy pani Marcie Wilczyńskiej z urzędu gminy za pomoc przy wniosku!",
     "Marta Wilczyńska"),
    (_THANKS_PL, "Za udostępnienie sali dziękujemy też dyrektorowi szkoły, panu Jerzemu Kaczmarkowi.",
     "Jerzy Kaczmarek"),
    (_THANKS_EN, "We are grateful to Ms Helen Carter, the former city councillor, for her advice.",
     "Helen Carter"),
    (_THANKS_UK, "Щиро дякуємо пані Ользі Данильченко з міської ради за підтримку.",
     "Ольга Данильченко"),
])
def test_thanked_for_help_is_no_person(tpl, sentence, name):
    got = _people(tpl.format(sentence))
    assert name not in got
    assert "Zofia Marczak" in got or "Зофія Марчак" in got


@pytest.mark.parametrize("sentence, name, role", [
    # thanked with no reason, for her work in it: the team
    ("Dziękujemy wolontariuszkom, a szczególnie pani Kindze Rogalskiej, która prowadziła zajęcia.",
     "Kinga Rogalska", "other"),
    # her own role beats the thanks
    ("Dziękujemy koordynatorce, pani Zofii Marczak, za ogromną pracę.", "Zofia Marczak", "coordinator"),
])
def test_thanked_team_member_stays(sentence, name, role):
    assert _people(_THANKS_PL.format(sentence)).get(name) == role


def test_speaker_who_thanks_stays():
    from ngo_atlas.extract.thanked import thanked_for_help
    t = "„Dziękujemy wszystkim za pomoc” – mówi Grażyna Lis, prezeska stowarzyszenia."
    a = t.index("Grażyna")
    assert not thanked_for_help(t, a, a + len("Grażyna Lis"))
