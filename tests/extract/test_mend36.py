"""Round 36-37 review: over-broad patterns of the merged rules, each with its negative."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.status import find_status
from ngo_atlas.model import Document


def _record(text: str):
    projects = extract_document(Document("page.txt", "page.txt", text)).projects
    assert projects
    return projects[0]


_EDITION = " Trzecia edycja potrwa od 3 marca do 27 czerwca 2025 r.\n"


@pytest.mark.parametrize("text", [
    # a body's relative clause dates the body, not the project named before it
    "Projekt „Razem w sztuce”\n\nProjekt „Razem w sztuce” prowadzi Fundacja Kolory, która od 2005 "
    "roku wspiera młodzież w Lublinie." + _EDITION,
    "Projekt „Razem w sztuce”\n\nW ramach projektu współpracujemy z Fundacją Kolory, która działa "
    "od 2005 roku." + _EDITION,
    # the body's projects in general (a plural) began then, not this one
    "Projekt „Razem w sztuce”\n\nProjekty prowadzimy od 2005 roku w całym województwie." + _EDITION,
])
def test_a_since_said_of_another_subject_is_not_the_projects_start(text):
    p = _record(text)
    assert (p.start, p.end) == ("2025-03-03", "2025-06-27")


def test_a_relative_clause_agreeing_with_the_project_still_counts():
    p = _record("Projekt „Razem w sztuce”\n\nTo projekt Fundacji Kolory, który od 2020 roku łączy "
                "artystów." + _EDITION)
    assert p.start == "2020"


@pytest.mark.parametrize("text", [
    "Projekt zakończył się etapem ewaluacji w czerwcu 2024 r.",  # reached through its last stage
    "Projekt zakończył się modułem egzaminacyjnym.",
])
def test_an_uncounted_stage_after_the_ending_verb_ends_the_project(text):
    st = find_status(text, 0, len(text), [])
    assert st and st[0] == "completed"


@pytest.mark.parametrize("text", [
    "Zakończyliśmy pierwszą fazę projektu i przygotowujemy materiały dla szkół.",
    "Zakończyła się trzecia edycja warsztatów, trwa nabór do kolejnej.",
])
def test_a_counted_stage_after_the_ending_verb_is_still_a_stage(text):
    st = find_status(text, 0, len(text), [])
    assert not st or st[0] != "completed"


def _orgs(text: str):
    return {(o.name, o.role) for o in _record(text).organizations}


@pytest.mark.parametrize("line", [
    "Partnerzy portalu: Fundacja Alfa · Stowarzyszenie Beta · Gazeta Wyborcza",
    "Partners of the website: Fundacja Alfa · Stowarzyszenie Beta",
])
def test_the_sites_partners_are_not_the_projects(line):
    orgs = _orgs("Projekt „Mosty”\n\nProjekt realizuje Fundacja Dialog.\n\n" + line + "\n")
    assert not any(role == "partner" for _n, role in orgs), orgs


def test_the_projects_partners_split_at_a_middle_dot_stay():
    orgs = _orgs("Projekt „Mosty”\n\nProjekt realizuje Fundacja Dialog.\n\n"
                 "Partnerzy projektu: Fundacja Alfa · Stowarzyszenie Beta\n")
    assert {("Fundacja Alfa", "partner"), ("Stowarzyszenie Beta", "partner")} <= orgs


def test_a_publications_year_label_does_not_date_the_project():
    p = _record("Projekt „Mosty”\n\nProjekt trwał od marca do grudnia 2022 r.\n\n"
                "Publikacja „Mosty”\nRok: 2023\nISBN 978-83-1234-567-8\n")
    assert (p.start, p.end) == ("2022-03", "2022-12")


def test_a_cards_year_label_still_dates_it():
    p = _record("Szkoła Praw\n\nRealizator: Fundacja Alfa\nRok: 2022\nMiejsce: Kraków\n\n"
                "Cykl zajęć o prawie pracy. Projekt sfinansowała Fundacja Beta.\n")
    assert (p.start, p.end) == ("2022", None)


def test_a_partner_side_name_with_its_own_verb_is_no_coordinator():
    from ngo_atlas.extract.partnerside import partner_side_coordinator

    text = ("Koordynatorem jest Anna Nowak; ze strony miasta - Tomasz Lis, rzecznik prezydenta, "
            "skomentował projekt.")
    assert not partner_side_coordinator(text, text.index("Tomasz Lis"))
    text = "Koordynatorem jest Anna Nowak, a ze strony miasta – Tomasz Lis, a ze strony szkoły – Ewa Zych."
    assert partner_side_coordinator(text, text.index("Tomasz Lis"))
    assert partner_side_coordinator(text, text.index("Ewa Zych"))
