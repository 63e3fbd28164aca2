"""Organisations, round 24 (ORG-U): a prose sentence that names the role first and lists the
bodies after a colon on the same line ("W projekcie uczestniczą również: X, Y oraz Z",
"Partnerami są dwie organizacje członkowskie: X i Y", "Партнерами проекта являются: X, Y")
gives every listed body the role partner; people listed after such a colon stay out."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> set[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return {(o.name, o.role) for p in ex.projects for o in p.organizations}


PL_HEAD = ("Projekt „Sąsiedzi bez granic” realizuje od 1 kwietnia 2024 r. do 31 marca 2025 r. "
           "Stowarzyszenie Zielony Most. Projekt finansuje Fundacja Północny Brzeg.\n\n")


def test_take_part_verb_with_also_and_colon():
    got = _orgs(PL_HEAD + "W projekcie uczestniczą również: Fundacja Cicha Przystań, Stowarzyszenie "
                          "Lipowa Aleja oraz Miasto Sieradz.\n")
    assert {("Fundacja Cicha Przystań", "partner"), ("Stowarzyszenie Lipowa Aleja", "partner"),
            ("Miasto Sieradz", "partner")} <= got


def test_partner_copula_with_a_counted_class_before_the_colon():
    got = _orgs(PL_HEAD + "Partnerami są dwie organizacje członkowskie: Fundacja Jasny Horyzont z Kalisza "
                          "i Stowarzyszenie Ośmiu Mostów z Leszna.\n")
    assert {("Fundacja Jasny Horyzont", "partner"), ("Stowarzyszenie Ośmiu Mostów", "partner")} <= got


def test_russian_partner_copula_on_one_line():
    ru = ("Проект «Город для всех» длится с 1 марта 2024 года до 28 февраля 2025 года. Проект реализует "
          "Фонд «Тихая гавань» при поддержке Европейского союза. Партнерами проекта являются: "
          "Ассоциация «Широкая дорога», Фонд «Светлый берег».\n")
    got = _orgs(ru)
    assert any(r == "partner" and "Широкая дорога" in n for n, r in got)
    assert any(r == "partner" and "Светлый берег" in n for n, r in got)


def test_people_after_the_colon_are_no_bodies():
    got = _orgs(PL_HEAD + "W spotkaniu wzięli udział: Marek Zawada i Ilona Brzoza.\n")
    assert not any("Zawada" in n or "Brzoza" in n for n, _ in got)


def test_observers_are_not_partners():
    got = _orgs(PL_HEAD + "W pracach uczestniczą jako obserwatorzy: Urząd Miasta Sieradza.\n")
    assert ("Urząd Miasta Sieradza", "partner") not in got
