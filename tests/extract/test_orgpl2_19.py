"""Organisations, round 19 (ORGPL2): a local authority named by its unit in lower case and its
town ("jest gmina Tromsø", "oraz duńska gmina Aarhus"), and a site's masthead (a name line with
the site's menu under it) as the runner of a project page that names no other."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document

_HEAD = "Projekt „Wspólne podwórko”\n\nProjekt „Wspólne podwórko” prowadzi Fundacja Zielony Most. "


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


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
