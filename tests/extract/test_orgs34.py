"""ORGT (round 34): a thanks header on a line of its own opens a list, one thanked body an item
with its reason ("Serdecznie dziękujemy:\\n– Miejskiej Bibliotece Publicznej w X za salę,").
Each body opening an item is in the project: `partner` for work together or under a header
that speaks of partners, `other` otherwise. People, bodies behind a lower-case noun and items
with no reason stay out. Texts in our own wording, not the sets'."""
from ngo_atlas.extract import organisations as o
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.thankslist import thanked_items
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    return [(x.name, x.role) for p in doc.projects for x in p.organizations]


def _items(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], r) for a, b, r in thanked_items(text, 0, len(text), o.mentions)]


_PAGE = ("Stowarzyszenie Nowe Sąsiedztwo – Sieradz\n"
         "Start | O nas | Projekty | Kontakt\n\n"
         "Letnia szkoła polskiego dla dzieci z Ukrainy\n\n"
         "W lipcu 2025 r. Stowarzyszenie Nowe Sąsiedztwo zrealizowało projekt „Letnia szkoła polskiego” "
         "dla 40 dzieci z Ukrainy mieszkających w Sieradzu.\n\n"
         "Serdecznie dziękujemy:\n"
         "– Miejskiej Bibliotece Publicznej w Sieradzu za udostępnienie czytelni,\n"
         "– Zespołowi Szkół Technicznych w Sieradzu za współorganizację wycieczek,\n"
         "– pani Janinie Kowal za prowadzenie zajęć plastycznych,\n"
         "– uczniom Liceum Ogólnokształcącego nr 1 za pomoc przy zajęciach.\n")


def test_thanked_items_join_the_project():
    got = _orgs(_PAGE)
    assert ("Miejska Biblioteka Publiczna w Sieradzu", "other") in got
    assert ("Zespół Szkół Technicznych w Sieradzu", "partner") in got


def test_people_and_bodies_behind_a_lower_case_noun_stay_out():
    names = [n for n, _ in _orgs(_PAGE)]
    assert not any("Liceum" in n for n in names)
    assert not any("Kowal" in n for n in names)


def test_header_naming_partners_gives_partners():
    text = ("Nie poradzilibyśmy sobie bez partnerów. Dziękujemy:\n"
            "→ Gminie Zduńska Wola i Powiatowemu Centrum Pomocy Rodzinie w Zduńskiej Woli za lokale,\n"
            "→ Parafii pw. św. Józefa za zbiórkę odzieży.\n")
    assert _items(text) == [("Gminie Zduńska Wola", "partner"),
                            ("Powiatowemu Centrum Pomocy Rodzinie w Zduńskiej Woli", "partner"),
                            ("Parafii pw. św. Józefa", "partner")]


def test_genitive_after_dla_and_a_dash_before_the_reason():
    text = ("Szczególne podziękowania dla:\n"
            "• Szkoły Podstawowej nr 4 w Kole – za współpracę przy rekrutacji,\n"
            "• Parafii pw. św. Anny – za salę.\n")
    assert _items(text) == [("Szkoły Podstawowej nr 4 w Kole", "partner"), ("Parafii pw. św. Anny", "other")]


def test_no_header_no_reason_no_list():
    # a list with no thanks header (what the project offers), a header with no list, and
    # items with no reason: nothing is read
    assert _items("Oferujemy:\n– Fundacji Przykład za darmo porady,\n") == []
    assert _items("Dziękujemy wszystkim za udział w pikniku! Fundacja Przykład zaprasza.\n") == []
    assert _items("Dziękujemy:\n– Fundacja Przykład, Sieradz\n– Stowarzyszenie Wzór, Koło\n") == []
    # the list stops at the first line that is no item
    assert _items("Dziękujemy:\n– Fundacji Przykład za salę.\nStowarzyszenie Wzór za nic.\n") == [
        ("Fundacji Przykład", "other")]
