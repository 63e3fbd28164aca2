"""Round 37 (since): a page that gives several periods.

A project run "since" a date, beside the dates of its current edition, semester or new
agreement, starts at the "since" date (an edition's end is not the project's; an
agreement's is); a stage's ending is not the project's."""

import pytest

from ngo_atlas.extract.dates import find_periods
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.sincestart import since_start
from ngo_atlas.extract.status import find_status
from ngo_atlas.model import Document


def _dates(text: str):
    projects = extract_document(Document("page.txt", "page.txt", text)).projects
    assert projects
    return projects[0].start, projects[0].end


@pytest.mark.parametrize("text,dates", [
    # an edition's period: the project began earlier and goes on
    ("Warsztaty „Nowy Dom” – nabór do IV edycji\n\n"
     "Warsztaty są częścią projektu „Nowy Dom – wsparcie rodzin z doświadczeniem migracji”, "
     "który Stowarzyszenie Most realizuje od 2021 roku razem z Biblioteką Miejską. Czwarta "
     "edycja potrwa od 7 kwietnia do 30 czerwca 2025 r. Zajęcia są bezpłatne.\n", ("2021", None)),
    # a semester's period (Russian)
    ("Бесплатные курсы польского языка — осень 2024\n\n"
     "Фонд «Открытый город» продолжает проект «Польский для всех». Проект реализуется с "
     "сентября 2021 года, а осенний семестр продлится с 1 октября по 20 декабря 2024 года.\n",
     ("2021-09", None)),
    # a semester given as a label
    ("Курсы «Язык для работы»\n\nПрограмма «Язык для работы» реализуется с 2020 года и "
     "финансируется городом.\nДлительность семестра: с 3 марта по 30 июня 2025 года\n",
     ("2020", None)),
    # a new agreement's period: its end is the project's
    ("Pomoc prawna w punkcie przy dworcu\n\n"
     "Projekt „Prawo dla każdego” realizujemy nieprzerwanie od kwietnia 2022 r., a nowa umowa "
     "grantowa obejmuje okres od 1 stycznia do 31 grudnia 2024 roku.\n", ("2022-04", "2024-12-31")),
    ("Психологічна підтримка родин\n\nПроєкт «Спокійний дім» триває з 1 червня 2022 року, а нова "
     "угода діє з 1 січня до 31 грудня 2025 року.\n", ("2022-06-01", "2025-12-31")),
])
def test_the_projects_since_start_beats_a_runs_period(text, dates):
    assert _dates(text) == dates


@pytest.mark.parametrize("text", [
    # the since clause is said of activities that go on in a new project, whose period is its own
    "Dzięki nowemu grantowi działania, które prowadzimy od 2019 roku, będą kontynuowane w nowym "
    "projekcie „Most 3”. Nowy projekt realizujemy od 1 stycznia 2024 r. do 31 grudnia 2025 r. w ramach umowy z Wojewodą.\n",
    # the body's own since (no project noun): the edition is the project the page presents
    "Fundacja Razem działa od 2012 roku. Druga edycja Akademii Liderek potrwa od 2 września do "
    "20 grudnia 2024 r.\n",
    # an event's days under an edition heading: the event is the record
    "FESTIWAL „MIASTO WIELU GŁOSÓW” – 4. EDYCJA\n📅 12–14 września 2025\n\n"
    "Festiwal to projekt Fundacji Dialog, który od 2021 roku pokazuje kulturę sąsiadów.\n",
    # the project's own verb governs the period: the agreement named after it changes nothing
    "Projekt „Sąsiad” realizowany jest od 1 marca 2024 r. do 28 lutego 2026 r. na podstawie umowy "
    "z Wojewodą. Program „Lokalni” prowadzony jest od 2018 r.\n",
    # the since date falls after the edition's start: nothing to take
    "Trzecia edycja kursu potrwa od 3 lutego do 30 maja 2025 r. Projekt realizujemy od marca 2025 r.\n",
    # the since date is one bound of a period, not an open start
    "Projekt realizujemy od stycznia 2022 do grudnia 2023 r. Trzecia edycja potrwa od 3 lutego do 30 maja 2025 r.\n",
])
def test_a_period_stands_where_no_earlier_since_of_the_project_is(text):
    per = [p for p in find_periods(text) if "edycj" in text[max(0, p.start.start - 60):p.start.start].lower()
           or "umow" in text[p.end.end:p.end.end + 30] or "EDYCJA" in text[:p.start.start]]
    assert not since_start(text, 0, len(text), (per or find_periods(text))[-1])


def _since(text: str):
    per = find_periods(text)[0]
    got = since_start(text, 0, len(text), per)
    return got and (got[0].iso(), got[1].iso() if got[1] else None)


def test_a_date_line_under_an_edition_heading_is_the_editions():
    # a relative clause on the project's noun ("projekt …, który od 2020 roku …")
    text = ("SZKOŁA TŁUMACZY ŚRODOWISKOWYCH – EDYCJA WIOSENNA\n"
            "📅 8 marca – 17 maja 2025 r. (soboty)\n\n"
            "Szkoła Tłumaczy Środowiskowych to projekt Fundacji Głos, który od 2020 roku przygotowuje "
            "osoby z doświadczeniem migracji do pracy tłumacza.\n")
    assert _since(text) == ("2020", None)
    # the heading names no edition: the dates are the course's own
    assert not _since(text.replace(" – EDYCJA WIOSENNA", ""))
    # the clause before "od" names the body, not the project
    assert not _since(text.replace("to projekt Fundacji Głos, który od 2020 roku przygotowuje",
                                   "prowadzi Fundacja Głos, która od 2020 roku przygotowuje"))


def _status(text: str):
    hit = find_status(text, 0, len(text), [])
    return hit[0] if hit else None


@pytest.mark.parametrize("text", [
    "Pierwszy etap projektu zakończył się w maju 2024 r. publikacją raportu. Obecnie przygotowujemy kolejne działania.",
    "W piątek odbyła się konferencja podsumowująca pierwszy rok projektu „Razem w Lublinie”.",
    "Zakończyliśmy pierwszą fazę projektu i przygotowujemy materiały dla szkół.",
    "Перший етап проєкту завершився у червні 2024 року.",
    "The first phase of the project ended in May 2024.",
])
def test_a_stage_ending_is_not_the_projects(text):
    assert _status(text) != "completed"


@pytest.mark.parametrize("text", [
    "Ostatni etap projektu zakończył się w grudniu 2024 r.",  # the last stage ends the project
    "Projekt zakończył się w grudniu 2024 r. Drugi etap zakończył się we wrześniu.",
    "W ubiegłym roku zakończyliśmy projekt „Sąsiedzi”.",  # "roku" tells when, no stage
    "W czerwcu odbyła się konferencja podsumowująca projekt „Razem”.",
])
def test_the_projects_own_ending_still_completes_it(text):
    assert _status(text) == "completed"
