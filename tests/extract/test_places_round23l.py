"""Round 23 (PLACE-L): (1) a Polish town written in Cyrillic takes the page language's
nominative: of the readings the Polish dictionary confirms, the town with most people
("у Лешні" is Leszno, not the village Lesznia), Ukrainian "-ця" for a feminine in -ц-
("Легниця", Russian "Легница"), "лю" read as Polish "lu" ("Любонь" = Luboń), and a Ukrainian
plural town declined soft ("у Кельцях") is "Кельці", declined hard ("у Кельцах") keeps the
Polish "Кельце". (2) A study visit's towns: after who goes or a dash, a name the dictionaries
do not know or know only as a common noun, and a country's towns in brackets."""

import pytest

from ngo_atlas.extract import places
from ngo_atlas.extract.cyrtowns import polish_town
from ngo_atlas.extract.labels import find_labels


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("form,lang,town", [
    ("Лешні", "uk", "Лешно"),        # Leszno (a town) over Lesznia (a village)
    ("Легниці", "uk", "Легниця"),
    ("Легнице", "ru", "Легница"),
    ("Любоні", "uk", "Любонь"),
    ("Кельцях", "uk", "Кельці"),
    ("Кельцах", "uk", "Кельце"),
    ("Катовіцах", "uk", "Катовіце"),
    ("Катовицях", "uk", "Катовиці"),
    ("Хелмі", "uk", "Хелм"),
])
def test_cyrillic_nominative_of_a_polish_town(form, lang, town):
    assert polish_town(form, lang) == town


def test_ukrainian_towns_listed_after_u():
    text = "Ми проводимо уроки польської мови у Легниці, Любоні та Лешні для дорослих біженців."
    got = _places(text, "uk")
    assert {"Легниця", "Любонь", "Лешно"} <= set(got)
    assert not {"Легница", "Любона", "Лешня"} & set(got)


@pytest.mark.parametrize("text,lang,want", [
    ("W projekcie przewidziano wizytę studyjną przedstawicieli 6 gmin w Lucernie (maj 2025).",
     "pl", ["Lucerna"]),
    ("Odbyły się dwie wizyty studyjne w Danii (Kopenhaga, Aarhus) dotyczące mieszkalnictwa.",
     "pl", ["Kopenhaga", "Aarhus"]),
    ("The partners held a study visit of municipal social workers to Bodø in spring.",
     "en", ["Bodø"]),
    ("We organised two study trips – to Helsinki (May 2024) and Tampere (June 2024) – for teachers.",
     "en", ["Helsinki", "Tampere"]),
])
def test_a_study_visit_goes_to_its_towns(text, lang, want):
    got = _places(text, lang)
    assert all(w in got for w in want), got


def test_a_study_visit_noun_in_a_list_takes_no_later_phrase():
    # the comma ends the visit item: "do tłumaczenia" and what follows is another item
    text = "Rezultaty: 3 wizyty studyjne, aplikacja do Tłumaczeń w 12 językach."
    assert _places(text) == []


def test_a_country_behind_the_visited_facilities_is_said_in_passing():
    text = "Our staff joined study visits to shelters in Sweden and a joint training."
    assert "Sweden" not in _places(text, "en")
    text = "Kuratorzy pojechali na wizytę studyjną do szkół w Göteborgu."
    assert "Göteborg" in _places(text)


def test_a_hyphenated_ukrainian_neuter_town():
    # "-ськ-" stands for the Polish "-sk-", and "-у" is a neuter's locative too
    from ngo_atlas.extract.cyrtowns import hyphenated_town

    assert hyphenated_town("Скаржиську-Каменній", "uk") == "Скаржисько-Каменна"
