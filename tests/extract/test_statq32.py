"""STATQ (round 32): project dates and status. (1) A call's results list whose closing
paragraph says when all the items run ("Dofinansowane inicjatywy będą realizowane od lipca do
listopada 2024 r.") dates every undated item; a small-grants call's plural nouns
("inicjatywy", "mikrogranty", "initiatives", "ініціативи") name the items like "zadania"; a
noun inside a quoted name is no such word. (2) A school year written as two years
("w roku szkolnym 2024/2025") runs from September to June. (3) Status: "ruszyliśmy" is the
past, not the future "ruszy"; "zrealizowaliśmy ponad 30 projektów" is the body's record; the
bare participle "a project implemented from 2023 to 2025" gives a period, not a status. Texts
in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str):
    return extract_document(Document("x.txt", "x.txt", text)).projects


def _project(text: str):
    ps = _projects(text)
    assert len(ps) == 1
    return ps[0]


def _items(ps, titles):
    by = {p.title: p for p in ps}
    return [by[t] for t in titles]


_PL_ITEMS = ("1. „Wspólne gotowanie w Zalesiu”\n"
             "Wnioskodawca: Koło Gospodyń Wiejskich w Zalesiu\n"
             "Kwota dotacji: 5 000 zł\n"
             "Cykl spotkań kulinarnych dla mieszkanek wsi i rodzin z Ukrainy.\n\n"
             "2. „Rowerem przez gminę”\n"
             "Wnioskodawca: Stowarzyszenie Aktywni Zalesie\n"
             "Kwota dotacji: 4 200 zł\n"
             "Rajdy rowerowe dla dzieci polskich i ukraińskich.\n\n"
             "3. „Czytamy razem”\n"
             "Wnioskodawca: Biblioteka Publiczna w Zalesiu\n"
             "Kwota dotacji: 3 600 zł\n"
             "Spotkania z książką w dwóch językach.\n\n")
_PL_TITLES = ["Wspólne gotowanie w Zalesiu", "Rowerem przez gminę", "Czytamy razem"]


def _pl_call(closing: str) -> str:
    return ("Fundacja Lokalna Zalesie\n\n"
            "WYNIKI KONKURSU MIKROGRANTÓW 2024\n"
            "Data publikacji: 20 maja 2024\n\n"
            "Komisja rozpatrzyła 14 wniosków. Do dofinansowania wybrano następujące inicjatywy:\n\n"
            + _PL_ITEMS + closing + "\n\nGratulujemy!\n")


def test_polish_closing_paragraph_dates_every_item():
    ps = _projects(_pl_call("Dofinansowane inicjatywy będą realizowane od lipca do października 2024 r."))
    for p in _items(ps, _PL_TITLES):
        assert (p.start, p.end) == ("2024-07", "2024-10")


def test_polish_closing_paragraph_without_items_noun_dates_none():
    ps = _projects(_pl_call("Umowy podpiszemy od 1 do 14 czerwca 2024 r. w biurze Fundacji."))
    for p in _items(ps, _PL_TITLES[:2]):
        assert p.start is None and p.end is None


def test_polish_intro_perfective_verb_and_initiatives_noun():
    text = ("Fundacja Lokalna Zalesie\n\n"
            "WYNIKI KONKURSU MIKROGRANTÓW 2024\n"
            "Data publikacji: 20 maja 2024\n\n"
            "Komisja wybrała trzy z czternastu zgłoszonych pomysłów. Wszystkie inicjatywy trzeba "
            "zrealizować między 1 czerwca a 30 września 2024 r.\n\n" + _PL_ITEMS + "Gratulujemy!\n")
    for p in _items(_projects(text), _PL_TITLES):
        assert (p.start, p.end) == ("2024-06-01", "2024-09-30")


def test_english_closing_paragraph_initiatives():
    text = ("Riverside Community Fund\n\n"
            "SMALL GRANTS 2024 – RESULTS\n"
            "Published 20 May 2024\n\n"
            "The panel reviewed 14 applications and selected the following initiatives:\n\n"
            "1. \"Cooking Together in Zalesie\"\n"
            "Applicant: Zalesie Rural Women's Circle\n"
            "Grant: PLN 5,000\n"
            "A series of cooking meetings for local and Ukrainian families.\n\n"
            "2. \"Cycling Through the Commune\"\n"
            "Applicant: Active Zalesie Association\n"
            "Grant: PLN 4,200\n"
            "Bike rides for Polish and Ukrainian children.\n\n"
            "All initiatives will be implemented from June to October 2024.\n\n"
            "Congratulations!\n")
    for p in _items(_projects(text), ["Cooking Together in Zalesie", "Cycling Through the Commune"]):
        assert (p.start, p.end) == ("2024-06", "2024-10")


def test_ukrainian_closing_paragraph_initiatives():
    text = ("Фонд громади Залісся\n\n"
            "РЕЗУЛЬТАТИ КОНКУРСУ МІКРОГРАНТІВ 2024\n"
            "Опубліковано: 20 травня 2024\n\n"
            "Комісія розглянула 14 заявок і відібрала такі ініціативи:\n\n"
            "1. «Готуємо разом»\n"
            "Заявник: Клуб господинь Залісся\n"
            "Сума гранту: 5 000 злотих\n"
            "Кулінарні зустрічі для місцевих і українських родин.\n\n"
            "2. «Велосипедом через громаду»\n"
            "Заявник: Товариство Активне Залісся\n"
            "Сума гранту: 4 200 злотих\n"
            "Велопрогулянки для польських і українських дітей.\n\n"
            "Ініціативи триватимуть з 1 червня до 30 вересня 2024 року.\n\n"
            "Вітаємо!\n")
    for p in _items(_projects(text), ["Готуємо разом", "Велосипедом через громаду"]):
        assert (p.start, p.end) == ("2024-06-01", "2024-09-30")


def test_items_noun_inside_quoted_name_is_not_the_items():
    from ngo_atlas.extract.dates import items_run_period
    text = ("Fundacja realizuje program „Sąsiedzi – mikrogranty na inicjatywy lokalne”. "
            "Program trwa od 1 marca do 31 grudnia 2024 r.")
    assert items_run_period(text, 0, len(text)) is None


def test_russian_items_noun_and_period():
    from ngo_atlas.extract.dates import items_run_period
    text = "Инициативы будут реализованы с 1 июня по 30 сентября 2024 года."
    found = items_run_period(text, 0, len(text))
    assert found is not None and (found[0].iso(), found[1].iso()) == ("2024-06-01", "2024-09-30")


def _school(sentence: str):
    return _project("Stowarzyszenie Szkoła Otwarta\n\nKlub Odrabiania Lekcji\n\n" + sentence + "\n")


def test_polish_school_year_runs_september_to_june():
    p = _school("Projekt „Klub Odrabiania Lekcji” realizujemy w roku szkolnym 2024/2025 "
                "w trzech szkołach w Gnieźnie.")
    assert (p.start, p.end) == ("2024-09", "2025-06")


def test_english_russian_ukrainian_school_year():
    for name, sentence in (
            ("Homework Club", "The Homework Club project runs in the 2023/2024 school year in Gniezno."),
            ("Клуб домашних заданий", "Проект «Клуб домашних заданий» проходит в 2023/2024 учебном году в Гнезно."),
            ("Клуб домашніх завдань", "Проєкт «Клуб домашніх завдань» триває у 2023/2024 навчальному році в Гнєзно.")):
        p = _project(f"Open School Association\n\n{name}\n\n{sentence}\n")
        assert (p.start, p.end) == ("2023-09", "2024-06"), sentence


def test_two_years_with_slash_without_school_noun_stay_years():
    p = _school("Projekt „Klub Odrabiania Lekcji” realizowaliśmy w latach 2023/2024 w Gnieźnie.")
    assert (p.start, p.end) == ("2023", "2024")


def test_school_year_gives_way_to_days_stated():
    p = _school("Projekt „Klub Odrabiania Lekcji” trwa od 2 października 2024 r. do 27 czerwca 2025 r. "
                "Zapisy na rok szkolny 2025/2026 ruszą w maju.")
    assert (p.start, p.end) == ("2024-10-02", "2025-06-27")


def test_polish_past_started_is_not_planned():
    p = _project("Stowarzyszenie Kuchnia Bez Granic\n\nGotujemy razem\n\n"
                 "Kochani, mija rok, odkąd ruszyliśmy z projektem „Gotujemy razem” – spotkaniami "
                 "przy wspólnym stole w Gnieźnie.\n")
    assert p.status != "planned"


def test_polish_count_of_projects_is_no_status():
    p = _project("Fundacja Most\n\nDom Sąsiedzki\n\n"
                 "Od 2012 roku zrealizowaliśmy ponad 40 projektów dla cudzoziemców. "
                 "Projekt „Dom Sąsiedzki” to miejsce spotkań dla mieszkańców Gniezna.\n")
    assert p.status is None


def test_polish_finished_project_still_completed():
    p = _project("Fundacja Most\n\nDom Sąsiedzki\n\n"
                 "W grudniu zakończyliśmy projekt „Dom Sąsiedzki” w Gnieźnie.\n")
    assert p.status == "completed"


def test_english_bare_participle_with_period_is_no_status():
    p = _project("Youth Bridges Association\n\nBridges for Youth\n\n"
                 "Bridges for Youth is a partnership project implemented from 1 March 2024 to "
                 "28 February 2026 by youth organisations from Gniezno and Vilnius. It is funded by the "
                 "European Union under the Erasmus+ programme.\n")
    assert p.status is None


def test_english_passive_past_still_completed():
    p = _project("Youth Bridges Association\n\nBridges for Youth\n\n"
                 "The project was implemented from 1 March 2022 to 28 February 2023 in Gniezno. It was "
                 "funded by the European Union under the Erasmus+ programme.\n")
    assert p.status == "completed"
