"""Round 25, person roles (PEOPLEU): in ownheads' apposition a bracket is an item of its own, so
the project head's title behind a degree or an office ("X, prof. UŁ (kierowniczka projektu)",
"X, PhD (project leader)") makes her the coordinator; a bracket naming a unit's head or a
sub-task does not (texts in our own wording, not the sets')."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _roles(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {p.name: p.role for pr in ex.projects for p in pr.people if p.name}


_PL = ("Projekt „Prawo na start”\n\nStowarzyszenie Pomocna Dłoń prowadzi w Toruniu bezpłatne porady prawne "
       "dla cudzoziemców. Projekt jest finansowany przez Fundację Wisła (grant 60 000 zł).\n\n")
_EN = ("Project \"Legal Start\"\n\nThe Helping Hand Association runs free legal advice for foreigners in "
       "Torun. The project is funded by the Vistula Foundation (grant PLN 60,000).\n\n")


def test_polish_head_title_in_brackets_behind_a_degree():
    r = _roles(_PL + "Zespół projektu: dr hab. Dorota Kwiatkowska, prof. UMK (kierowniczka projektu),\n"
               "mgr Jan Lipski (tłumaczenia).\n")
    assert r.get("Dorota Kwiatkowska") == "coordinator"
    assert r.get("Jan Lipski") != "coordinator"


def test_english_head_title_in_brackets_behind_an_office():
    r = _roles(_EN + "Project team: Dorothy Kwiatkowska, President of the Association (project leader),\n"
               "John Lipski (translations).\n")
    assert r.get("Dorothy Kwiatkowska") == "coordinator"
    assert r.get("John Lipski") != "coordinator"


def test_unit_head_in_brackets_is_left():
    r = _roles(_PL + "Zespół projektu: dr hab. Dorota Kwiatkowska, prof. UMK (kierowniczka Działu Badań),\n"
               "mgr Jan Lipski (tłumaczenia).\n")
    assert r.get("Dorota Kwiatkowska") != "coordinator"
