"""Organisations, round 23 (ORG-Q): a masthead that names a parent institution (a university,
an office, a ministry) and then one of its units, on the same line after a separator, on the
next line, or down a breadcrumb, is the unit's site: the unit runs the projects the page
describes with no runner of their own, not its parent."""

from ngo_atlas.extract.mastunit import masthead_unit
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _leads(text: str) -> set[str]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return {o.name for p in ex.projects for o in p.organizations if o.role == "lead"}


BODY = ("\n\nNasze projekty\n\nSąsiedzi z daleka – badanie integracji migrantów w małych miastach\n\n"
        "Realizujemy projekt od 1 marca 2024 r. do 28 lutego 2026 r. Finansowanie: Narodowe Centrum "
        "Nauki.\n")


def test_unit_on_the_line_under_the_university():
    text = ("Uniwersytet Nadmorski\nOśrodek Studiów nad Mobilnością\n\n"
            "Start | O nas | Projekty | Zespół | Kontakt" + BODY)
    assert "Ośrodek Studiów nad Mobilnością" in _leads(text)
    assert "Uniwersytet Nadmorski" not in _leads(text)


def test_unit_after_a_bar_on_the_name_line():
    text = "Uniwersytet Pograniczny | Centrum Badań Migracyjnych\nO nas | Zespół | Projekty | EN" + BODY
    assert "Centrum Badań Migracyjnych" in _leads(text)
    got = extract_document(Document("x", "x.txt", normalize_text(text))).projects[0].organizations
    assert "Uniwersytet Pograniczny" not in {o.name for o in got}


def test_breadcrumb_gives_the_deepest_unit():
    text = "University of Northshire\nFaculty of Law › Institute of Public Law › Centre for Asylum Studies\n"
    got = masthead_unit(text, 0, text.split("\n")[0], "University of Northshire", "en")
    assert got is not None and got[1][0] == "Centre for Asylum Studies"


def test_menu_under_the_parent_is_no_unit():
    text = "Urząd Miasta Zalesie\nStrona główna | Aktualności | Mieszkańcy | Kontakt\n"
    assert masthead_unit(text, 0, "Urząd Miasta Zalesie", "Urząd Miasta Zalesie", "pl") is None


def test_a_body_that_is_no_parent_keeps_its_masthead():
    text = "Fundacja Dobry Port\nCentrum Pomocy Cudzoziemcom\n"
    assert masthead_unit(text, 0, "Fundacja Dobry Port", "Fundacja Dobry Port", "pl") is None


def test_faculty_named_by_its_discipline_leaves_the_university():
    text = "Uniwersytet Nadmorski | Wydział Nauk Społecznych | Instytut Pedagogiki\n"
    head = "Uniwersytet Nadmorski"
    assert masthead_unit(text, 0, text.split("\n")[0], head, "pl") is None
    crumb = "Uniwersytet Nadmorski\nWydział Historii › Instytut Archeologii › Centrum Badań nad Diasporą\n"
    got = masthead_unit(crumb, 0, "Uniwersytet Nadmorski", head, "pl")
    assert got is not None and got[1][0] == "Centrum Badań nad Diasporą"


NEWS = ("\n\nSąsiedzi z daleka – badanie integracji migrantów w małych miastach\n\n"
        "Badaczki opiszą codzienne życie rodzin z Ukrainy. Projekt potrwa od 1 marca 2024 r. do "
        "28 lutego 2026 r. Finansowanie: Narodowe Centrum Nauki.\n")


def test_name_line_over_a_breadcrumb_is_the_sites_masthead():
    for nav in ("Nauka › Projekty badawcze › Projekty NCN", "Home > What we do > Migration",
                "Aktualności | Nauka | Granty", "Aktualności  Projekty  Publikacje  Kontakt"):
        assert "Uniwersytet Nadmorski" in _leads("Uniwersytet Nadmorski\n" + nav + NEWS), nav


def test_a_sentence_under_the_name_line_is_no_menu():
    from ngo_atlas.extract.mastunit import site_nav_under
    for line in ("W 2024 roku fundacja zrealizowała projekt.", "Kraków, 12 maja 2024",
                 "Pomoc prawna dla cudzoziemców"):
        assert not site_nav_under("Fundacja Dobry Port\n" + line + "\n", len("Fundacja Dobry Port"), "Fundacja Dobry Port")


def test_a_name_line_of_several_names_is_no_masthead_over_a_menu():
    from ngo_atlas.extract.mastunit import site_nav_under
    text = "Dom Sąsiedzki · Сусідський дім · Opole\nStart  Aktualności  Kursy  Kontakt\n"
    assert not site_nav_under(text, text.index("\n"), text.split("\n")[0])
