"""Organisations, round 20c (ORG-C): bodies counted by their kind after a verb of taking part
("беруть участь 4 школи Ополя та 2 садочки Ниси", "участвуют 4 школы Ополе") are a count, not a
name: a numeral followed by a lower-case noun never makes an organisation. A name that opens
with a numeral and a capital ("2 Kolory" as a group's own name) is not touched by this."""

from ngo_atlas.extract.organisations import _COUNTED
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_ukrainian_counted_schools_are_no_partner():
    orgs = _orgs("Школа для всіх\n\nПроєкт «Школа для всіх» реалізує Фундація «Відкриті двері» в Ополі.\n\n"
                 "У проєкті беруть участь 4 школи Ополя та 2 садочки Ниси.\n")
    assert ("Фундація Відкриті двері", "lead") in orgs
    assert not any(n[:1].isdigit() for n, _ in orgs)


def test_russian_counted_schools_are_no_partner():
    orgs = _orgs("Школа для всех\n\nПроект «Школа для всех» реализует Фонд «Открытые двери» в Ополе.\n\n"
                 "В проекте участвуют 4 школы Ополе и 2 детских сада Нысы.\n")
    assert ("Фонд Открытые двери", "lead") in orgs
    assert not any(n[:1].isdigit() for n, _ in orgs)


def test_counted_pattern_in_each_script():
    for s in ("12 szkół z Krakowa", "1 200 uczniów", "3 schools in Kraków", "11 шкіл Любліна", "3 школы"):
        assert _COUNTED.match(s)
    for s in ("2 Kolory", "Fundacja 3 Maja", "Szkoła Podstawowa nr 12", "4 Kids Foundation"):
        assert not _COUNTED.match(s)
