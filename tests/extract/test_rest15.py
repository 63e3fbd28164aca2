"""Round 15 (misses of unseen-z and unseen-j read as mechanisms, tested on our own wording)."""

import pytest

from ngo_atlas.extract.places import find_places


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in find_places(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text,want", [
    ("Weekly drop-in hours are held across Lublin and Chełm.", ["Lublin", "Chełm"]),
    # "the" before a country inside a list
    ("Interviews are carried out in Ukraine, the Slovak Republic and Hungary.",
     ["Ukraine", "Slovak Republic", "Hungary"]),
])
def test_english_place_lists_take_across_and_a_country_with_the(text, want):
    assert _places(text, "en") == want


def test_an_english_list_placed_in_a_country_names_its_towns():
    text = ("The study contrasts Lublin and Rzeszów in Poland with Tartu and Pärnu in Estonia, "
            "where local offices were interviewed.")
    assert {"Lublin", "Rzeszów", "Tartu", "Pärnu"} <= set(_places(text, "en"))


@pytest.mark.parametrize("text", [
    "Speakers Anna Nowak and Maria Lis in Poland told their stories.",  # people, not towns
    "Earlier studies looked at Gdańsk, Poznań and Łódź.",  # a bare list: other studies' towns
])
def test_people_or_a_bare_list_are_no_places(text):
    assert _places(text, "en") == []


def test_a_three_word_region_after_the_is_not_cut_to_two_words():
    text = "Advice for migrants living in Opole and the Lower Silesian Voivodeship."
    assert "Lower Silesian" not in _places(text, "en")


@pytest.mark.parametrize("text,want", [
    # a feminine noun of persons, a plural noun of bodies, and the last word before "z"
    ("Kurs przygotowuje 16 animatorek z Kalisza, Konina i Turku.", ["Kalisz", "Konin", "Turek"]),
    ("Do sieci należą biblioteki i domy kultury z Radomia i Kielc.", ["Radom", "Kielce"]),
    ("Spotkania odbyły się z dyrektorami z Gniezna i Wrześni.", ["Gniezno", "Września"]),
])
def test_a_plural_noun_before_z_and_two_towns_names_where_they_are(text, want):
    assert _places(text) == want


def test_travellers_from_towns_are_no_places():
    # volunteers and participants may come from elsewhere
    assert _places("Pokrywamy koszty dojazdu wolontariuszy z Radomia i Kielc.") == []
    assert _places("Zwracamy bilety uczestniczkom z Radomia i Kielc.") == []


@pytest.mark.parametrize("text", [
    "Większość rodzin przyjechała do Kalisza po 2014 i 2022 roku.",
    "Многие семьи переехали сюда после 2015 и 2022 года.",
    "Most families arrived after 2014 and 2022.",
])
def test_dates_after_after_or_before_are_no_range(text):
    from ngo_atlas.extract.dates import find_periods

    assert find_periods(text) == []


def test_a_period_over_before_the_page_gives_way_to_the_projects_own_end():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    text = ("Aktualności\n\n3 marca 2025\n\nGmina Kłodzko rozpoczęła realizację projektu „Sąsiedzi "
            "bez granic”. Poprzednia odsłona programu, prowadzona w latach 2021–2023, objęła 400 osób. "
            "Projekt potrwa do 30 czerwca 2026 r.\n")
    p = extract_document(Document("t.txt", "t.txt", text)).projects[0]
    assert (p.start, p.end) == (None, "2026-06-30")


def test_a_start_whose_clause_runs_something_beats_one_that_tells_a_story():
    from ngo_atlas.extract.dates import open_dates

    text = ("Jesteśmy rodzinami z Gruzji, które od 2016 r. mieszkają w Lublinie. "
            "Od lutego 2024 r. realizujemy projekt „Wspólny stół”.")
    first, _last = open_dates(text, 0, len(text))
    assert first.iso() == "2024-02"


@pytest.mark.parametrize("funder,lang,town", [
    ("бюджет міста Любліна", "uk", "Люблін"),   # a city budget in the genitive
    ("бюджет города Гданьска", "ru", "Гданьск"),
    ("Гміна Бельсько-Бяла", "uk", "Бельсько-Бяла"),  # a commune named in the nominative
    ("Gmina Miejska Lublin", "uk", None),  # a Polish line on a Ukrainian page: not its script
    ("Gmina Miejska Lublin", "pl", "Lublin"),
])
def test_a_paying_city_is_a_place_in_the_pages_script(funder, lang, town):
    from ngo_atlas.extract.places import funder_town

    assert funder_town(funder, lang) == town


@pytest.mark.parametrize("label,want", [
    ("Zasięg: Tarnów i powiat tarnowski\n", ["Tarnów", "powiat tarnowski"]),
    ("Miejsce: Lublin, Czuby – dom kultury Skarpa\n", ["Lublin", "Czuby"]),
    ("Miejsce realizacji: Bielsko-Biała\n", ["Bielsko-Biała"]),
])
def test_a_place_labels_items_split_on_and_and_lose_a_dash_gloss(label, want):
    from ngo_atlas.extract.labels import find_labels

    assert [t.value for t in find_places(label, 0, len(label), find_labels(label), "pl")] == want


@pytest.mark.parametrize("text,want", [
    ("Zastępczyni koordynatora: Ewa Lis\n", "other"),  # a person noun governs the genitive
    ("Sekretarz koordynatorki – Jan Kot.\n", "other"),
    ("Funkcja koordynatora: Jan Kot\n", "coordinator"),  # an abstract noun: the role itself
    ("Koordynatorka: Ewa Lis\n", "coordinator"),
])
def test_a_role_word_in_the_genitive_after_a_person_noun_is_not_her_role(text, want):
    from ngo_atlas.extract.people import find_people

    assert [p.role for p in find_people(text, 0, len(text), [], "pl")] == [want]


_RESULTS = """Wyniki naboru wniosków 2025

Miasto Lublin przyznało dotacje na działania integracyjne. Zadania będą realizowane od 1 kwietnia do 30 listopada 2025 r.

Wsparcie finansowe przyznano następującym ofertom:

1. Fundacja Kalejdoskop – „Klub Sąsiadek z Czubów” – 35 000,00 zł
2. Stowarzyszenie Dom Otwarty – „Lekcje polskiego na Węglinie” – 28 500,00 zł
3. Fundacja Nowy Ląd – „Porady prawne w dzielnicy Bronowice” – 40 000,00 zł

Odwołania od wyników można składać w ciągu 14 dni.

Pytania dotyczące naboru: Biuro Partycypacji Społecznej, e-mail: nabory@lublin.eu
"""


def test_a_contact_below_a_list_of_one_line_items_is_the_pages_not_the_last_items():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ex = extract_document(Document("t.txt", "t.txt", _RESULTS))
    assert len(ex.projects) >= 2
    assert all(not p.people for p in ex.projects)


def test_list_tail_leaves_longer_items_alone():
    from ngo_atlas.extract.people import list_tail

    text = "A\n\nopis A\n\nB\n\nopis B\n\nkontakt: b@x.pl\n"
    assert list_tail(text, [(0, 10), (10, len(text))]) is None
    text = "1. A – 10 zł\n2. B – 20 zł\n\nkontakt: b@x.pl\n"
    assert list_tail(text, [(0, 13), (13, len(text))]) == text.index("\n\n")


@pytest.mark.parametrize("text,want", [
    ("Od marca do Chełma, Zamościa i Hrubieszowa przyjechało wiele rodzin z Ukrainy.",
     ["Chełm", "Zamość", "Hrubieszów"]),
    # the plural noun in the genitive ("miast", not only "w miastach") before the list
    ("Wsparcie trafia do miast powiatu kłodzkiego – Nowej Rudy i Polanicy-Zdroju.",
     ["powiat kłodzki", "Nowa Ruda", "Polanica-Zdrój"]),
])
def test_towns_people_move_to_and_a_settlement_nouns_list_in_any_case(text, want):
    assert _places(text) == want


def test_one_town_after_do_or_towns_with_no_journey_are_no_places():
    assert _places("Rano z Lublina do Chełma jedzie autobus.") == []
    assert _places("Zaproszenia rozesłaliśmy do Chełma, Zamościa i Hrubieszowa.") == []


@pytest.mark.parametrize("text,lang,want", [
    ("Kontakt: biuro fundacji, tel. 81 000 00 00, lub koordynator projektu Piotr Malec, "
     "p.malec@przyklad.pl\n", "pl", ("Piotr Malec", "coordinator")),
    ("Raport autorstwa Ewy Lis oraz kierowniczki projektu Hanny Bury podsumowuje dwa lata pracy.", "pl",
     ("Hanna Bury", "coordinator")),
    ("Контакти: Олег Бондар або керівниця проєкту Ірина Мельник.\n", "uk", ("Ірина Мельник", "coordinator")),
])
def test_the_projects_role_written_before_a_listed_name_is_hers(text, lang, want):
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.people import find_people

    assert want in [(p.name, p.role) for p in find_people(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text,want", [
    ("Contact: Olena Marchuk (o.marchuk at pomost.org.pl)", ["o.marchuk@pomost.org.pl"]),
    ("Write to info_2024 at fundacja-most.eu.", ["info_2024@fundacja-most.eu"]),
    ("More at www.pomost.org.pl", []),  # prose and a site, no mailbox
    ("Read our report at pomost.org.pl/raport", []),
])
def test_a_bare_at_between_a_mailbox_and_a_host_is_the_at_sign(text, want):
    from ngo_atlas.extract.links import find_emails

    assert [m[2] for m in find_emails(text)] == want


def test_a_county_named_apart_after_its_town():
    text = "Legal advice for newcomers in Lublin and the Lublin county."
    assert _places(text, "en") == ["Lublin", "Lublin county"]


@pytest.mark.parametrize("text,want", [
    ("Fundusz Lokalny od lat finansuje świetlice w całej Polsce.", []),  # whoever pays
    ("Warsztaty prowadzimy w szkołach w całej Polsce.", ["Polska"]),  # the project's own reach
])
def test_a_nationwide_scope_in_a_sentence_of_paying_is_the_funders(text, want):
    assert _places(text) == want


def test_a_name_joined_by_and_to_a_found_person_shares_her_role():
    from ngo_atlas.extract.people import find_people

    text = ("Warsztaty poprowadziła psycholożka Anna Kowalska oraz Denys Hrytsenko, który wcześniej "
            "pracował w Odessie.")
    got = {p.name: p.role for p in find_people(text, 0, len(text), [], "pl")}
    assert "Denys Hrytsenko" in got and got["Denys Hrytsenko"] == got["Anna Kowalska"]


def test_a_body_after_and_is_no_person():
    from ngo_atlas.extract.people import find_people

    text = "Koordynatorka projektu: Anna Kowalska oraz Fundacja Ocalenie."
    assert [p.name for p in find_people(text, 0, len(text), [], "pl")] == ["Anna Kowalska"]


def test_na_before_a_longer_name_opened_by_a_common_noun_is_no_town():
    # "Góra" is a town too, but "na Górę Świętej Katarzyny" climbs a hill
    assert _places("W sobotę jedziemy z dziećmi na Górę Świętej Katarzyny.") == []
