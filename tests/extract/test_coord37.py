"""Round 37 (coord): a partner's own coordinator named by ellipsis after the project's
("Koordynatorką projektu jest X, a ze strony Stowarzyszenia – Y") shares the coordinator's role;
a "ze strony X – Y" clause with no coordinating in its sentence does not."""

import pytest

from ngo_atlas.extract.partnerside import partner_side_coordinator
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return {p.name: p.role for pr in ex.projects for p in pr.people}


def _at(text: str, name: str) -> bool:
    return partner_side_coordinator(text, text.index(name))


@pytest.mark.parametrize("text,name", [
    ("Koordynatorką projektu jest Joanna Bielak, a ze strony Fundacji Dobry Port – Oksana Tkachenko.",
     "Oksana Tkachenko"),
    ("Za koordynację całości odpowiadał Marek Sowa (Stowarzyszenie Most), a po stronie czeskiej – "
     "Jana Dvořáková (Charita Liberec).", "Jana Dvořáková"),
    # a label line: the partner's clause after a semicolon, an abbreviation's period before it
    ("Koordynacja projektu: Agata Lis, tel. 61 222 33 44; ze strony Gminy Kórnik – Tomasz Kaczmarek.",
     "Tomasz Kaczmarek"),
    ("Projektem kieruje Ewa Nowicka, a z ramienia partnera – pani Halina Wrona.", "Halina Wrona"),
    ("Координатором проекта является Ольга Петрова, а со стороны партнёра — Ирина Смирнова.",
     "Ирина Смирнова"),
])
def test_a_partner_side_clause_after_a_coordinator_names_a_coordinator(text, name):
    assert _at(text, name)


@pytest.mark.parametrize("text,name", [
    # a signing: no coordinating in the sentence, and an office between the dash and the name
    ("Umowę podpisali: ze strony Instytucji Pośredniczącej – dyrektor Departamentu Anna Wolska, a ze "
     "strony beneficjenta – Jan Kos.", "Jan Kos"),
    # the coordinator is named in an earlier sentence, not this one
    ("Koordynatorką projektu jest Joanna Bielak. Gości powitali: ze strony szkoły – Marta Zych.",
     "Marta Zych"),
    # a plain dash after a name, no partner's side
    ("Koordynatorka projektu, Joanna Bielak, zaprosiła trenerkę – Martę Zych.", "Martę Zych"),
])
def test_other_side_clauses_name_no_coordinator(text, name):
    assert not _at(text, name)


def test_the_partner_side_coordinator_in_a_record():
    text = ("Projekt „Wspólne podwórko”\n\nFundacja Otwarty Dom realizuje projekt „Wspólne podwórko” "
            "w partnerstwie ze Stowarzyszeniem Razem w Kaliszu. Koordynatorką projektu jest pani Joanna "
            "Bielak, a ze strony Stowarzyszenia – pani Svitlana Moroz. Zajęcia dla dzieci odbywają się "
            "w każdą sobotę.\n")
    people = _people(text)
    assert people.get("Joanna Bielak") == "coordinator"
    assert people.get("Svitlana Moroz") == "coordinator"


def test_a_signing_officer_stays_other():
    text = ("Projekt „Wspólne podwórko”\n\nFundacja Otwarty Dom realizuje projekt „Wspólne podwórko” "
            "w Kaliszu. Umowę podpisali ze strony Urzędu Miasta – Tomasz Kaczmarek, a ze strony "
            "Fundacji – Agata Lis. Zajęcia dla dzieci odbywają się w każdą sobotę.\n")
    people = _people(text)
    assert people.get("Tomasz Kaczmarek") != "coordinator"
    assert people.get("Agata Lis") != "coordinator"
