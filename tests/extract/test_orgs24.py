"""ORG-S (round 24): a university named with a structural unit after a dash is the university (a partner)."""
from ngo_atlas.extract.organisations import clean_org
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.unitparent import university_part
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def test_structural_unit_cut_in_four_languages():
    assert university_part("Uniwersytet Opolski – Instytut Nauk Pedagogicznych") == "Uniwersytet Opolski"
    assert university_part("Uniwersytet Wrocławski - Wydział Nauk Społecznych") == "Uniwersytet Wrocławski"
    assert university_part("Riverside University – Department of Social Work") == "Riverside University"
    assert university_part("University of Gdańsk — Faculty of Law") == "University of Gdańsk"
    assert university_part("Львівський університет – Факультет соціології") == "Львівський університет"
    assert university_part("Уральский университет – Кафедра истории") == "Уральский университет"


def test_units_with_their_own_names_stay():
    for n in ("Uniwersytet Warszawski – Ośrodek Badań nad Migracjami",
              "Uniwersytet Opolski – Klinika Prawa",
              "University of Gdańsk – Centre for Refugee Studies",
              "University of Gdańsk, Faculty of Law",
              "Instytut Spraw Publicznych, Warszawa"):
        assert university_part(n) == n
    assert clean_org("Uniwersytet Opolski – Klinika Prawa Migracyjnego", "pl")[0] == \
        "Uniwersytet Opolski – Klinika Prawa Migracyjnego"


def test_a_lead_keeps_its_unit():
    t = ("Uniwersytet Opolski – Wydział Nauk Społecznych realizuje projekt „Wspólna szkoła” "
         "w partnerstwie z Uniwersytetem Wrocławskim – Wydziałem Prawa.\n")
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    got = {o.name: o.role for p in ex.projects for o in p.organizations}
    assert got.get("Uniwersytet Wrocławski") == "partner"
    assert not any(n.startswith("Uniwersytet Opolski") and r == "partner" for n, r in got.items())


def test_partner_in_prose_gets_the_university():
    t = ("Projekt „Wspólna szkoła”\n\nFundacja Nowy Dom realizuje projekt w partnerstwie z "
         "Uniwersytetem Opolskim – Wydziałem Nauk Społecznych.\n\nPartner: Uniwersytet Opolski – "
         "Instytut Nauk Pedagogicznych\n")
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    names = {o.name for p in ex.projects for o in p.organizations}
    assert "Uniwersytet Opolski" in names
    assert not any("Instytut" in n or "Wydzia" in n for n in names)
