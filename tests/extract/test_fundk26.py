"""Round 26, funding (FUNDK): a Russian or Ukrainian page's Polish footer repeating its payer;
payer names with commas of their own (a quoted name, a series-of-nouns programme); a second
agent after a relative clause on the first; a compound adjective before a body's head.
Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.lang import polish
from ngo_atlas.model import Document


def _funding(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(f.funder, f.programme, f.amount, f.currency) for p in ex.projects for f in p.funding]


def _funders(text: str) -> list:
    return [f[0] for f in _funding(text)]


_HEAD_PL = ("Projekt „Wspólne podwórko”\n\nStowarzyszenie Dobry Sąsiad realizuje projekt „Wspólne podwórko” "
            "w Toruniu od 1 marca do 30 listopada 2024 r. Prowadzimy zajęcia dla dzieci z rodzin migranckich.\n\n")
_HEAD_EN = ("Project \"Open Doors\"\n\nThe Harbour Association runs the project \"Open Doors\" in Gdynia "
            "from March to December 2024. We offer legal advice to newcomers.\n\n")
_HEAD_RU = ("Проект «Открытая дверь»\n\nАссоциация «Гавань» реализует проект «Открытая дверь» в Гдыне "
            "с марта по декабрь 2024 года. Мы проводим юридические консультации для мигрантов.\n\n")
_HEAD_UK = ("Проєкт «Відкриті двері»\n\nАсоціація «Гавань» реалізує проєкт «Відкриті двері» у Гдині "
            "з березня по грудень 2024 року. Ми проводимо юридичні консультації для мігрантів.\n\n")


# --- a Polish footer on a Cyrillic page is a translation of its payer ---

def test_russian_page_drops_polish_footer_payer():
    got = _funders(_HEAD_RU + "Проект финансируется Министерством культуры Республики Польша; сумма "
                              "дотации составляет 40 000 злотых.\n\nZadanie publiczne współfinansowane przez "
                              "Ministerstwo Kultury i Dziedzictwa Narodowego.\n")
    assert any(f and f.startswith("Министерств") for f in got)
    assert not any(f and f.startswith("Ministerstw") for f in got)


def test_ukrainian_page_drops_polish_eu_footer_and_keeps_its_programme():
    got = _funding(_HEAD_UK + "Співфінансування з Європейського соціального фонду плюс: 900 000,00 злотих\n"
                              "Програма: Європейські фонди для Поморя 2021–2027\n\n"
                              "Projekt współfinansowany ze środków Unii Europejskiej w ramach programu "
                              "Fundusze Europejskie dla Pomorza 2021–2027.\n")
    assert not any(f[0] and ("Unii" in f[0] or "Unia" in f[0]) for f in got)


def test_latin_name_inside_a_cyrillic_sentence_stays():
    got = _funders(_HEAD_UK + "Проєкт фінансується Гміною Гдиня та Save the Children.\n")
    assert "Save the Children" in got


def test_polish_page_keeps_polish_payers():  # negative: the rule reads Cyrillic pages only
    got = _funders(_HEAD_PL + "Projekt współfinansowany przez Ministerstwo Kultury i Dziedzictwa Narodowego.\n")
    assert "Ministerstwo Kultury i Dziedzictwa Narodowego" in got


# --- names with commas of their own ---

def test_quoted_foundation_name_with_commas_is_one_payer():
    got = _funders(_HEAD_PL + "Projekt został dofinansowany przez Fundację „Wiedza, Pamięć i Dialog” z Lipska "
                              "w ramach programu „Razem”.\n")
    assert "Fundacja Wiedza, Pamięć i Dialog" in got
    assert "Pamięć" not in got


def test_series_programme_name_is_the_unions_programme():
    got = _funding(_HEAD_EN + "Funding: European Union, Justice, Equality and Inclusion Programme (JEIP)\n")
    assert any(f[0] == "European Union" and f[1] == "Justice, Equality and Inclusion Programme" for f in got)
    assert not any(f[0] in ("Justice", "Equality") for f in got)


def test_plain_list_of_payers_stays_split():  # negative: no series head after the commas
    got = _funders(_HEAD_EN + "Funding: European Union, Harbour Trust and City of Gdynia\n")
    assert "European Union" in got and "Harbour Trust" in got


# --- a second agent after a relative clause ---

def test_second_agent_after_relative_clause_pl():
    got = _funding(_HEAD_PL + "Projekt jest finansowany przez Fundację Wspólna Droga, która przyznała nam grant "
                              "w wysokości 40 000 zł, a także przez Fundację Nowy Horyzont (12 000 zł).\n")
    names = [f[0] for f in got]
    assert "Fundacja Wspólna Droga" in names and "Fundacja Nowy Horyzont" in names


def test_second_agent_after_relative_clause_en():
    got = _funders(_HEAD_EN + "The project is funded by the Northern Light Foundation, which awarded us a grant "
                              "of EUR 20,000, and by the Baltic Sea Trust (EUR 5,000).\n")
    assert "Northern Light Foundation" in got and "Baltic Sea Trust" in got


def test_relative_clause_without_second_agent_adds_nothing():  # negative
    got = _funders(_HEAD_PL + "Projekt jest finansowany przez Fundację Wspólna Droga, która od lat wspiera "
                              "organizacje z Torunia i okolic.\n")
    assert got == ["Fundacja Wspólna Droga"]


# --- a compound adjective before the head ---

def test_compound_adjective_is_no_head():
    assert polish.nominative("Polsko-Ukraińskiej Rady Wymiany Młodzieży") == "Polsko-Ukraińska Rada Wymiany Młodzieży"
    assert polish.nominative("Polsko-Litewskiego Funduszu") == "Polsko-Litewski Fundusz"


def test_country_name_alone_keeps_its_reading():  # negative: no hyphen, "Polsce" is the country
    assert polish.nominative("Ambasady Stanów Zjednoczonych w Polsce") == "Ambasada Stanów Zjednoczonych w Polsce"


# --- the EEA/Norway funds are a channel, not a programme ---

def test_eea_funds_are_no_programme_the_named_one_after_them_is():
    got = _funding(_HEAD_PL + "Projekt jest finansowany przez Islandię, Liechtenstein i Norwegię w ramach Funduszy "
                              "EOG – program Aktywni Obywatele – Fundusz Regionalny. Kwota dotacji: 84 000 zł.\n")
    progs = {f[1] for f in got}
    assert "Fundusze EOG" not in progs
    assert "Aktywni Obywatele – Fundusz Regionalny" in progs


def test_eea_grants_then_a_named_programme_en():
    got = _funding(_HEAD_EN + "The project is funded by Iceland, Liechtenstein and Norway under the EEA Grants, "
                              "programme Local Development and Poverty Reduction. Grant: EUR 30,000.\n")
    assert all(f[1] != "EEA Grants" for f in got)


def test_eea_funds_alone_stay_as_written():  # negative: no programme named after them (a gold split)
    got = _funding(_HEAD_PL + "Projekt korzysta z dofinansowania od Islandii, Liechtensteinu i Norwegii w ramach "
                              "Funduszy EOG.\n")
    assert "Fundusze EOG" in {f[1] for f in got}


def test_other_programme_after_within_stays():  # negative: a real programme is kept
    got = _funding(_HEAD_PL + "Projekt jest dofinansowany ze środków Fundacji Wspólna Droga w ramach programu "
                              "„Sąsiedzkie Mosty”.\n")
    assert any(f[1] == "Sąsiedzkie Mosty" for f in got)


# --- a measure's programme ---

def test_programme_behind_a_quoted_measure():
    got = _funding(_HEAD_PL + "Źródło finansowania: Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich "
                              "w ramach poddziałania 19.2 „Wsparcie lokalnych inicjatyw” Programu Rozwoju Obszarów "
                              "Wiejskich na lata 2014–2020. Kwota: 45 000 zł.\n")
    assert any(f[1] == "Program Rozwoju Obszarów Wiejskich na lata 2014–2020" for f in got)


def test_programme_after_a_comma_measure_tail_is_cut():
    got = _funding(_HEAD_PL + "Projekt otrzymał 50 000 zł dofinansowania ze środków Europejskiego Funduszu Rolnego "
                              "na rzecz Rozwoju Obszarów Wiejskich w ramach Programu Rozwoju Obszarów Wiejskich na "
                              "lata 2014–2020, poddziałanie 19.2 „Wsparcie lokalnych inicjatyw”.\n")
    assert any(f[1] == "Program Rozwoju Obszarów Wiejskich na lata 2014–2020" for f in got)


def test_measure_without_programme_genitive_adds_nothing():  # negative
    got = _funding(_HEAD_PL + "Zajęcia prowadzimy w ramach działania 3 „Spotkania przy stole” naszego projektu.\n")
    assert all(f[1] is None or "Program" not in f[1] for f in got)
