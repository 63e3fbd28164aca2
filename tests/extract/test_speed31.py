"""SPEED (round 31): a list item's addresses, themes, target groups and activities are read in its
own range only; the list's intro paragraph (which lends the items its period, payers and places)
and a row's prose are no longer searched for the ones _project threw away. The records must stay
as they were: the intro's address is no item's, each item keeps its own address, the intro's
period still dates every item, and the line that opens the list (",…:") still lends its
activities (texts in our own wording, not the sets')."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str) -> list:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert len(projects) == 2, [p.title for p in projects]
    return projects


_PL = """Nasze projekty

Wszystkie projekty realizujemy od 1 marca 2025 r. do 31 grudnia 2025 r. dzięki dotacji z budżetu Miasta Gdyni. Więcej na www.przyklad-intro.pl.

Projekt „Sąsiedzka Kuchnia”
Spotkania kulinarne dla rodzin z Ukrainy w Gdyni. Strona: www.kuchnia-przyklad.pl

Projekt „Lekcje Polskiego”
Kurs języka polskiego dla dorosłych cudzoziemców. Strona: www.lekcje-przyklad.pl
"""

_EN = """Our projects

All our projects run from 1 March 2025 to 31 December 2025 with a grant from the City of Gdynia. More at www.example-intro.org.

Project "Neighbours' Kitchen"
Cooking meetings for families from Ukraine in Gdynia. Website: www.kitchen-example.org

Project "Polish Lessons"
A Polish language course for adult foreigners. Website: www.lessons-example.org
"""

_UK = """Наші проєкти

Усі проєкти ми реалізуємо з 1 березня 2025 р. до 31 грудня 2025 р. завдяки гранту Міста Гдині. Більше на www.pryklad-intro.org.

Проєкт «Сусідська кухня»
Кулінарні зустрічі для родин з України у Гдині. Сайт: www.kukhnia-pryklad.org

Проєкт «Уроки польської»
Курс польської мови для дорослих іноземців. Сайт: www.uroky-pryklad.org
"""

_RU = """Наши проекты

Все проекты мы реализуем с 1 марта 2025 г. по 31 декабря 2025 г. благодаря гранту Города Гдыни. Подробнее на www.primer-intro.org.

Проект «Соседская кухня»
Кулинарные встречи для семей из Украины в Гдыне. Сайт: www.kukhnia-primer.org

Проект «Уроки польского»
Курс польского языка для взрослых иностранцев. Сайт: www.uroki-primer.org
"""


@pytest.mark.parametrize("text, intro_url, own_urls", [
    (_PL, "www.przyklad-intro.pl", ["www.kuchnia-przyklad.pl", "www.lekcje-przyklad.pl"]),
    (_EN, "www.example-intro.org", ["www.kitchen-example.org", "www.lessons-example.org"]),
    (_UK, "www.pryklad-intro.org", ["www.kukhnia-pryklad.org", "www.uroky-pryklad.org"]),
    (_RU, "www.primer-intro.org", ["www.kukhnia-primer.org", "www.uroki-primer.org"]),
])
def test_items_keep_their_own_address_and_the_intro_period(text, intro_url, own_urls):
    projects = _records(text)
    assert [[u.value for u in p.urls] for p in projects] == [[u] for u in own_urls]
    assert all(intro_url not in [u.value for u in p.urls] for p in projects)  # negative: the intro's
    assert all((p.start, p.end) == ("2025-03-01", "2025-12-31") for p in projects)


def test_intro_gives_no_themes_or_groups_of_its_own():
    # the first item names no language learning, the second does: the intro lends neither
    first, second = _records(_PL)
    assert [t.value for t in first.themes] == []
    assert [t.value for t in second.themes] == ["language_learning"]
    assert [t.value for t in first.target_groups] == ["ukrainians"]


def test_opening_line_lends_its_activities_to_every_item():
    text = """Projekty dofinansowane

W 2025 roku w ramach projektów zorganizowaliśmy 20 warsztatów i 5 spotkań:

Projekt „Sąsiedzka Kuchnia”
Spotkania kulinarne dla rodzin z Ukrainy w Gdyni. Strona: www.kuchnia-przyklad.pl

Projekt „Lekcje Polskiego”
Kurs języka polskiego dla dorosłych cudzoziemców. Strona: www.lekcje-przyklad.pl
"""
    first, second = _records(text)
    assert [a.text for a in first.activities] == ["Spotkania", "20 warsztatów", "5 spotkań"]
    assert [a.text for a in second.activities] == ["Kurs", "20 warsztatów", "5 spotkań"]
    # negative: the opening line's activities give it no address, theme or group of its own
    assert [u.value for u in first.urls] == ["www.kuchnia-przyklad.pl"]
    assert [t.value for t in first.themes] == []
