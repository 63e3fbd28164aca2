"""Round 13 (misses of unseen-x and unseen-y read as mechanisms, tested on our own wording)."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import choose_title, names_output
from ngo_atlas.model import Document


def _doc(text: str, name: str = "t.txt"):
    return extract_document(Document(name, name, text))


def _after_open_quote(text: str) -> int:
    """The position just inside the text's first opening quote."""
    return next(i for i, c in enumerate(text) if c in "„“«") + 1


_GUIDE = """Stowarzyszenie Dobry Start

Stowarzyszenie Dobry Start realizowało projekt „Sąsiedzka Łódź” od marca 2020 do lutego 2021.
Koordynatorka: Ewa Nowak (e.nowak (at) dobrystart.pl)

W ramach projektu opracowano przewodnik metodyczny „Jak rozmawiać z sąsiadem?” dla liderów osiedli.

Wyniki
Przewodnik „Jak rozmawiać z sąsiadem?” (PDF)
"""


def test_a_guide_made_in_the_project_is_no_second_project():
    ex = _doc(_GUIDE)
    assert [p.title for p in ex.projects] == ["Sąsiedzka Łódź"]
    assert [x.name for x in ex.projects[0].people] == ["Ewa Nowak"]


@pytest.mark.parametrize("text", [
    "W ramach projektu wydano broszurę „Pierwsze kroki”.",
    "Raport pt. „Szkoła dla wszystkich” podsumowuje projekt.",
    "As part of the project a handbook “Hello Neighbour” was written.",
    "У межах проєкту видано довідник «Перші кроки».",
])
def test_a_quote_headed_by_a_publication_noun_names_the_publication(text):
    assert names_output(text, _after_open_quote(text))


@pytest.mark.parametrize("text", [
    "Realizujemy projekt filmowy „Kadry z sąsiedztwa”.",
    "Fundacja prowadzi projekt „Poradnik dla rodziców”.",
])
def test_a_project_word_or_an_adjective_before_the_quote_still_names_the_project(text):
    assert not names_output(text, _after_open_quote(text))


def test_the_project_named_beside_its_report_wins_over_the_report():
    text = ("Raport pt. „Gdzie jest urząd?” powstał w ramach projektu „Urząd po ukraińsku”, "
            "realizowanego przez Fundację Most.")
    assert choose_title(text, 0, len(text), [])[0] == "Urząd po ukraińsku"


_OTHERS = """Fundacja Kolorowa Szkoła
Start | Projekty | Kontakt

Lekcje bez granic – wsparcie uczniów z Ukrainy w Opolu

Fundacja Kolorowa Szkoła prowadziła w 2023 r. zajęcia wyrównawcze dla uczniów z Ukrainy w Opolu.
Projekt sfinansowano ze środków Gminy Opole.

Pozostałe projekty fundacji:
„Czytamy razem” – spotkania w bibliotece
„Mały tłumacz” – warsztaty dla dzieci
"""


def test_a_list_of_the_sites_other_projects_gives_no_title():
    ex = _doc(_OTHERS)
    assert [p.title for p in ex.projects] == ["Lekcje bez granic – wsparcie uczniów z Ukrainy w Opolu"]


@pytest.mark.parametrize("text", [
    "Other projects of the foundation: “Open Door” (Gdańsk).",
    "Інші проєкти фундації: «Відкриті двері».",
    "Zobacz inne projekty z tego obszaru: „Otwarte drzwi”.",
])
def test_a_quote_under_other_projects_names_another_project(text):
    from ngo_atlas.extract.title import names_other

    assert names_other(text, _after_open_quote(text))


def test_a_project_named_after_a_mention_of_other_work_is_still_this_one():
    from ngo_atlas.extract.title import names_other

    text = "Prowadzimy też inne działania. Fundacja realizuje projekt „Otwarte drzwi”."
    assert not names_other(text, text.index("„") + 1)


_OWNER_TWICE = """Stowarzyszenie „Most nad Wisłą”
Strona główna • O nas • Projekty • Kontakt

Projekt „Sąsiedzi z Torunia”

Stowarzyszenie „Most nad Wisłą” realizuje projekt „Sąsiedzi z Torunia” od 1 kwietnia 2024 r. do 31 marca 2025 r.
Projekt jest finansowany przez Fundację PZU.

Koordynator projektu: Adam Lis

Stowarzyszenie „Most nad Wisłą”, ul. Szeroka 10, 87-100 Toruń
"""


def test_the_owners_name_heading_the_page_and_its_footer_is_no_project():
    ex = _doc(_OWNER_TWICE)
    assert [p.title for p in ex.projects] == ["Sąsiedzi z Torunia"]
    p = ex.projects[0]
    assert (p.start, p.end) == ("2024-04-01", "2025-03-31")
    assert [x.name for x in p.people] == ["Adam Lis"]


@pytest.mark.parametrize("text", [
    "Partnerem projektu było Stowarzyszenie rodzin zastępczych „Gniazdo” z Rzeszowa.",
    "Партнером проєкту була Асоціація юристів-волонтерів «Право для всіх» з Києва.",
])
def test_an_org_head_with_a_lower_case_genitive_still_names_the_body(text):
    from ngo_atlas.extract.title import names_other

    assert names_other(text, _after_open_quote(text))


def test_a_project_of_a_named_body_is_still_a_project():
    from ngo_atlas.extract.title import names_other

    for text in ("Fundacja Ocalenie realizuje projekt „Witaj”.", "Fundacja realizuje nowy projekt „Witaj”."):
        assert not names_other(text, text.index("„") + 1)


_BODY_QUOTED = """Dom Białoruski w Gdańsku
Projekty

Porady prawne dla Białorusinów

Projekt zakończony. Od 1 marca 2023 do 29 lutego 2024 Dom Białoruski w Gdańsku realizował projekt „Porady prawne dla Białorusinów”.

Partnerem projektu było Stowarzyszenie prawników społecznych „Lex” z Gdyni.

Koordynatorka projektu: Alena Kowal
"""


def test_a_partner_named_with_a_quote_starts_no_second_project():
    ex = _doc(_BODY_QUOTED)
    assert [p.title for p in ex.projects] == ["Porady prawne dla Białorusinów"]
    assert [x.name for x in ex.projects[0].people] == ["Alena Kowal"]


_CARDS_THEN_PERIOD = """Urząd Gminy Przykładowo
Wyniki naboru wniosków

Burmistrz informuje, że przyznano dotacje następującym organizacjom:

1. Stowarzyszenie Razem
Nazwa zadania: „Polski dla dorosłych”
Kwota dotacji: 12 000,00 zł

2. Fundacja Otwarte Serce
Nazwa zadania: „Świetlica dla dzieci z Ukrainy”
Kwota dotacji: 9 500,00 zł

Zadania realizowane będą od 1 kwietnia do 15 grudnia 2024 r.
"""


def test_the_period_below_a_list_of_grant_cards_is_every_cards_period():
    ex = _doc(_CARDS_THEN_PERIOD)
    assert [p.title for p in ex.projects] == ["Polski dla dorosłych", "Świetlica dla dzieci z Ukrainy"]
    assert [(p.start, p.end) for p in ex.projects] == [("2024-04-01", "2024-12-15")] * 2


@pytest.mark.parametrize("text,lang,want", [
    ("Zajęcia odbywają się w Ełku i Dobrym Mieście.", "pl", ["Ełk", "Dobre Miasto"]),
    ("Interviews were held in Radom, Stalowa Wola and Kutno.", "en", ["Radom", "Stalowa Wola", "Kutno"]),
])
def test_a_two_word_town_geonames_knows_is_a_place_in_a_list(text, lang, want):
    from ngo_atlas.extract.places import find_places

    assert [t.value for t in find_places(text, 0, len(text), [], lang)] == want


def test_a_quarter_named_like_a_town_after_na_is_no_town():
    from ngo_atlas.extract.places import find_places

    text = "Świetlice działają na Bałutach i Starym Mieście."
    assert "Stare Miasto" not in [t.value for t in find_places(text, 0, len(text), [], "pl")]


@pytest.mark.parametrize("text,want", [
    ("Zajęcia odbywają się w domach kultury Gniezna, Konina i Kalisza.", ["Gniezno", "Konin", "Kalisz"]),
    ("Pomagamy rodzinom odnaleźć się w lokalnej społeczności Sanoka i Leska.", ["Sanok", "Lesko"]),
])
def test_towns_in_the_genitive_after_w_and_a_noun_phrase_are_places(text, want):
    from ngo_atlas.extract.places import find_places

    assert [t.value for t in find_places(text, 0, len(text), [], "pl")] == want


@pytest.mark.parametrize("text", [
    "Panel: doświadczenia Gdańska, Lublina i Wrocławia.",
    "Spotkanie z burmistrzami Urzędów Miast Torunia i Włocławka.",
    "Liczba obywateli Uzbekistanu, Kirgistanu i Tadżykistanu w Polsce rośnie.",
])
def test_genitive_towns_not_governed_by_w_and_a_noun_phrase_are_not_venues(text):
    from ngo_atlas.extract.places import _genitive_town_lists

    assert _genitive_town_lists(text, 0, len(text)) == []


_TEAM = """MIGRA-WORK: migrant workers in small towns

Funding agency: National Science Centre
Duration: 1 March 2023 – 28 February 2026
Principal investigator: Dr hab. Ewa Lis
Team: Dr Jan Sowa, Olena Marchuk, MA, Piotr Brzoza, PhD

The project studies migrant workers in three towns.
"""


def test_a_bare_team_label_lists_its_people_degrees_after_names_too():
    ex = _doc(_TEAM)
    people = {(x.name, x.role) for x in ex.projects[0].people}
    assert {("Jan Sowa", "other"), ("Olena Marchuk", "other"), ("Piotr Brzoza", "other")} <= people


def test_a_bare_polish_team_label_is_a_team():
    from ngo_atlas.extract.labels import find_labels

    text = "Koordynatorka: Anna Lis\nZespół: Jan Sowa, Ewa Brzoza\n"
    assert [h.key for h in find_labels(text)] == ["coordinator", "team"]


@pytest.mark.parametrize("body,start,end", [
    ("Od marca ubiegłego roku fundacja prowadzi projekt „Razem”. Zajęcia potrwają do lipca przyszłego roku.",
     "2023-03", "2025-07"),
    ("Since April last year the association has run the “Together” project. Classes go on until June next year.",
     "2023-04", "2025-06"),
    ("З березня минулого року фундація реалізує проєкт «Разом». Заняття триватимуть до травня наступного року.",
     "2023-03", "2025-05"),
])
def test_a_month_of_last_or_next_year_is_dated_from_the_page(body, start, end):
    ex = _doc("Aktualności\n\n12.09.2024\n\n" + body + "\n")
    p = ex.projects[0]
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("value,want", [
    ("2021", "2021"), ("2021 r.", "2021"), ("październik 2022", "2022-10"), ("2019 year", "2019"),
])
def test_a_period_label_of_one_date_alone_is_both_ends(value, want):
    ex = _doc(f"Projekt „Lekcje polskiego”\n\nRealizator: Fundacja Dobra Wola\nOkres realizacji: {value}\n"
              "Kursy języka polskiego dla dorosłych w Lublinie.\n")
    p = ex.projects[0]
    assert (p.start, p.end) == (want, want)


def test_a_period_label_from_a_date_on_is_no_one_date_period():
    from ngo_atlas.extract.dates import lone_period

    text = "Okres realizacji: od 2021"
    assert lone_period(text, text.index(":") + 1, len(text)) is None


def test_a_village_named_like_a_common_noun_opens_a_list_of_towns():
    from ngo_atlas.extract.places import find_places

    text = "Dyżury prowadzimy w świetlicach w Dębaku, Siedlcach i Garwolinie."
    got = [t.value for t in find_places(text, 0, len(text), [], "pl")]
    assert got[:1] == ["Dębak"] and "Siedlce" in got and "Garwolin" in got


def test_a_capitalised_common_noun_alone_is_no_village():
    from ngo_atlas.extract.places import find_places

    text = "Spotkanie odbyło się w Jastrzębiu Zdroju? Nie, w Kawiarni i w Bibliotece."
    assert "Kawiarnia" not in [t.value for t in find_places(text, 0, len(text), [], "pl")]


@pytest.mark.parametrize("text,lang,want", [
    ("Допомагаємо родинам у Кракові та Краківському повіті.", "uk", "Краківський повіт"),
    ("Консультации проводятся в Люблине и Люблинском повете.", "ru", "Люблинский повет"),
    ("Проєкт діє на території Опольського воєводства.", "uk", "Опольське воєводство"),
    ("Проєкт діє на території Сілезького воєводства.", "uk", "Сілезьке воєводство"),
])
def test_a_cyrillic_powiat_or_voivodeship_in_any_case_is_a_place(text, lang, want):
    from ngo_atlas.extract.places import find_places

    got = [t.value for t in find_places(text, 0, len(text), [], lang)]
    assert want in got and not any(g != want and g.split()[0] == want.split()[0] for g in got)


def test_a_guessed_cyrillic_nominative_yields_to_the_one_the_page_writes():
    from ngo_atlas.extract.places import find_places

    text = "Міста: Бидгощ, Торунь, Гнезно\n\nПункти працюють у Бидгощі, Торуні та Гнезні."
    got = [t.value for t in find_places(text, 0, len(text), [], "uk")]
    assert {"Бидгощ", "Торунь"} <= set(got) and len(got) == len(set(got))


@pytest.mark.parametrize("text,lang,want", [
    ("Пункты консультаций работают в Лодзи и Конине.", "ru", ["Лодзь", "Конин"]),
    ("Консультації проходять у Любліні та Коніні.", "uk", ["Люблін", "Конін"]),
])
def test_a_polish_town_spelled_like_a_cyrillic_word_is_a_town_when_listed_with_one(text, lang, want):
    from ngo_atlas.extract.places import find_places

    assert [t.value for t in find_places(text, 0, len(text), [], lang)] == want


def test_towns_a_trip_goes_to_named_as_examples_are_places():
    from ngo_atlas.extract.places import find_places

    text = "Dla uczestników zorganizujemy wycieczki po okolicy, m.in. do Krasiczyna i Dubiecka."
    assert [t.value for t in find_places(text, 0, len(text), [], "pl")] == ["Krasiczyn", "Dubiecko"]


def test_examples_after_do_without_a_trip_are_no_places():
    from ngo_atlas.extract.places import find_places

    text = "Wysłaliśmy pisma m.in. do Krasiczyna i Dubiecka."
    assert find_places(text, 0, len(text), [], "pl") == []


def test_a_countrys_gloss_after_a_town_does_not_end_the_list():
    from ngo_atlas.extract.places import find_places

    text = "Kadra pojedzie na staże do szkół w Grazu (Austria) i Tampere (Finlandia)."
    got = [t.value for t in find_places(text, 0, len(text), [], "pl")]
    assert "Graz" in got and "Tampere" in got


def test_a_polish_region_named_with_region_in_english_is_a_place():
    from ngo_atlas.extract.places import find_places

    text = "Mobile advisers visit villages across the Podlasie region every month."
    assert [t.value for t in find_places(text, 0, len(text), [], "en")] == ["Podlasie"]


@pytest.mark.parametrize("line,name", [
    ("Wstęp bezpłatny. Informacje: Joanna Kręgiel, tel. 600 100 200.", "Joanna Kręgiel"),
    ("Free entry. Information: Tom Baker, phone 600 100 200.", "Tom Baker"),
    ("Вхід вільний. Інформація: Олена Мартинюк, тел. 600 100 200.", "Олена Мартинюк"),
])
def test_the_person_to_ask_for_information_is_the_contact(line, name):
    from ngo_atlas.extract.people import find_people

    text = "Festiwal kultur odbędzie się w parku.\n" + line
    got = [(p.name, p.role) for p in find_people(text, 0, len(text), [], "pl")]
    assert (name, "contact") in got


@pytest.mark.parametrize("text", [
    "Our project is currently in its second year; the next report is due in spring.",
    "Projekt jest obecnie na etapie rekrutacji uczestników.",
    "Проект сейчас на этапе подготовки отчёта.",
    "Проєкт наразі на завершальному етапі.",
])
def test_a_project_said_to_be_in_a_phase_now_is_ongoing(text):
    from ngo_atlas.extract.status import find_status

    assert find_status(text, 0, len(text), [])[0] == "ongoing"


_PROGRAMME_HEADER = """Fundusz Lokalnych Inicjatyw | Edycja 2024

Kuchnia bez granic w Elblągu

Grantobiorca: Stowarzyszenie Mosty
Okres realizacji: 1.03.2024 – 30.11.2024

Warsztaty kulinarne dla mieszkanek Elbląga z Ukrainy i Polski. Projekt otrzymał dotację w ramach programu Fundusz Lokalnych Inicjatyw.
"""


def test_a_heading_the_text_calls_a_programme_is_not_the_title():
    ex = _doc(_PROGRAMME_HEADER)
    assert [p.title for p in ex.projects] == ["Kuchnia bez granic w Elblągu"]


def test_the_town_whose_quarter_the_project_works_in_is_a_place():
    from ngo_atlas.extract.places import find_places

    text = "Świetlica działa na Kurdwanowie, jednym z osiedli w obrębie dzielnic Krakowa, od 2023 r."
    assert "Kraków" in [t.value for t in find_places(text, 0, len(text), [], "pl")]


def test_the_first_two_words_of_a_longer_regional_name_are_no_town():
    from ngo_atlas.extract.places import find_places

    text = "Działamy w Gdańsku i gminach Gdańskiego Obszaru Metropolitalnego, m.in. w Pruszczu Gdańskim."
    got = [t.value for t in find_places(text, 0, len(text), [], "pl")]
    assert "Gdańsk" in got and not any(g.startswith("Gdański ") for g in got)


_LONG_NAME = """Projekt „Razem w Kaliszu”

Fundacja Dobry Start realizuje projekt „Razem w Kaliszu. Wsparcie rodzin z Ukrainy w powiecie kaliskim” od 1 marca 2024 r.
Zajęcia odbywają się w Kaliszu.
"""


def test_the_admin_unit_in_the_long_form_of_a_projects_name_is_a_place():
    ex = _doc(_LONG_NAME)
    assert "powiat kaliski" in [t.value for t in ex.projects[0].places]
