"""DATEC (round 26): start, end and status the text states but earlier rules did not read: the
imperfective past and the opening ceremony of a start ("zaczynaliśmy", "zainaugurowano"), a
reflexive before the month ("zaczęło się we wrześniu"), "potrwa do" said of a running project, a
card's badge line next to its title, and a list intro's period when its own record comes first."""
import pytest

from ngo_atlas.extract.dates import open_dates
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str) -> list:
    return extract_document(Document("x.txt", "x.txt", text)).projects


@pytest.mark.parametrize("text, iso", [
    ("Gdy w marcu 2021 r. zaczynaliśmy projekt, mieliśmy tylko dwie wolontariuszki.", "2021-03"),
    ("W listopadzie 2019 roku rozpoczynałyśmy pierwsze zajęcia w świetlicy.", "2019-11"),
    ("12 maja 2022 r. w ratuszu zainaugurowano projekt „Sąsiedzkie mosty”.", "2022-05-12"),
    ("Wszystko zaczęło się we wrześniu 2020 r. od jednej rozmowy.", "2020-09"),
    ("On 4 April 2023 the project was inaugurated at the city library.", "2023-04-04"),
    ("5 травня 2023 року інавгурували проєкт у Житомирі.", "2023-05-05"),
])
def test_start_read(text, iso):
    first, _ = open_dates(text, 0, len(text))
    assert first is not None and first.iso() == iso


@pytest.mark.parametrize("text", [
    "W marcu 2021 r. czynaliśmy starania o lokal.",  # no verb of starting
    "Od 2015 r. nasza fundacja wydaje gazetę.",
])
def test_start_not_read(text):
    first, _ = open_dates(text, 0, len(text))
    assert first is None or first.iso() != "2021-03"


def test_imperfective_start_beats_later_continuation():
    text = ("Projekt „Ciche wsparcie”\n\nKiedy w styczniu 2022 r. zaczynaliśmy projekt „Ciche wsparcie”, "
            "nie znaliśmy jeszcze nikogo w Opolu. Projekt zakończył się 30 czerwca 2023 r. "
            "Od sierpnia 2023 r. część zajęć kontynuujemy dzięki darowiznom.")
    p = _records(text)[0]
    assert p.start == "2022-01" and p.end == "2023-06-30"


def test_potrwa_do_is_ongoing():
    text = ("Projekt „Sąsiedzka pomoc”\n\nProjekt ruszył w październiku 2023 r. Projekt potrwa co najmniej "
            "do czerwca 2025 r., a w zajęciach bierze udział 30 rodzin z Tarnowa.")
    assert _records(text)[0].status == "ongoing"


def test_potrwa_do_after_future_start_is_planned():
    text = ("Projekt „Nowy start”\n\nProjekt rozpocznie się w styczniu 2027 r. i potrwa do grudnia 2027 r. "
            "Zapraszamy rodziny z Kielc.")
    assert _records(text)[0].status != "ongoing"


def test_badge_under_title_gives_each_card_its_status():
    text = ("Nasze projekty\n\nPoniżej przedstawiamy nasze działania.\n\n"
            "Dobre sąsiedztwo – kursy językowe\nTrwający\nOkres realizacji: 01.03.2024 – 28.02.2025\n"
            "Finansowanie: Fundacja Orła\nUczymy dorosłych języka polskiego w Lesznie.\n\n"
            "Kuchnia świata – warsztaty\nZakończony\nOkres realizacji: 04.2022 – 11.2022\n"
            "Finansowanie: Miasto Leszno\nGotowaliśmy z rodzinami z Ukrainy i Gruzji.\n")
    st = {p.title: p.status for p in _records(text)}
    assert st.get("Dobre sąsiedztwo – kursy językowe") == "ongoing"
    assert st.get("Kuchnia świata – warsztaty") == "completed"


def test_badge_in_russian_card():
    text = ("Наши проекты\n\nНиже — проекты нашего фонда.\n\n"
            "Русский язык для детей\nЗавершенный\nСроки: 01.02.2022 – 30.11.2022\nДонор: Фонд Север\n"
            "Занятия для детей в Вильнюсе.\n\n"
            "Женский клуб\nТекущий\nСроки: 01.01.2024 – 31.12.2025\nДонор: Фонд Север\nВстречи по средам.\n")
    st = {p.title: p.status for p in _records(text)}
    assert st.get("Русский язык для детей") == "completed"
    assert st.get("Женский клуб") == "ongoing"


def test_no_badge_no_status():
    text = ("Projekt „Cisza”\n\nFundacja Brzozy przygotowała przewodnik dla rodzin z Ukrainy. "
            "Przewodnik jest dostępny w bibliotece w Pile.")
    assert _records(text)[0].status is None


@pytest.mark.parametrize("text", [
    "Projekt „Wspólna kuchnia”\n\nProjekt jeszcze się nie zaczął, ale już zbieramy zgłoszenia rodzin z Radomia.",
    "Projekt „Wspólna kuchnia”\n\nOd 1 marca 2027 r. rozpoczniemy realizację projektu „Wspólna kuchnia” w Radomiu.",
    "Project “Shared Kitchen”\n\nThe project has not yet started; families from Radom may already sign up.",
    "Проект «Общая кухня»\n\nПроект ещё не начал работу, но уже принимает заявки семей из Радома.",
    "Проєкт «Спільна кухня»\n\nПроєкт ще не розпочався, але вже приймає заявки родин з Радома.",
])
def test_not_yet_started_is_planned(text):
    assert _records(text)[0].status == "planned"


def test_activity_started_ahead_is_no_plan():
    # an activity started ahead within a running project is no plan of the project itself
    text = ("Projekt „Wspólna kuchnia”\n\nW ramach projektu od marca rozpoczniemy zajęcia dla dzieci. "
            "Fundacja Lipy wydała przewodnik kulinarny.")
    assert _records(text)[0].status != "planned"


def test_verb_after_long_quoted_name():
    text = ("Projekt „Dom na chwilę – tymczasowe schronienie i wsparcie dla rodzin uchodźczych w Siedlcach” "
            "trwa do dziś. W schronisku mieszka obecnie 20 osób.")
    assert _records("Dom na chwilę\n\n" + text)[0].status == "ongoing"
