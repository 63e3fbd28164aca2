"""PLACER (round 31): two kinds of false places.

A square, a street, a park or a building is where in a town, not a town ("na Głównym Rynku",
"w Dworze Artusa", "на площі Ринок", "on the Market Square"): sitenames drops a place whose name
holds such a site noun unless a settlement is so named ("Nowy Dwór Gdański").

A bracket that glosses a person or a body with the body it belongs to ("(Uniwersytet Opolski
w Opolu)", "(Белорусский дом в Варшаве)") gives that body's seat, not a venue: bodyseat reads
it, and the town goes where the text names it nowhere else; a venue preposition inside the
bracket ("(zajęcia w Szkole nr 5 w Gdyni)") keeps it.
"""
from ngo_atlas.extract.bodyseat import seat_bracket
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.sitenames import names_a_site
from ngo_atlas.model import Document


def _places(text: str) -> list[str]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    return [pl.value for p in projects for pl in p.places]


# --- site nouns ------------------------------------------------------------------------------

def test_site_names_are_no_places():
    for name in ("Rynek", "Główny Rynek", "Stary Rynek", "Dwór", "Wyspa Młyńska",
                 "Plac Wolności", "Площа Ринок", "Market Square"):
        assert names_a_site(name), name


def test_towns_with_a_site_word_stay():
    for name in ("Nowy Dwór Gdański", "Błonie", "Kraków", "Wola", "Zamość", "Mościce", "Lublin"):
        assert not names_a_site(name), name


PL_SQUARE = "Projekt „Wspólny stół” (1.05–30.09.2025).\nMiejsce: Tarnów, Rynek i Dwór Rycerski.\n"
UK_SQUARE = "Проєкт «Сусідська кухня» (01.04–31.08.2025).\nМісце: Люблін, Площа Ринок.\n"
RU_SQUARE = "Проект «Соседская кухня» (01.04–31.08.2025).\nМесто проведения: Люблин, Площадь Победы.\n"
EN_PARK = "Project \"Neighbours' Table\" (May–September 2025).\nPlace: Gdańsk, Oliwa Park.\n"


def test_a_place_field_keeps_the_town_and_drops_its_sites():
    assert _places(PL_SQUARE) == ["Tarnów"]
    assert _places(UK_SQUARE) == ["Люблін"]
    assert _places(RU_SQUARE) == ["Люблин"]
    assert _places(EN_PARK) == ["Gdańsk"]


def test_a_town_named_after_a_site_stays():
    text = "Projekt „Wspólny stół” (1.05–30.09.2025). Zajęcia prowadzimy w Nowym Dworze Gdańskim.\n"
    assert any(p.startswith("Nowy Dwór") for p in _places(text))


# --- a body's seat in a bracket -----------------------------------------------------------------

def _seat(text: str, town: str) -> bool:
    return seat_bracket(text, text.index(town)) is not None


def test_bracket_seat_reads():
    assert _seat("dr Jan Nowak (Uniwersytet Opolski w Opolu) 10:00", "Opolu")
    assert _seat("Straż Graniczna (Placówka SG w Terespolu), PCK", "Terespolu")
    assert _seat("юрист Олег Ким (Белорусский дом в Варшаве). Далее", "Варшаве")
    assert _seat("Олена (координаторка, Фундація «Разом» у Львові)", "Львові")
    assert _seat("Kasia Nowak (volunteer, Migrant Support Foundation in Gdańsk)", "Gdańsk")


def test_bracket_venue_or_no_body_is_no_seat():
    assert not _seat("(zajęcia w Szkole Podstawowej nr 5 w Gdyni)", "Gdyni")
    assert not _seat("(we meet at the City Library in Toruń)", "Toruń")
    assert not _seat("(konsultacje w Krakowie i w Tarnowie)", "Krakowie")
    assert not _seat("Fundacja Nowy Dom w Opolu (od 2019)", "Opolu")  # no bracket around the body
    assert not _seat("(Fundacja Most) prowadzi dyżury w Opolu", "Opolu")  # the bracket is closed


PL_AFFILIATION = (
    "Seminarium „Szkoła dla wszystkich”\n\n"
    "Projekt „Szkoła dla wszystkich” realizuje Stowarzyszenie Otwarta Klasa od 1 marca do "
    "30 listopada 2025 r. w Rzeszowie. Program seminarium:\n"
    "10:00 Wykład – dr Anna Lis (Uniwersytet Jagielloński w Krakowie)\n"
    "11:00 Warsztaty dla nauczycieli z Rzeszowa.\n"
)


def test_pl_speaker_affiliation_town_is_no_place():
    places = _places(PL_AFFILIATION)
    assert "Rzeszów" in places
    assert "Kraków" not in places


PL_AFFILIATION_AND_VENUE = PL_AFFILIATION.replace(
    "11:00 Warsztaty", "Drugie seminarium odbędzie się w Krakowie.\n11:00 Warsztaty")


def test_pl_affiliation_town_named_as_venue_too_stays():
    assert "Kraków" in _places(PL_AFFILIATION_AND_VENUE)
