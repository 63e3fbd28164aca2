"""ORG-P (round 30): a body named after a fronted help and its verb takes part in the project:
a partner when it does a part of the work ("Zajęcia poprowadzi Fundacja X", "Консультации
обеспечивает Фонд Z"), `other` when it supports it ("Wsparcia merytorycznego udzieli nam
Fundacja X", "Методичну підтримку надає Центр Y"); money, a bare "Wsparcia udzieliła", information
desks, a person and a relative pronoun as the fronted object make no such body; a patron's
lower-case title after "im." stays in the name (texts in our own wording, not the sets')."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = "Projekt „Sąsiedzi”\n\nStowarzyszenie Dobry Sąsiad realizuje projekt „Sąsiedzi” w Toruniu. {}\n"
_UK = "Проєкт «Сусіди»\n\nФундація «Добрий сусід» реалізує проєкт «Сусіди» у Торуні. {}\n"
_RU = "Проект «Соседи»\n\nФонд «Добрый сосед» реализует проект «Соседи» в Торуни. {}\n"
_EN = "Project \"Neighbours\"\n\nThe Good Neighbour Association runs the project \"Neighbours\" in Toruń. {}\n"


def _orgs(text: str) -> dict[str, str]:
    ex = extract_document(Document("x.txt", "x.txt", text))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


@pytest.mark.parametrize("sentence, names", [
    ("Zajęcia dla dzieci poprowadzi również Fundacja Otwarte Drzwi.", ["Fundacja Otwarte Drzwi"]),
    ("Kurs dla wolontariuszy zapewni Ośrodek Wolontariatu Pomorskiego.", ["Ośrodek Wolontariatu Pomorskiego"]),
    ("Zajęcia odbywają się w szkołach, a ewaluację prowadzić będzie Instytut Badań Społecznych.",
     ["Instytut Badań Społecznych"]),
])
def test_pl_helper_after_verb_is_partner(sentence, names):
    orgs = _orgs(_PL.format(sentence))
    for n in names:
        assert orgs.get(n) == "partner", orgs


@pytest.mark.parametrize("sentence, names", [
    ("Wsparcia prawnego udzieli nam również Fundacja Otwarte Drzwi.", ["Fundacja Otwarte Drzwi"]),
    ("Piknik sąsiedzki wsparły także Rada Osiedla Rubinkowo oraz Toruńskie Stowarzyszenie Seniorów.",
     ["Rada Osiedla Rubinkowo", "Toruńskie Stowarzyszenie Seniorów"]),
])
def test_pl_supporter_after_verb_is_other(sentence, names):
    orgs = _orgs(_PL.format(sentence))
    for n in names:
        assert orgs.get(n) == "other", orgs


def test_pl_patron_title_kept_in_name():
    orgs = _orgs(_PL.format("Szkolenia dla prawników zapewni Ośrodek Studiów im. prof. Jana Lipskiego."))
    assert orgs.get("Ośrodek Studiów im. prof. Jana Lipskiego") == "partner", orgs


def test_uk_supporter_after_verb_is_other():
    orgs = _orgs(_UK.format("Психологічну допомогу дітям надає Торунський центр підтримки сім'ї."))
    assert orgs.get("Торунський центр підтримки сім'ї") == "other", orgs


def test_ru_helper_after_verb_is_partner():
    orgs = _orgs(_RU.format("Юридические консультации обеспечивает Ассоциация юристов «Закон»."))
    assert orgs.get("Ассоциация юристов Закон") == "partner", orgs


@pytest.mark.parametrize("sentence, absent", [
    ("Informacji udziela Biuro Obsługi Mieszkańców Urzędu Miasta.", "Biuro Obsługi Mieszkańców Urzędu Miasta"),
    ("Warsztaty poprowadzi Joanna Wiśniewska.", "Joanna Wiśniewska"),
    ("Stowarzyszenie Dobry Sąsiad, które wspiera Fundacja Lipowa, zaprasza.", "Fundacja Lipowa"),
    ("Wsparcia udzieliła również Gmina Miasta Torunia.", "Gmina Miasta Torunia"),
])
def test_pl_no_helper(sentence, absent):
    assert absent not in _orgs(_PL.format(sentence))


def test_pl_money_stays_with_funding():
    orgs = _orgs(_PL.format("Wkład własny zapewnia Gmina Miasta Torunia."))
    assert orgs.get("Gmina Miasta Torunia") != "partner", orgs


def test_uk_money_is_no_help():
    orgs = _orgs(_UK.format("Фінансування надає Фундація Липа."))
    assert orgs.get("Фундація Липа") != "partner", orgs


def test_en_subject_first_untouched():
    # English names the helper before its verb: the rule does not read English
    orgs = _orgs(_EN.format("Legal advice is given to families every Monday."))
    assert set(orgs) <= {"Good Neighbour Association"}, orgs


def test_pl_fronted_adverbial_names_no_help():
    # "since when" before the verb is no help given: a funder named so stays the funder
    orgs = _orgs(_PL.format("Od początku działalności wspiera Gmina Miasta Torunia."))
    assert orgs.get("Gmina Miasta Torunia") != "other", orgs


def test_pl_relative_clause_role_kept():
    orgs = _orgs(_PL.format("Jego realizację wspiera Fundacja Lipowa, która poprowadzi szkolenia dla wolontariuszy."))
    assert orgs.get("Fundacja Lipowa") == "partner", orgs


def test_pl_supporter_that_pays_is_funder():
    orgs = _orgs(_PL.format("Projekt jest finansowany przez Fundację Lipową. Nasze działania wspiera Fundacja Lipowa."))
    assert orgs.get("Fundacja Lipowa") == "funder", orgs
