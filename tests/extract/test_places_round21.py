"""Round 21: a town the project's own name gives in the nominative ("<Town> mówi po polsku",
"<Town> – miasto dla wszystkich", "Welcome Desk <Town>") is where the project runs, beside
the places its text names; a commune's or an office's name, an adjective reading ("Nowe") and
a region are no such town."""

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import find_labels


def _places(text: str, title: str) -> list[str]:
    a = text.index(title)
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), "pl",
                                                (a, a + len(title)))]


def test_a_town_in_the_nominative_in_the_name_is_a_place():
    title = "Sanok bez barier językowych"
    text = f"{title}\nProwadzimy lekcje polskiego dla dorosłych. Spotkania odbywają się też w Zagórzu."
    assert _places(text, title) == ["Zagórz", "Sanok"]


def test_a_two_word_town_and_a_town_after_a_dash():
    title = "Punkt porad dla cudzoziemców – Nowy Targ 2025"
    text = f"{title}\nDyżury prawników we wtorki i czwartki, bez zapisów."
    assert _places(text, title) == ["Nowy Targ"]


def test_no_town_from_a_commune_an_adjective_or_a_region():
    for title in ("Gmina Police dla nowych sąsiadów", "Nowe sąsiedztwa na osiedlu",
                  "Wielkopolska razem – wsparcie rodzin"):
        text = f"{title}\nSpotkania co tydzień w świetlicy, kawa i rozmowy."
        assert _places(text, title) == [], title
