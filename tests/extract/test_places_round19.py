"""Round 19: a common noun named by an adjective after it ("w Szpitalu Wojewódzkim", "na Placu
Zamkowym") is a building or a square, not a town; towns of that shape stay."""

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import find_labels


def _places(text: str) -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), "pl")]


def test_a_building_or_square_named_by_its_adjective_is_no_town():
    got = _places("Warsztaty dla opiekunek prowadzimy w Szpitalu Wojewódzkim w Koninie, "
                  "a piknik odbędzie się na Placu Zamkowym w Lublinie.")
    assert "Konin" in got and "Lublin" in got
    assert not any(v.startswith(("Szpital", "Plac")) for v in got)
    got = _places("Koncert zagramy w Parku Miejskim i na Rynku Głównym w Tarnowie.")
    assert got == ["Tarnów"]


def test_towns_of_noun_and_adjective_stay():
    got = _places("Kursy prowadzimy w Ostrowie Wielkopolskim, Krośnie Odrzańskim i Mińsku Mazowieckim.")
    assert got == ["Ostrów Wielkopolski", "Krosno Odrzańskie", "Mińsk Mazowiecki"]
    # a region opened by a region's name, and a place written adjective first
    assert "Pomorze Zachodnie" in _places("Dyżury prowadzimy na Pomorzu Zachodnim od 2023 roku.")
    assert "Nowa Huta" in _places("Świetlica działa w Nowej Hucie, Bieńczycach i Mistrzejowicach.")
