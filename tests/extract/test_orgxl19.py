"""Round 19 (ORGXL): spans the finders admit whose shape names no body: a sum, a flattened
table's header, a breadcrumb, a letter cut from an abbreviation, the project's own team, a
person with her unit. Synthetic wording, none of it from the eval sets."""

import pytest

from ngo_atlas.extract.notbody import not_a_body
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


@pytest.mark.parametrize("name,lang", [
    ("EUR 245,000", "en"), ("PLN 60 tys", "pl"), ("EUR 2.4 mln", "pl"), ("FSE 2 310 400,00", "pl"),
    ("GBP 80,000 over three years", "en"), ("Kwota Udział %", "pl"), ("Home > Projects", "en"),
    ("U", "en"), ("BIURO PROJEKTU", "pl"), ("Project team", "en"), ("Команда проекту", "uk"),
    ("Maria Nowicka of the Department of Social Policy", "en"), ("Lead Agency)", "en"),
])
def test_no_body_shapes(name, lang):
    assert not_a_body(name, lang)


@pytest.mark.parametrize("name,lang", [
    ("Szkoła Podstawowa nr 14 im. Marii Curie w Kaliszu", "pl"), ("Primary School No. 3 in Gniezno", "en"),
    ("Mechanizm Finansowy EOG 2014–2021", "pl"), ("Centrum Projektów Społecznych", "pl"),
    ("Anna Lindh Foundation", "en"), ("Caritas of the Diocese of Płock", "en"), ("Klub 100 Przyjaciół", "pl"),
    ("Фонд «Свої»", "uk"), ("UNHCR", "en"),
])
def test_body_shapes(name, lang):
    assert not not_a_body(name, lang)


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", text))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_sums_and_cut_letters_are_no_funders():
    text = """Open Doors for Newcomers

The project "Open Doors for Newcomers" helps migrant families in Lublin find housing and work.
Grant: EUR 245,000 (90% of eligible costs); co-financing from the City of Lublin: PLN 40,000
Duration: March 2023 – February 2025
The project was made possible by a grant from the U.S. Embassy in Warsaw.
At the City of Lublin, the project is coordinated by Maria Nowicka of the Department of Social Policy.
"""
    names = [n for n, _ in _orgs(text)]
    assert "EUR 245,000" not in names and "U" not in names
    assert not any(n.startswith("Maria Nowicka") for n in names)


def test_table_header_and_amount_after_funder():
    text = """Strona główna > Projekty > Wspólna kuchnia

Projekt „Wspólna kuchnia” realizowało Stowarzyszenie Otwarty Stół w Gnieźnie.
Finansowanie: Fundacja Wielkopolska, PLN 60 tys.
Źródło finansowania Kwota Udział %
Dotacja 60 000,00 zł 80%
"""
    orgs = _orgs(text)
    assert ("Fundacja Wielkopolska", "funder") in orgs
    assert all("%" not in n and "PLN" not in n for n, _ in orgs)


def _partners(text: str) -> list[str]:
    ex = extract_document(Document("x", "x.txt", text))
    return [o.name for p in ex.projects for o in p.organizations if o.role == "partner"]


@pytest.mark.parametrize("text,partner", [
    ("""Проєкт «Разом у Львові»

Фундація «Нова хвиля» реалізує проєкт «Разом у Львові» з 1 березня 2023 року по 28 лютого 2024 року. Партнер проєкту — Вроцлавський центр сімейної підтримки (Wrocławskie Centrum Wsparcia Rodziny). Проєкт фінансується Міжнародною організацією з міграції.
""", "Вроцлавський центр сімейної підтримки"),
    ("""Проект «Вместе в Гданьске»

Фонд «Новая волна» реализует проект «Вместе в Гданьске» с 1 марта 2023 года по 28 февраля 2024 года. Партнёр проекта — Гданьский центр семейной поддержки. Консультации проходят по средам.
""", "Гданьский центр семейной поддержки"),
    ("""Together in Gdańsk

The New Wave Foundation is implementing the project "Together in Gdańsk" from 1 March 2023 to 28 February 2024. Project partner – Gdańsk Family Support Centre (Gdańskie Centrum Wsparcia Rodziny). The project is funded by the International Organization for Migration (IOM).
""", "Gdańsk Family Support Centre"),
])
def test_role_label_in_prose_after_a_dash(text, partner):
    """"Партнер проєкту — X." inside a paragraph: an em dash (Cyrillic typography) separates a
    label from its value as an en dash does, and a label after a sentence ends with its own."""
    assert partner in _partners(text)


@pytest.mark.parametrize("text,first,second", [
    ("""Проєкт «Світло»

Проєкт «Світло» реалізовано у співпраці з Житомирським центром соціальних служб та з Асоціацією «Нові сусіди» з Вроцлава.
""", "Житомирський центр соціальних служб", "Асоціація Нові сусіди"),
    ("""Проект «Свет»

Проект «Свет» реализован в партнёрстве с Гданьским центром социальных услуг и с Ассоциацией «Новые соседи».
""", "Гданьский центр социальных услуг", "Ассоциация Новые соседи"),
])
def test_cyrillic_list_splits_at_a_repeated_preposition(text, first, second):
    """"з X та з Y": the preposition after the conjunction governs a second name."""
    names = _partners(text)
    assert first in names and any(n.startswith(second) for n in names)
