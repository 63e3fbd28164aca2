"""Round 4 (unseen-p's error classes): programme years, site headers, grant lists, umbrellas."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str, name: str = "t.txt"):
    return extract_document(Document(name, name, text)).projects


@pytest.mark.parametrize("text,start,end", [
    ("Projekt „Sąsiedzki start” współfinansowany jest z Programu Krajowego Funduszu Azylu, "
     "Migracji i Integracji (FAMI) 2021-2027. Projekt potrwa od lutego 2024 do maja 2025 r.",
     "2024-02", "2025-05"),
    ("Projekt „Klub Rozmów” otrzymał 2 mln zł z Funduszy Europejskich dla Pomorza 2021–2027. "
     "Zajęcia potrwają do listopada 2026 roku.", None, "2026-11"),
    ("The project “Open Doors” is funded by Erasmus+ 2021-2027 and runs from March 2023 to "
     "June 2024.", "2023-03", "2024-06"),
])
def test_years_in_a_programme_name_are_not_the_project_period(text, start, end):
    p = _projects(text)[0]
    assert (p.start, p.end) == (start, end)


def test_a_plain_range_of_years_is_still_the_period():
    p = _projects("Projekt „Sąsiedzki start” realizowaliśmy w latach 2022–2024 dzięki "
                  "wsparciu Fundacji Batorego.")[0]
    assert (p.start, p.end) == ("2022", "2024")


@pytest.mark.parametrize("text", [
    "Stowarzyszenie Wspólny Dom — Aktualności\n\nKlub sąsiedzki w Pile\n\nProjekt realizujemy "
    "od 1 marca 2024 r. dzięki dotacji Gminy Piła.",
    "Tri-City University – News\n\nNeighbourhood club in Piła\n\nThe project runs from "
    "1 March 2024 and is funded by the City of Piła.",
    "Фонд Відкриті Двері | Новини\n\nСусідський клуб у Пілі\n\nПроєкт триває з 1 березня "
    "2024 року.\nФінансування: Міська рада Піли.\nКонтакт: Олена Коваль.",
])
def test_a_site_name_and_its_section_is_no_title(text):
    p = _projects(text)[0]
    assert p.title and not any(w in p.title for w in ("Aktualności", "News", "Новини"))
    assert p.title.split()[0] in ("Klub", "Neighbourhood", "Сусідський")


def test_an_acronym_spelled_out_names_the_project():
    text = ("The Gdynia Institute has launched NEWHOME-EU (New Homes for Newcomers in Coastal "
            "Towns), a partnership of five universities. The project runs until June 2026.")
    assert _projects(text)[0].title == "New Homes for Newcomers in Coastal Towns"


def test_a_body_spelled_out_is_no_project_name():
    from ngo_atlas.extract.title import acronym_titles

    text = ("Funded by NAWA (Narodowa Agencja Wymiany Akademickiej), the project began in 2023.")
    assert acronym_titles(text, 0, len(text)) == []


def test_a_sentence_case_name_after_na_projekt():
    text = ("Klub Seniora z Pucka otrzymał dotację na projekt Puck uczy się ukraińskiego. "
            "Zajęcia ruszyły w maju 2025 r.")
    assert _projects(text)[0].title == "Puck uczy się ukraińskiego"


def test_a_genitive_after_projekt_is_no_sentence_case_name():
    from ngo_atlas.extract.title import sentence_case_titles

    text = "Fundacja przyznała środki na projekt Gminy dla ludzi bez domu."
    assert sentence_case_titles(text, 0, len(text)) == []


_GRANTS = """Wyniki konkursu ofert na realizację zadań publicznych z zakresu integracji cudzoziemców

Burmistrz Miasta Piły informuje, że przyznano dotacje z budżetu Gminy Piła następującym organizacjom:

1. Fundacja Nowy Brzeg – zadanie „Polski na start” – 12 000,00 zł
2. Stowarzyszenie Sąsiedzi Razem – zadanie „Wspólna kuchnia świata” – 7 500,00 zł

Zadania będą realizowane od 1 kwietnia do 30 listopada 2025 r.
"""


def test_a_grant_result_list_gives_one_record_per_task():
    ps = _projects(_GRANTS)
    assert [p.title for p in ps] == ["Polski na start", "Wspólna kuchnia świata"]
    assert [(f.amount, f.currency) for p in ps for f in p.funding] == [(12000.0, "PLN"), (7500.0, "PLN")]


def test_the_lists_closing_and_opening_notes_speak_of_every_item():
    ps = _projects(_GRANTS)
    assert {(p.start, p.end) for p in ps} == {("2025-04-01", "2025-11-30")}
    assert all(any(f.funder for f in p.funding) for p in ps)


_LIST = """Stowarzyszenie Dobry Port – Elbląg
Nasze projekty

ZAKOŃCZONE
▸ Szkoła Liderek Sąsiedzkich (2020–2021)
Osiem zjazdów dla aktywistek z Gruzji i Armenii. Projekt sfinansowany przez Fundację Batorego.

▸ Wigilia Wielu Kuchni (2022)
Spotkanie przy stole dla rodzin z Elbląga i okolic.

REALIZUJEMY TERAZ
▸ Punkt Porad Prawnych dla Cudzoziemców
Od lutego 2025 r. dyżurujemy w Bibliotece Miejskiej. Projekt finansuje Gmina Miasto Elbląg.
"""


def test_items_under_any_bullet_and_dated_in_brackets_are_projects():
    ps = _projects(_LIST)
    assert [p.title for p in ps] == ["Szkoła Liderek Sąsiedzkich", "Wigilia Wielu Kuchni",
                                     "Punkt Porad Prawnych dla Cudzoziemców"]
    assert (ps[1].start, ps[1].end) == ("2022", "2022")


def test_a_status_section_heading_covers_the_items_below_it():
    assert [p.status for p in _projects(_LIST)] == ["completed", "completed", "ongoing"]


@pytest.mark.parametrize("line,key", [
    ("ZREALIZOWANE", "completed"), ("Projekty w realizacji:", "ongoing"), ("Completed projects", "completed"),
    ("Current", "ongoing"), ("Завершені проєкти", "completed"), ("Поточні", "ongoing"),
    ("Planowane", "planned"),
])
def test_section_status_headings_in_four_languages(line, key):
    from ngo_atlas.extract.status import section_status

    text = f"Wstęp strony.\n{line}\n• Pierwszy projekt"
    assert section_status(text, 0, len(text))[0] == key


def test_a_sentence_is_no_status_heading():
    from ngo_atlas.extract.status import section_status

    text = "Wszystkie nasze projekty są zrealizowane dzięki wolontariuszom.\n"
    assert section_status(text, 0, len(text)) is None


@pytest.mark.parametrize("text,event,parent", [
    ("Wydarzenia\nPiknik Sąsiedzki nad Wartą 2025\n📅 7 czerwca 2025 | 📍 Bulwary, Poznań | wstęp wolny\n\n"
     "Zapraszamy rodziny na piknik.\nPiknik jest częścią projektu „Poznań dla wszystkich”, "
     "finansowanego przez Miasto Poznań.", "Piknik Sąsiedzki nad Wartą 2025", "Poznań dla wszystkich"),
    ("Neighbourhood Fair in Gdynia\n\nOn 12 September 2025 we invite everyone to the fair.\n"
     "The fair is part of the project “Gdynia Together”, funded by the City of Gdynia.",
     "Neighbourhood Fair in Gdynia", "Gdynia Together"),
    ("Літній табір у Карпачі\n\nУ липні 2024 року діти відпочивали в горах.\n"
     "Табір є частиною проєкту «Разом сильніші», який фінансує ЮНІСЕФ.",
     "Літній табір у Карпачі", "Разом сильніші"),
])
def test_an_event_that_is_part_of_a_project_gives_both(text, event, parent):
    assert [p.title for p in _projects(text)] == [event, parent]


def test_a_page_about_the_project_itself_gives_one_record():
    text = ("Poznań dla wszystkich\n\nProjekt „Poznań dla wszystkich” realizujemy od 2024 r. "
            "Finansowanie: Miasto Poznań.")
    assert [p.title for p in _projects(text)] == ["Poznań dla wszystkich"]


_UMBRELLA = """Fundacja Warmińska Sieć | Mikrogranty

Warmińskie Ścieżki Sąsiedzkie to projekt grantowy Fundacji Warmińska Sieć, realizowany od 1 maja 2024 r. do 30 kwietnia 2026 r. dzięki wsparciu Fundacji PZU.

Przedstawiamy jeden z wspieranych projektów:

„Pierogi i wareniki” – Koło Gospodyń Wiejskich w Barczewie
Grant: 6 500 zł | czas trwania: czerwiec–wrzesień 2024
Gospodynie spotykały się z mamami z Ukrainy.
"""


def test_an_umbrella_and_its_granted_sub_project_are_two_records():
    assert [p.title for p in _projects(_UMBRELLA)] == ["Warmińskie Ścieżki Sąsiedzkie", "Pierogi i wareniki"]


@pytest.mark.parametrize("text,name", [
    ("Mapa Pomocy jest projektem Fundacji Nowa Szkoła.\n", "Mapa Pomocy"),
    ("Open Kitchen Lublin is a two-year project of the Lublin Food Bank.\n", "Open Kitchen Lublin"),
    ("Точка опоры — это проект помощи беженцам в Гданьске.\n", "Точка опоры"),
    ("Сусідська кухня — це проєкт для родин з України.\n", "Сусідська кухня"),
])
def test_a_paragraph_opening_with_a_name_it_calls_a_project(text, name):
    from ngo_atlas.extract.title import subject_titles

    assert [t for _a, _b, t in subject_titles(text, 0, len(text))] == [name]


@pytest.mark.parametrize("text", [
    "Nasz najnowszy pomysł to projekt dla seniorów.\n",
    "Fundacja Nowa Szkoła jest projektem wielu ludzi.\n",
    "Stowarzyszenie Sąsiedzi jest partnerem projektu.\n",
])
def test_no_name_where_the_subject_is_a_body_or_a_pronoun(text):
    from ngo_atlas.extract.title import subject_titles

    assert subject_titles(text, 0, len(text)) == []


@pytest.mark.parametrize("text,start,end", [
    ("czas trwania: maj–październik 2024", "2024-05", "2024-10"),
    ("Протягом липня та серпня 2024 року діти відпочивали.", "2024-07", "2024-08"),
    ("В течение июня и июля 2023 года прошли встречи.", "2023-06", "2023-07"),
])
def test_month_ranges_with_a_short_month_or_a_cyrillic_and(text, start, end):
    from ngo_atlas.extract.dates import find_periods

    per = find_periods(text)
    assert [(p.start.iso(), p.end.iso()) for p in per] == [(start, end)]


@pytest.mark.parametrize("text,start,end", [
    ("Projekt „Kawiarenka Językowa” ruszył w marcu 2024 r. i potrwa 18 miesięcy.", "2024-03", "2025-08"),
    ("Fundacja rozpoczęła jego realizację w kwietniu 2025 r. – przez pół roku wolontariusze uczą. "
     "To projekt „Kawiarenka Językowa”.", "2025-04", "2025-09"),
    ("The project “Language Café” started in May 2023 and runs for 18 months.", "2023-05", "2024-10"),
    ("Проект «Языковое кафе» начался в сентябре 2023 года и продлится полгода.", "2023-09", "2024-02"),
    ("Проєкт «Мовне кафе» стартував у березні 2024 року і триватиме протягом 10 місяців.",
     "2024-03", "2024-12"),
])
def test_a_start_and_a_duration_give_the_end(text, start, end):
    p = _projects(text)[0]
    assert (p.start, p.end) == (start, end)


def test_a_duration_in_another_sentence_is_not_the_projects():
    from ngo_atlas.extract.dates import duration_end, open_dates

    text = "Projekt ruszył w marcu 2024 r. Wcześniej przez pół roku zbieraliśmy środki."
    st, _ = open_dates(text, 0, len(text))
    assert duration_end(text, st, len(text)) is None


def _places(text: str, lang: str = "pl") -> list[str]:
    from ngo_atlas.extract.places import find_places

    return [t.value for t in find_places(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text,towns", [
    ("Zajęcia odbywają się w Piotrkowie Trybunalskim.", ["Piotrków Trybunalski"]),
    ("Punkt działa w Tomaszowie Mazowieckim i Ostrowie Wielkopolskim.",
     ["Tomaszów Mazowiecki", "Ostrów Wielkopolski"]),
    ("Spotkania w Krośnie Odrzańskim.", ["Krosno Odrzańskie"]),
    ("Porady w Dąbrowie Górniczej.", ["Dąbrowa Górnicza"]),
])
def test_a_two_word_town_takes_the_likelier_lemma_and_an_agreeing_adjective(text, towns):
    assert _places(text) == towns


def test_a_two_word_polish_town_in_english_text():
    assert _places("Pilot courses in Łódź, Tomaszów Mazowiecki and Zgierz.", "en") == [
        "Łódź", "Tomaszów Mazowiecki", "Zgierz"]


@pytest.mark.parametrize("text,lang,towns", [
    ("Wizyty studyjne w Lizbonie i w Tampere.", "pl", ["Lizbona", "Tampere"]),
    ("Dyżury w Gdańsku oraz w Sopocie.", "pl", ["Gdańsk", "Sopot"]),
    ("Workshops in Lublin and in Chełm.", "en", ["Lublin", "Chełm"]),
])
def test_a_list_may_repeat_its_preposition(text, lang, towns):
    assert _places(text, lang) == towns


def test_an_unknown_word_alone_is_no_place():
    assert _places("Spotkanie w Xyzabc.") == []


@pytest.mark.parametrize("text,lang,places", [
    ("Проект работает на Подляшье и Подкарпатье.", "ru", ["Подляшье", "Подкарпатье"]),
    ("Помогаем семьям на Львовщине.", "ru", ["Львовщина"]),
    ("Працюємо на Люблінщині та Підкарпатті.", "uk", ["Люблінщина", "Підкарпаття"]),
    ("Діємо на Поділлі.", "uk", ["Поділля"]),
    ("Встречи проходят в Нижней Силезии.", "ru", ["Нижняя Силезия"]),
    ("Зустрічі відбуваються у Нижній Сілезії.", "uk", ["Нижня Сілезія"]),
])
def test_cyrillic_regions_in_the_nominative(text, lang, places):
    assert _places(text, lang) == places


def test_a_cyrillic_town_with_its_hyphenated_adjective():
    assert _places("Консультации в Белостоке и Бельске-Подляском.", "ru") == ["Белосток", "Бельск-Подляский"]


def test_a_cyrillic_trip_to_a_town():
    assert _places("Діти брали участь у поїздках до Устроня.", "uk") == ["Устронь"]


@pytest.mark.parametrize("text,lang,places", [
    ("Spotkania dla mam mieszkających w gminie Sierakowice.", "pl", ["gmina Sierakowice"]),
    ("Centra powstały w Gminie Kłodzko.", "pl", ["Gmina Kłodzko"]),
    ("Zajęcia na terenie gminy Stare Babice.", "pl", ["gmina Stare Babice"]),
    ("Курси у гміні Кобильниця.", "uk", ["гміна Кобильниця"]),
])
def test_a_commune_where_things_happen_keeps_its_noun(text, lang, places):
    assert _places(text, lang) == places


@pytest.mark.parametrize("text", [
    "Projekt finansuje Gmina Wrocław.",
    "Realizujemy go wspólnie z Gminą Miasta Gdańska.",
    "Wójt Gminy Kłodzko Zbigniew Tur podziękował.",
])
def test_a_commune_as_a_body_is_no_place(text):
    assert _places(text) == []


@pytest.mark.parametrize("url,title,spelled", [
    ("mapapomocy.podlasie.pl", "Mapa Pomocy Podlasie – informacja dla cudzoziemców", True),
    ("facebook.com/mamywlodzi", "Mamy w Łodzi", True),
    ("www.fundacja-x.pl/festiwal", "Festiwal Kultur Świata", True),
    ("www.fundacja-ocalenie.pl", "Dom dla Ciebie", False),
    ("https://www.gov.pl/web/udsc", "Wsparcie cudzoziemców w urzędzie", False),
])
def test_an_address_that_spells_the_projects_name(url, title, spelled):
    from ngo_atlas.extract.links import spells_name

    assert spells_name(url, title) is spelled


def test_the_projects_own_address_alone_on_the_last_line():
    text = ("Festiwal Kultur Świata 2025\n\nZapraszamy 5 lipca 2025 r. Festiwal jest projektem "
            "Fundacji Most, finansowanym przez Miasto Opole.\nKontakt: Anna Nowak\n"
            "www.fundacja-most.pl/festiwal\n")
    assert [u.value for u in _projects(text)[0].urls] == ["www.fundacja-most.pl/festiwal"]


def test_an_address_about_something_else_stays_out_even_if_it_spells_the_name():
    from ngo_atlas.extract.links import is_project_url

    text = "Więcej o działaniach miasta: www.otwartygdansk.pl"
    assert not is_project_url(text, text.index("www"), "www.otwartygdansk.pl", "Gdańsk Otwarty")


@pytest.mark.parametrize("text,start,end", [
    ("Projekt „Mosty” realizujemy w latach 2021–2023. Projekt trwa od 1 marca 2021 r. do "
     "30 listopada 2023 r.", "2021-03-01", "2023-11-30"),
    ("Projekt „Mosty”\nOkres realizacji: maj 2024 – kwiecień 2026\n\nFundacja realizuje od "
     "6 maja 2024 roku projekt „Mosty”.", "2024-05-06", "2026-04"),
    ("Projekt „Mosty” (styczeń 2023 – grudzień 2024). 31 grudnia 2024 r. zakończyliśmy "
     "realizację projektu.", "2023-01", "2024-12-31"),
    ("Наприкінці 2024 року проєкт «Мости» (2023–2024) завершився. Проєкт стартував у вересні 2023 року.",
     "2023-09", "2024"),
])
def test_the_most_precise_statement_of_the_same_period_wins(text, start, end):
    p = _projects(text)[0]
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("text,start", [
    ("Фонд «Мост» в январе 2024 года начнёт реализацию проекта «Шаг к работе».", "2024-01"),
    ("Fundacja w lutym 2025 r. rozpocznie realizację projektu „Krok do pracy”.", "2025-02"),
    ("The project “Step to Work” was launched on 1 October 2024 by the Bridge Foundation, "
     "which has helped refugees since 2022.", "2024-10-01"),
])
def test_a_start_said_in_the_future_or_as_launched_on(text, start):
    assert _projects(text)[0].start == start


@pytest.mark.parametrize("text,title", [
    ("News\n\nThe project, “Safe Harbour Gdynia”, is funded by the City of Gdynia and runs until "
     "June 2026.", "Safe Harbour Gdynia"),
    ("Klub Sąsiadów w Lesznie\n\nGrupa sąsiadek prowadziła spotkania od marca 2023 r. Projekt "
     "zakończył się festynem „Sąsiedzi bez granic”. Projekt sfinansowała Fundacja PZU.",
     "Klub Sąsiadów w Lesznie"),
    ("Mosty Pracy – informacja dla pracowników\n\nProjekt Mosty Pracy trwa od stycznia 2024 r. "
     "Jest on kontynuacją zakończonego w 2021 r. projektu „Praca bez barier”.",
     "Mosty Pracy – informacja dla pracowników"),
])
def test_the_quote_that_names_this_project_not_an_event_or_an_earlier_one(text, title):
    assert title.startswith(_projects(text)[0].title)  # the heading or its unquoted short form


@pytest.mark.parametrize("top", [
    "Fundusz Lokalny Pomorza\nWspieramy Projekty Darczyńcy Raporty Wpłać\n\n",
    "Fundusz Lokalny Pomorza\nProjekty wspierane\n\n",
])
def test_a_first_block_ending_in_a_menu_or_section_name_is_the_header(top):
    text = top + ("Kuchnia Sąsiedzka w Pucku\n\nGrupa sąsiadek prowadziła od 2023 r. spotkania. "
                  "Projekt zakończył się w 2024 r. Fundusz przekazał na projekt 20 000 zł.")
    assert _projects(text)[0].title == "Kuchnia Sąsiedzka w Pucku"


def test_a_nazwa_label_names_the_project():
    text = ("Agencja Rozwoju Regionu S.A.\nPodsumowanie projektu\n"
            "Nazwa: Cudzoziemiec w firmie rodzinnej\nKwota dofinansowania: 120 000 PLN\n"
            "Okres: IV 2023 – III 2025\n")
    assert _projects(text)[0].title == "Cudzoziemiec w firmie rodzinnej"


def test_an_organisations_name_label_is_no_title():
    from ngo_atlas.extract.labels import find_labels

    text = "Nazwa organizacji: Fundacja Dobry Start\nAdres: ul. Polna 1, Gdańsk\n"
    assert not [h for h in find_labels(text) if h.key == "title"]


@pytest.mark.parametrize("text,places", [
    ("Zajęcia obejmą region, ze szczególnym uwzględnieniem Opola, Kędzierzyna-Koźla i Nysy.",
     ["Opole", "Kędzierzyn-Koźle", "Nysa"]),
    ("Dwa razy w roku organizujemy wizyty studyjne do Krosna.", ["Krosno"]),
])
def test_a_genitive_context_settles_which_town_the_form_is(text, places):
    assert _places(text) == places


def test_a_labelled_commune_keeps_its_noun():
    text = "Projekt „Sąsiedzi”\nMiejsce: Elbląg, gmina Tolkmicko\nOkres: 2024\nFinansowanie: Gmina Elbląg\n"
    assert _projects(text)[0].places[-1].value == "gmina Tolkmicko"


@pytest.mark.parametrize("text,status", [
    ("Projekt „Wspólny Dom” zostanie zrealizowany przez Urząd Miasta w latach 2026–2027.", "planned"),
    ("Проект «Общий дом» будет реализован в 2026 году.", "planned"),
    ("Projekt „Wspólny Dom” został zrealizowany w latach 2021–2022.", "completed"),
])
def test_a_completion_word_after_a_future_auxiliary_is_not_done(text, status):
    from ngo_atlas.extract.status import find_status

    assert find_status(text, 0, len(text), [])[0] == status


@pytest.mark.parametrize("funder,lang,town", [
    ("budżet Miasta Rzeszowa", "pl", "Rzeszów"), ("Gmina Miejska Kraków", "pl", "Kraków"),
    ("m.st. Warszawa", "pl", "Warszawa"), ("City of Gdynia", "en", "Gdynia"),
    ("Город Гданьск", "ru", "Гданьск"), ("Fundacja Batorego", "pl", None),
    ("Samorząd Województwa Świętokrzyskiego", "pl", None),
])
def test_the_town_of_a_city_funder(funder, lang, town):
    from ngo_atlas.extract.places import funder_town

    assert funder_town(funder, lang) == town


def test_a_project_a_city_pays_for_happens_in_that_city():
    text = ("Festiwal Kultur Świata 2025\n\nFestiwal w parku miejskim organizuje Fundacja Most. "
            "Projekt „Festiwal Kultur Świata” dofinansowało Miasto Kielce.\n")
    assert "Kielce" in [t.value for t in _projects(text)[0].places]


@pytest.mark.parametrize("text,lang,towns", [
    ("Punkt powstał z myślą o rodzinach, które przyjechały do Wrocławia po 2022 roku.", "pl", ["Wrocław"]),
    ("The club helps families who moved to Lublin in 2022.", "en", ["Lublin"]),
])
def test_the_town_newcomers_arrived_in(text, lang, towns):
    assert _places(text, lang) == towns


@pytest.mark.parametrize("text,name", [
    ("Informacji udziela ks. Marek Lisowski, dyrektor Caritas, tel. 84 000 00 00.", "Marek Lisowski"),
    ("Informacji o projekcie udziela pani dr Anna Wilk.", "Anna Wilk"),
])
def test_a_contact_after_a_courtesy_or_clerical_title(text, name):
    from ngo_atlas.extract.people import find_people

    assert [(p.name, p.role) for p in find_people(text, 0, len(text), [], "pl")] == [(name, "contact")]


@pytest.mark.parametrize("text,lang,name", [
    ("Osoba do kontaktu w PCPR: Pani Anna Wilk, starszy specjalista, tel. 85 000 00 00", "pl", "Anna Wilk"),
    ("Контактна особа: Олена Коваль, тел. 500 000 000", "uk", "Олена Коваль"),
])
def test_a_contact_person_label_with_more_words(text, lang, name):
    from ngo_atlas.extract.people import find_people

    assert [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)] == [(name, "contact")]


@pytest.mark.parametrize("text,lang,name", [
    ("Організаторка зустрічей — Оксана Коваль. Реєстрація: тел. 500 000 000", "uk", "Оксана Коваль"),
    ("Organizatorką spotkań jest Anna Wilk.", "pl", "Anna Wilk"),
])
def test_the_person_who_organises_the_meetings_coordinates_them(text, lang, name):
    from ngo_atlas.extract.people import find_people

    assert [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)] == [(name, "coordinator")]


def test_an_organising_body_is_no_person():
    from ngo_atlas.extract.people import find_people

    text = "Organizatorką jest Fundacja Most."
    assert find_people(text, 0, len(text), [], "pl") == []
