"""Round 38: a placeless record of a list page takes the page town its venue adjective names."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

PAGE = """Stowarzyszenie Otwarte Drzwi

Nasze projekty

Punkt Porad dla Cudzoziemców w Toruniu
Okres realizacji: 01.01.2024 – 31.12.2024
Punkt działa przy ul. Szerokiej w Toruniu i udziela porad prawnych.

Lekcje po szkole
Okres realizacji: 01.09.2024 – 30.06.2025
Zajęcia wyrównawcze z języka polskiego dla 60 uczniów z Ukrainy w czterech {adj} szkołach podstawowych.
"""


def _record_places(text):
    ext = extract_document(Document("t.txt", "t.txt", text))
    return {p.title: [t.value for t in p.places] for p in ext.projects}


def test_town_adjective_names_the_page_town():
    got = _record_places(PAGE.format(adj="toruńskich"))
    assert got.get("Lekcje po szkole") == ["Toruń"]


def test_adjective_of_no_page_town_adds_nothing():
    got = _record_places(PAGE.format(adj="gdańskich"))
    assert got.get("Lekcje po szkole") == []


def test_country_adjective_adds_nothing():
    page = PAGE.replace("w Toruniu", "w Polsce").replace("Toruniu i", "Polsce i")
    got = _record_places(page.format(adj="polskich"))
    assert got.get("Lekcje po szkole") == []


def test_a_model_town_is_not_a_venue():
    page = PAGE.replace("w czterech {adj} szkołach podstawowych", "na wzór {adj} programów szkolnych")
    got = _record_places(page.format(adj="toruńskich"))
    assert got.get("Lekcje po szkole") == []
