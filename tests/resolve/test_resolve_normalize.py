"""Normalisation of names: nominative head phrase, legal forms, acronyms, ids, places, people."""

from __future__ import annotations

import pytest

from ngo_atlas.resolve.acronyms import is_acronym
from ngo_atlas.resolve.identifiers import extract_identifiers
from ngo_atlas.resolve.morph import pl_head_nominative
from ngo_atlas.resolve.normalize import analyse
from ngo_atlas.resolve.text import phon, words


@pytest.mark.parametrize("inflected, nominative", [
    ("Helsińskiej Fundacji Praw Człowieka", "Helsińska Fundacja Praw Człowieka"),
    ("Polskiego Forum Migracyjnego", "Polskie Forum Migracyjne"),
    ("Lubelskim Urzędzie Wojewódzkim w Lublinie", "Lubelski Urząd Wojewódzki w Lublinie"),
    ("Urzędowi ds. Cudzoziemców", "Urząd do Spraw Cudzoziemców"),
    ("Stowarzyszeniem Interwencji Prawnej", "Stowarzyszenie Interwencji Prawnej"),
    ("Instytutowi Wiejski Świat", "Instytut Wiejski Świat"),
    ("Fundacji Polskie Forum Migracyjne", "Fundacja Polskie Forum Migracyjne"),
])
def test_inflected_and_nominative_forms_share_a_core(inflected: str, nominative: str) -> None:
    assert analyse(inflected).core == analyse(nominative).core


def test_genitive_complement_is_part_of_the_name() -> None:
    # "Dialogu" is not an inflected "Dialog": it is another name.
    assert pl_head_nominative(words("Fundacji Dialogu")) == ["fundacja", "dialogu"]
    assert analyse("Fundacja Dialogu").core != analyse("Fundacja Dialog").core
    assert analyse("Fundacji Dialog").core == analyse("Fundacja Dialog").core


def test_legal_form_is_dropped_at_the_edges_and_remembered() -> None:
    with_lf = analyse("Fundacja Polskie Forum Migracyjne")
    without = analyse("Polskie Forum Migracyjne")
    assert with_lf.core == without.core
    assert with_lf.legal_forms == {"LF:foundation"} and not without.legal_forms
    assert analyse("Ocalenie Foundation", lang="en").core == analyse("Fundacja Ocalenie").core
    assert analyse("Stowarzyszenie Dialog").legal_forms == {"LF:association"}


def test_acronyms_generated_and_recognised() -> None:
    assert "HFPC" in analyse("Helsińska Fundacja Praw Człowieka").acronyms
    assert "PFM" in analyse("Polskie Forum Migracyjne").acronyms
    assert "SIP" in analyse("Stowarzyszenie Interwencji Prawnej").acronyms
    assert "KUL" in analyse("Katolicki Uniwersytet Lubelski Jana Pawła II").acronyms
    assert analyse("HFPC").acronym_only == "HFPC"
    assert analyse("UdSC").acronym_only == "UDSC"
    assert is_acronym("MSWiA") and not is_acronym("Fundacja") and not is_acronym("A")


def test_declared_acronym_in_brackets_is_not_part_of_the_core() -> None:
    f = analyse("Stowarzyszenie Interwencji Prawnej (SIP)")
    assert f.core == analyse("Stowarzyszenie Interwencji Prawnej").core
    assert "SIP" in f.acronyms


def test_identifiers_are_read_from_the_name() -> None:
    ids, rest = extract_identifiers(
        "Fundacja Ocalenie, KRS 0000220036, NIP 123-456-78-90, www.ocalenie.org.pl")
    assert ids == {"krs": "0000220036", "nip": "1234567890", "domain": "ocalenie.org.pl"}
    assert rest == "Fundacja Ocalenie"
    assert analyse("Fundacja Ocalenie, KRS 0000220036").core == analyse("Fundacja Ocalenie").core


def test_translations_share_a_concept_bag() -> None:
    pl = analyse("Helsińska Fundacja Praw Człowieka")
    en = analyse("Helsinki Foundation for Human Rights", lang="en")
    ru = analyse("Хельсинкский фонд по правам человека", lang="ru")
    assert pl.concepts == en.concepts == ru.concepts == ("helsinki", "human_rights")
    assert (pl.lang, en.lang, ru.lang) == ("pl", "en", "ru")


def test_phonetic_key_bridges_polish_spelling_and_romanised_cyrillic() -> None:
    assert phon("Memoriał") == phon("Мемориал")
    assert phon("Kowalska") == phon("Ковальська")
    assert phon("Krakow") == phon("Краков")


@pytest.mark.parametrize("name", ["Kraków", "Krakowie", "Krakowa", "Krakow", "Cracow",
                                  "Краков", "Краків", "KRAKÓW"])
def test_city_in_any_case_and_script_is_one_place(name: str) -> None:
    assert analyse(name, "place").alias == "krakow"


@pytest.mark.parametrize("name", ["województwo lubelskie", "woj. lubelskie", "Lubelskie",
                                  "Lubelszczyzna", "województwie lubelskim", "Lublin Voivodeship"])
def test_voivodeship_forms_are_one_region_distinct_from_its_capital(name: str) -> None:
    assert analyse(name, "place").alias == "region:lubelskie"
    assert analyse("Lublinie", "place").alias == "lublin"


def test_person_names_to_nominative_and_titles_dropped() -> None:
    assert analyse("Jana Kowalskiego", "person").core == analyse("Jan Kowalski", "person").core
    assert analyse("Anny Kowalskiej", "person").core == "anna kowalska"
    klaus = analyse("Witolda Klausa", "person").core
    assert analyse("dr hab. Witold Klaus", "person").core == klaus
    assert analyse("A. Kowalska", "person").initials_only


def test_unknown_kind_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown entity kind 'company'"):
        analyse("Fundacja Ocalenie", "company")


@pytest.mark.parametrize("name, key", [
    ("Polsce", "country:pl"), ("Poland", "country:pl"), ("Польща", "country:pl"),
    ("Ukrainie", "country:ua"), ("Wiedniu", "wien"),
    ("Любуське воєводство", "region:lubuskie"),
    ("województwie warmińsko-mazurskim", "region:warminsko_mazurskie"),
])
def test_countries_and_all_voivodeships_are_known(name: str, key: str) -> None:
    assert analyse(name, "place").alias == key


def test_hyphenated_adjective_inflects_only_its_last_part() -> None:
    assert (analyse("Polsko-Amerykańskiej Fundacji Wolności").core
            == analyse("Polsko-Amerykańska Fundacja Wolności").core)


def test_polish_name_quoted_in_a_russian_document_is_still_polish() -> None:
    assert analyse("Fundacji Dialogu", lang="ru").core == analyse("Fundacji Dialogu").core
    assert analyse("Helsińskiej Fundacji Praw Człowieka", lang="uk").lang == "pl"
