"""ORGP (round 27): two or more towns or countries joined by a list's words ("Kutno i Mielec",
"Germany, Greece and Italy", "Києві та Львові") are places, not a body, whichever reader took
them; a name whose head is a body's ("Fundacja Polska i Ukraina") or a pair of bodies stays."""
import pytest

from ngo_atlas.extract.organisations import places_joined
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> set[str]:
    return {o.name for p in extract_document(Document("x.txt", "x.txt", text)).projects
            for o in p.organizations}


@pytest.mark.parametrize("name,lang", [
    ("Kutno i Mielec", "pl"),
    ("Toruń oraz – od 2022 r. – Ełk", "pl"),
    ("Greece and Italy", "en"),
    ("Києві та Львові", "uk"),
    ("Кракове и Люблине", "ru"),
])
def test_joined_places_are_no_body(name, lang):
    assert places_joined(name, lang)


@pytest.mark.parametrize("name", [
    "Fundacja Polska i Ukraina", "Kraków i Fundacja Nowa Droga", "Wiara i Światło", "Caritas i PCK", "Kraków",
])
def test_bodies_and_single_names_stay(name):
    assert not places_joined(name, "pl")


def test_pl_member_list_of_towns():
    text = ("Projekt „Miasta Razem”\n\n"
            "Od 1 marca 2024 r. Stowarzyszenie Wspólny Próg realizuje projekt „Miasta Razem”. "
            "Członkowie sieci: Sopot, Tczew, Kutno i Mielec.\n"
            "Partner: Fundacja Dobry Start.\n")
    orgs = _orgs(text)
    assert not any(" i " in o for o in orgs)
    assert "Fundacja Dobry Start" in orgs


def test_en_partners_from_countries():
    text = ("Project Open Doors\n\n"
            "From 1 March 2024 the Harbour Foundation runs the project Open Doors. "
            "Together with our partners from Austria, Greece and Italy we wrote a guide for teachers.\n"
            "Partner: Riverside Association.\n")
    orgs = _orgs(text)
    assert "Greece and Italy" not in orgs and "Austria, Greece and Italy" not in orgs


def test_joined_donor_states_stay_a_funder():
    text = ("Projekt „Wspólny Stół”\n\n"
            "Od 1 marca 2024 r. Fundacja Jasny Dom realizuje projekt „Wspólny Stół”. "
            "Projekt finansują Islandia, Liechtenstein i Norwegia.\n")
    funders = {o.name for p in extract_document(Document("x.txt", "x.txt", text)).projects
               for o in p.organizations if o.role == "funder"}
    assert not any(" i " in f for f in funders) or "Islandia, Liechtenstein i Norwegia" in funders
