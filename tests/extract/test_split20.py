"""Round 20 (split): what opens a second record on a one-project page, and a one-project
page's title. A quote after a Russian or Ukrainian body's inflected noun names the body; a
line listing the site's other projects and a repeated picture caption start no item; a
report's outline-numbered sections ("2.1 X") are headings, page numbers are not; a card's
name stands above its first label line; a running header's first cell names the report."""

from ngo_atlas.extract import title
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.segment import _body_named
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def _quote_at(text: str, quote: str) -> int:
    return text.index(quote) + 1


def test_cyrillic_body_before_quote():
    uk = "Проєкт проводиться разом із Фундацією «Нові горизонти» у Ряшеві."
    ru = "при поддержке партнёра, Варшавского общества переводчиков «Мост»;"
    ru_low = "вместе с благотворительным фондом «Тёплый дом» мы открыли пункт."
    assert _body_named(uk, _quote_at(uk, "«Нові"))
    assert _body_named(ru, _quote_at(ru, "«Мост"))
    assert _body_named(ru_low, _quote_at(ru_low, "«Тёплый"))


def test_polish_lower_case_body_before_quote():
    pl = "Zajęcia prowadzimy razem z miejscowym towarzystwem „Dobry Start” w Pile."
    verb = "W ramach projektu stowarzyszenie wydało „Mapę pomocy” dla rodzin."
    assert _body_named(pl, _quote_at(pl, "„Dobry"))
    assert not _body_named(verb, _quote_at(verb, "„Mapę"))


def test_cyrillic_project_or_clause_before_quote_is_no_body():
    named = "Фонд начал проект «Сильные вместе» в Гданьске."
    verb = "Товариство організувало «Зимовий табір» для дітей."
    assert not _body_named(named, _quote_at(named, "«Сильные"))
    assert not _body_named(verb, _quote_at(verb, "«Зимовий"))


_ONE_UK = """Фундація Добрий Сусід

ЧАС РАЗОМ
Клуб для літніх українців у Кракові

З 1 березня 2024 року Фундація «Добрий Сусід» реалізує проєкт «Час разом» – зустрічі,
екскурсії та заняття польською мовою для людей віком 60+.

Проєкт реалізується у співпраці зі Спілкою «Краківські волонтери», яка надає зал для зустрічей.

Фінансування: проєкт фінансується Міністерством сім'ї. Сума – 85 000 злотих.
"""


def test_one_project_with_a_partner_named_in_quotes_is_one_record():
    assert _titles(_ONE_UK) == ["Час разом"]


_OTHERS = """Fundacja Pod Mostem

Od maja 2024 roku Fundacja Pod Mostem realizuje projekt „Nowy adres”, finansowany przez
Urząd Miasta Torunia. W ramach projektu prowadzimy dyżury prawne dla cudzoziemców.

[Zdjęcie: dyżur w siedzibie fundacji]

Pozostałe projekty fundacji: „Kuchnia sąsiadów” (2021) · „Pierwsza praca” (2022–2023)
"""


def test_other_projects_line_opens_no_record():
    assert _titles(_OTHERS) == ["Nowy adres"]


def test_outline_numbers_and_page_numbers():
    assert title._heading_like("3.1 Bridges to School")
    assert title._heading_like("4.2. Akademia Młodych Liderów")
    assert not title._heading_like("page 7")
    assert not title._heading_like("Strona 2 z 9")
    assert title._mostly_dates("14.05 – Open day")  # a day and a month, then a dash
    assert not title._heading_like("18 March 2025")


_REPORT = """YEARLY REVIEW 2024
Harbour Aid Association
                                                                   page 2
1. Our work in 2024

                                                                   page 3
2.1 Language Bridges
Period: 1 March 2024 – 28 February 2025
Funder: City of Gdańsk
Evening Polish classes for 90 adults in two district libraries.

2.2 Legal Corner
Period: January – December 2024
Funder: private donors
Weekly legal advice for migrant workers, run by volunteer lawyers.
                                                                   page 4
"""


def test_report_sections_name_their_projects():
    assert _titles(_REPORT) == ["Language Bridges", "Legal Corner"]


_CARDS = """Projekty sieci

▌ Ciepły kąt
Realizator: Stowarzyszenie Przystań
Organizacje wspierające: Fundacja Most, Caritas Diecezji Zielonogórskiej
Termin: 1.02.2024–31.01.2025
Finansowanie: Gmina Zielona Góra – 60 000 zł
Świetlica dla dzieci z rodzin migranckich.

▌ Tłumacz w urzędzie
Realizator: Fundacja Most
Termin: marzec – grudzień 2024
Finansowanie: Urząd Marszałkowski, 45 tys. zł
Dyżury tłumaczy w urzędach gmin.
"""


def test_card_name_stands_above_its_first_label_line():
    assert [t.lstrip("▌ ") for t in _titles(_CARDS)] == ["Ciepły kąt", "Tłumacz w urzędzie"]


def test_running_header_first_cell_and_report_kind():
    assert title.first_cell("MOSTY DLA RODZIN – RAPORT KOŃCOWY          Fundacja Nowy Dom") == "MOSTY DLA RODZIN"
    assert title.first_cell("Open Doors — Final report") == "Open Doors"
    assert title.first_cell("Razem – wsparcie rodzin") == "Razem – wsparcie rodzin"
    assert title.first_cell("Gmina   Dyrektorzy   Nauczyciele") == "Gmina   Dyrektorzy   Nauczyciele"

