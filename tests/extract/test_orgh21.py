"""Organisations, round 21 (ORG-H): the EU funds' administration names its bodies in a small
closed class of institution labels (managing, intermediate, responsible, delegated, implementing
authority). A body named by one of them hands out others' money: role `other`, whether the label
stands before a colon, as the instrumental predicate of a copula the second conjunct leaves out
("…, a Instytucją Zarządzającą – Y"), or as the object or complement of "pełnić funkcję"."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_second_conjunct_with_a_dash_for_the_copula():
    orgs = _orgs("Nowe początki w Kaliszu\n\n"
                 "Projekt realizuje Fundacja Zielony Most. Projekt jest współfinansowany z Programu "
                 "Krajowego Funduszu Azylu, Migracji i Integracji. Instytucją Odpowiedzialną jest "
                 "Departament Środków Unijnych Ministerstwa Cyfryzacji, a Instytucją Delegowaną – "
                 "Agencja Obsługi Programów Krajowych.\n")
    assert ("Departament Środków Unijnych Ministerstwa Cyfryzacji", "other") in orgs
    assert ("Agencja Obsługi Programów Krajowych", "other") in orgs
    assert ("Fundacja Zielony Most", "lead") in orgs


def test_pelnic_funkcje_either_order():
    orgs = _orgs("Wspólna szkoła w Lesznie\n\n"
                 "Projekt prowadzi Stowarzyszenie Jasna Droga. Projekt otrzymał dofinansowanie z "
                 "programu regionalnego. Funkcję instytucji pośredniczącej pełni Wojewódzki Urząd "
                 "Pracy w Lesznie, a Regionalne Biuro Funduszy pełni funkcję instytucji "
                 "zarządzającej.\n\nPartner: Fundacja Nowa Szkoła\n")
    assert ("Wojewódzki Urząd Pracy w Lesznie", "other") in orgs
    assert ("Regionalne Biuro Funduszy", "other") in orgs
    assert ("Stowarzyszenie Jasna Droga", "lead") in orgs


def test_responsible_and_delegated_authority_labels():
    orgs = _orgs("Razem w Opolu\n\n"
                 "Projekt realizuje Fundacja Ciepły Kąt.\n\n"
                 "Instytucja Odpowiedzialna: Departament Programów Społecznych Ministerstwa Rozwoju\n"
                 "Instytucja Delegowana: Agencja Projektów Społecznych\n")
    assert ("Agencja Projektów Społecznych", "other") in orgs
    assert ("Fundacja Ciepły Kąt", "lead") in orgs
    assert not any(r == "other" and n == "Fundacja Ciepły Kąt" for n, r in orgs)


def test_body_as_the_programmes_operator_is_other():
    orgs = _orgs("Razem w Szczecinie\n\n"
                 "Projekt realizuje Stowarzyszenie Jasna Droga. Projekt otrzymał dofinansowanie z "
                 "Funduszu Współpracy, a nabór prowadziła Fundacja Wspólne Fundusze jako operator "
                 "programu.\n\nPartner: Fundacja Nowa Szkoła\n")
    assert ("Fundacja Wspólne Fundusze", "other") in orgs
    assert ("Stowarzyszenie Jasna Droga", "lead") in orgs


def test_body_as_the_programme_operator_in_english():
    orgs = _orgs("Open Doors in Gdynia\n\n"
                 "The project is run by the Bright Path Association. It is funded by the Active "
                 "Citizens Fund, with the Common Ground Foundation as the programme operator.\n\nPartner: New School Foundation\n")
    assert ("Common Ground Foundation", "other") in orgs


def test_national_agency_in_apposition_after_a_dash():
    orgs = _orgs("Razem w Szczecinie\n\n"
                 "Projekt realizuje Stowarzyszenie Jasna Droga. Umowę o dofinansowanie podpisaliśmy "
                 "z Fundacją Rozwoju Wymiany – Narodową Agencją Programu Erasmus+ w Polsce.\n\n"
                 "Partner: Fundacja Nowa Szkoła\n")
    assert ("Fundacja Rozwoju Wymiany", "other") in orgs


def test_evaluator_named_by_the_polish_object_first_frame_is_other():
    orgs = _orgs("Szkoła bez granic\n\n"
                 "Projekt realizuje Fundacja Ciepły Kąt. Ewaluację końcową projektu przeprowadzi "
                 "zespół Instytutu Badań Lokalnych.\n\nPartner: Stowarzyszenie Dobry Sąsiad\n")
    assert ("Instytut Badań Lokalnych", "other") in orgs
    assert ("Fundacja Ciepły Kąt", "lead") in orgs


def test_evaluator_in_the_english_passive_is_no_lead():
    orgs = _orgs("Safe Harbour\n\n"
                 "The project is run by the Bright Path Association. An independent evaluation "
                 "was carried out by Northfield Research in 2024.\n\nPartner: New School Foundation\n")
    assert ("Northfield Research", "other") in orgs
    assert ("Bright Path Association", "lead") in orgs
    assert ("Northfield Research", "lead") not in orgs


def test_a_person_as_evaluator_names_no_body():
    orgs = _orgs("Szkoła bez granic\n\n"
                 "Projekt realizuje Fundacja Ciepły Kąt. Ewaluację przeprowadziła Anna Zielińska "
                 "z Uniwersytetu Opolskiego.\n\nPartner: Stowarzyszenie Dobry Sąsiad\n")
    assert not any("Uniwersytet" in n for n, _ in orgs)
