"""UMBRA (round 29): an umbrella programme above its numbered sub-projects. The programme's own
paragraph (its operator, payer, period and whole budget) is a record of its own, first on the
page; its coordinator and places stay with it, the sub-projects keep their own. A results page
whose paragraph only sums the grants it lists ("na łączną kwotę") gets no programme record."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str):
    return extract_document(Document("x.txt", "x.txt", text)).projects


PL = (
    'Dom Kultury w Sieradzu\n'
    '\n'
    '„Sieradz – wspólne podwórko 2025” to roczny program Domu Kultury w Sieradzu, realizowany od kwietnia do '
    'listopada 2025 roku. Program jest finansowany ze środków Miasta Sieradza; łączny budżet wynosi 64 000 zł. '
    'Koordynatorką programu jest Halina Wróbel.\n'
    '\n'
    'Projekt 1: Kuchnia sąsiadów\n'
    'Termin: maj – czerwiec 2025\n'
    'Budżet: 22 000 zł\n'
    'Partner: Stowarzyszenie Przyjaciół Sieradza\n'
    'Wspólne gotowanie z rodzinami z Ukrainy. Koordynacja: Marek Sowa.\n'
    '\n'
    'Projekt 2: Podwórkowe kino\n'
    'Termin: lipiec – sierpień 2025\n'
    'Budżet: 18 000 zł\n'
    'Partner: Fundacja Kadr\n'
    'Pokazy filmów pod chmurką z napisami po ukraińsku. Koordynacja: Irena Bąk.\n'
)

PL_RESULTS = (
    'Fundacja Ziemi Kaliskiej\n'
    '\n'
    'Ogłaszamy wyniki programu grantowego „Kaliskie Mosty”. Komisja przyznała dofinansowanie trzem '
    'inicjatywom na łączną kwotę 40 000 zł.\n'
    '\n'
    'Projekt 1: Kuchnia sąsiadów\n'
    'Termin: maj – czerwiec 2025\n'
    'Budżet: 22 000 zł\n'
    'Partner: Stowarzyszenie Przyjaciół Kalisza\n'
    'Wspólne gotowanie z rodzinami z Ukrainy.\n'
    '\n'
    'Projekt 2: Podwórkowe kino\n'
    'Termin: lipiec – sierpień 2025\n'
    'Budżet: 18 000 zł\n'
    'Partner: Fundacja Kadr\n'
    'Pokazy filmów pod chmurką z napisami po ukraińsku.\n'
)

EN = (
    'OPEN TOWNS NETWORK\n'
    '\n'
    'Open Towns was a two-year grant programme funded by the Nordic Civic Fund (EUR 400,000 in total) and '
    'coordinated by Fundacja Otwarte Miasta. It ran from 2023 to 2024.\n'
    '\n'
    '1. Płock: "Language Café"\n'
    'Lead: Stowarzyszenie Płockie Forum\n'
    'Period: March 2023 – February 2024\n'
    'Grant: EUR 120,000\n'
    '\n'
    '2. Kalisz: "Welcome Walks"\n'
    'Lead: Fundacja Kaliski Dom\n'
    'Period: May 2023 – April 2024\n'
    'Grant: EUR 95,000\n'
)


def test_pl_programme_paragraph_is_its_own_first_record():
    recs = _records(PL)
    assert len(recs) == 3
    prog = recs[0]
    assert prog.title == "Sieradz – wspólne podwórko 2025"
    assert [f.amount for f in prog.funding] == [64000.0]
    assert "Halina Wróbel" in [p.name for p in prog.people]
    # the programme's coordinator is not spread into its sub-projects
    for sub in recs[1:]:
        assert "Halina Wróbel" not in [p.name for p in sub.people]
    assert [f.amount for f in recs[1].funding][:1] == [22000.0]


def test_pl_sub_projects_keep_the_programme_payer():
    recs = _records(PL)
    for sub in recs[1:]:
        assert any(f.funder and "Sieradz" in f.funder for f in sub.funding)


def test_pl_results_page_summing_its_grants_has_no_programme_record():
    recs = _records(PL_RESULTS)
    assert len(recs) == 2
    assert all("Projekt" not in (r.title or "") or "Kuchnia" in r.title or "kino" in r.title for r in recs)


def test_en_programme_in_total_is_its_own_record():
    recs = _records(EN)
    assert len(recs) == 3
    assert [f.amount for f in recs[0].funding] == [400000.0]
    assert recs[0].start and recs[0].start.startswith("2023")


UK = (
    'Фонд «Відкрите місто»\n'
    '\n'
    'Програма «Сусіди поруч 2025» фінансується Фундацією Спільна Справа; загальний бюджет програми становить '
    '90 000 злотих. Програма триває з березня до грудня 2025 року. Координаторка програми – Олена Коваль.\n'
    '\n'
    'Проєкт 1: Кухня сусідів\n'
    'Термін: травень – червень 2025\n'
    'Бюджет: 30 000 злотих\n'
    'Партнер: Товариство Друзів Любліна\n'
    '\n'
    'Проєкт 2: Кіно у дворі\n'
    'Термін: липень – серпень 2025\n'
    'Бюджет: 25 000 злотих\n'
    'Партнер: Фундація Кадр\n'
)

RU = (
    'Фонд «Открытый город»\n'
    '\n'
    'Программа «Соседи рядом 2025» финансируется Фондом Общее Дело; общий бюджет программы составляет '
    '90 000 злотых. Программа длится с марта по декабрь 2025 года. Координатор программы – Ольга Ковальчук.\n'
    '\n'
    'Проект 1: Кухня соседей\n'
    'Срок: май – июнь 2025\n'
    'Бюджет: 30 000 злотых\n'
    'Партнер: Общество Друзей Люблина\n'
    '\n'
    'Проект 2: Кино во дворе\n'
    'Срок: июль – август 2025\n'
    'Бюджет: 25 000 злотых\n'
    'Партнер: Фонд Кадр\n'
)


def test_uk_programme_paragraph_is_its_own_record():
    recs = _records(UK)
    assert len(recs) == 3
    assert recs[0].title == "Сусіди поруч 2025"
    assert all("Олена Коваль" not in [p.name for p in r.people] for r in recs[1:])


def test_ru_programme_paragraph_is_its_own_record():
    recs = _records(RU)
    assert len(recs) == 3
    assert recs[0].title == "Соседи рядом 2025"
    assert all("Ольга Ковальчук" not in [p.name for p in r.people] for r in recs[1:])
