"""Organisations and funders of the sixth round: names that end where a line ends, bullets
drawn as pictographs, applicant columns, multi-word towns of a city body."""

import pytest

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funders(text, lang="pl"):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def _orgs(text, lang="pl"):
    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language=lang))
    return [[(o.name, o.role) for o in p.organizations] for p in x.projects]


@pytest.mark.parametrize("text, lang, funder", [
    # a Cyrillic payer ends at the line break and before "з бюджету …" (a lower-case phrase)
    ("Курс безкоштовний — проєкт фінансує Волинське воєводство з бюджету самоврядування\n"
     "Партнер: Луцький університет\n", "uk", "Волинське воєводство"),
    ("Занятия бесплатные: проект финансирует Поморское воеводство\nПодробности на сайте.\n",
     "ru", "Поморское воеводство"),
])
def test_cyrillic_payer_ends_with_its_line(text, lang, funder):
    assert _funders(text, lang) == [funder]


@pytest.mark.parametrize("text, key, value", [
    ("🤝 Partner: Fundacja Nowy Dom\n", "partner", "Fundacja Nowy Dom"),
    ("📍 Miejsce: Lublin, ul. Długa 3\n", "place", "Lublin, ul. Długa 3"),
    ("➡️ Партнер: Фундація «Мости»\n", "partner", "Фундація «Мости»"),
])
def test_pictograph_bullet_opens_a_label(text, key, value):
    hits = [(h.key, h.value) for h in find_labels(text)]
    assert (key, value) in hits


@pytest.mark.parametrize("header", ["Oferent", "Nazwa oferenta", "Zleceniobiorca", "Nazwa organizacji"])
def test_applicant_column_leads_each_row(header):
    text = ("Wyniki otwartego konkursu ofert\n\n"
            f"Lp. | {header} | Tytuł zadania | Kwota dotacji (zł)\n"
            "1 | Fundacja Dobry Sąsiad | „Lekcje polskiego dla dorosłych” | 10 500,00\n"
            "2 | Stowarzyszenie Otwarte Drzwi | „Klub rodzica” | 7 000,00\n")
    orgs = _orgs(text)
    assert ("Fundacja Dobry Sąsiad", "lead") in orgs[0]
    assert ("Stowarzyszenie Otwarte Drzwi", "lead") in orgs[1]


@pytest.mark.parametrize("text, funder", [
    ("Projekt „Razem” został sfinansowany ze środków Miasta Zielonej Góry.\n", "Miasto Zielona Góra"),
    ("Zadanie sfinansowano z budżetu Miasta Nowego Sącza.\n", "Miasto Nowy Sącz"),
    ("Projekt „Razem” został sfinansowany ze środków Gminy Miejskiej Kraków.\n", "Gmina Miejska Kraków"),
    ("Projekt „Razem” został sfinansowany ze środków Miasta Łodzi.\n", "Miasto Łódź"),
    ("Projekt „Razem” został sfinansowany ze środków Gminy Miasta Toruń.\n", "Gmina Miasta Toruń"),
])
def test_city_body_with_a_multi_word_town(text, funder):
    assert funder in _funders(text)
