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


@pytest.mark.parametrize("frame, sentence, name, role", [
    # a key naming persons by a job, then the names: each a person with the job's role
    (_PL, "Doradczynie punktu: Aruzhan Temirova, Sevara Yusupova i Leyla Mammadli", "Sevara Yusupova", "expert"),
    (_PL, "Asystentki rodzinne – Aruzhan Temirova, Sevara Yusupova", "Aruzhan Temirova", "other"),
    (_EN, "Family counsellors: Aruzhan Temirova, Sevara Yusupova", "Sevara Yusupova", "expert"),
])
def test_names_listed_under_a_key_of_persons(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role


@pytest.mark.parametrize("frame, sentence, name", [
    # partners are bodies; an English compound's head is its last word
    (_PL, "Partnerzy zagraniczni: Stichting Nieuwe Brug, Jugend Brücke", "Stichting Nieuwe Brug"),
    (_EN, "Donor project partner: Stichting Nieuwe Brug", "Stichting Nieuwe Brug"),
])
def test_keyed_list_guards(frame, sentence, name):
    assert name not in _people(frame.format(sentence))


def test_key_separators_are_colons_and_spaced_dashes():
    text = "Trenerki: A B\nDoradcy\u00a0– C D\nPolsko-ukraiński 10:00 - x"
    seps = people._key_separators(text, 0, len(text))
    assert [text[i] for i in seps] == [":", "\u00a0", ":", " "]


@pytest.mark.parametrize("frame, sentence, name, role", [
    # a non-breaking space before the dash, "oraz" before the last name
    (_PL, "Prawniczki dyżurne\u00a0– Dilnoza Karimova oraz Gulnara Abenova", "Gulnara Abenova", "expert"),
    # the key's noun among its words, after a bracket (a mediator is other: round 39, the golds 14 to 2)
    (_PL, "(Mediatorzy rodzinni: Dilnoza Karimova, Gulnara Abenova)", "Dilnoza Karimova", "other"),
    # a job that gives no expertise: other
    (_EN, "Youth workers - Dilnoza Karimova and Gulnara Abenova", "Gulnara Abenova", "other"),
])
def test_keyed_list_separators(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role


@pytest.mark.parametrize("frame, sentence, name", [
    # a list of bodies under a key of persons: an item with an institution's head word
    (_EN, "Project volunteers: Riverside Foundation, Harbour Association", "Riverside Foundation"),
    (_PL, "Wolontariusze: Fundacja Dobry Brzeg, Stowarzyszenie Wspólna Przystań", "Stowarzyszenie Wspólna Przystań"),
])
def test_keyed_list_more_guards(frame, sentence, name):
    assert name not in _people(frame.format(sentence))


@pytest.mark.parametrize("sentence, name", [
    # a public information bulletin's record fields name who made or entered the record
    ("Zajęcia prowadzi koordynatorka Anna Sowa.\nWytworzył: Wydział Spraw Społecznych | Udostępnił: Irena Malec",
     "Irena Malec"),
    ("Zajęcia prowadzi koordynatorka Anna Sowa.\nInformację wprowadził: Tadeusz Rogala, 03.02.2025 10:15",
     "Tadeusz Rogala"),
    ("Zajęcia prowadzi koordynatorka Anna Sowa.\nWprowadziła: Irena Malec\nData wprowadzenia: 04.02.2025",
     "Irena Malec"),
])
def test_bulletin_record_fields_name_no_person(sentence, name):
    got = _people(_PL.format(sentence))
    assert "Anna Sowa" in got and name not in got
