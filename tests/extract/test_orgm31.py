"""ORGM (round 31): bodies whose head word the rules did not know — a collective ("Kolektyw",
"Коллектив", "Collective"), a confederation or inspectorate ("Konfederacja", "Inspekcja",
"Конфедерація"), a diocese ("Archidiecezja"), a workshop or studio firm ("Pracownia") and a
minister as an office ("Minister Kultury") — are found where a sentence names them as the runner
or payer; the same words as ordinary nouns (a workshop that is open, a collective of participants,
a conference, a town) name no body. Texts in our own wording, not the sets'."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return [(o.name, o.role) for o in projects[0].organizations]


def _news(body: str, heading: str = "Aktualności") -> str:
    return f"{heading}\n\n{body}\n"


@pytest.mark.parametrize("body, name", [
    ("Od marca 2023 r. Kolektyw Sąsiedzki „Wrzos” realizuje projekt „Wspólny stół”. "
     "Projekt finansuje Fundacja Jesionu kwotą 40 000 zł.", "Kolektyw Sąsiedzki Wrzos"),
    ("Projekt „Bezpieczna praca” realizuje Okręgowa Inspekcja Pracy w Lesznie od marca 2024 r.",
     "Okręgowa Inspekcja Pracy"),
    ("Projekt „Dom dla sąsiada” realizuje Archidiecezja Leszczyńska od marca 2024 r. "
     "Projekt finansuje Fundacja Jesionu.", "Archidiecezja Leszczyńska"),
])
def test_polish_runner_with_new_head_word(body, name):
    assert (name, "lead") in _orgs(_news(body))


def test_polish_evaluator_firm_is_named():
    orgs = _orgs(_news("Projekt „Wspólny stół” realizuje Stowarzyszenie Modrzew. Ewaluację projektu "
                       "przeprowadzi Pracownia Badań Społecznych „Sonda” s.c."))
    assert any(n.startswith("Pracownia Badań Społecznych") for n, _r in orgs)


def test_russian_collective_runs_project():
    text = _news("С марта 2023 года Коллектив «Соседи» реализует проект «Общий стол». "
                 "Проект финансирует Фонд Ясеня.", "Новости")
    assert ("Коллектив Соседи", "lead") in _orgs(text)


def test_ukrainian_confederation_runs_project():
    text = _news("З березня 2023 року Конфедерація праці «Гідність» реалізує проєкт «Спільний стіл». "
                 "Проєкт фінансує Фонд Ясеня.", "Новини")
    assert ("Конфедерація праці Гідність", "lead") in _orgs(text)


def test_english_collective_runs_project():
    text = _news("Since March 2023 the Riverside Tenants Collective has been implementing the project "
                 "\"Common Table\". The project is funded by the Ash Foundation.", "News")
    assert ("Riverside Tenants Collective", "lead") in _orgs(text)


def test_minister_as_payer():
    orgs = _orgs(_news("Projekt „Pieśni pogranicza” dofinansowano ze środków Ministra Kultury i "
                       "Dziedzictwa Narodowego. Projekt realizuje Stowarzyszenie Modrzew."))
    assert ("Minister Kultury i Dziedzictwa Narodowego", "funder") in orgs


@pytest.mark.parametrize("tail", [
    "Pracownia była otwarta codziennie od 10 do 18. Kolektyw uczestników spotykał się w środy.",
    "Konferencja „Sąsiedzi” odbyła się w Lesznie. Pracownicy socjalni pomagali rodzinom.",
    "Minister Edukacji odwiedził szkołę w Lesznie.",
    "Punkty porad działają w Kole, Turku i Słupcy.",
])
def test_common_nouns_name_no_body(tail):
    orgs = _orgs(_news("Projekt „Pieśni pogranicza” realizuje Stowarzyszenie Modrzew. " + tail))
    assert orgs == [("Stowarzyszenie Modrzew", "lead")]
