"""A name whose first word is a compound adjective's first part ("Warmińsko-", tagged "adja",
with no case) must not crash the extractor: such a tag has no case part to read."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.lang import polish
from ngo_atlas.model import Document


def test_a_tag_without_case_gives_no_cases():
    assert polish.tag_cases("adja") == set()
    assert polish.tag_cases("subst:sg:gen.acc:m1") == {"gen", "acc"}


def test_a_body_named_with_a_compound_adjective_is_read():
    text = ("Fundacja Kujawsko-Pomorska Sieć Sąsiedzka\n\n"
            "Projekt „Wspólne podwórko” realizujemy od 1 marca do 30 listopada 2025 r. "
            "Projekt finansowany jest ze środków Gminy Miasta Torunia.\n")
    ex = extract_document(Document("x.txt", "x.txt", text))
    names = {o.name for p in ex.projects for o in p.organizations}
    assert ex.projects and "Fundacja Kujawsko-Pomorska Sieć Sąsiedzka" in names
