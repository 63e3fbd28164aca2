"""Round 40 (time): an event's days inside a project give way to the run said of the project
through its agent or in brackets, when that run holds every other period."""

from __future__ import annotations

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

def _dates(text: str) -> tuple[str | None, str | None]:
    projects = extract_document(Document(source="t.txt", name="t.txt", text=text)).projects
    assert projects
    return projects[0].start, projects[0].end


def test_event_days_give_way_to_the_run_said_through_the_agent_pl():
    text = ("Leszno łączy – wieści z lata\n\n"
            "W dniach 14–15 września 2024 r. na Rynku w Lesznie gotowaliśmy z sąsiadami z Ukrainy i Gruzji. "
            "To część projektu „Leszno łączy”, realizowanego przez Fundację Wspólny Stół "
            "od kwietnia do grudnia 2024 r. W ramach projektu odbyły się też warsztaty kulinarne.\n")
    assert _dates(text) == ("2024-04", "2024-12")


def test_event_days_give_way_to_a_project_with_its_run_in_brackets_en():
    text = ("Mayors meet in Opole\n\n"
            "On 3–4 June 2025 deputy mayors of six towns met in Opole to compare welcome desks. "
            "Open Towns is a three-year project (March 2024 – February 2027) coordinated by the "
            "Silesian Migration Forum with support from the Robert Bosch Stiftung.\n")
    assert _dates(text) == ("2024-03", "2027-02")


def test_a_later_project_not_holding_the_event_is_not_preferred():
    # the second period does not hold the first: another project, not the event's frame
    text = ("Warsztaty dla nauczycieli „Klasa wielu języków”\n\n"
            "W dniach 10–12 marca 2023 r. w Kielcach odbyły się warsztaty „Klasa wielu języków”. "
            "Zapraszamy też do nowego projektu „Szkoła bez granic”, realizowanego przez Fundację "
            "Most od września 2023 do czerwca 2024 r.\n")
    assert _dates(text) == ("2023-03-10", "2023-03-12")


def test_a_deadline_range_of_a_call_is_not_the_run():
    # "Nabór trwa od … do …" is the call's, and holds nothing: the project's own period stays
    text = ("Projekt „Razem w Płocku” realizujemy od 1 lutego do 30 listopada 2025 r. "
            "Zgłoszenia na kurs przyjmujemy od 3 do 20 lutego 2025 r.\n")
    assert _dates(text) == ("2025-02-01", "2025-11-30")
