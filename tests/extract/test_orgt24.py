"""Round 24, ORG-T: a plural body-type noun with only agreeing adjectives names a class of
bodies met in prose ("współpracy z organizacjami pozarządowymi"), not one body; funds and
donors are payers and stay. Own wording."""

from ngo_atlas.extract.notbody import not_a_body
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str):
    ex = extract_document(Document("o.txt", "o.txt", text))
    return [o.name for p in ex.projects for o in p.organizations]


def test_plural_class_nouns_are_not_bodies():
    for name in ("Organizacje Pozarządowe", "Związki Zawodowe", "Rady Osiedlowe",
                 "Громадські організації", "Общественные объединения"):
        assert not_a_body(name, "pl"), name


def test_singular_bodies_funds_and_donors_stay():
    for name in ("Rada Dzielnicy Wola", "Rady Miasta Opola", "Fundusze EOG", "Фонди ЄЕЗ",
                 "private donors", "Open Society Foundations", "Federation of Migrant Organisations", "Stowarzyszenie Otwarte",
                 "Fundacja Wolne Miasto"):
        assert not not_a_body(name, "pl"), name


def test_programme_of_cooperation_with_ngos_gives_no_partner():
    text = ("Projekt „Sąsiedzi bez granic”\n\nStowarzyszenie Zielony Most realizuje projekt "
            "„Sąsiedzi bez granic” w Opolu.\n"
            "Finansowanie: Województwo Opolskie (Program Współpracy z Organizacjami Pozarządowymi) – 20 000 zł\n")
    orgs = _orgs(text)
    assert not any("Pozarządow" in o for o in orgs), orgs
