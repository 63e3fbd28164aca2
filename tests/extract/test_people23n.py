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

