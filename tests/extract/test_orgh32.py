"""ORG-H (round 32): the page's own body as the lead. A site's masthead, the body's name
line, then its menu or breadcrumb ("Aktualności | Projekty | Kontakt"), marks the page as the
body's own site even where a blank line parts the two: the body runs the project the page
describes when no other lead is named. A name line over prose, or a line of several names
("X · Y · Town"), is no masthead. Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> dict[str, str]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    return {o.name: o.role for p in doc.projects for o in p.organizations}


_PL_SITE = (
    'Stowarzyszenie Zielony Most\n'
    '\n'
    'Aktualności | O stowarzyszeniu | Projekty | Kontakt\n'
    '\n'
    'Projekt „Sąsiedzka Świetlica”\n'
    '\n'
    'Projekt „Sąsiedzka Świetlica” trwał od 1 marca 2024 r. do 31 grudnia 2024 r. w Lesznie. Dzieci z Ukrainy i Gruzji uczyły się języka polskiego po lekcjach. Partnerem była Szkoła Podstawowa nr 4 w Lesznie. Projekt sfinansowano ze środków Fundacji Batorego.\n'
)


_EN_SITE = (
    'Open Harbour Network (OHN) – Poland Office\n'
    '\n'
    'News | Where we work | Our programmes | Donate\n'
    '\n'
    'Harbour Clubs for Newcomers\n'
    '\n'
    'Harbour Clubs for Newcomers ran from 1 February 2024 to 31 January 2025 in Gdańsk and Gdynia. The clubs offered Polish lessons and legal advice to refugees from Ukraine. The Gdańsk Family Support Centre was a partner. The project was funded by the European Union.\n'
)


_RU_SITE = (
    'Фонд «Открытый Дом»\n'
    '\n'
    'Главная | О нас | Проекты | Контакты\n'
    '\n'
    'Проект «Соседи рядом»\n'
    '\n'
    'Проект «Соседи рядом» проходил с 1 марта 2024 года по 31 декабря 2024 года в Люблине. Дети из Украины занимались польским языком после уроков. Партнёром была Городская библиотека в Люблине. Проект финансировался Европейским союзом.\n'
)


_UK_SITE = (
    'Фундація «Відкритий Дім»\n'
    '\n'
    'Головна | Про нас | Проєкти | Контакти\n'
    '\n'
    'Проєкт «Сусіди поруч»\n'
    '\n'
    'Проєкт «Сусіди поруч» тривав з 1 березня 2024 року до 31 грудня 2024 року в Любліні. Діти з України вивчали польську мову після уроків. Партнером була Міська бібліотека в Любліні. Проєкт фінансувався Європейським Союзом.\n'
)


_EN_REPORT = (
    'Open Harbour Network (OHN) – Poland Office\n'
    '\n'
    'A report by an independent observer of regional integration work.\n'
    '\n'
    'Harbour Clubs for Newcomers\n'
    '\n'
    'Harbour Clubs for Newcomers ran from 1 February 2024 to 31 January 2025 in Gdańsk and Gdynia. The clubs offered Polish lessons and legal advice to refugees from Ukraine. The Gdańsk Family Support Centre was a partner. The project was funded by the European Union.\n'
)


_UK_REVIEW = (
    'Фундація «Відкритий Дім»\n'
    '\n'
    'Огляд місцевих ініціатив, підготовлений незалежною журналісткою.\n'
    '\n'
    'Проєкт «Сусіди поруч»\n'
    '\n'
    'Проєкт «Сусіди поруч» тривав з 1 березня 2024 року до 31 грудня 2024 року в Любліні. Діти з України вивчали польську мову після уроків. Партнером була Міська бібліотека в Любліні. Проєкт фінансувався Європейським Союзом.\n'
)


_EN_SEVERAL = (
    'Open Harbour Network · Gdańsk Family Support Centre · Gdańsk\n'
    '\n'
    'News | Where we work | Our programmes | Donate\n'
    '\n'
    'Harbour Clubs for Newcomers\n'
    '\n'
    'Harbour Clubs for Newcomers ran from 1 February 2024 to 31 January 2025 in Gdańsk and Gdynia. The clubs offered Polish lessons and legal advice to refugees from Ukraine. The Gdańsk Family Support Centre was a partner. The project was funded by the European Union.\n'
)


def test_polish_masthead_over_menu_after_blank_line():
    orgs = _orgs(_PL_SITE)
    assert orgs.get("Stowarzyszenie Zielony Most") == "lead"
    assert orgs.get("Szkoła Podstawowa nr 4 w Lesznie") == "partner"


def test_english_masthead_over_menu_after_blank_line():
    orgs = _orgs(_EN_SITE)
    assert orgs.get("Open Harbour Network") == "lead"
    assert orgs.get("Gdańsk Family Support Centre") == "partner"


def test_russian_masthead_over_menu_after_blank_line():
    assert _orgs(_RU_SITE).get("Фонд Открытый Дом") == "lead"


def test_ukrainian_masthead_over_menu_after_blank_line():
    orgs = _orgs(_UK_SITE)
    assert orgs.get("Фундація Відкритий Дім") == "lead"
    assert orgs.get("Міська бібліотека в Любліні") == "partner"


def test_name_line_over_prose_is_no_masthead():
    assert "lead" not in _orgs(_EN_REPORT).values()
    assert "lead" not in _orgs(_UK_REVIEW).values()


def test_line_of_several_names_is_no_masthead():
    assert "lead" not in _orgs(_EN_SEVERAL).values()
