""""Projekt jest częścią „X”": the programme cue can be one word before the quote; reading it
must not fail the document (it once raised an IndexError looking for a second word)."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


@pytest.mark.parametrize("text, programme", [
    ("Projekt „Sąsiedzi” realizujemy od 1 marca do 30 czerwca 2025 r. Projekt jest częścią "
     "„Lokalnych Inicjatyw Obywatelskich” i otrzymał dotację 20 000 zł.", "Lokalnych Inicjatyw Obywatelskich"),
    ("Проєкт «Сусіди» триває з 1 березня 2025 року. Проєкт є частиною «Громадських ініціатив» і "
     "отримав грант 20 000 злотих.", "Громадських ініціатив"),
    ("The project “Neighbours” runs from March 2025. The project is part of “Civic Initiatives” and "
     "received a grant of PLN 20,000.", "Civic Initiatives"),
])
def test_a_one_word_part_of_cue_names_the_programme(text, programme):
    ex = extract_document(Document("x", "x.txt", text))
    assert [f.programme for p in ex.projects for f in p.funding] == [programme]


def test_a_locative_call_with_no_grant_word_is_still_no_programme():
    ex = extract_document(Document("x", "x.txt", "Projekt „Sąsiedzi” realizujemy od 1 marca 2025 r. "
                                   "Nasza drużyna wygrała w konkursie „Srebrny Puchar” pierwsze miejsce."))
    assert not [f for p in ex.projects for f in p.funding if f.programme]
