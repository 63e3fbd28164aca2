"""Round 20, people: a person named with an academic degree and no stated part in the project
gives it expertise (expert); a team's member named with one keeps the team's role (other).
Texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ('Projekt „Wspólny Stół” wspiera rodziny z Armenii w Kaliszu. {}\n'
       'Projekt trwa od marca 2024 do grudnia 2025 r.\n')
_EN = ('The project "Common Table" supports families from Armenia in Kalisz. {}\n'
       'The project runs from March 2024 to December 2025.\n')
_UK = ('Проєкт «Спільний стіл» підтримує родини з Вірменії в Каліші. {}\n'
       'Проєкт триває з березня 2024 до грудня 2025 року.\n')


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("frame, sentence, name, role", [
    # a doctor's or professor's degree before a name the rules read with no role
    (_PL, "Nad jakością zajęć czuwa dr Bożena Kalinowska z Uniwersytetu Kaliskiego.",
     "Bożena Kalinowska", "expert"),
    (_PL, "Wyniki oceni dr hab. Rafał Szczepański.", "Rafał Szczepański", "expert"),
    (_EN, "We thank Prof. Krystyna Wolańska for her review of the handbook.", "Krystyna Wolańska", "expert"),
    (_UK, "Методичну підтримку надає доктор Оксана Гаврилюк з Волинського університету.",
     "Оксана Гаврилюк", "expert"),
    # a team's member: the membership is all the page says (other)
    (_PL, "W zespole projektu są także dr Witold Sadowski i Marta Pawlak.", "Witold Sadowski", "other"),
    (_EN, "The project team also includes Dr Tomasz Lipski and Anna Lind.", "Tomasz Lipski", "other"),
])
def test_degree_before_a_name(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role


@pytest.mark.parametrize("frame, sentence, name, role", [
    # a physician's title before the name, as "mec." is a lawyer's
    (_PL, "Porad zdrowotnych udziela bezpłatnie lek. Jerzy Makowski z przychodni w Kaliszu.",
     "Jerzy Makowski", "expert"),
    (_PL, "Badania przesiewowe prowadzi lek. med. Elżbieta Rogalska.", "Elżbieta Rogalska", "expert"),
    # who shapes the method of the teaching: "metodyczka", "methodologist"
    (_PL, "Nad programem zajęć czuwa metodyczka Dorota Wilk.", "Dorota Wilk", "expert"),
])
def test_profession_before_or_after_a_name(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role


_TEAM = ('Projekt „Wspólny Stół” wspiera rodziny z Armenii w Kaliszu.\n'
         'Koordynator projektu: Grzegorz Wiśniewski\n{}\n'
         'Projekt trwa od marca 2024 do grudnia 2025 r.\n')


@pytest.mark.parametrize("line, name, role", [
    # who coordinates a part of the work is a coordinator as well
    ("Koordynatorka działań w Lesznie: Monika Zawadzka", "Monika Zawadzka", "coordinator"),
    ("Koordynatorem punktu porad jest Paweł Urban.", "Paweł Urban", "coordinator"),
    # who heads a body's unit beside the project's coordinator has a role in it, no coordination
    ("Kierowniczka Świetlicy: Monika Zawadzka", "Monika Zawadzka", "other"),
])
def test_part_coordinator(line, name, role):
    assert _people(_TEAM.format(line)).get(name) == role


def test_quoted_speaker_named_as_the_programme_manager_in_the_feminine():
    # "kierowniczka" is the feminine of "kierownik": the quoted manager is the coordinator
    text = _PL.format("– Dzieci uczą się od siebie nawzajem – mówi Bożena Kalinowska, "
                      "kierowniczka programu „Razem w klasie”.")
    assert _people(text).get("Bożena Kalinowska") == "coordinator"
