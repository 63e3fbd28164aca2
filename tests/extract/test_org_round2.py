"""Organisation roles added in the second round: the page owner named by a long first line."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _extract(text):
    return extract_document(Document("t.txt", "t.txt", text))


def test_page_owner_with_a_long_name_runs_its_projects():
    text = ("Stowarzyszenie Pomocy Matkom z Dziećmi im. Anny Nowej w Gdyni\n\n"
            "W 2022 roku zrealizowaliśmy projekt „Bezpieczna Przystań” dla matek z Ukrainy. "
            "Projekt zakończył się w grudniu 2022 roku.\n")
    p, = _extract(text).projects
    assert ("Stowarzyszenie Pomocy Matkom z Dziećmi im. Anny Nowej w Gdyni", "lead") in \
        [(o.name, o.role) for o in p.organizations]


def test_a_long_capitalised_banner_is_no_page_owner():
    text = ("OGÓLNOPOLSKA SIEĆ ORGANIZACJI DZIAŁAJĄCYCH NA RZECZ RODZIN Z DZIEĆMI W POTRZEBIE\n\n"
            "W 2022 roku zrealizowaliśmy projekt „Bezpieczna Przystań” dla matek z Ukrainy.\n")
    p, = _extract(text).projects
    assert not any(o.role == "lead" for o in p.organizations)
