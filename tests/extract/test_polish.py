"""Morfeusz helpers: nominative of organisation, place and person names from real sentences."""

import pytest

from ngo_atlas.lang import polish


@pytest.mark.parametrize("phrase, nominative", [
    ("Helsińskiej Fundacji Praw Człowieka", "Helsińska Fundacja Praw Człowieka"),
    ("Funduszu Obywatelskiego", "Fundusz Obywatelski"),
    ("Szwajcarię", "Szwajcaria"),
    ("Polsko-Amerykańską Fundację Wolności", "Polsko-Amerykańska Fundacja Wolności"),
    ("budżetu państwa", "budżet państwa"),
    ("Funduszy EOG", "Fundusze EOG"),
    ("Stowarzyszeniem Homo Faber", "Stowarzyszenie Homo Faber"),
    ("Szkołą Podstawową w Grupie", "Szkoła Podstawowa w Grupie"),
    ("województwa lubelskiego", "województwo lubelskie"),
    ("województwie lubelskim", "województwo lubelskie"),
    ("Unii Europejskiej", "Unia Europejska"),
    ("Fundacji Polskie Forum Migracyjne", "Fundacja Polskie Forum Migracyjne"),
    ("Norweskiego Mechanizmu Finansowego", "Norweski Mechanizm Finansowy"),
    ("Białej Podlaskiej", "Biała Podlaska"),
])
def test_nominative_of_name_phrases(phrase, nominative):
    assert polish.nominative(phrase) == nominative


@pytest.mark.parametrize("phrase", [
    "Fundacja Batorego", "Helsińska Fundacja Praw Człowieka", "Europejski Fundusz Powrotów Imigrantów",
])
def test_nominative_phrase_is_left_alone(phrase):
    assert polish.nominative(phrase) == phrase


@pytest.mark.parametrize("name, nominative", [
    ("Agaty Marek", "Agata Marek"),  # "autorstwa Agaty Marek" (dev d02)
    ("Sylwii Gajownik", "Sylwia Gajownik"),
    ("Agnieszki Kosowicz", "Agnieszka Kosowicz"),
    ("Witolda Klausa", "Witold Klaus"),
    ("Anny Kowalskiej", "Anna Kowalska"),
    ("Sylwia Żulewska", "Sylwia Żulewska"),
])
def test_person_nominative(name, nominative):
    assert polish.person_nominative(name) == nominative


def test_places_in_the_nominative():
    assert polish.geo_nominative("Krakowie") == "Kraków"
    assert polish.geo_nominative("Łodzi") == "Łódź"
    assert polish.geo_nominative("Wiednia") == "Wiedeń"
    assert polish.geo_nominative("spotkanie") is None


def test_name_tags():
    assert polish.is_first_name("Witold") and polish.is_surname("Kosowicz")
    assert not polish.is_first_name("projekt")


def test_apposition_and_agreement_with_the_next_noun():
    assert polish.nominative("Miasta Stołecznego Warszawy") == "Miasto Stołeczne Warszawa"
    assert polish.nominative("Mechanizmu Finansowego Europejskiego Obszaru Gospodarczego") == (
        "Mechanizm Finansowy Europejskiego Obszaru Gospodarczego")


def test_place_phrase_reads_a_later_capitalised_noun_as_a_place():
    from ngo_atlas.lang.polish import nominative

    assert nominative("Czerwonym Borze", geo=True) == "Czerwony Bór"
    assert nominative("Białej Podlaskiej", geo=True) == "Biała Podlaska"


def test_comparative_adjective_keeps_its_degree_in_the_nominative():
    # "Wyższej" is the comparative of "wysoki": the school is "Wyższa", never "Wysoka"
    assert polish.nominative("Olsztyńskiej Szkoły Wyższej") == "Olsztyńska Szkoła Wyższa"
    assert polish.nominative("Najwyższej Izby Kontroli") == "Najwyższa Izba Kontroli"
    assert polish.nominative("Olsztyńska Szkoła Wyższa") == "Olsztyńska Szkoła Wyższa"


def test_double_surname_is_read_part_by_part():
    assert polish.person_nominative("Martę Kowalczyk-Liu") == "Marta Kowalczyk-Liu"
    assert polish.person_nominative("Anny Nowak-Kowalskiej") == "Anna Nowak-Kowalska"


def test_a_place_after_a_head_that_is_no_unit_is_a_genitive_complement():
    """Only an administrative unit's head takes a place name in apposition; after any
    other head the place is a genitive complement and keeps its case."""
    assert polish.nominative("Fundacji Lokalnej Opolszczyzny") == "Fundacja Lokalna Opolszczyzny"
    assert polish.nominative("Fundacji Lokalnej Warmii") == "Fundacja Lokalna Warmii"
    assert polish.nominative("Gminy Miejskiej Krakowa") == "Gmina Miejska Kraków"
    assert polish.nominative("Powiatu Ziemskiego Lublina") == "Powiat Ziemski Lublin"
