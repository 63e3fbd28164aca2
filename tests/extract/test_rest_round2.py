"""Splits, people, dates and places that generalise across sets (issue 3, second round)."""

import pytest

from ngo_atlas.extract.links import find_emails, is_project_url
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _extract(text, name="t.txt"):
    return extract_document(Document("x", name, text))


def test_a_list_heading_may_say_whom_the_projects_are_for():
    text = ("Nasze projekty dla seniorów z Ukrainy\n\n"
            "Złota Jesień\nOkres realizacji: 2020–2021\n"
            "Spotkania dla seniorów w Elblągu, finansowane przez Gminę Elbląg.\n\n"
            "Kawiarenka Językowa\nCzas trwania: od marca 2024 r.\n"
            "Rozmowy po polsku przy kawie dla starszych osób z Ukrainy.\n")
    ps = _extract(text).projects
    assert [(p.title, p.start) for p in ps] == [("Złota Jesień", "2020"),
                                                ("Kawiarenka Językowa", "2024-03")]


def test_a_town_in_the_name_counts_when_the_text_names_no_other_place():
    text = ("Tytuł projektu: Klub Sąsiadów w Kaliszu\nOkres realizacji: 2023–2024\n\n"
            "Spotkania integracyjne dla rodzin z Ukrainy, finansowane przez Fundację Orlen.\n")
    assert _extract(text).projects[0].title == "Klub Sąsiadów w Kaliszu"
    assert [t.value for t in _extract(text).projects[0].places] == ["Kalisz"]


def test_a_town_in_the_name_stays_out_when_the_text_names_where_it_runs():
    text = ("Tytuł projektu: Klub Sąsiadów w Kaliszu\nOkres realizacji: 2023–2024\n\n"
            "Spotkania integracyjne odbywają się w Koninie.\n")
    assert [t.value for t in _extract(text).projects[0].places] == ["Konin"]


@pytest.mark.parametrize("text,email", [
    ("Kontakt z koordynatorem, Piotrem Lisem: piotr.lis/at/sasiedzi.org.pl", "piotr.lis@sasiedzi.org.pl"),
    ("Napisz do nas: biuro @ dom-kultur . pl", "biuro@dom-kultur.pl"),
])
def test_addresses_with_slashed_at_or_spaced_dots(text, email):
    assert [x[2] for x in find_emails(text)] == [email]


def test_a_spaced_full_stop_after_an_address_is_no_part_of_it():
    assert [x[2] for x in find_emails("Pisz: ewa@dom.pl . W piątek odpowiemy.")] == ["ewa@dom.pl"]


def test_the_reports_author_over_the_footer_address_is_content():
    text = ("Tytuł projektu: Wspólna Kuchnia\nRealizator: Fundacja Sąsiedzi\n"
            "Okres realizacji: 2022–2023\n\nProjekt zakończył się w terminie.\n\n"
            "Raport opracował: Taras Hnatiuk, koordynator projektu\n"
            "Fundacja Sąsiedzi | ul. Długa 3 | 20-001 Lublin\n")
    people = _extract(text).projects[0].people
    assert [(x.name, x.role) for x in people] == [("Taras Hnatiuk", "coordinator")]


def test_a_closing_note_on_all_the_listed_projects_belongs_to_each():
    text = ("Nasze projekty\n\n"
            "Złota Jesień\nOkres realizacji: 2020–2021\nSpotkania dla seniorów z Ukrainy.\n\n"
            "Kawiarenka Językowa\nCzas trwania: od marca 2024 r.\nRozmowy po polsku przy kawie.\n\n"
            "Koordynatorem naszych projektów jest Bohdan Kowal, b.kowal@sasiedzi.pl\n")
    ps = _extract(text).projects
    assert [[(x.name, x.role, x.email) for x in p.people] for p in ps] == [
        [("Bohdan Kowal", "coordinator", "b.kowal@sasiedzi.pl")]] * 2


def test_a_year_alone_under_a_list_items_name_is_its_start():
    text = ("Nasze projekty\n\n"
            "Złota Jesień\nOkres realizacji: 2020–2021\nSpotkania dla seniorów z Ukrainy.\n"
            "Wycieczki po mieście.\nZajęcia ruchowe.\nKlub książki.\nKino seniora.\n\n"
            "Kawiarenka Językowa\n2018\nRozmowy po polsku przy kawie, finansowane przez Gminę Kalisz.\n")
    assert [(p.title, p.start) for p in _extract(text).projects] == [
        ("Złota Jesień", "2020"), ("Kawiarenka Językowa", "2018")]


@pytest.mark.parametrize("text,lang,towns", [
    ("Asystentki pracują w przychodniach, szkołach i urzędach Kalisza oraz Radomia.", "pl", ["Kalisz", "Radom"]),
    ("Ассистенты работают в больницах, школах и учреждениях Кельце и Радома.", "ru", ["Кельце", "Радом"]),
])
def test_a_town_after_a_list_of_places_in_it(text, lang, towns):
    from ngo_atlas.extract.places import find_places

    assert [t.value for t in find_places(text, 0, len(text), [], lang)] == towns


def test_ukrainian_locative_with_a_softened_consonant_and_a_nasal_vowel():
    from ngo_atlas.extract.places import find_places

    text = "Консультації проходять у Ельблонзі та Мальборку."
    assert [t.value for t in find_places(text, 0, len(text), [], "uk")] == ["Ельблонг", "Мальборк"]


@pytest.mark.parametrize("text,status", [
    ("Od marca 2024 r. realizujemy projekt „Sąsiedzka Kuchnia” w Koninie.", "ongoing"),
    ("С мая 2024 года мы реализуем проект «Добрый сосед» в Радоме.", "ongoing"),
    ("З травня 2024 року ми реалізуємо проєкт «Добрий сусід» у Радомі.", "ongoing"),
    ("Czas trwania projektu: 1 marca – 30 listopada 2023 r.\nSpotkania dla sąsiadów w Koninie.", None),
])
def test_status_from_the_present_of_carrying_out_and_not_from_a_label(text, status):
    from ngo_atlas.extract.status import tense_status

    found = tense_status(text, 0, len(text))
    assert (found[0] if found else None) == status


@pytest.mark.parametrize("text,lang,name", [
    ("The Poznań team, led by Dr Olena Hrytsenko, runs the interviews in Konin.", "en", "Olena Hrytsenko"),
    ("Badania prowadzi zespół pod kierunkiem dr Anny Lis z UAM.", "pl", "Anna Lis"),
    ("Команда под руководством Ольги Ивановой проводит опрос.", "ru", "Ольга Иванова"),
])
def test_who_leads_the_team_is_the_coordinator(text, lang, name):
    from ngo_atlas.extract.people import find_people

    assert [(x.name, x.role) for x in find_people(text, 0, len(text), [], lang)] == [(name, "coordinator")]


def test_a_reports_byline_names_its_authors():
    from ngo_atlas.extract.people import find_people

    text = ("Raport z badania\n\nSąsiedzi z daleka\n\ndr Ewa Kruk i Bohdan Kowal\n\n"
            "Raport opisuje projekt badawczy prowadzony w Koninie.\n")
    assert [(x.name, x.role) for x in find_people(text, 0, len(text), [], "pl")] == [
        ("Ewa Kruk", "author"), ("Bohdan Kowal", "author")]


def test_a_line_of_names_on_a_page_that_is_no_report_names_no_authors():
    from ngo_atlas.extract.people import find_people

    text = "Sąsiedzi z daleka\n\nEwa Kruk i Bohdan Kowal\n\nProjekt prowadzony w Koninie.\n"
    assert "author" not in {x.role for x in find_people(text, 0, len(text), [], "pl")}


@pytest.mark.parametrize("text,lang,people", [
    ("18:00 debata „Miasto dla wszystkich” z udziałem dr hab. Ewy Kruk (UAM) i Piotra Lisa",
     "pl", [("Ewa Kruk", "expert"), ("Piotr Lis", "expert")]),
    ("Дискуссия о жилье при участии Ольги Ивановой.", "ru", [("Ольга Иванова", "expert")]),
])
def test_who_takes_part_in_a_debate_is_an_expert(text, lang, people):
    from ngo_atlas.extract.people import find_people

    assert [(x.name, x.role) for x in find_people(text, 0, len(text), [], lang)] == people


@pytest.mark.parametrize("line,ok", [
    ("Pełny raport: www.sasiedzi.org.pl/raport-2024", True),
    ("Full report: sasiedzi.org/report-2024", True),
    ("Результаты: www.sosedi.org/itogi", True),
    ("Udostępnij raport: www.facebook.com/sharer/sharer.php?u=x", False),
])
def test_the_address_of_a_projects_report_or_results_is_its_page(line, ok):
    from ngo_atlas.extract.links import find_urls

    a, _b, url = find_urls(line)[0]
    assert is_project_url(line, a, url) is ok
