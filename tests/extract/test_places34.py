"""PLACES (round 34): a town whose name carries a bracketed qualifier ("Frankfurt (Oder)")
is that name, in prose and in a place label ("Słubice / Frankfurt (Oder)": two towns, no
river); a bracket naming a country or region, or written once only, stays out of the name.
Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.qualifiedtown import qualifier_after
from ngo_atlas.model import Document


def _places(text: str) -> list[str]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    return [x.value for p in doc.projects for x in p.places]


_EN = ("Border Stories – youth theatre across the border\n\n"
       "The project \"Border Stories\" was implemented from March to November 2023 by the Open "
       "Stage Association in partnership with Theaterwerk Frankfurt (Oder) e.V. and funded by the "
       "Polish-German Youth Office.\n\n"
       "Rehearsals for 40 young people from Poland and Ukraine took place in Słubice and in "
       "Frankfurt (Oder), and the final show was played in both towns in November 2023.\n")

_PL_LABEL = ("Wspólna scena – projekt młodzieżowy\n\n"
             "Projekt „Wspólna scena” realizowało w 2024 roku Stowarzyszenie Otwarta Scena "
             "razem z Theaterwerk Frankfurt (Oder) e.V.\n"
             "Miejsce: Słubice / Frankfurt (Oder)\n"
             "Termin: 1.03.2024 – 30.11.2024\n")


def test_english_prose_keeps_the_qualifier():
    places = _places(_EN)
    assert "Frankfurt (Oder)" in places
    assert "Frankfurt" not in places


def test_label_with_slash_gives_both_towns_and_no_river():
    places = _places(_PL_LABEL)
    assert "Frankfurt (Oder)" in places and "Słubice" in places
    assert not any(p in places for p in ("Odry", "Odra", "Słubice / Frankfurt"))


def test_a_country_in_brackets_is_no_qualifier():
    text = "We held workshops in Lublin (Poland) and Lviv (Ukraine). Lublin (Poland) hosted the finale."
    assert qualifier_after(text, text.index(" (Poland)"), "Lublin") is None


def test_a_region_in_brackets_is_no_qualifier():
    text = "Zajęcia w Gdańsku. Gdańsk (Pomorze) i Gdańsk (Pomorze) raz jeszcze."
    at = text.index("Gdańsk (") + len("Gdańsk")
    assert qualifier_after(text, at, "Gdańsk") is None


def test_a_bracket_written_once_is_no_qualifier():
    text = ("Open Doors – workshops for migrant teachers\n\n"
            "In 2024 the Open Doors project ran workshops for migrant teachers in Leipzig (Saxony), "
            "led by the Teachers' Forum Association.\n")
    assert qualifier_after(text, text.index(" (Saxony)"), "Leipzig") is None
    assert "Leipzig (Saxony)" not in _places(text)
