"""Organisations, round 22 (ORG-M): a role noun of managing or operating as the predicate of a
copula, a dash or a verb of acting as names a body that hands on someone else's money: by
SCHEMA.md an organisation with role `other`, in Polish, Russian, Ukrainian and English."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


_PL = "Projekt „Wspólny stół”\n\nProjekt „Wspólny stół” prowadzi Stowarzyszenie Dobry Sąsiad w Kielcach. "
_RU = "Проект «Общий стол»\n\nПроект «Общий стол» реализует Фонд «Добрый сосед». "
_UK = "Проєкт «Спільний стіл»\n\nПроєкт «Спільний стіл» реалізує Фундація «Добрий сусід». "
_EN = "Project \"Common Table\"\n\nThe project \"Common Table\" is run by the Good Neighbour Association. "


def test_polish_managing_label_with_its_object_in_the_instrumental():
    orgs = _orgs(_PL + "Instytucją Wdrażającą funduszem regionalnym na lata 2024–2026 jest Wojewódzki Urząd Pracy "
                       "w Opolu. Zajęcia trwają cały rok.")
    assert ("Wojewódzki Urząd Pracy w Opolu", "other") in orgs


def test_russian_nominative_role_noun_before_a_dash():
    orgs = _orgs(_RU + "Промежуточный орган программы – Центр европейских проектов. Занятия проходят по субботам.")
    assert ("Центр европейских проектов", "other") in orgs


def test_russian_instrumental_operator_with_a_verb_of_acting_as():
    orgs = _orgs(_RU + "Оператором фонда выступает Фонд развития гражданского общества. Занятия бесплатны.")
    assert ("Фонд развития гражданского общества", "other") in orgs


def test_ukrainian_role_noun_and_the_doer_of_its_functions():
    orgs = _orgs(_UK + "Керуючим органом програми є Міністерство фінансів. Функції проміжного органу "
                       "виконує Агенція регіонального розвитку. Заняття безкоштовні.")
    assert ("Міністерство фінансів", "other") in orgs
    assert ("Агенція регіонального розвитку", "other") in orgs


def test_ukrainian_institution_responsible_for_in_apposition():
    orgs = _orgs(_UK + "Установою, відповідальною за впровадження програми, є Державна служба зайнятості. "
                       "Заняття безкоштовні.")
    assert ("Державна служба зайнятості", "other") in orgs


def test_english_managing_authority_is():
    orgs = _orgs(_EN + "The managing authority for the regional programme is the Regional Labour Office. "
                       "Classes are free.")
    assert ("Regional Labour Office", "other") in orgs


def test_a_managing_body_that_is_no_role_predicate_names_nobody():
    # the role noun as a subject doing something else names no body after it
    orgs = _orgs(_PL + "Instytucja Zarządzająca programem ogłosiła nabór wniosków. Zajęcia trwają cały rok.")
    assert not [o for o in orgs if o[1] == "other"]
