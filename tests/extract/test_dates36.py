"""Round 36 (dates): a year label's value ("Rok: 2022", "Realizacja: 2022") dates the project
the card describes: a lone year is its start (the end left unsaid), a period both ends."""

import pytest

from ngo_atlas.extract.dates import year_label_bounds
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _bounds(text: str):
    s, e = year_label_bounds(text, 0, len(text))
    return (s.iso() if s else None, e.iso() if e else None)


@pytest.mark.parametrize("text,bounds", [
    ("Sąsiedzkie Podwórko\nRealizator: Fundacja Dobry Kąt\nRok: 2021\nMiejsce: Radom\n", ("2021", None)),
    ("► Mamy w mieście\nRealizacja: 2023 r.\nProjekt sfinansowała Fundacja X.\n", ("2023", None)),
    ("Rok realizacji: 2020\n", ("2020", None)),
    ("Year: 2019\n", ("2019", None)),
    ("Рік реалізації: 2024\n", ("2024", None)),
    # a period in the value gives both ends
    ("► Praca bez barier\nRealizacja: 01.04.2021–31.03.2022\n", ("2021-04-01", "2022-03-31")),
])
def test_a_year_label_dates_the_project(text, bounds):
    assert _bounds(text) == bounds


@pytest.mark.parametrize("text", [
    "Rok założenia: 1998\n",  # the body's founding year
    "Rok wydania: 2021\n",  # a book's year
    "Rok 2022 przyniósł wiele zmian w naszej pracy.\n",  # a sentence, no label
    "Realizacja: Fundacja Otwarte Drzwi\n",  # who runs it, no date
    "Rok: pierwszy rok działalności\n",
    "Uczestnicy opowiadają: rok 2022 był trudny.\n",  # not at the line's start
])
def test_no_date_from_what_only_looks_like_a_year_label(text):
    assert _bounds(text) == (None, None)


def test_a_card_with_a_year_label_gets_its_start_in_the_record():
    text = ("Nasze projekty\n\nSzkoła Praw dla Cudzoziemek\n\nRealizator: Fundacja Kobiety w Drodze\n"
            "Rok: 2022\nMiejsce: Kraków\n\nCykl zajęć o prawie pracy dla migrantek pracujących w "
            "opiece. Projekt sfinansowała Fundacja Przykładowa.\n")
    projects = extract_document(Document("card.txt", "card.txt", text)).projects
    assert [(p.start, p.end) for p in projects] == [("2022", None)]
