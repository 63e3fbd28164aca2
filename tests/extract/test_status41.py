"""STATUS (round 41): forms of the status verbs main did not read. The object first with a
first-person past ("Projekt zakończyliśmy!"); the perfective participle in the genitive after
the singular project noun ("projektu „X”, zrealizowanego przez …"), unless the project is the
one this record continues; the present of "przystępować do realizacji"; a programme's own
status with its noun right beside the verb, and a list intro's relative clause on programmes;
a status label naming the contract or the implementation ("Status umowy: w realizacji")."""

import pytest

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.status import _PROGRAMME_DONE, _PROGRAMME_RUNS, find_status, intro_clause_status


def _status(text):
    got = find_status(text, 0, len(text), find_labels(text))
    return got[0] if got else None


@pytest.mark.parametrize("text, want", [
    ("Projekt zakończyliśmy! Przez pół roku gotowaliśmy z sąsiadami z sześciu krajów.", "completed"),
    ("Projekt „Razem przy stole” zrealizowałyśmy wspólnie z Kołem Gospodyń Wiejskich.", "completed"),
    ("Raport jest rezultatem projektu badawczego „Nowi uczniowie w małych szkołach”, "
     "zrealizowanego przez Instytut Socjologii w latach 2021–2022.", "completed"),
    ("Kuratorium Oświaty, we współpracy z ośrodkiem polityki społecznej, przystępuje do "
     "realizacji projektu „Szkoła dla każdego”.", "ongoing"),
    ("Kontynuujemy program bezpłatnej pomocy prawnej dla uchodźców w Rzeszowie.", "ongoing"),
    ("Program realizowany jest od 1 lipca do 31 grudnia 2024 r. w powiecie bialskim.", "ongoing"),
    ("Program zakończył się konferencją w Opolu w grudniu 2023 r.", "completed"),
    ("Okres realizacji: 2024–2026\nStatus umowy: w realizacji\nGrupa docelowa: 120 osób", "ongoing"),
    ("Stan realizacji: zakończony\nKwota dotacji: 40 000 zł", "completed"),
    ("Dziś ostatnim spotkaniem zamknęliśmy nasz projekt „Smaki sąsiadów” w Elblągu.", "completed"),
    ('After two years our project "Jobs Without Borders" has officially come to an end.', "completed"),
    ("In May the project came to a close with a conference in Gdańsk.", "completed"),
    # a long name in straight quotes counts as one word between the noun and the verb
    ('After 18 months, our project "Code Forward: software careers for newcomers in Poland" has '
     "officially come to an end.", "completed"),
])
def test_status_forms(text, want):
    assert _status(text) == want, text


@pytest.mark.parametrize("text", [
    # the earlier project this one continues ended, not this one
    "Projekt jest kontynuacją projektu „Mosty”, zrealizowanego w latach 2020–2022 przez "
    "Fundację Horyzont.",
    # a list of finished projects elsewhere on the site, in the plural
    "Informacje o projektach zakończonych znajdziesz w archiwum.",
    # a named funding programme's own state is not the record's status
    "Projekt finansowany jest w ramach programu „Niepodległa”, realizowanego przez Biuro.",
    # a regranting scheme's stated period
    "Program trwa od 1 marca 2023 r. do 31 grudnia 2024 r., a jego budżet wynosi 1 mln zł.",
    # the first-person past of another object, the project only in the genitive
    "Zakończyliśmy już rekrutację. Uczestnicy projektu spotkają się w marcu.",
    # a call closed, not the project
    "W piątek zamknęliśmy nabór do projektu „Smaki sąsiadów”.",
    # a day's event ended, the project not named as the subject
    "The festival came to an end on Sunday evening with a concert.",
    # the organisation's status, not the project's
    "Status OPP: od 2019 r.",
])
def test_no_status(text):
    assert _status(text) is None, text


@pytest.mark.parametrize("text", [
    "Нижче – програми, які ми реалізуємо зараз.",
    "Poniżej przedstawiamy programy, które obecnie realizujemy.",
])
def test_programme_list_intro(text):
    got = intro_clause_status(text, 0, len(text))
    assert got is not None and got[0] == "ongoing", text


@pytest.mark.parametrize("text", [
    "Program Aktywni Obywatele – Fundusz Krajowy jest realizowany przez Fundację im. Stefana Batorego.",
    "Program Interreg Polska–Saksonia zakończył się w 2023 r.",
    "Projekt jest finansowany z programu, który realizujemy od lat.",
])
def test_named_programme_not_read(text):
    # the programme's own verb only right beside its bare noun: a named scheme is a funder's
    assert _PROGRAMME_RUNS.search(text) is None and _PROGRAMME_DONE.search(text) is None, text
