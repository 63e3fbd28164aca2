"""FUNDN (round 29): a programme's name runs on over a line break inside a running sentence of a
report laid out line by line; a programme cue before a part noun ("w ramach komponentu „X”")
names a part, not the programme; a unit of a paying body named after the body ("X, Public
Diplomacy Section", "ze środków Biura Y") is no payer of its own."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.wrapped import runs_on
from ngo_atlas.model import Document


def _funding(text: str) -> list[tuple]:
    return [(f.funder, f.programme, f.amount, f.currency)
            for p in extract_document(Document("x.txt", "x.txt", text)).projects for f in p.funding]


def _programmes(text: str) -> set:
    return {f[1] for f in _funding(text)}


def _funders(text: str) -> set:
    return {f[0] for f in _funding(text)}


# --- a programme's name over a line break ------------------------------------------------------

_PL_REPORT = (
    "Sprawozdanie merytoryczne Fundacji Nowy Brzeg za rok 2023\n"
    "W okresie sprawozdawczym Fundacja prowadziła projekt „Wspólne podwórko”,\n"
    "finansowany ze środków Narodowego Instytutu Wolności – Centrum Rozwoju\n"
    "Społeczeństwa Obywatelskiego w ramach Programu Fundusz Młodych\n"
    "Inicjatyw Sąsiedzkich na lata 2022–2026 (kwota dotacji: 64 000,00 zł).\n"
    "Projekt trwał od 1 marca do 30 listopada 2023 r. w Słupsku i okolicach.\n")


def test_pl_programme_over_a_wrapped_line():
    assert "Fundusz Młodych Inicjatyw Sąsiedzkich na lata 2022–2026" in _programmes(_PL_REPORT)


def test_uk_quoted_programme_over_a_wrapped_line():
    text = ("Звіт про діяльність фундації «Добрий Сусід» за 2023 рік\n\n"
            "У 2023 році фундація реалізувала проєкт «Разом у школі» для дітей з України у Любліні.\n"
            "Проєкт фінансувався Міністерством освіти Республіки Польща в межах програми «Nauka\n"
            "bez granic dla dzieci» (32 400 злотих) та коштами міста Люблін (10 000 злотих).\n"
            "Заняття відбувалися щосуботи з вересня по червень у приміщенні школи № 5.\n")
    assert "Nauka bez granic dla dzieci" in _programmes(text)


def test_en_programme_over_a_wrapped_line():
    text = ("Annual report of the Harbour Foundation for 2023 – page 4\n\n"
            "In 2023 the Foundation ran the project \"Open Kitchen\" for refugee families in Gdynia,\n"
            "financed by the Pomeranian Community Trust within the Neighbourhood Bridges\n"
            "Small Grants Scheme 2023 (grant amount: PLN 28,000). The project ran from March\n"
            "to November 2023 and reached 140 participants in four districts of the city.\n")
    assert any(p and p.startswith("Neighbourhood Bridges Small Grants Scheme") for p in _programmes(text))


def test_a_field_line_after_the_programme_is_no_run_on():
    text = ("Projekt „Mosty Sąsiedzkie” realizowaliśmy od marca do grudnia 2024 roku w Opolu,\n"
            "dzięki dofinansowaniu ze środków Fundacji Dobry Start w ramach programu Sąsiedzi\n"
            "Kwota dotacji: 30 000 zł, wkład własny 2 000 zł, czas trwania dziesięć miesięcy.\n"
            "Koordynatorka projektu: Anna Nowicka, tel. 600 100 200, biuro@mosty.example.pl.\n")
    assert "Sąsiedzi" in _programmes(text)


def test_runs_on_needs_running_text_around():
    short = "Finansowanie: Fundacja X w ramach programu Razem\nKontakt: biuro@x.pl\n"
    assert not runs_on(short, short.index("\n"))
    heading = ("Wyniki naboru wniosków w programie grantowym Sąsiedzi dla Gdańska\n"
               "Lista projektów zakwalifikowanych do dofinansowania w roku 2024\n"
               "1. Stowarzyszenie Dom Otwarty\n")
    assert not runs_on(heading, heading.index("\n", heading.index("\n") + 1))


# --- a part of a programme is not the programme ------------------------------------------------

def test_pl_component_is_no_programme():
    text = ("Projekt „Region dla wszystkich”\n\n"
            "Projekt „Region dla wszystkich” jest finansowany ze środków Szwajcarsko-Polskiego Programu "
            "Współpracy w ramach komponentu „Wsparcie społeczności lokalnych”. Projekt realizuje "
            "Stowarzyszenie Warmia Razem od 1 lipca 2023 r. do 31 grudnia 2024 r.\n")
    assert "Wsparcie społeczności lokalnych" not in _programmes(text)


def test_pl_quoted_scheme_after_a_genitive_noun_stays():
    text = ("Projekt „Kuchnia Świata”\n\n"
            "Projekt „Kuchnia Świata” sfinansowano ze środków Gminy Miasto Słupsk w ramach otwartego "
            "konkursu ofert „Słupsk dla cudzoziemców 2024” (kwota dotacji: 12 000 zł).\n")
    assert "Słupsk dla cudzoziemców 2024" in _programmes(text)


# --- a unit of the paying body -----------------------------------------------------------------

def test_en_embassy_section_is_no_second_payer():
    text = ("Voices of Newcomers\n\n"
            "The project \"Voices of Newcomers\" ran in Lublin from May to December 2024.\n"
            "Funder: Embassy of Canada in Poland, Public Affairs Section – USD 18,000\n")
    funders = _funders(text)
    assert "Embassy of Canada in Poland" in funders
    assert "Public Affairs Section" not in funders


def test_pl_representation_after_the_body_is_no_payer():
    text = ("Projekt „Bezpieczny Dom”\n\n"
            "Projekt „Bezpieczny Dom” realizujemy od 1 marca 2024 r. w Chełmie.\n"
            "Źródło finansowania: Fundacja Heinricha Bölla, Przedstawicielstwo w Polsce\n")
    funders = _funders(text)
    assert "Przedstawicielstwo w Polsce" not in funders
    assert any(f and f.startswith("Fundacja Heinricha") for f in funders)


def test_pl_office_whose_funds_the_city_gives_is_no_payer():
    text = ("Projekt „Szkoła bez granic”\n\n"
            "Kursy polskiego dla dzieci trwają od września 2024 r.\n"
            "Projekt finansuje m.st. Warszawa ze środków Biura Edukacji, "
            "w ramach programu „Stolica uczy wszystkich”. Kwota dotacji wynosi 40 000 zł.\n")
    funders = _funders(text)
    assert "Biuro Edukacji" not in funders
    assert "m.st. Warszawa" in funders


def test_ru_department_after_the_body_is_no_payer():
    text = ("Проект «Дом для всех»\n\n"
            "Проект «Дом для всех» реализуется в Белостоке с 1 марта 2024 года.\n"
            "Финансирование: Посольство Королевства Дании в Польше, отдел культуры\n")
    funders = _funders(text)
    assert not any(f and f.lower().startswith("отдел") for f in funders)


def test_unit_noun_opening_the_payer_stays():
    text = ("Projekt „Prawo na granicy”\n\n"
            "Projekt „Prawo na granicy” był finansowany przez Biuro Wysokiego Komisarza Narodów "
            "Zjednoczonych ds. Uchodźców (UNHCR) od 1 stycznia 2024 r.\n")
    funders = _funders(text)
    assert any(f and f.startswith("Biuro Wysokiego Komisarza") for f in funders)


def test_two_payers_listed_with_commas_stay():
    text = ("Projekt „Razem w mieście”\n\n"
            "Projekt „Razem w mieście” realizujemy od 1 lutego 2024 r. w Toruniu.\n"
            "Finansowanie: Fundacja PZU, Gmina Miasta Toruń\n")
    funders = _funders(text)
    assert "Fundacja PZU" in funders and "Gmina Miasta Toruń" in funders


# --- a co-funder whose name starts with a unit word is no unit (review mend) -------------------

def test_pl_representation_of_another_body_is_a_co_funder():
    text = ("Projekt „Wspólna ulica”\n\n"
            "Projekt „Wspólna ulica” realizujemy od 1 kwietnia 2024 r. w Siedlcach.\n"
            "Finansowanie: Fundacja Batorego, Przedstawicielstwo Komisji Europejskiej w Polsce\n")
    funders = _funders(text)
    assert any(f and f.startswith("Przedstawicielstwo Komisji Europejskiej") for f in funders)


def test_en_office_of_another_body_is_a_co_funder():
    text = ("Safe Steps\n\n"
            "The project \"Safe Steps\" ran in Rzeszów from April to October 2024.\n"
            "Donors: UNICEF, Office of the UN High Commissioner for Human Rights\n")
    funders = _funders(text)
    assert any(f and f.startswith("Office of the UN High Commissioner") for f in funders)


def test_en_acronym_before_the_office_is_a_co_funder():
    text = ("Open Doors\n\n"
            "The project \"Open Doors\" ran in Kraków from June to December 2024.\n"
            "Donors: Open Society Foundations, UK Home Office\n")
    funders = _funders(text)
    assert "UK Home Office" in funders


def test_pl_representation_repeating_the_body_is_no_payer():
    text = ("Projekt „Dobry sąsiad”\n\n"
            "Projekt „Dobry sąsiad” realizujemy od 1 maja 2024 r. w Elblągu.\n"
            "Źródło finansowania: Komisja Europejska, Przedstawicielstwo Komisji Europejskiej w Polsce\n")
    funders = _funders(text)
    assert not any(f and f.startswith("Przedstawicielstwo") for f in funders)


def test_en_bureau_of_a_subject_after_the_body_is_no_payer():
    text = ("Safe Routes\n\n"
            "The project \"Safe Routes\" ran in Przemyśl from March to September 2024.\n"
            "Donor: U.S. Department of State, Bureau of Population, Refugees, and Migration\n")
    funders = _funders(text)
    assert not any(f and f.startswith("Bureau of Population") for f in funders)
