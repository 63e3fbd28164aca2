"""Round 23 (PLACE-K): the whole country said as the project's scope. SCHEMA lists a country
"when the text names it as the scope"; the phrases of a whole country are a closed class in
each language and case ("z całej Polski", "obejmie całą Polskę", "all over Poland", "на
территории всей Польши", "з усієї Польщі"), and the country is named in the text's language.
The phrase names the country: "z całego kraju" may be the country people come from, so the
unnamed "country" stays out. A scope phrase is the rules' call: the place model, which weighs a country named in passing,
does not drop it."""

import pytest

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import find_labels


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text,lang,country", [
    ("Poradnia prowadzi konsultacje telefoniczne dla opiekunek z całej Polski.", "pl", "Polska"),
    ("Druga edycja programu mentorskiego obejmie całą Polskę, a zajęcia stacjonarne odbędą się w Opolu.", "pl", "Polska"),
    ("Our volunteers answered questions from seasonal workers all over Poland.", "en", "Poland"),
    ("Lekcje prowadzimy online dla uczniów w całej Polsce.", "pl", "Polska"),
    ("Юридическая помощь доступна во всей Польше.", "ru", "Польша"),
    ("Консультации проводятся на территории всей Польши по телефону.", "ru", "Польша"),
    ("Навчання для вчителів з усієї Польщі відбувається онлайн.", "uk", "Польща"),
])
def test_a_whole_country_phrase_names_the_country(text, lang, country):
    assert country in _places(text, lang)


def test_the_scope_stays_where_the_country_is_also_named_in_passing():
    # "w Polsce" in passing and a body's town beside it: the model alone would drop the
    # country; the scope phrase in the list of results decides
    text = ("Ministerstwo w Warszawie zakończyło projekt „Mosty”. Celem było ułatwienie "
            "cudzoziemcom legalnej pracy w Polsce.\n\nRezultaty:\n• infolinia w czterech językach,\n"
            "• poradniki rozesłane do urzędów pracy w całej Polsce,\n• szkolenie 300 urzędników.")
    assert "Polska" in _places(text)


def test_a_funders_nationwide_reach_is_not_the_projects_scope():
    text = ("Fundusz wspiera inicjatywy sąsiedzkie w całej Polsce. Nasz projekt prowadzimy "
            "w Siedlcach.")
    assert "Polska" not in _places(text)


def test_the_whole_country_unnamed_is_not_read_as_poland():
    # in a text about refugees "the whole country" is as often the one they fled
    text = "Do punktu w Chełmie przyjeżdżają rodziny z całego kraju, który opuściły w 2022 roku."
    assert "Polska" not in _places(text)
