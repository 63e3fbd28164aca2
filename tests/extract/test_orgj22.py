"""Organisations, round 22 (ORG-J): a verb of carrying out the work followed by the comitative
"z"/"ze" (Polish) or "with" (English) and a body names a partner ("Projekt przygotowaliśmy z
Urzędem X, Ośrodkiem Y oraz Inspekcją Z", "zadanie zrealizowano z Fundacją X", "the survey was
carried out with the X Centre"). Polish "z" with the genitive says where from ("ze środków
budżetu Gminy X", "z Ukrainy"), and a person in the instrumental ("z Anną Nowak") is no body."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_polish_verb_of_doing_with_bodies_in_the_instrumental():
    orgs = _orgs("Kuchnia sąsiedzka\n\n"
                 "Stowarzyszenie Dobra Wola realizuje projekt „Kuchnia sąsiedzka” od maja 2024 r. "
                 "Projekt przygotowaliśmy z Miejskim Urzędem Pracy w Lesznie, Gminnym Ośrodkiem Kultury "
                 "oraz Okręgową Inspekcją Pracy. Warsztaty prowadzimy z Anną Nowak.\n")
    for name in ("Miejski Urząd Pracy w Lesznie", "Gminny Ośrodek Kultury", "Okręgowa Inspekcja Pracy"):
        assert (name, "partner") in orgs
    assert not any("Nowak" in n for n, _ in orgs)


def test_polish_impersonal_past_and_a_source_in_the_genitive():
    orgs = _orgs("Prawo dla każdego\n\n"
                 "Projekt „Prawo dla każdego” zrealizowano z Fundacją Jasny Cel w latach 2022–2023. "
                 "Porady prowadzono ze środków Funduszu Wsparcia Lokalnego, a kursy przygotowano z Ukrainy "
                 "zdalnie.\n")
    assert ("Fundacja Jasny Cel", "partner") in orgs
    assert not any(n.startswith(("Ukrain", "Fundusz")) and r == "partner" for n, r in orgs)


def test_english_participle_of_doing_with_a_body():
    orgs = _orgs("Neighbours' Kitchen\n\n"
                 "The project was carried out with the Riverside Family Support Centre and the Hilltop "
                 "Tenants Association from March to June 2024. Cooking classes were run with Maria Lopez. It was financed by the Open Door "
                 "Foundation.\n")
    assert ("Riverside Family Support Centre", "partner") in orgs
    assert ("Hilltop Tenants Association", "partner") in orgs
    assert not any("Lopez" in n for n, _ in orgs)
