"""Places listed with 'lub', reached by regular journeys, or singled out in an area (round 3)."""

import pytest

from ngo_atlas.extract.places import find_places


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in find_places(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text,lang,towns", [
    ("Zapraszamy osoby mieszkające w Gnieźnie, Koninie lub Kaliszu.", "pl",
     ["Gniezno", "Konin", "Kalisz"]),
    ("Kursy prowadzimy w Sopocie albo Gdyni.", "pl", ["Sopot", "Gdynia"]),
    ("Sessions are held in Gniezno or Konin.", "en", ["Gniezno", "Konin"]),
])
def test_a_list_of_towns_may_be_joined_by_or(text, lang, towns):
    assert _places(text, lang) == towns


def test_towns_a_team_travels_to_regularly():
    text = "Dwa razy w miesiącu doradcy dojeżdżają do Łomży i Zambrowa."
    assert _places(text) == ["Łomża", "Zambrów"]


@pytest.mark.parametrize("text,lang,towns", [
    ("Działania obejmą całe województwo, ze szczególnym uwzględnieniem Gniezna i Konina.",
     "pl", ["Gniezno", "Konin"]),
    ("Porady udzielane są w całym regionie, w tym w Koninie.", "pl", ["Konin"]),
    ("The project covers the whole region, especially Gniezno and Konin.", "en",
     ["Gniezno", "Konin"]),
])
def test_towns_singled_out_within_an_area(text, lang, towns):
    assert _places(text, lang) == towns


def test_a_body_singled_out_is_no_town():
    assert _places("Współpracujemy z wieloma instytucjami, w tym Urzędem Miasta.") == []


def _period(text: str) -> tuple[tuple, tuple] | None:
    from ngo_atlas.extract.dates import find_periods

    ps = find_periods(text)
    if not ps:
        return None
    a, b = ps[0].start, ps[0].end
    return (a.year, a.month, a.day), (b.year, b.month, b.day)


@pytest.mark.parametrize("text,period", [
    ("Termin wykonania: 03.02–28.11.2025", ((2025, 2, 3), (2025, 11, 28))),
    ("Okres realizacji: X 2023 – III 2024", ((2023, 10, None), (2024, 3, None))),
    ("Czas trwania: II 2022 – XII 2022 r.", ((2022, 2, None), (2022, 12, None))),
])
def test_ranges_with_a_shared_year_or_roman_months(text, period):
    assert _period(text) == period


def test_a_lower_case_roman_look_alike_keeps_its_year():
    from ngo_atlas.extract.dates import find_dates

    hits = find_dates("zob. załącznik x 2024 oraz vi 2023")
    assert [(d.year, d.month) for d in hits] == [(2024, None), (2023, None)]


def test_results_of_a_grant_call_list_public_tasks_as_projects():
    # a town's list of grants: each item a named public task (no word 'projekt' on the page)
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    text = ("Wyniki konkursu ofert na realizację zadań publicznych w 2025 roku\n\n"
            "Burmistrz Miasta Gniezna przyznał dotacje dwóm organizacjom.\n\n"
            "1. Stowarzyszenie Most, zadanie pn. „Kawiarenka językowa” – kwota dotacji: "
            "12 000,00 zł, termin realizacji: 01.03–30.06.2025.\n\n"
            "2. Fundacja Sąsiedzi, zadanie pn. „Rodzinne pikniki” – kwota dotacji: "
            "8 000,00 zł, termin realizacji: 01.06–31.08.2025.\n")
    ps = extract_document(Document("x", "t.txt", text)).projects
    assert [(p.title, p.start, p.end) for p in ps] == [
        ("Kawiarenka językowa", "2025-03-01", "2025-06-30"),
        ("Rodzinne pikniki", "2025-06-01", "2025-08-31")]


@pytest.mark.parametrize("text,lang,who", [
    ("Z pytaniami prawnymi prosimy o kontakt z adwokatką projektu, Martą Wilk.", "pl",
     ("Marta Wilk", "expert")),
    ("З питань курсів звертайтеся до тренера проєкту Тараса Коваля.", "uk",
     ("Тарас Коваль", "expert")),
    ("Kontakt: Marta Wilk, m.wilk@przyklad.pl", "pl", ("Marta Wilk", "contact")),
])
def test_a_role_word_between_the_contact_cue_and_the_name_is_her_role(text, lang, who):
    from ngo_atlas.extract.people import find_people

    assert [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)] == [who]


def test_a_specialist_in_brackets_is_an_expert():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    text = ("Tytuł projektu: Klub Sąsiedzki\nOkres realizacji: 2024–2025\n"
            "Realizator: Fundacja Przykładowa\n"
            "Zespół projektu: Ewa Lis (koordynatorka), Jan Wrona (specjalista ds. mieszkalnictwa).\n\n"
            "Spotkania integracyjne dla rodzin z Ukrainy w Gnieźnie.\n")
    people = extract_document(Document("x", "t.txt", text)).projects[0].people
    assert [(p.name, p.role) for p in people] == [("Ewa Lis", "coordinator"),
                                                  ("Jan Wrona", "expert")]


def test_a_contact_label_keeps_the_contact_role_over_a_profession():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    text = ("Tytuł projektu: Klub Sąsiedzki\nOkres realizacji: 2024–2025\n"
            "Realizator: Fundacja Przykładowa\nKontakt: adwokat Marta Wilk\n\n"
            "Spotkania integracyjne dla rodzin z Ukrainy w Gnieźnie.\n")
    people = extract_document(Document("x", "t.txt", text)).projects[0].people
    assert [(p.name, p.role) for p in people] == [("Marta Wilk", "contact")]


@pytest.mark.parametrize("text,lang,who", [
    ('"It matters," said Maria Lis, head of the Dom foundation and the project\'s coordinator.',
     "en", ("Maria Lis", "coordinator")),
    ("Anna Wrona, prezeska stowarzyszenia i koordynatorka projektu, mówi o planach.", "pl",
     ("Anna Wrona", "coordinator")),
    ("Ганна Коваль, голова фонду та координаторка проєкту, розповіла про плани.", "uk",
     ("Ганна Коваль", "coordinator")),
])
def test_a_coordinator_who_holds_another_office_first(text, lang, who):
    from ngo_atlas.extract.people import find_people

    assert who in [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)]


def test_another_persons_office_does_not_make_a_coordinator():
    from ngo_atlas.extract.people import find_people

    text = "Anna Wrona, prezeska stowarzyszenia, i Jan Lis, koordynator projektu, otworzyli punkt."
    roles = {p.name: p.role for p in find_people(text, 0, len(text), [], "pl")}
    assert roles.get("Jan Lis") == "coordinator" and roles.get("Anna Wrona") != "coordinator"


def test_two_word_polish_towns_in_an_english_list():
    text = "Workshops run in four towns: Gniezno, Nowy Sącz, Biała Podlaska and Nowy Targ."
    assert _places(text, "en") == ["Gniezno", "Nowy Sącz", "Biała Podlaska", "Nowy Targ"]


@pytest.mark.parametrize("text,regions", [
    ("The network works in the Greater Poland and Lower Silesian voivodeships.",
     ["Greater Poland Voivodeship", "Lower Silesian Voivodeship"]),
    ("Schools of the Warmian-Masurian Voivodeship take part.", ["Warmian-Masurian Voivodeship"]),
])
def test_english_names_of_voivodeships(text, regions):
    assert _places(text, "en") == regions


def test_a_voivodeship_office_is_no_region():
    assert "Opole Voivodeship" not in _places("The Opole Voivodeship Office funds it.", "en")


@pytest.mark.parametrize("text,lang,towns", [
    ("Консультации проходят в Гливицах и Катовицах.", "ru", ["Гливице", "Катовице"]),
    ("Зустрічі відбуваються в Гливицях.", "uk", ["Гливиці"]),
])
def test_plural_polish_towns_in_the_cyrillic_locative(text, lang, towns):
    # Gliwice, Katowice: plural names, "-ах/-ях" in the locative; Ukrainian writes "-і"
    assert _places(text, lang) == towns
