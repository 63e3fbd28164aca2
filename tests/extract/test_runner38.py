"""Round 38 (runner): an informal group named in a grant list's value is the project's lead."""

from ngo_atlas.extract.informalgroup import group_name
from ngo_atlas.extract.organisations import clean_org
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> list[list[tuple[str, str]]]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return [[(o.name, o.role) for o in p.organizations] for p in ex.projects]


def test_quoted_group_with_patron_bracket_is_named():
    assert group_name("grupa nieformalna „Sąsiadki z Brzozowa” (pod patronatem Stowarzyszenia Rozwoju Wsi)") \
        == "Sąsiadki z Brzozowa"
    assert clean_org("grupa nieformalna „Babcie z Osowej” pod patronatem Fundacji Osowa", "pl") == ("Babcie z Osowej", None)


def test_unquoted_group_keeps_its_words_as_written():
    # (a bare name is in apposition, nominative already: no lemma "Mama z …")
    assert group_name("grupa nieformalna Mamy z Zagórza (z patronem – Stowarzyszeniem Rozwoju Gminy Zagórz)") \
        == "Mamy z Zagórza"


def test_no_name_or_a_clause_is_no_group():
    assert group_name("grupa nieformalna mieszkańców wsi Brzozów") is None
    assert group_name("grupa nieformalna") is None
    assert group_name("grupa nieformalna Mamy z Zagórza, która działa od 2020 r.") is None
    assert group_name("Stowarzyszenie Aktywna Wieś") is None


def test_grant_list_value_makes_the_group_the_lead():
    text = ("Wyniki konkursu mikrograntów\n\n1. „Wspólne gotowanie”\nWnioskodawca: grupa nieformalna "
            "„Sąsiadki z Brzozowa” (pod patronatem Stowarzyszenia Rozwoju Wsi Brzozów)\nKwota dotacji: 6 000 zł\n"
            "Opis: warsztaty kulinarne dla mam z Ukrainy.\n\n2. „Plac zabaw”\nWnioskodawca: Stowarzyszenie "
            "Aktywna Wieś\nKwota dotacji: 5 000 zł\nOpis: plac zabaw dla dzieci z Ukrainy.\n")
    orgs = _orgs(text)
    first = next(o for o in orgs if ("Stowarzyszenie Rozwoju Wsi Brzozów", "other") in o)
    assert ("Sąsiadki z Brzozowa", "lead") in first
    assert not any(r == "lead" and n.startswith("Stowarzyszenie Rozwoju") for n, r in first)
