"""Organisations, round 19: the copular clause with "partner" as its predicate ("Partnerem
lokalnym w Kielcach jest X", "Partnerem projektu będzie także X", "Partnerami Starosty w
projekcie są: X, Y oraz Z").

ORGPL2: a local authority named by its unit in lower case and its town ("jest gmina Tromsø",
"oraz duńska gmina Aarhus"), and a site's masthead (a name line with the site's menu under it)
as the runner of a project page that names no other."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document

_HEAD = "Projekt „Wspólne podwórko”\n\nProjekt „Wspólne podwórko” prowadzi Fundacja Zielony Most. "


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_partner_predicate_with_a_place_between():
    orgs = _orgs(_HEAD + "Partnerem lokalnym w Sandomierzu jest Ośrodek Pomocy Społecznej w Sandomierzu, "
                         "który udostępnia świetlicę.")
    assert ("Ośrodek Pomocy Społecznej w Sandomierzu", "partner") in orgs


def test_partner_predicate_in_the_future_with_a_particle():
    orgs = _orgs(_HEAD + "Partnerem projektu jest Stowarzyszenie Razem. Partnerem projektu będzie "
                         "również Poradnia Psychologiczno-Pedagogiczna nr 4 w Radomiu.")
    assert ("Stowarzyszenie Razem", "partner") in orgs
    assert ("Poradnia Psychologiczno-Pedagogiczna nr 4 w Radomiu", "partner") in orgs


def test_partner_predicate_whose_partners_and_a_colon_list():
    orgs = _orgs(_HEAD + "Partnerami Starosty w projekcie są: Gmina Miejska Sanok, Caritas Diecezji "
                         "Sandomierskiej, Fundacja Pomocy Sąsiedzkiej (FPS) oraz Politechnika Rzeszowska.")
    for name in ("Gmina Miejska Sanok", "Caritas Diecezji Sandomierskiej", "Fundacja Pomocy Sąsiedzkiej",
                 "Politechnika Rzeszowska"):
        assert (name, "partner") in orgs


def test_partner_predicate_that_pays_is_no_partner():
    orgs = _orgs(_HEAD + "Partnerem finansowym projektu jest Fundacja Banku Spółdzielczego.")
    assert ("Fundacja Banku Spółdzielczego", "partner") not in orgs


def test_generic_noun_before_a_partner_list_stays_out():
    orgs = _orgs(_HEAD + "Partnerami były organizacje: Stowarzyszenie Dobra Wola i Fundacja Pod Lipą.")
    assert ("Stowarzyszenie Dobra Wola", "partner") in orgs and ("Fundacja Pod Lipą", "partner") in orgs


_LABELLED = """Projekt „Praca bez granic”

Projekt „Praca bez granic” prowadzi Fundacja Zielony Most w latach 2023–2024.
Beneficjent: Fundacja Zielony Most
Instytucja Zarządzająca: Zarząd Województwa Lubuskiego
Instytucja Pośrednicząca dla Działania 7.2: Wojewódzki Urząd Pracy w Zielonej Górze
Operator programu w regionie: Fundacja Ziemi Lubuskiej
"""


def test_managing_and_intermediate_bodies_and_a_qualified_operator_label_are_other():
    orgs = _orgs(_LABELLED)
    for name in ("Zarząd Województwa Lubuskiego", "Wojewódzki Urząd Pracy w Zielonej Górze",
                 "Fundacja Ziemi Lubuskiej"):
        assert (name, "other") in orgs
    assert not any(n.startswith(("dla ", "w regionie")) for n, _r in orgs)


def test_a_qualifier_before_the_colon_is_read_only_for_operator_labels():
    # "Partner medialny:" names no partner of the project: the qualifier is not skipped there
    orgs = _orgs(_HEAD + "\nPartner medialny: Radio Nadodrze\n")
    assert ("Radio Nadodrze", "partner") not in orgs


def test_lower_case_unit_after_a_partner_predicate():
    orgs = _orgs(_HEAD + "Partnerem zagranicznym projektu jest gmina Tromsø, która dzieli się "
                         "doświadczeniem w integracji uchodźców.")
    assert ("gmina Tromsø", "partner") in orgs


def test_lower_case_unit_with_a_country_adjective_in_a_list():
    orgs = _orgs(_HEAD + "Partnerami projektu są Stowarzyszenie Wspólny Dom oraz duńska gmina Aarhus, "
                         "która przyjmie uczestników wizyty.")
    assert ("Stowarzyszenie Wspólny Dom", "partner") in orgs
    assert ("gmina Aarhus", "partner") in orgs


def test_lower_case_unit_alone_is_no_body():
    orgs = _orgs(_HEAD + "Zajęcia odbywają się w świetlicy, a gmina zapewnia transport.")
    assert not any(n.lower().startswith("gmina") for n, _r in orgs)


_MASTHEAD = ("Harbour Association for Newcomers (Stowarzyszenie Przystań)\n"
             "About us | Projects | Reports | Contact | PL\n\n"
             "BRIDGES TO WORK\n\n"
             "Duration: 1 March 2024 – 28 February 2026\n"
             "Funding: Active Citizens Fund\n\n"
             "The project offers job counselling and language courses to migrant women in Gdynia.\n")


def test_masthead_over_a_menu_runs_the_project():
    orgs = _orgs(_MASTHEAD)
    assert ("Harbour Association for Newcomers", "lead") in orgs


def test_name_line_without_a_menu_is_no_runner():
    orgs = _orgs(_MASTHEAD.replace("About us | Projects | Reports | Contact | PL\n", ""))
    assert not any(r == "lead" and n.startswith("Harbour") for n, r in orgs)
