"""ORGR (round 32): a grant-giver's page — the results of its call, its grant committee's choice,
its grantees, a regranting scheme's funded initiatives — has one record per funded initiative.
The body whose page it is runs none of them: it stands in each item as the scheme's operator,
`other` where the page names another payer (SCHEMA.md's operator of someone else's money), its
`funder` where it names none. An organisation's own list of projects keeps its owner as lead,
a payer's bracketed gloss ("regranting ze środków …") on it too. Texts in our own wording."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    return [(p.title, [(o.name, o.role) for o in p.organizations]) for p in projects]


def _item(records, title):
    return next(orgs for t, orgs in records if t == title)


_ITEMS_PL = """
1. „Kuchnia dwóch brzegów”
Wnioskodawca: Stowarzyszenie Wzgórze Lip
Kwota grantu: 8 000 zł
Warsztaty kulinarne dla sąsiadów z Polski i Gruzji.

2. „Podwórko dla wszystkich”
Wnioskodawca: Fundacja Zielony Dziedziniec
Kwota grantu: 7 500 zł
Festyn i zajęcia sportowe dla dzieci.
"""

_HEAD_PL = """Fundacja Jasny Brzeg
Start | O nas | Granty | Kontakt

Wyniki konkursu „Sąsiedzkie Mosty 2025”

"""


def test_polish_call_results_operator_of_another_payers_money_is_other():
    text = _HEAD_PL + ("Komisja Grantowa wybrała do dofinansowania 2 z 19 złożonych wniosków. "
                       "Konkurs finansuje Fundacja Modrzewiowa.\n") + _ITEMS_PL
    recs = _records(text)
    for title, grantee in (("Kuchnia dwóch brzegów", "Stowarzyszenie Wzgórze Lip"),
                           ("Podwórko dla wszystkich", "Fundacja Zielony Dziedziniec")):
        orgs = _item(recs, title)
        assert (grantee, "lead") in orgs
        assert ("Fundacja Jasny Brzeg", "other") in orgs
        assert ("Fundacja Jasny Brzeg", "lead") not in orgs


def test_polish_giver_naming_no_other_payer_funds_each_item():
    text = _HEAD_PL + "Komisja Grantowa wybrała do dofinansowania 2 z 19 złożonych wniosków.\n" + _ITEMS_PL
    recs = _records(text)
    orgs = _item(recs, "Podwórko dla wszystkich")
    assert ("Fundacja Jasny Brzeg", "funder") in orgs
    assert ("Fundacja Zielony Dziedziniec", "lead") in orgs


def test_polish_regranting_item_without_named_grantee_is_no_owners_project():
    text = ("Fundacja Jasny Brzeg\nStart | O nas | Granty | Kontakt\n\n"
            "„Sąsiedzkie Mosty” to program regrantingowy Fundacji Jasny Brzeg, finansowany przez "
            "Fundację Modrzewiową. W 2025 r. przekazaliśmy granty dwóm grupom.\n\n"
            "1. „Kuchnia dwóch brzegów”\nWarsztaty kulinarne dla sąsiadów z Polski i Gruzji. "
            "Kwota grantu: 8 000 zł.\n\n"
            "2. „Podwórko dla wszystkich”\nFestyn i zajęcia sportowe dla dzieci. Kwota grantu: 7 500 zł.\n")
    for title in ("Kuchnia dwóch brzegów", "Podwórko dla wszystkich"):
        orgs = _item(_records(text), title)
        assert ("Fundacja Jasny Brzeg", "lead") not in orgs


def test_english_grant_committee_page():
    text = ("Willow Bank Foundation\nHome | About | Grants | Contact\n\n"
            "Our grant committee selected two initiatives in the 2025 round of the small grants "
            "programme \"Neighbours\". The programme is funded by the Cedar Trust.\n\n"
            "1. \"Two Shores Kitchen\"\nApplicant: Hill Lime Association\nGrant amount: PLN 8,000\n"
            "Cooking workshops for neighbours from Poland and Georgia.\n\n"
            "2. \"A Yard for All\"\nApplicant: Green Court Foundation\nGrant amount: PLN 7,500\n"
            "A fair and sports classes for children.\n")
    orgs = _item(_records(text), "A Yard for All")
    assert ("Green Court Foundation", "lead") in orgs
    assert ("Willow Bank Foundation", "other") in orgs


def test_russian_grant_committee_page():
    text = ("Фонд «Светлый берег»\nГлавная | О нас | Гранты | Контакты\n\n"
            "Наша грантовая комиссия выбрала две инициативы в конкурсе «Соседи 2025». "
            "Конкурс финансирует Фонд «Кедр».\n\n"
            "1. «Кухня двух берегов»\nЗаявитель: Ассоциация «Липовый холм»\nСумма гранта: 8 000 злотых\n"
            "Кулинарные мастер-классы для соседей из Польши и Грузии.\n\n"
            "2. «Двор для всех»\nЗаявитель: Фонд «Зелёный двор»\nСумма гранта: 7 500 злотых\n"
            "Праздник и спортивные занятия для детей.\n")
    orgs = _item(_records(text), "Двор для всех")
    assert ("Фонд Зелёный двор", "lead") in orgs
    assert ("Фонд Светлый берег", "other") in orgs


def test_ukrainian_grant_committee_page():
    text = ("Фундація «Світлий берег»\nГоловна | Про нас | Гранти | Контакти\n\n"
            "Наша грантова комісія обрала дві ініціативи в конкурсі «Сусіди 2025». "
            "Конкурс фінансує Фонд «Кедр».\n\n"
            "1. «Кухня двох берегів»\nЗаявник: Асоціація «Липовий пагорб»\nСума гранту: 8 000 злотих\n"
            "Кулінарні майстер-класи для сусідів з Польщі та Грузії.\n\n"
            "2. «Двір для всіх»\nЗаявник: Фундація «Зелений двір»\nСума гранту: 7 500 злотих\n"
            "Свято та спортивні заняття для дітей.\n")
    orgs = _item(_records(text), "Двір для всіх")
    assert ("Фундація Зелений двір", "lead") in orgs
    assert ("Фундація Світлий берег", "other") in orgs


def test_own_projects_with_a_bracketed_regranting_gloss_keep_their_runner():
    text = ("Fundacja Jasny Brzeg\nStart | O nas | Projekty | Kontakt\n\nNasze projekty\n\n"
            "1. „Kuchnia dwóch brzegów”\nRealizujemy warsztaty kulinarne dla sąsiadów z Polski i Gruzji.\n"
            "Źródło finansowania: Fundacja Modrzewiowa (regranting ze środków Fundacji Cisowej)\n\n"
            "2. „Podwórko dla wszystkich”\nRealizujemy festyn i zajęcia sportowe dla dzieci. "
            "Projekt finansuje Fundacja Modrzewiowa.\n")
    for title in ("Kuchnia dwóch brzegów", "Podwórko dla wszystkich"):
        assert ("Fundacja Jasny Brzeg", "lead") in _item(_records(text), title)


def test_own_projects_naming_microgrants_further_down_keep_their_runner():
    text = ("Fundacja Jasny Brzeg\nStart | O nas | Projekty | Kontakt\n\nNasze projekty\n\n"
            "1. „Kuchnia dwóch brzegów”\nRealizujemy warsztaty kulinarne dla sąsiadów z Polski i Gruzji. "
            "Projekt finansuje Fundacja Modrzewiowa.\n\n"
            "2. „Podwórko dla wszystkich”\nRealizujemy festyn dla dzieci, a grupom sąsiedzkim "
            "przekazujemy mikrogranty. Projekt finansuje Fundacja Modrzewiowa.\n")
    for title in ("Kuchnia dwóch brzegów", "Podwórko dla wszystkich"):
        assert ("Fundacja Jasny Brzeg", "lead") in _item(_records(text), title)


def test_grantee_page_naming_the_grant_programme_it_won_keeps_its_runner():
    text = ("Fundacja Jasny Brzeg\nStart | O nas | Projekty | Kontakt\n\n"
            "Nasze projekty dofinansowane w ramach programu grantowego Fundacji Modrzewiowej.\n\n"
            "1. „Kuchnia dwóch brzegów”\nRealizujemy warsztaty kulinarne dla sąsiadów z Polski i Gruzji "
            "od marca do czerwca 2025 r. Kwota grantu: 8 000 zł.\n\n"
            "2. „Podwórko dla wszystkich”\nRealizujemy festyn i zajęcia sportowe dla dzieci od maja "
            "do września 2025 r. Kwota grantu: 7 500 zł.\n")
    for title in ("Kuchnia dwóch brzegów", "Podwórko dla wszystkich"):
        orgs = _item(_records(text), title)
        assert ("Fundacja Jasny Brzeg", "lead") in orgs


def test_city_office_giving_microgrants_is_no_operator():
    text = ("Urząd Miasta Brzegowo\nStart | Miasto | Mikrogranty | Kontakt\n\n"
            "Mikrogranty sąsiedzkie 2025 – lista dofinansowanych inicjatyw. Inicjatywy finansuje Gmina Brzegowo.\n"
            + _ITEMS_PL)
    for title in ("Kuchnia dwóch brzegów", "Podwórko dla wszystkich"):
        assert not any(n == "Urząd Miasta Brzegowo" and r in ("other", "funder")
                       for n, r in _item(_records(text), title))
