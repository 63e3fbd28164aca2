"""Round 19, people: feminine job nouns by their derivation from a masculine personal noun
("-ożka" of "-og", "-tka" of "-ta", "-arka" of "-arz"), the healing professions as expertise,
and a job in apposition giving its role to a person another rule found without one (texts in
our own wording, not the sets')."""

import pytest

from ngo_atlas.extract import people
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ('Projekt „Bezpieczna Przystań” wspiera rodziny z Armenii w Kielcach. {}\n'
       'Projekt trwa od marca 2025 do grudnia 2025 r.\n')
_EN = ('Project "Safe Harbour" supports families from Armenia in Kielce. {}\n'
       'The project runs from March 2025 to December 2025.\n')


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("word, want", [
    ("socjolożka", True), ("pedagożka", True), ("psycholożce", True),   # -ożka of -og
    ("terapeutka", True), ("specjalistka", True),                      # -tka of -ta
    ("lekarka", True), ("kucharka", True),                             # -arka of -arz
    ("książka", False), ("ulotka", False), ("szafka", False), ("kartka", False),
])
def test_feminine_person_nouns(word, want):
    assert people._person_noun(word, "pl") is want


@pytest.mark.parametrize("frame, sentence, name, role", [
    (_PL, "Zespół:\nMarta Gajda – psycholożka dziecięca\nOlga Wrona – lekarka rodzinna",
     "Marta Gajda", "expert"),
    (_PL, "Zespół:\nMarta Gajda – psycholożka dziecięca\nOlga Wrona – lekarka rodzinna",
     "Olga Wrona", "expert"),
    (_PL, "Dyżury pełni terapeutka Anna Sowa.", "Anna Sowa", "expert"),
    (_EN, "Visiting team: Tom Berg (therapist), Ana Ruiz (physician).", "Ana Ruiz", "expert"),
    # a job that gives no expertise stays other
    (_PL, "Zespół:\nIrena Kos – opiekunka świetlicy", "Irena Kos", "other"),
])
def test_job_in_apposition_gives_the_role(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role


def test_a_posts_writer_with_her_job_is_no_person():
    text = _PL.format("Wpis: Ewa Mrozek, bibliotekarka | 3 maja 2025\n\nZajęcia prowadzi koordynatorka Anna Sowa.")
    assert "Ewa Mrozek" not in _people(text)
