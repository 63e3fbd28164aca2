"""PEOPLE-P (round 24): the head of a team that does a piece of study work for the project (a
needs study, a diagnosis, an evaluation, an analysis, a report), named by the directing cue
("zespół … pod kierunkiem dr X", "a team led by Dr X", "команда под руководством X"), is the
project's expert when the page gives the project another coordinator; on a page whose project
is the study itself (no other coordinator) she stays its coordinator (texts in our own wording)."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("text, head, coord", [
    ('Projekt „Sąsiedzi na Zatorzu” realizuje Stowarzyszenie Dobry Dom w Lesznie w latach 2023–2024.\n'
     'Koordynatorką projektu jest Halina Wrzos.\n'
     'Ewaluację działań przeprowadzi zespół Wyższej Szkoły Humanistycznej pod kierunkiem '
     'dr. Bogdana Kruczka.\n', "Bogdan Kruczek", "Halina Wrzos"),
    ('Projekt „Sąsiedzi na Zatorzu” realizuje Stowarzyszenie Dobry Dom w Lesznie w latach 2023–2024.\n'
     'Koordynator projektu: Halina Wrzos\n\n'
     'Za przygotowanie diagnozy potrzeb mieszkańców odpowiadał zespół\n'
     'pod kierunkiem dr hab. Bogdana Kruczka.\n', "Bogdan Kruczek", "Halina Wrzos"),
    ('The project "Open Doors Gniezno" is run by the Open Doors Association in 2024–2025.\n'
     'Project coordinator: Halina Wrzos\n'
     'The evaluation of the project is carried out by a team led by Dr Bogdan Kruczek '
     'of the University of Poznań.\n', "Bogdan Kruczek", "Halina Wrzos"),
    ('Проект «Открытые двери» реализует Фонд «Добрый дом» в Лодзи в 2024–2025 годах.\n'
     'Координатор проекта — Галина Врзос.\n'
     'Исследование потребностей мигрантов провела команда под руководством Анны Петровой.\n',
     "Анна Петрова", "Галина Врзос"),
])
def test_study_team_head_is_expert(text, head, coord):
    got = _people(text)
    assert got.get(head) == "expert"
    assert got.get(coord) == "coordinator"


def test_study_project_head_stays_coordinator():
    got = _people('Projekt „Migranci w Lesznie. Badanie potrzeb” trwał w latach 2023–2024.\n'
                  'Badanie prowadził zespół pod kierunkiem dr hab. Bogdana Kruczka z Uniwersytetu '
                  'Zielonogórskiego.\n')
    assert got.get("Bogdan Kruczek") == "coordinator"


def test_non_study_team_head_keeps_its_role():
    # a team that gives the project's service, not a study of it, keeps the unit head's role
    got = _people('Projekt „Sąsiedzi na Zatorzu” realizuje Stowarzyszenie Dobry Dom w Lesznie.\n'
                  'Koordynatorką projektu jest Halina Wrzos.\n'
                  'Wsparcie psychologiczne prowadzi zespół pod kierunkiem Bogdana Kruczka.\n')
    assert got.get("Bogdan Kruczek") != "expert"
