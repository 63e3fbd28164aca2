"""Round 22, funding (FUND-J): a funding field whose value is the payer, a dash and its share
("Фінансування: X (ACR) — 320 000 злотих") keeps the payer (the sum with its currency written
as a word, after a dash, is no part of the name); and a payer that passes on another body's
money named in the same sentence ("funded by X with funds from Y") is kept as an organisation
with role `other` (SCHEMA.md: an operator), not dropped. Texts in our own wording."""

from ngo_atlas.extract.funding import clean_funder
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _record(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    p = ex.projects[0]
    return ([(f.funder, f.amount) for f in p.funding], {(o.name, o.role) for o in p.organizations})


def test_a_payer_then_a_dash_and_its_share_in_four_languages():
    assert clean_funder("Фонд Добра (ФД) — 320 000 злотих.", "uk") == "Фонд Добра"
    assert clean_funder("Фонд Добра — 12 000 злотых", "ru") == "Фонд Добра"
    assert clean_funder("Fundacja Dobra – 45 000 złotych", "pl") == "Fundacja Dobra"
    assert clean_funder("Good Foundation — 7,500 euro", "en") == "Good Foundation"
    # a name with a number of its own is kept whole
    assert clean_funder("Fundusz Wsparcia 2020", "pl") == "Fundusz Wsparcia"


def test_a_funding_field_with_a_bracketed_acronym_and_a_sum():
    funding, orgs = _record(
        "Курси для жінок\n\n"
        "Проєкт «Курси для жінок» реалізує Фундація «Світло» у Любліні з січня по грудень 2024 року.\n"
        "Фінансування: Міжнародна організація з міграції (МОМ) — 320 000 злотих.\n")
    assert funding == [("Міжнародна організація з міграції", 320000.0)]
    funding, _ = _record(
        "Kursy dla kobiet\n\n"
        "Projekt „Kursy dla kobiet” realizuje Fundacja Światło w Lublinie od stycznia do grudnia 2024 r.\n"
        "Finansowanie: Międzynarodowa Organizacja ds. Migracji (IOM) — 320 000 zł.\n")
    assert funding == [("Międzynarodowa Organizacja ds. Migracji", 320000.0)]


def test_a_payer_handing_on_another_bodys_money_is_an_operator():
    funding, orgs = _record(
        "Courses for women\n\n"
        "The Light Foundation runs the project \"Courses for women\" in Lublin from January to "
        "December 2024. The project is funded by the International Organization for Migration "
        "with funds from the Bureau of Population, Refugees and Migration.\n")
    assert [f for f, _a in funding] == ["Bureau of Population, Refugees and Migration"]
    assert ("International Organization for Migration", "other") in orgs
    assert not any(r == "funder" and n.startswith("International") for n, r in orgs)


def test_a_second_source_joined_by_a_conjunction_pays_beside_the_first():
    funding, orgs = _record(
        "Курсы для женщин\n\n"
        "Проект «Курсы для женщин» реализует Фонд «Свет» в Люблине с января по декабрь 2024 года. "
        "Проект финансируется из средств Фонда Доброго Дела в рамках программы «Новый дом» и из "
        "средств Фонда Светлой Зари.\n")
    payers = [f for f, _a in funding]
    assert "Фонд Доброго Дела" in payers and "Фонд Светлой Зари" in payers
    assert not any(r == "other" for _n, r in orgs)


def test_a_payer_list_item_keeps_the_programme_read_on_its_line():
    text = ("Курси для жінок\n\n"
            "Проєкт «Курси для жінок» реалізує Фундація «Світло» у Любліні з січня по грудень 2024 року.\n"
            "Фінансування:\n"
            "• ЮНІСЕФ (Дитячий фонд ООН) – 900 000 злотих у рамках програми підтримки дітей біженців;\n"
            "• Місто Люблін – 120 000 злотих щорічно (кошти бюджету міста).\n")
    ex = extract_document(Document("f.txt", "f.txt", text))
    rows = [(f.funder, f.programme, f.amount) for f in ex.projects[0].funding]
    assert any(a == 900000.0 and p and "дітей біженців" in p for _f, p, a in rows)
    assert any(a == 120000.0 and p is None for _f, p, a in rows)
