"""STATUS-K (round 24): the present of running ("prowadzi", "prowadzimy", "działa", "веде")
said of the project itself, its singular noun as the verb's subject or object, or the
relative pronoun after the project's name, gives ongoing; the same verbs said of an activity
"in the frame of the project" give nothing."""

import pytest

from ngo_atlas.extract.status import find_status, run_present_status


@pytest.mark.parametrize("text", [
    "Projekt „Sąsiedzi bez granic” prowadzimy dzięki darowiznom naszych czytelników.",
    "Od marca Stowarzyszenie Otwarte Drzwi prowadzi nowy projekt „Razem w Opolu”.",
    "W Lublinie od jesieni działa projekt „Szkoła dla wszystkich”, skierowany do uczniów.",
    "Świetlica jest częścią projektu „Mosty”, który prowadzi Fundacja Dobry Start.",
    "Zadanie prowadzi Caritas Diecezji Płockiej we współpracy z gminą.",
    "Проєкт веде Асоціація українців Поморя разом із містом.",
    "Это часть проекта «Новые соседи», который ведёт фонд «Мост».",
])
def test_running_said_of_project(text):
    got = run_present_status(text, 0, len(text))
    assert got is not None and got[0] == "ongoing", text
    assert find_status(text, 0, len(text), [])[0] == "ongoing", text


@pytest.mark.parametrize("text", [
    # an activity run in the frame of the project: not the project's own status
    "W ramach projektu prowadzimy bezpłatne kursy języka polskiego.",
    "Kursy prowadzimy w ramach projektu „Polski krok po kroku”.",
    "Punkt konsultacyjny działa w ramach projektu „Bliżej”.",
    # "leads to", not "runs"
    "Projekt prowadzi do lepszej współpracy szkół i rodziców.",
    # a list's intro in the plural: left to the list rules
    "Poniżej znajdziesz projekty, które prowadzimy obecnie, oraz te już zakończone.",
    # the organisation, not the project, is what the relative clause is about
    "Partnerem jest Uniwersytet Opolski, który prowadzi szkolenia dla nauczycieli.",
])
def test_running_of_something_else(text):
    assert run_present_status(text, 0, len(text)) is None, text


def test_earlier_past_verb_wins():
    text = "Choć projekt się zakończył, nadal prowadzimy dyżury w języku ukraińskim."
    assert find_status(text, 0, len(text), [])[0] == "completed"
