"""Round 19, funding (FUND2): an acronym that the page spells out elsewhere names the payer by its
full name; "X Programme of the Y" is Y's programme; the subject of a relative clause that gives
or pays a sum is a payer (texts in our own wording, not the sets')."""

import pytest

from ngo_atlas.extract.funding import spelt_out
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [p for p in ex.projects]


def _funders(text: str) -> list:
    return [f.funder for p in _records(text) for f in p.funding]


@pytest.mark.parametrize("text, acronym, full", [
    ("[logo: Fundusz Bezpieczeństwa Wewnętrznego | MSWiA]\nKwota z FBW: 10 000 zł", "FBW",
     "Fundusz Bezpieczeństwa Wewnętrznego"),
    ("Sponsors: the Asylum, Migration and Integration Fund and others.", "AMIF",
     "Asylum, Migration and Integration Fund"),
    ("ze środków Krajowego Funduszu na rzecz\nOchrony Przyrody.", "KFOP",
     "Krajowego Funduszu na rzecz\nOchrony Przyrody"),
])
def test_spelt_out(text, acronym, full):
    span = spelt_out(text, acronym)
    assert span and text[span[0]:span[1]] == full


@pytest.mark.parametrize("text, acronym", [
    ("Fundusz Bezpieczeństwa Wewnętrznego Państwa", "FBW"),  # the name goes on: a longer one
    ("FUNDUSZ BEZPIECZEŃSTWA WEWNĘTRZNEGO", "FBW"),  # capitals spell nothing
    ("Unia Europejska", "UE"),  # two letters match any pair of words
])
def test_not_spelt_out(text, acronym):
    assert spelt_out(text, acronym) is None


def test_acronym_payer_by_full_name():
    text = ("Projekt „Nowy Dom” wspiera rodziny cudzoziemców w Lublinie.\n"
            "[logotypy: Fundusz Bezpieczeństwa Wewnętrznego | Rzeczpospolita Polska]\n"
            "Kwota dofinansowania z FBW: 120 000,00 zł\n"
            "Projekt trwa od 1.03.2024 do 28.02.2025 r.\n")
    assert "Fundusz Bezpieczeństwa Wewnętrznego" in _funders(text)
    assert "FBW" not in _funders(text)


def test_programme_of_the_owner():
    text = ("The project “Open Doors” helps young refugees in Gdańsk. It was co-funded by the "
            "Creative Europe Programme of the European Union with EUR 90,000.\n"
            "It runs from May 2023 to April 2025.\n")
    pairs = [(f.funder, f.programme) for p in _records(text) for f in p.funding]
    assert ("European Union", "Creative Europe") in pairs


@pytest.mark.parametrize("sentence, payer", [
    ("Pomogła nam Fundacja Dobrych Sąsiadów (oddział w Kielcach), która przekazała 40 000 zł na czynsz.",
     "Fundacja Dobrych Sąsiadów"),
    ("Projekt prowadzimy razem z Fundacją Otwartych Drzwi, która finansuje go kwotą 25 000 euro.",
     "Fundacja Otwartych Drzwi"),
])
def test_relative_clause_payer(sentence, payer):
    text = ("Projekt „Ciepły Kąt” wspiera rodziny migrantów w Toruniu. " + sentence +
            "\nProjekt trwa od kwietnia 2024 do maja 2025 r.\n")
    assert payer in _funders(text)


def test_relative_clause_without_sum_pays_nothing():
    text = ("Projekt „Ciepły Kąt” wspiera rodziny migrantów w Toruniu. Dziękujemy za dotację. "
            "Pomogła nam Fundacja Dobrych Sąsiadów, która przekazała dzieciom książki.\n"
            "Projekt trwa od kwietnia 2024 do maja 2025 r.\n")
    assert "Fundacja Dobrych Sąsiadów" not in _funders(text)


@pytest.mark.parametrize("sentence, payer", [
    ("Na wyjazdy dzieci Fundacja Zielony Most podarowała 8 000 zł ze swojego funduszu grantowego.",
     "Fundacja Zielony Most"),
    ("Na wyjazdy dzieci Fundacja Zielony Most ofiarowała nam 8 000 zł, a dotację dała gmina.",
     "Fundacja Zielony Most"),
])
def test_giving_verb_with_sum(sentence, payer):
    text = ("Projekt „Ciepły Kąt” wspiera rodziny migrantów w Toruniu. " + sentence +
            "\nProjekt trwa od kwietnia 2024 do maja 2025 r.\n")
    assert payer in _funders(text)


def test_giving_verb_without_sum():
    text = ("Projekt „Ciepły Kąt” wspiera rodziny migrantów w Toruniu. Na wyjazdy dzieci Fundacja "
            "Zielony Most podarowała książki ze swojego funduszu grantowego.\n"
            "Projekt trwa od kwietnia 2024 do maja 2025 r.\n")
    assert "Fundacja Zielony Most" not in _funders(text)


@pytest.mark.parametrize("text, programme", [
    ("Projekt „Dobry Start” wspiera migrantki w Płocku.\nProgram: Aktywni Obywatele – Fundusz Regionalny\n"
     "Projekt otrzymał 30 000 euro od Islandii, Liechtensteinu i Norwegii w ramach Funduszy EOG.\n"
     "Projekt trwa od 2023 do 2024 r.\n", "Aktywni Obywatele – Fundusz Regionalny"),
    ("Projekt „Dobry Start” wspiera migrantki w Płocku. Projekt otrzymał 30 000 euro od Islandii, "
     "Liechtensteinu i Norwegii w ramach Funduszy EOG, w ramach programu „Zielone Miasta”.\n"
     "Projekt trwa od 2023 do 2024 r.\n", "Zielone Miasta"),
    # no programme named besides: the funds stay the programme
    ("Projekt „Dobry Start” wspiera migrantki w Płocku. Projekt otrzymał 30 000 euro od Islandii, "
     "Liechtensteinu i Norwegii w ramach Funduszy EOG.\nProjekt trwa od 2023 do 2024 r.\n", "Fundusze EOG"),
])
def test_funds_channel_yields_to_named_programme(text, programme):
    progs = {f.programme for p in _records(text) for f in p.funding}
    assert progs == {programme}
