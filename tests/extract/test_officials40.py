"""Round 40 (officials): a quoted official who signs the agreement of a project that a
non-governmental or international body leads signs for the side that pays or oversees it, and
is no person in the project; one who signs for the city or the office that leads it stays.
"""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert ex.projects
    return [(q.name, q.role) for p in ex.projects for q in p.people if q.name]


_NGO_LEAD = (
    "Fundacja Nowy Most rozpoczyna projekt „Pierwsze kroki w Szczecinie”\n\n"
    "Fundacja Nowy Most realizuje projekt „Pierwsze kroki w Szczecinie” od 1 marca 2025 r. "
    "do 28 lutego 2026 r. Projekt jest finansowany ze środków Ministerstwa Spraw Wewnętrznych "
    "i Administracji.\n\n"
    "– Chcemy, żeby każda rodzina, która tu przyjeżdża, wiedziała, gdzie szukać pomocy – mówiła "
    "podczas podpisania umowy wiceminister Halina Sroczyńska.\n\n"
    "Koordynatorka projektu: Marta Kowalewska, tel. 91 400 20 30.\n"
)

_CITY_LEAD = (
    "Miasto Opole rozpoczyna projekt „Opole dla wszystkich”\n\n"
    "Miasto Opole realizuje projekt „Opole dla wszystkich” od 1 marca 2025 r. do 28 lutego "
    "2026 r. Partnerem projektu jest Fundacja Nowy Most.\n\n"
    "– Chcemy, żeby każda rodzina, która tu przyjeżdża, wiedziała, gdzie szukać pomocy – mówił "
    "podczas podpisania umowy zastępca prezydenta miasta Tadeusz Wolański.\n\n"
    "Koordynatorka projektu: Marta Kowalewska, tel. 77 400 20 30.\n"
)


def test_a_minister_signing_with_a_foundation_that_leads_is_left_out():
    names = [n for n, _ in _people(_NGO_LEAD)]
    assert "Halina Sroczyńska" not in names
    assert "Marta Kowalewska" in names  # the project's own coordinator stays


def test_a_deputy_mayor_signing_for_the_city_that_leads_stays():
    assert ("Tadeusz Wolański", "other") in _people(_CITY_LEAD)


def test_a_foundations_president_quoted_at_the_signing_stays():
    # no government office: the rule is about officials only
    text = _NGO_LEAD.replace("wiceminister Halina Sroczyńska", "prezeska fundacji Halina Sroczyńska")
    assert "Halina Sroczyńska" in [n for n, _ in _people(text)]


def test_an_official_quoted_without_signing_is_left_out_as_before():
    text = _CITY_LEAD.replace("mówił podczas podpisania umowy ", "mówi ")
    assert "Tadeusz Wolański" not in [n for n, _ in _people(text)]
