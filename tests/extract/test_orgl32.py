"""ORGL (round 32): a role label's value is the role's holder even when the name has no body's
head word ("Lead: New Thresholds", "Organisers: Green Gate Collective", "Организаторы:
Открытые двери"). The English bare "Lead" and the plural organiser keys in English and Russian
are labels like their singular or Polish forms; a person, a list of towns or a sentence after
them names no body. Texts in our own wording."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    return [(o.name, o.role) for p in projects for o in p.organizations]


_PL = """Wspólne sąsiedztwo – projekt integracyjny w Lublinie

Projekt realizowany od 1 marca 2024 do 31 grudnia 2024 roku. Spotkania sąsiedzkie dla rodzin z Ukrainy.

Lider: Fundacja Nowe Progi
Partner: Otwarte Drzwi
Organizatorzy: Klub Sąsiedzki Pod Lipami, Kolektyw Wrzos
Projekt finansowany ze środków Miasta Lublin.
"""

_EN_HEAD = """Good Neighbours – an integration project in Lublin

The project runs from 1 March 2024 to 31 December 2024. Neighbourhood meetings for families from Ukraine.

"""

_RU_HEAD = """Добрые соседи – интеграционный проект в Люблине

Проект реализуется с 1 марта 2024 года по 31 декабря 2024 года. Встречи соседей для семей из Украины.

"""

_UK_HEAD = """Добрі сусіди – інтеграційний проєкт у Любліні

Проєкт реалізується з 1 березня 2024 року до 31 грудня 2024 року. Зустрічі сусідів для родин з України.

"""


def test_polish_labelled_bodies_without_head_words():
    orgs = _orgs(_PL)
    assert ("Otwarte Drzwi", "partner") in orgs
    assert ("Klub Sąsiedzki Pod Lipami", "lead") in orgs
    assert ("Kolektyw Wrzos", "lead") in orgs


def test_english_bare_lead_and_plural_organisers_are_labels():
    orgs = _orgs(_EN_HEAD + "Lead: New Thresholds Foundation\nPartners: Open Doors, Blue Bridge\n"
                 "Organisers: Green Gate Collective\nThe project is funded by the City of Lublin.\n")
    assert ("New Thresholds Foundation", "lead") in orgs
    assert ("Green Gate Collective", "lead") in orgs
    assert ("Open Doors", "partner") in orgs


def test_russian_plural_organisers_without_head_words():
    orgs = _orgs(_RU_HEAD + "Организаторы: Открытые двери, Синий мост\nПроект финансируется городом Люблин.\n")
    assert ("Открытые двери", "lead") in orgs
    assert ("Синий мост", "lead") in orgs


def test_ukrainian_partners_without_head_words():
    orgs = _orgs(_UK_HEAD + "Організатори: Фундація «Нові пороги»\nПартнери: Відкриті двері, Синій міст\n"
                 "Проєкт фінансується містом Люблін.\n")
    assert ("Відкриті двері", "partner") in orgs
    assert ("Синій міст", "partner") in orgs


def test_person_towns_and_sentence_after_the_keys_name_no_body():
    orgs = _orgs(_EN_HEAD + "Lead: Anna Kowalska\nOrganisers: Lublin, Chełm and Zamość\n"
                 "Lead: our volunteers will open the first meeting in May.\n"
                 "The project is funded by the City of Lublin.\n")
    assert orgs == [("City of Lublin", "funder")]


def test_cyrillic_co_organisers_are_partners_without_head_words():
    ru = _orgs(_RU_HEAD + "Организатор: Фонд «Новые пороги»\nСоорганизаторы: Открытые двери, Синий мост\n"
               "Проект финансируется городом Люблин.\n")
    assert ("Открытые двери", "partner") in ru and ("Синий мост", "partner") in ru
    uk = _orgs(_UK_HEAD + "Організатор: Фундація «Нові пороги»\nСпіворганізатори: Відкриті двері, Синій міст\n"
               "Проєкт фінансується містом Люблін.\n")
    assert ("Відкриті двері", "partner") in uk and ("Синій міст", "partner") in uk


def test_english_organised_by_key_names_the_lead_but_not_a_person():
    assert ("Green Gate Collective", "lead") in _orgs(
        _EN_HEAD + "Organised by: Green Gate Collective\nThe project is funded by the City of Lublin.\n")
    assert _orgs(_EN_HEAD + "Organised by: Anna Kowalska\nThe project is funded by the City of Lublin.\n") \
        == [("City of Lublin", "funder")]
