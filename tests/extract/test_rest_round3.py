"""Places listed with 'lub', reached by regular journeys, or singled out in an area (round 3)."""

import pytest

from ngo_atlas.extract.places import find_places


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in find_places(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text,lang,towns", [
    ("Zapraszamy osoby mieszkające w Gnieźnie, Koninie lub Kaliszu.", "pl",
     ["Gniezno", "Konin", "Kalisz"]),
    ("Kursy prowadzimy w Sopocie albo Gdyni.", "pl", ["Sopot", "Gdynia"]),
    ("Sessions are held in Gniezno or Konin.", "en", ["Gniezno", "Konin"]),
])
def test_a_list_of_towns_may_be_joined_by_or(text, lang, towns):
    assert _places(text, lang) == towns


def test_towns_a_team_travels_to_regularly():
    text = "Dwa razy w miesiącu doradcy dojeżdżają do Łomży i Zambrowa."
    assert _places(text) == ["Łomża", "Zambrów"]


@pytest.mark.parametrize("text,lang,towns", [
    ("Działania obejmą całe województwo, ze szczególnym uwzględnieniem Gniezna i Konina.",
     "pl", ["Gniezno", "Konin"]),
    ("Porady udzielane są w całym regionie, w tym w Koninie.", "pl", ["Konin"]),
    ("The project covers the whole region, especially Gniezno and Konin.", "en",
     ["Gniezno", "Konin"]),
])
def test_towns_singled_out_within_an_area(text, lang, towns):
    assert _places(text, lang) == towns


def test_a_body_singled_out_is_no_town():
    assert _places("Współpracujemy z wieloma instytucjami, w tym Urzędem Miasta.") == []
