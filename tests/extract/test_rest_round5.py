"""Round 5 (unseen-q's error classes, in general forms): oblique names, towns read as people."""

import pytest

from ngo_atlas.extract.people import find_people


def _people(text: str, lang: str = "pl"):
    return [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text,name", [
    ("Podziękowania składamy koordynatorce projektu, Oksanie Petrenko.", "Oksana Petrenko"),
    ("Spotkanie z koordynatorką projektu Ołeną Szewczenko odbędzie się w piątek.", "Ołena Szewczenko"),
    ("Projekt koordynuje Tetiana Bondarenko.", "Tetiana Bondarenko"),
])
def test_a_foreign_womans_name_in_an_oblique_case_is_put_in_the_nominative(text, name):
    assert (name, "coordinator") in _people(text)


@pytest.mark.parametrize("raw,nom", [
    ("Irynę Kowalską", "Iryna Kowalska"),  # accusative, adjectival surname declines
    ("Halyny Łysenko", "Halyna Łysenko"),  # genitive, foreign surname stays
    ("Dmitry Ivanov", "Dmitry Ivanov"),    # a man's name in -y after r is left alone
    ("Jenny Brown", "Jenny Brown"),
])
def test_foreign_nominative_forms(raw, nom):
    from ngo_atlas.extract.bodynames import foreign_nominative

    assert foreign_nominative(raw, "pl") == nom


def test_foreign_nominative_leaves_english_text_alone():
    from ngo_atlas.extract.bodynames import foreign_nominative

    assert foreign_nominative("Rosie Dunne", "en") == "Rosie Dunne"


@pytest.mark.parametrize("text", [
    "Z pomocy skorzystały rodziny mieszkające w Zamościu i w Tomaszowie Lubelskim.",
    "Nowe punkty działają we Władysławowie Morskim oraz w Kazimierzu Dolnym.",
])
def test_a_town_after_w_is_no_person(text):
    assert _people(text) == []
