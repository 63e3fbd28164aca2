"""Round 22, people: who teaches or mentors the participants gives expertise ("Mentorki:",
"nauczycielka", "teacher"), and a key of persons written in Cyrillic ("Преподаватели:",
"Викладачки –", "Ментори:") heads a list of names as a Latin-script key does; the Ukrainian
dictionary leaves the number off feminine nouns of persons ("викладачка"), which count as
singular (texts in our own wording, not the sets')."""

import pytest

from ngo_atlas.extract import people
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ('Projekt „Bezpieczna Przystań” wspiera rodziny z Armenii w Kielcach. {}\n'
       'Projekt trwa od marca 2025 do grudnia 2025 r.\n')
_EN = ('Project "Safe Harbour" supports families from Armenia in Kielce. {}\n'
       'The project runs from March 2025 to December 2025.\n')
_UK = ('Проєкт «Тиха гавань» підтримує родини з Вірменії в Кельцях. {}\n'
       'Проєкт триває з березня 2025 до грудня 2025 року.\n')
_RU = ('Проект «Тихая гавань» помогает семьям из Армении в Кельце. {}\n'
       'Проект длится с марта 2025 по декабрь 2025 года.\n')


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("word, plural, want", [
    ("викладачка", False, True), ("вихователька", False, True), ("преподаватель", False, True),
    ("викладачі", True, True), ("преподаватели", True, True), ("ментори", True, True),
    ("книжки", True, False), ("заняття", True, False), ("школа", False, False),
])
def test_cyrillic_nouns_of_persons(word, plural, want):
    f = people._plural_person_noun if plural else people._person_noun
    assert f(word, "uk") is want


@pytest.mark.parametrize("frame, sentence, name, role", [
    (_RU, "Преподаватели: Ирина Соколова, Дарья Белова и Тимур Ахмедов.", "Дарья Белова", "expert"),
    (_RU, "Преподаватели: Ирина Соколова, Дарья Белова и Тимур Ахмедов.", "Тимур Ахмедов", "expert"),
    (_UK, "Викладачки – Оксана Гайдук та Марія Лисенко", "Марія Лисенко", "expert"),
    (_UK, "Ментори: Олег Дорошенко, Ірина Савка", "Олег Дорошенко", "expert"),
    (_PL, "Mentorki: Zofia Gajda, Lena Wrona", "Lena Wrona", "expert"),
    (_EN, "Mentors: Tom Berg, Ana Ruiz", "Ana Ruiz", "expert"),
    (_PL, "Nauczycielka języka polskiego – Zofia Gajda", "Zofia Gajda", "expert"),
    # a Cyrillic key whose job gives no expertise: other
    (_UK, "Волонтерки: Оксана Гайдук, Марія Лисенко", "Оксана Гайдук", "other"),
])
def test_teachers_and_mentors_listed_under_a_key(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role


@pytest.mark.parametrize("frame, sentence, name", [
    # bodies under a Cyrillic key of persons are no list of persons
    (_UK, "Наставники: Фундація Добрий Берег, Асоціація Нова Хвиля", "Фундація Добрий Берег"),
])
def test_cyrillic_keyed_list_guards(frame, sentence, name):
    assert name not in _people(frame.format(sentence))


@pytest.mark.parametrize("frame, sentence, name", [
    # the publishing body's board in a statutory report or its signature: no person in the project
    (_PL, "Zarząd Stowarzyszenia:\n– Halina Wrzos – Prezeska Zarządu,\n– Jerzy Kmita – Członek Zarządu.", "Jerzy Kmita"),
    (_PL, "Podpis osoby upoważnionej: Halina Wrzos, Prezes Zarządu", "Halina Wrzos"),
    (_PL, "Prezes Zarządu – Halina Wrzos\nSkarbnik – Jerzy Kmita", "Jerzy Kmita"),
    (_EN, "Signed: Mary Brown, President of the Board", "Mary Brown"),
])
def test_a_board_officer_is_no_person_in_the_project(frame, sentence, name):
    assert name not in _people(frame.format(sentence))


def test_a_board_officer_who_coordinates_stays():
    text = _PL.format("Koordynatorką projektu jest Halina Wrzos.\nZarząd: Halina Wrzos – Prezeska Zarządu")
    assert _people(text).get("Halina Wrzos") == "coordinator"


def test_a_regional_board_is_not_read_as_the_body_s_board():
    # "członek Zarządu Województwa X": a public office, a capital after "Zarządu", no separator
    from ngo_atlas.extract import bodynames

    text = "mówił członek Zarządu Województwa Jerzy Kmita"
    a = text.index("Jerzy")
    assert bodynames._BOARD_BEFORE.search(text, 0, a) is None
    assert bodynames._BOARD_AFTER.match("Jerzy Kmita, członek Zarządu Województwa", 11) is None
