"""FUND-M (round 28): a programme's name ends before the grant's number, sum or numbered part;
a programme named by what it does keeps its head word ("Program integracji …", "програма
підтримки …"); a company's gift is a payer ("darowizna firmy X sp. z o.o."); a funding line
that mentions a donation is content, not an appeal; a collection's sum is no named payer's."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.programmetail import programme_without_tail
from ngo_atlas.model import Document


def _funding(text: str) -> list[tuple]:
    return [(f.funder, f.programme, f.amount, f.currency)
            for p in extract_document(Document("x.txt", "x.txt", text)).projects for f in p.funding]


# --- a programme's tail ---------------------------------------------------------------------

@pytest.mark.parametrize("raw,name", [
    ("SONATA 12, nr 2023/11/C/HS3/00042", "SONATA 12"),
    ("Badania Społeczne, 512 300 zł", "Badania Społeczne"),
    ("Horizon Europe, Cluster 2 Culture, Creativity and Inclusive Society", "Horizon Europe"),
    ("Program Rozwoju Wsi na lata 2014–2020, poddziałanie 7.4", "Program Rozwoju Wsi na lata 2014–2020"),
    ("Програма «Громади», № 17/2024", "Програма «Громади»"),
    ("Программа «Соседи», 40 000 злотых", "Программа «Соседи»"),
    ("Open Doors, EUR 12,500", "Open Doors"),
])
def test_programme_tail_cut(raw, name):
    assert programme_without_tail(raw) == name


@pytest.mark.parametrize("name", [
    "Fundusze Europejskie dla Mazowsza 2021–2027",  # a period is the name's own
    "Aktywni Obywatele – Fundusz Regionalny",
    "Erasmus+",
    "OPUS 25",  # a number without a comma belongs to the name
    "Interreg Polska – Saksonia 2021–2027",
])
def test_programme_names_without_tail_stay(name):
    assert programme_without_tail(name) == name


def test_pl_call_with_agreement_number():
    text = ("Migracje a szkoła wiejska\n\n"
            "Projekt badawczy finansowany przez Narodowe Centrum Nauki w ramach konkursu SONATA 12, "
            "nr 2023/11/C/HS3/00042. Projekt realizuje Instytut Badań Wsi od 1 października 2023 r.\n")
    progs = {f[1] for f in _funding(text)}
    assert "SONATA 12" in progs


# --- the head word of a programme named by what it does --------------------------------------

def test_pl_capitalised_programme_keeps_head():
    text = ("Projekt „Razem w Gminie”\n\n"
            "Zadanie dofinansowane ze środków Wojewody Lubuskiego w ramach Programu wsparcia "
            "społeczności lokalnych w Polsce na lata 2022–2026. Projekt realizuje Stowarzyszenie Brama.\n")
    progs = {f[1] for f in _funding(text)}
    assert "Program wsparcia społeczności lokalnych w Polsce na lata 2022–2026" in progs


def test_uk_programme_keeps_head():
    text = ("Проєкт «Спільна парта»\n\n"
            "Проєкт фінансується Фундацією «Добрий Сусід» у межах програми підтримки шкіл у "
            "Польщі. Сума фінансування – 120 000 злотих.\n")
    progs = {f[1] for f in _funding(text)}
    assert "програма підтримки шкіл у Польщі" in progs


def test_ru_programme_keeps_head():
    text = ("Проект «Общий стол»\n\n"
            "Проект финансируется Фондом «Добрый Сосед» в рамках программы помощи семьям в "
            "Польше. Сумма гранта – 80 000 злотых.\n")
    progs = {f[1] for f in _funding(text)}
    assert "программа помощи семьям в Польше" in progs


def test_quoted_programme_name_is_not_prefixed():
    text = ("Projekt „Sąsiedzi”\n\n"
            "Projekt jest finansowany przez Fundację Zielony Most w ramach programu „Dobre Sąsiedztwo”.\n")
    progs = {f[1] for f in _funding(text)}
    assert "Dobre Sąsiedztwo" in progs


# --- a company's gift -------------------------------------------------------------------------

def test_pl_company_gift_with_sum():
    text = ("Projekt „Ciepła Szkoła”\n\n"
            "Projekt był możliwy dzięki grantowi Fundacji Kwiat Lipy (80 000 zł) oraz darowiźnie "
            "firmy Mazowiecki Transport sp. z o.o. (25 000 zł).\n")
    got = _funding(text)
    assert ("Mazowiecki Transport sp. z o.o.", None, 25000.0, "PLN") in got


def test_pl_company_then_verb_of_giving():
    text = ("Projekt „Nowy Dom”\n\n"
            "Od marca 2024 r. prowadzimy hostel dla rodzin z Ukrainy. Firma Baltic Cargo Polska "
            "z Gdyni przekazała 70 000 zł na remont pokoi.\n")
    got = _funding(text)
    assert ("Baltic Cargo Polska", None, 70000.0, "PLN") in got


def test_en_company_donation():
    text = ("Project “Warm Welcome”\n\n"
            "The project is funded by a donation from the company Northern Freight Ltd of EUR 9,000.\n")
    got = {f[0] for f in _funding(text)}
    assert "Northern Freight Ltd" in got


def test_ru_company_gave():
    text = ("Проект «Тёплый дом»\n\n"
            "Проект реализуется с 2024 года. Компания Vector Plus sp. z o.o. передала 20 000 злотых на "
            "аренду помещения.\n")
    got = _funding(text)
    assert ("Vector Plus sp. z o.o.", None, 20000.0, "PLN") in got


def test_uk_company_gave():
    text = ("Проєкт «Теплий дім»\n\n"
            "Проєкт триває з 2024 року. Фірма Nova Linia передала 10 000 злотих на оренду приміщення.\n")
    got = {f[0] for f in _funding(text)}
    assert "Nova Linia" in got


@pytest.mark.parametrize("sentence", [
    "Nasza firma przekazała darowiznę na rzecz dzieci.",  # no name
    "Dziękujemy firmie Kowalski za pomoc przy przeprowadzce.",  # a thanks, no gift noun or verb
    "Firma Nordic Parts zatrudnia dziś dwóch uczestników kursu.",  # no gift
])
def test_pl_no_company_gift(sentence):
    text = "Projekt „Dobry Start”\n\nProjekt finansuje Fundacja Lipowa. " + sentence + "\n"
    funders = {f[0] for f in _funding(text)}
    assert not any(n and ("Kowalski" in n or "Nordic" in n or n.lower().startswith("nasza")) for n in funders)


# --- a funding line with a donation, a collection's sum --------------------------------------

def test_funding_line_with_donation_is_content_and_collection_sum_is_nobodys():
    text = ("Świetlica Słonecznik\n"
            "Okres: 01.03.2023 – 30.06.2024\n"
            "Finansowanie: zbiórka internetowa (zebrano 41 300 zł od 600 darczyńców) oraz darowizna "
            "firmy Słoneczne Okna sp. z o.o.\n"
            "Opis: świetlica dla dzieci z Ukrainy.\n")
    got = _funding(text)
    assert ("Słoneczne Okna sp. z o.o.", None, None, None) in got
    assert (None, None, 41300.0, "PLN") in got


# --- a table of funding sources ---------------------------------------------------------------

def test_pl_source_table_rows_are_payers_with_their_sums():
    text = ("Projekt „Sąsiedzi przy stole”\n\n"
            "Projekt realizowany jest od 1 marca 2024 r. przez Stowarzyszenie Wspólna Kuchnia.\n"
            "Finansowanie\n"
            "Źródło | Kwota (PLN) | Udział\n"
            "Fundacja Lipowy Most | 120 000,00 | 60%\n"
            "Gmina Miasto Tczew | 60 000,00 | 30%\n"
            "Wkład własny | 20 000,00 | 10%\n"
            "Razem | 200 000,00 | 100%\n")
    got = _funding(text)
    assert ("Fundacja Lipowy Most", None, 120000.0, "PLN") in got
    assert any(f[0] and "Tczew" in f[0] and f[2] == 60000.0 for f in got)
    assert not any(f[2] in (200000.0, 20000.0) for f in got)  # no total, no own share
    assert not any(f[0] and ("Razem" in f[0] or "Wkład" in f[0] or "|" in f[0]) for f in got)


def test_uk_source_table():
    text = ("Проєкт «Світлий дім»\n\n"
            "Проєкт реалізує Фундація «Сонях» з січня 2024 року.\n"
            "Джерело | Сума | Призначення\n"
            "Фундація Lipa | 40 000 злотих | арт-терапія\n"
            "Місто Тчев | 18 500 злотих | оренда приміщення\n")
    got = _funding(text)
    assert ("Фундація Lipa", None, 40000.0, "PLN") in got
    assert ("Місто Тчев", None, 18500.0, "PLN") in got


def test_en_source_table():
    text = ("Project “Open Kitchen”\n\n"
            "The project has been run by the Open Table Association since March 2024.\n"
            "Source | Amount\n"
            "Northern Light Foundation | EUR 45,000\n"
            "Total | EUR 45,000\n")
    got = _funding(text)
    assert ("Northern Light Foundation", None, 45000.0, "EUR") in got


def test_ru_source_table():
    text = ("Проект «Тёплый дом»\n\n"
            "Проект реализует Фонд «Соседи» с марта 2024 года.\n"
            "Источник | Сумма\n"
            "Фонд Lipa | 30 000 злотых\n"
            "Итого | 30 000 злотых\n")
    got = _funding(text)
    assert ("Фонд Lipa", None, 30000.0, "PLN") in got


def test_table_without_source_header_is_not_read():
    text = ("Projekt „Sąsiedzi”\n\n"
            "Projekt finansuje Fundacja Lipowy Most.\n"
            "Działanie | Kwota\n"
            "Warsztaty kulinarne | 12 000 zł\n"
            "Wycieczki | 8 000 zł\n")
    got = _funding(text)
    assert not any(f[0] and ("Warsztaty" in f[0] or "Wycieczki" in f[0]) for f in got)


# --- a bare fund noun and its lower-case adjective ---------------------------------------------

def test_pl_fund_noun_keeps_its_adjective():
    text = ("Projekt „Godny Start”\n\n"
            "Projekt był finansowany z Funduszy norweskich w ramach programu „Dialog i Praca”. "
            "Kwota dofinansowania wyniosła € 98 400.\n")
    funders = {f[0] for f in _funding(text)}
    assert "Fundusze norweskie" in funders and "Fundusze" not in funders


def test_pl_fund_with_capitalised_name_unchanged():
    text = ("Projekt „Sąsiedzi”\n\n"
            "Projekt jest finansowany z Funduszu Azylu, Migracji i Integracji oraz budżetu państwa.\n")
    funders = {f[0] for f in _funding(text)}
    assert not any(n and n.startswith("Fundusz ") and n.split()[1].islower() for n in funders)
