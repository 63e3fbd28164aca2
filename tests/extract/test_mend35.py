"""Round 35's review: over-broad shapes of the round's rules (texts in our own wording)."""
from ngo_atlas.extract.fundshape import not_a_funder, not_a_programme
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations


def _roles(text, lang="en"):
    return {(o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), lang)}


def test_a_programme_with_its_strand_after_a_colon_is_a_name():
    for name in ("Creative Europe: Culture", "Horyzont 2020: Marie Skłodowska-Curie",
                 "NIW-CRSO: Program Rozwoju Organizacji Obywatelskich"):
        assert not not_a_programme(name, "pl"), name
    assert not_a_programme("Operator: Fundacja Rozwoju Regionów", "pl")
    assert not_a_programme("Źródło finansowania: Fundusz X", "pl")


def test_a_version_number_is_no_sum():
    assert not not_a_funder("Fundusz Wkładów Własnych 2.0", "pl")
    assert not_a_funder("PLN 73,44", "pl")
    assert not_a_funder("Fundacja X 1250.50", "pl")


def test_a_polish_programme_headed_by_a_count_keeps_its_name():
    assert not not_a_programme("100 lat niepodległości", "pl")
    assert not_a_programme("5 weekend workshops in Lublin", "en")


def test_lead_with_list_tagged_with_another_role_gives_no_partners():
    t = "The project was run by the Riverside Association as the leader, with the Hill Foundation as its funder."
    assert ("Hill Foundation", "partner") not in _roles(t)
    t = ("The project was run by the Riverside Association as the leader, with the Hill Foundation "
         "and the Lake Trust providing funding.")
    assert not {("Hill Foundation", "partner"), ("Lake Trust", "partner")} & _roles(t)


def test_lead_with_list_gives_no_person_as_partner():
    t = "The project was run by the Riverside Association as the leader, with Anna Kowalska and the Hill Foundation."
    roles = _roles(t)
    assert not any("Kowalska" in n for n, _ in roles)
    assert ("Hill Foundation", "partner") in roles


def test_lead_with_list_as_partners_still_read():
    t = ("The project is implemented by the Riverside Association as the project promoter, with the Hill "
         "Foundation and the Lake Trust as partners.")
    assert {("Hill Foundation", "partner"), ("Lake Trust", "partner")} <= _roles(t)


def test_festival_head_beside_the_projects_own_coordinator_is_other():
    # workshops shown at a festival: the festival's director heads the festival, not the project
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    t = ("Riverside Foundation\n\nPhoto workshops for refugee teenagers\n\n"
         "The Riverside Foundation runs photo workshops for refugee teenagers in Gdańsk from March to June "
         "2024, funded by the City of Gdańsk. The final exhibition will open during the Baltic Light Festival.\n\n"
         "Project coordinator: Anna Lis\nFestival director: Jan Nowak\n")
    people = {p.name: p.role for p in extract_document(Document("x.txt", "x.txt", t)).projects[0].people}
    assert people.get("Anna Lis") == "coordinator"
    assert people.get("Jan Nowak") != "coordinator"
