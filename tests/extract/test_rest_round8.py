"""Round 8 (error classes of unseen-t/s/r, in general forms): ends told relative to the
page's date, section datelines, months dated by the page, first-person verbs of ending,
day ranges in words."""

import pytest

from ngo_atlas.extract.dates import find_periods, is_dateline, open_dates, page_date, relative_end
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _one(text: str):
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert len(ex.projects) == 1
    return ex.projects[0]


@pytest.mark.parametrize("line", ["Wydarzenia | 4 lutego 2024", "Blog / 03.11.2023",
                                  "Новости › 5 мая 2024", "Strona główna · 7.01.2022"])
def test_a_section_name_before_a_separator_still_makes_a_dateline(line):
    d = page_date(line + "\n\nTreść artykułu o czymś innym.")
    assert d is not None and is_dateline(line, d)


def test_a_sentence_with_a_date_is_no_dateline():
    line = "Spotkanie dla rodzin odbędzie się 4 lutego 2024 w sali nr 2"
    d = page_date(line + "\n")
    assert d is None or not is_dateline(line, d)


@pytest.mark.parametrize("text,year", [
    ("Blog | 2 lutego 2023\n\nNasza inicjatywa będzie działać do końca przyszłego roku.", 2024),
    ("Новини / 10.05.2024\n\nПроєкт триватиме до кінця наступного року.", 2025),
    ("Новости | 1 апреля 2022\n\nРабота продлится до конца года.", 2022),
    ("News / 9 October 2023\n\nThe scheme runs until the end of next year.", 2024),
])
def test_an_end_of_year_named_relative_to_the_pages_date(text, year):
    d = relative_end(text, 0, len(text), None)
    assert d is not None and d.year == year and d.month is None


def test_next_year_on_an_undated_page_has_no_end_but_this_year_takes_the_start():
    text = "Zajęcia potrwają do końca przyszłego roku."
    assert relative_end(text, 0, len(text), None) is None
    text = "Почали у березні 2024 року, а триватиме до кінця року."
    start = open_dates(text, 0, len(text))[0]
    assert start.iso() == "2024-03"
    assert relative_end(text, 0, len(text), start).year == 2024


def test_a_month_before_a_verb_of_starting_takes_the_pages_year():
    text = ("Wiadomości | 20 maja 2024\n\nW kwietniu ruszył projekt „Sąsiedzi z daleka” "
            "Stowarzyszenia Razem z Lublina. Zajęcia dla rodzin potrwają do końca przyszłego roku.\n")
    p = _one(text)
    assert p.start == "2024-04"
    assert p.end == "2025"
    assert p.spans["end"].rule == "date:relative_year_end"


@pytest.mark.parametrize("text,start,end", [
    ("Zajęcia prowadzimy od marca 2023 r., a zakończymy je w czerwcu 2024 r.", "2023-03", "2024-06"),
    ("Курс ведём с января 2024 года и закончим в мае 2024 года.", "2024-01", "2024-05"),
    ("Ми почали в жовтні 2023 року.", "2023-10", None),
])
def test_first_person_verbs_of_starting_and_ending(text, start, end):
    first, last = open_dates(text, 0, len(text))
    assert (first.iso() if first else None, last.iso() if last else None) == (start, end)


@pytest.mark.parametrize("text,start,end", [
    ("The camp runs from 3 to 12 August 2023 in Gdynia.", "2023-08-03", "2023-08-12"),
    ("Obóz trwa od 3 do 12 sierpnia 2023 r.", "2023-08-03", "2023-08-12"),
    ("Лагерь пройдёт с 3 по 12 августа 2023 года.", "2023-08-03", "2023-08-12"),
])
def test_a_day_range_in_words(text, start, end):
    per = find_periods(text)
    assert per and (per[0].start.iso(), per[0].end.iso()) == (start, end)


def test_a_section_dateline_is_no_title_and_dates_no_event():
    text = ("Aktualności | 3 marca 2024\n\nWarsztaty dla rodziców w projekcie „Dom na nowo”\n\n"
            "Projekt „Dom na nowo” realizujemy od lutego 2024 r. Warsztaty odbywają się co tydzień.\n")
    p = _one(text)
    assert p.title == "Dom na nowo"
    assert p.start == "2024-02" and p.end is None


def _people(text: str, lang: str = "pl"):
    from ngo_atlas.extract.people import find_people

    return [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text,lang,name", [
    ("Na spotkaniu był też Marek Zając, który kierował pracami zespołu.", "pl", "Marek Zając"),
    ("Wdzięczni jesteśmy pani Katarzynie Wolskiej, która koordynowała przedsięwzięcie.", "pl",
     "Katarzyna Wolska"),
    ("We thank Tom Baker, who managed the project in its first year.", "en", "Tom Baker"),
    ("— отмечает Ольга Седова, которая руководит проектом с весны.", "ru", "Ольга Седова"),
    ("розповідає Марина Гуменюк, яка координує проєкт у Львові.", "uk", "Марина Гуменюк"),
])
def test_a_relative_clause_of_coordinating_the_work_makes_a_coordinator(text, lang, name):
    assert (name, "coordinator") in _people(text, lang)


@pytest.mark.parametrize("text,lang,name", [
    ("Zaprosiliśmy też mec. Piotra Wronę, który poprowadził szkolenie z prawa pobytowego.", "pl",
     "Piotr Wrona"),
    ("Our guest was Sarah Cole, who gave a lecture on asylum law.", "en", "Sarah Cole"),
    ("В гостях была Анна Белова, которая провела семинар для волонтёров.", "ru", "Анна Белова"),
])
def test_a_relative_clause_of_giving_a_training_makes_an_expert(text, lang, name):
    assert (name, "expert") in _people(text, lang)


@pytest.mark.parametrize("text", [
    "Rozmawiamy z Ewą Sową, która kieruje fundacją od 2015 roku.",
    "Dziękujemy pani Janinie Mróz, która poprowadziła warsztaty kulinarne.",
])
def test_heading_a_body_or_a_craft_workshop_gives_no_project_role(text):
    assert not [r for _n, r in _people(text) if r in ("coordinator", "expert")]


@pytest.mark.parametrize("text,lang,name", [
    ("Pytania: p. Halina Wróbel, tel. 500 600 700", "pl", "Halina Wróbel"),
    ("Questions: Mark Green, mark.green@example.org", "en", "Mark Green"),
    ("Питання: Оксана Мельник, тел. 600 100 200", "uk", "Оксана Мельник"),
    ("Sekretariat sieci: Zofia Kruk, biuro@siec.example.pl", "pl", "Zofia Kruk"),
])
def test_whom_questions_go_to_is_the_contact(text, lang, name):
    assert (name, "contact") in _people(text, lang)


def test_a_group_leader_label_names_the_coordinator():
    assert ("Anna Kowal", "coordinator") in _people("Group leader: Anna Kowal\n", "en")


def _places(text: str, lang: str = "pl"):
    from ngo_atlas.extract.places import find_places

    return [t.value for t in find_places(text, 0, len(text), [], lang)]


def test_a_plural_form_is_of_a_plural_town_not_of_several_singular_ones():
    assert "Police" in _places("Świetlica działa w Policach od września.")
    assert "Polica" not in _places("Świetlica działa w Policach od września.")


def test_another_form_on_the_page_settles_which_town_a_locative_is():
    text = ("Dla rodzin z Kościerzyny przygotowaliśmy kurs. Zajęcia prowadzimy w Kościerzynie "
            "dwa razy w tygodniu.")
    got = _places(text)
    assert "Kościerzyna" in got and "Kościerzyn" not in got


def test_a_genitive_form_of_another_town_is_no_evidence():
    # "Cieszyna" is Cieszyn's genitive as well as a village's nominative
    text = "Przyjechali do Cieszyna w marcu. Punkt pomocy działa w Cieszynie."
    assert "Cieszyn" in _places(text) and "Cieszyna" not in _places(text)


@pytest.mark.parametrize("text,towns", [
    ("Kurs jest dla nauczycieli z Lubartowa i Łęcznej.", ["Lubartów", "Łęczna"]),
    ("Wsparcie otrzyma 60 rodzin z Przeworska.", ["Przeworsk"]),
    ("Na zajęcia przychodzą kobiety z Jarosławia i Radymna.", ["Jarosław", "Radymno"]),
])
def test_the_towns_of_the_local_people_served_after_z(text, towns):
    got = _places(text)
    assert all(t in got for t in towns), got


@pytest.mark.parametrize("text", [
    "Na zajęcia przychodzą kobiety z Nepalu i Kolumbii.",
    "Grupę tworzą osoby z Azji Środkowej.",
    "Wsparcie otrzymały rodziny z Niemiec.",
])
def test_people_from_a_country_or_world_region_name_no_place(text):
    assert _places(text) == []


def test_volunteers_from_a_town_do_not_make_it_a_place():
    assert "Gdańsk" not in _places("Pomagają nam wolontariusze z Gdańska.")


def test_a_soft_feminine_adjective_opens_a_two_word_town_in_russian():
    assert "Еленя Гура" in _places("Консультации проходят во Вроцлаве и Еленей Гуре.", "ru")


def test_a_grant_lists_numbered_items_are_one_project_each():
    text = ("Wyniki naboru wniosków 2024\n\nGmina Przykładowo przyznała dotacje trzem organizacjom "
            "z budżetu gminy.\n\n"
            "1. Stowarzyszenie Alfa – „Klub sąsiedzki na Zielonym Osiedlu” – 12 500 zł\n"
            "   okres: 1.03.2024 – 30.09.2024\n"
            "2. Fundacja Beta – „Język polski po pracy” – 20 000 zł\n"
            "   okres: 1.04.2024 – 31.12.2024\n"
            "3. Parafia św. Józefa – „Wieczory kultur” – 8 000 zł\n"
            "   okres: maj–listopad 2024\n")
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert [p.title for p in ex.projects] == ["Klub sąsiedzki na Zielonym Osiedlu", "Język polski po pracy",
                                              "Wieczory kultur"]
    assert [(p.funding[0].amount if p.funding else None) for p in ex.projects] == [12500.0, 20000.0, 8000.0]
    assert ex.projects[1].start == "2024-04-01"


def test_a_bulleted_quote_without_a_sum_or_date_is_no_grant_item():
    from ngo_atlas.extract.segment import _dashed_item_title

    text = "- Anna – „Było warto” – wspomina pierwszy rok\n"
    assert _dashed_item_title(text, 0, len(text)) is None


def test_an_office_under_a_contact_label_is_no_person():
    text = "Kontakt: Wydział Kultury i Polityki Społecznej, tel. 22 100 20 30\n"
    from ngo_atlas.extract.people import find_people
    from ngo_atlas.extract.labels import find_labels

    assert [p.name for p in find_people(text, 0, len(text), find_labels(text), "pl") if p.name] == []


@pytest.mark.parametrize("text,email", [
    ("Kontakt: jan.kos // stowarzyszenie-most.pl (biuro)", "jan.kos@stowarzyszenie-most.pl"),
    ("Пишите: olga.m // fundacja.org.pl", "olga.m@fundacja.org.pl"),
    ("Zgłoszenia: swietlica.lipa na onet.pl lub telefonicznie", "swietlica.lipa@onet.pl"),
    ("email peter dot novak at example dot org for details", "peter.novak@example.org"),
])
def test_more_spelled_at_signs_and_dots(text, email):
    from ngo_atlas.extract.links import find_emails

    assert [x[2] for x in find_emails(text)] == [email]


@pytest.mark.parametrize("text", [
    "Zapraszamy na fundacja.org.pl i na nasz profil.",
    "Zobacz https://przyklad.pl // inny.pl",
    "Wpłaty na konto.pl nie przyjmujemy",
])
def test_prose_na_and_address_slashes_are_no_mailbox(text):
    from ngo_atlas.extract.links import find_emails

    assert find_emails(text) == []


def _title(text: str) -> str | None:
    from ngo_atlas.extract.title import choose_title

    t = choose_title(text, 0, len(text), [])
    return t[0] if t else None


@pytest.mark.parametrize("crumb", ["Projekty / Zakończone", "PROJECTS / CURRENT", "Aktualności / Projekty",
                                   "Instytut Nauk Społecznych · Badania · Granty · Projekty"])
def test_a_breadcrumb_is_no_title(crumb):
    text = (f"{crumb}\n\nMosty dla rodzin w Lubartowie\n\nOd 2023 roku spotykamy się co tydzień "
            "z rodzinami z Ukrainy, a zajęcia finansuje miasto.\n")
    assert _title(text) == "Mosty dla rodzin w Lubartowie"


def test_a_quoted_name_before_its_kind_in_a_heading():
    text = ("'Bridges of Sound' music workshops open in Lublin\n\nFrom March young people from "
            "Lublin and Ukraine meet weekly to make music together, funded by the city.\n")
    assert _title(text.replace("'", '"')) == "Bridges of Sound"


def test_the_site_owners_name_over_a_dateline_is_no_title():
    text = ("Fundacja Pod Wspólnym Dachem\nWiadomości, 02.05.2024\n\nKlub Sąsiadów – startujemy!\n\n"
            "Otrzymaliśmy dotację, dzięki której od maja 2024 r. w Łomży spotykać się będą "
            "rodziny z Polski i Ukrainy.\n")
    assert _title(text).startswith("Klub Sąsiadów")


def test_an_organisation_named_first_over_another_line_may_be_the_title():
    text = ("Konsorcjum organizacji wspierających cudzoziemców w Łodzi\nFundacja Razem\n\n"
            "To grupa sześciu organizacji, które w 2022 roku spotkały się osiem razy.\n")
    assert _title(text) == "Konsorcjum organizacji wspierających cudzoziemców w Łodzi"


@pytest.mark.parametrize("top,status", [
    ("Start » Nasze projekty » Projekty bieżące", "ongoing"),
    ("Home / Projects / Completed", "completed"),
    ("Головна › Проєкти › Завершені", "completed"),
    ("Главная | Проекты | Текущие проекты", "ongoing"),
])
def test_the_breadcrumbs_last_step_names_the_status(top, status):
    from ngo_atlas.extract.status import find_status

    text = f"{top}\n\nDom Sąsiedzki\n\nPunkt porad dla cudzoziemców w Kielcach i Radomiu.\n"
    st = find_status(text, 0, len(text), [])
    assert st is not None and st[0] == status and st[1].rule.startswith("crumb_status")


def test_a_breadcrumb_without_a_status_gives_none():
    from ngo_atlas.extract.status import find_status

    text = "Start » Projekty » Dom Sąsiedzki\n\nPunkt porad dla cudzoziemców w Kielcach.\n"
    assert find_status(text, 0, len(text), []) is None


@pytest.mark.parametrize("text,lang,name", [
    ("Z Anną Lis, koordynatorką projektu „Razem”, rozmawia Piotr Wilk.", "pl", "Piotr Wilk"),
    ("Rozmawiała: Ewa Kruk\n\nAnna Lis koordynuje projekt od roku.", "pl", "Ewa Kruk"),
    ("Розмову вела: Оксана Бойко\n", "uk", "Оксана Бойко"),
    ("Dodano: 03.04.2024 | Autor: Jan Mazur\n\nProjekt „Razem” ruszył w marcu.", "pl", "Jan Mazur"),
    ("Autorka: Zofia Wrona | 5 maja 2024 | czas czytania: 3 min\n", "pl", "Zofia Wrona"),
])
def test_an_interviewer_or_a_posts_writer_is_no_person_of_the_project(text, lang, name):
    assert name not in [n for n, _r in _people(text, lang)]


def test_a_reports_authors_on_their_own_line_stay_authors():
    text = "Raport z badania\n\nAutorzy: Anna Lis, Tomasz Kot\n\nRaport opisuje projekt.\n"
    assert ("Anna Lis", "author") in _people(text)


def test_capitalised_words_after_of_continue_a_bodys_name_in_english():
    text = "The project is coordinated by the Institute of Social Policy at the University of Gdańsk."
    assert [n for n, _r in _people(text, "en") if n] == []
    assert ("Mary Brown", "coordinator") in _people("The project is coordinated by Mary Brown.", "en")


def test_a_menus_last_word_contact_is_no_cue_for_the_next_line():
    text = "HOME | ABOUT | NEWS | CONTACT\n\nGreen Bridges – Local Action for Newcomers\n"
    assert _people(text, "en") == []


@pytest.mark.parametrize("text,lang,gone,kept", [
    ("Punkt działa w Lublinie. Potem chcemy otworzyć drugi w Zamościu.", "pl", "Zamość", "Lublin"),
    ("Kurs prowadzimy w Kielcach. Od jesieni planujemy też zajęcia w Radomiu.", "pl", "Radom", "Kielce"),
    ("Клуб працює в Любліні. Наступного року хочемо відкрити філію в Холмі.", "uk", "Холм", "Люблін"),
    ("The desk runs in Gdańsk. Next year we would like to open one in Gdynia.", "en", "Gdynia", "Gdańsk"),
])
def test_where_we_wish_or_plan_to_go_later_is_no_place(text, lang, gone, kept):
    got = _places(text, lang)
    assert kept in got and gone not in got, got


@pytest.mark.parametrize("text,town", [
    ("W latach 2025–2026 planujemy zjazdy sieci w Gdańsku i Słupsku.", "Słupsk"),
    ("Chcemy, żeby każdy, kto przyjeżdża do Krosna, dostał pomoc.", "Krosno"),
])
def test_the_projects_own_plan_or_purpose_keeps_its_places(text, town):
    assert town in _places(text)


def test_a_ukrainian_locative_of_a_neuter_town():
    assert "Гнєзно" in _places("Заняття відбуваються у Познані та Гнєзні.", "uk")


def test_a_dateline_over_a_heading_of_ending_is_no_end():
    text = ("Aktualności\n05.12.2023\n\nZakończył się projekt „Sąsiedzi”\n\nW listopadzie 2023 r. "
            "zakończył się projekt, który trwał od marca 2022 r.\n")
    first, last = open_dates(text, 0, len(text))
    assert (first.iso(), last.iso()) == ("2022-03", "2023-11")


@pytest.mark.parametrize("text,start,end", [
    ("Blog | 4 listopada 2024\n\nZajęcia zakończyły się 31 października. Ruszyły w marcu.", "2024-03",
     "2024-10-31"),
    ("Wiadomości | 10 czerwca 2025\n\nZaczęliśmy w lutym tego roku, w każdą środę.", "2025-02", None),
])
def test_yearless_days_and_months_take_the_pages_year(text, start, end):
    first, last = open_dates(text, 0, len(text))
    assert (first.iso() if first else None, last.iso() if last else None) == (start, end)


def test_a_day_range_of_a_month_in_numbers():
    per = find_periods("Warsztaty: 3–9.07.2023, Gdańsk")
    assert per and (per[0].start.iso(), per[0].end.iso()) == ("2023-07-03", "2023-07-09")
    assert not find_periods("Okres: 01.07.2020 – 30.06.2022")[0].rule == "day_range"


@pytest.mark.parametrize("text,lang,names", [
    ("Wykład otwierający wygłosi dr Marek Lis (UMCS), a panel poprowadzi Ewa Bąk.", "pl", ["Marek Lis"]),
    ("Prelegenci: Anna Wójcik, Piotr Kania\n", "pl", ["Anna Wójcik", "Piotr Kania"]),
    ("Keynote speakers: Prof. Helen Black and Tom Green\n", "en", ["Helen Black", "Tom Green"]),
    ("Доповідачі: Олена Коваль, Ірина Мельник\n", "uk", ["Олена Коваль", "Ірина Мельник"]),
])
def test_who_gives_the_talks_is_an_expert(text, lang, names):
    got = _people(text, lang)
    assert all((n, "expert") in got for n in names), got


def test_the_organising_committees_chair_coordinates_the_event():
    assert ("Ewa Nowak", "coordinator") in _people("Przewodnicząca Komitetu Organizacyjnego: dr Ewa Nowak\n")


def test_a_title_after_a_name_does_not_end_a_list_of_authors():
    text = "Autorzy: dr Anna Zięba, prof. UW, mgr Piotr Kos, dr Iga Lis\n"
    assert [r for _n, r in _people(text)] == ["author", "author", "author"]


def test_an_isbn_is_no_postcode_so_a_reports_byline_stays():
    from ngo_atlas.extract.boilerplate import mask

    text = ("Raport o integracji\n\nAutorzy: Anna Lis, Jan Kot\nKraków 2024, ISBN 978-83-123-4567-8\n\n"
            "Treść.\nFundacja X\nul. Długa 5\n31-147 Kraków\n")
    m = mask(text)
    assert "Autorzy: Anna Lis" in m and "31-147" not in m


@pytest.mark.parametrize("text,title", [
    ("Aktualności\n\nMiasto Kalisz rozpoczęło realizację programu „Szkoła bez granic” dla dzieci "
     "z Ukrainy. Program finansuje samorząd, jego koszt to 300 000 zł.\n", "Szkoła bez granic"),
    ("Новини\n\nМісто Люблін розпочало реалізацію програми «Добрий старт» для дітей з України. "
     "Програма фінансується з міського бюджету.\n", "Добрий старт"),
])
def test_a_body_starting_a_named_programme_presents_a_project(text, title):
    assert _one(text).title == title


@pytest.mark.parametrize("text", [
    "Gmina Kalisz rozpoczęła realizację programu „Szkoła bez granic”.",
    "Місто Люблін розпочало реалізацію програми «Добрий старт».",
    "Фонд начал реализацию программы «Вместе».",
    "The city started the implementation of the 'Open School' programme.",
])
def test_having_begun_to_carry_it_out_is_ongoing(text):
    from ngo_atlas.extract.status import find_status

    st = find_status(text, 0, len(text), [])
    assert st is not None and st[0] == "ongoing"


@pytest.mark.parametrize("text,status", [
    ("Klub Sąsiadów – startujemy!\n\nOd maja spotkania w bibliotece.", "ongoing"),
    ("Ранкова кава для мам: починаємо!\n", "ongoing"),
    ("Rozpoczynamy nabór wniosków do 30 maja.", None),
])
def test_a_bare_we_are_starting_is_ongoing_but_not_when_it_starts_a_call(text, status):
    from ngo_atlas.extract.status import find_status

    st = find_status(text, 0, len(text), [])
    assert (st[0] if st else None) == status


@pytest.mark.parametrize("text,lang,town", [
    ("Asystenci pracują w 12 szkołach podstawowych Kalisza.", "pl", "Kalisz"),
    ("У 25 початкових школах Любліна працюватимуть асистенти.", "uk", "Люблін"),
])
def test_a_town_after_a_locative_plural_with_its_adjective(text, lang, town):
    assert town in _places(text, lang)


def test_a_historical_region_stays_as_written_unless_its_voivodeship_is_named_too():
    got = _places("Pomagamy rodzinom mieszkającym na Lubelszczyźnie, w Chełmie i Zamościu.")
    assert "Lubelszczyzna" in got and "województwo lubelskie" not in got
    got = _places("Działamy w województwie lubelskim, czyli na Lubelszczyźnie, w Chełmie.")
    assert "województwo lubelskie" in got and "Lubelszczyzna" not in got


def test_an_english_list_of_towns_that_are_also_words_with_an_adjectival_town():
    got = _places("Workshops were held in Koło, Turek and Tomaszów Mazowiecki last spring.", "en")
    assert got == ["Koło", "Turek", "Tomaszów Mazowiecki"], got


@pytest.mark.parametrize("text,lang,name", [
    ("Pytania? Napiszcie na maila albo do Kasi Wróbel (k.wrobel@example.org).", "pl", "Kasia Wróbel"),
    ("Write to Anna Brown for details.", "en", "Anna Brown"),
    ("Пишіть Олені Коваль у месенджер.", "uk", "Олена Коваль"),
])
def test_whom_to_write_to_is_the_contact(text, lang, name):
    assert (name, "contact") in _people(text, lang)
