"""Round 39 (segment): notes below a numbered table that speak of its rows by number ("Ad 2.",
"Zadanie nr 1 …", "Oferty nr 2 i 3 …") are those rows' prose; no other row gets their facts,
and the list as a whole no longer reads them as its own."""

from ngo_atlas.extract.numberedrefs import numbered_notes, row_number, without
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_TABLE = """Wyniki otwartego konkursu ofert na zadania z zakresu integracji cudzoziemców w 2025 roku

Prezydent Miasta Tarnowa przyznał dotacje z budżetu Gminy Miasta Tarnów następującym ofertom:

Lp. | Oferent | Tytuł zadania | Kwota dotacji (zł)
1 | Fundacja Nowy Horyzont | Tarnowski Punkt Porad dla Cudzoziemców | 80 000,00
2 | Stowarzyszenie Dom Sąsiedzki | Polski od podstaw – kursy dla dorosłych | 45 000,00
3 | Fundacja Kolorowe Podwórko | Świetlica Wielu Języków | 30 000,00

{notes}

Kontakt: Wydział Spraw Społecznych, tel. 14 688 20 00.
"""


def _records(notes: str) -> dict[str, tuple[set, set]]:
    ex = extract_document(Document("t.txt", "t.txt", _TABLE.format(notes=notes)))
    return {p.title: ({o.name for o in p.organizations}, {x.value for x in p.places}) for p in ex.projects}


def _find(recs: dict, word: str) -> tuple[set, set]:
    return next(v for k, v in recs.items() if word in k)


def test_a_numbered_task_sentence_gives_its_partner_to_that_row_alone():
    recs = _records("Zadanie nr 3 będzie realizowane we współpracy ze Szkołą Podstawową nr 12 w Tarnowie. "
                    "Oferta nr 1 przewiduje współpracę z Powiatowym Urzędem Pracy w Tarnowie.")
    assert any("Szkoła Podstawowa nr 12" in o for o in _find(recs, "Świetlica")[0])
    assert any("Powiatowy Urząd Pracy" in o for o in _find(recs, "Punkt Porad")[0])
    assert not any("Szkoła Podstawowa" in o or "Urząd Pracy" in o for o in _find(recs, "Polski od")[0])
    assert not any("Urząd Pracy" in o for o in _find(recs, "Świetlica")[0])


def test_offers_named_together_share_their_places_and_no_other_row_gets_them():
    recs = _records("Oferty nr 2 i 3 realizowane będą w dzielnicach Mościce i Krzyż. "
                    "Zadanie nr 1 realizowane będzie w Tarnowie.")
    assert {"Mościce", "Krzyż"} <= _find(recs, "Polski od")[1]
    assert {"Mościce", "Krzyż"} <= _find(recs, "Świetlica")[1]
    assert not {"Mościce", "Krzyż"} & _find(recs, "Punkt Porad")[1]


def test_an_ad_note_holds_its_paragraph():
    text = ("1 | X | Projekt A | 10\n2 | Y | Projekt B | 20\n\nAd 1. Zajęcia odbywały się w Bochni. "
            "Prowadziła je Anna Nowak.\n\nAd 2. Spotkania w Brzesku.\n\nSporządził: Zarząd")
    notes = numbered_notes(text, text.index("Ad 1"), len(text), {1, 2})
    assert [text[a:b] for a, b in notes[1]] == ["Ad 1. Zajęcia odbywały się w Bochni. Prowadziła je Anna Nowak."]
    assert [text[a:b] for a, b in notes[2]] == ["Ad 2. Spotkania w Brzesku."]


def test_file_numbers_and_other_nouns_are_no_references():
    text = ("Projekt nr 6/8-2019/OG-FAMI realizuje Fundacja. Zarządzenie nr 2 z dnia 3 marca. "
            "Szkoła Podstawowa nr 1 w Bochni. Uchwała nr 3/2024. Zadanie nr 7 w Bochni.")
    # neither a file number nor a school's or a decision's number names a row; 7 is no row's number
    assert numbered_notes(text, 0, len(text), {1, 2, 3, 6}) == {}


def test_a_sentence_naming_two_tasks_is_cut_between_them():
    text = "Zadanie nr 1 będzie realizowane w Bochni, a zadanie nr 2 – w Brzesku."
    notes = numbered_notes(text, 0, len(text), {1, 2})
    assert "Brzesku" not in text[slice(*notes[1][0])]
    assert "Bochni" not in text[slice(*notes[2][0])]


def test_row_numbers_and_cutting_spans():
    text = "1 | A | B\n| 2 | C | D\n3. | E | F\nLp. | G"
    assert [row_number(text, i) for i in (0, 10, 22, 32)] == [1, 2, 3, None]
    assert without([(0, 100)], [(10, 20), (50, 60)]) == [(0, 10), (20, 50), (60, 100)]


def test_notes_without_numbers_leave_the_rows_as_they_were():
    recs = _records("Wszystkie zadania będą realizowane w Tarnowie.")
    assert all("Tarnów" in places for _orgs, places in recs.values())


# A grant list's intro that names the programme's payer and its operator: the operator is every
# item's `other`; an intro with no payer of every item gives none of its bodies to the items.
_GRANTS = """WYNIKI KONKURSU „MOSTY SĄSIEDZKIE 2025”

{intro}

1. „Kuchnia bez granic”
Wnioskodawca: Koło Gospodyń Wiejskich w Lipnicy
Kwota dotacji: 5 000 zł
Opis: warsztaty kulinarne dla mieszkanek Lipnicy i uchodźczyń z Ukrainy.

2. „Sąsiedzki klub planszówek”
Wnioskodawca: Stowarzyszenie Przyjaciół Biblioteki w Radłowie
Kwota dotacji: 4 500 zł
Opis: cotygodniowe spotkania przy grach dla dzieci polskich i ukraińskich w Radłowie.

Gratulujemy wszystkim wnioskodawcom!
"""


def _orgs_of_items(intro: str) -> list[set[tuple[str, str]]]:
    ex = extract_document(Document("t.txt", "t.txt", _GRANTS.format(intro=intro)))
    return [{(o.name, o.role) for o in p.organizations} for p in ex.projects]


def test_the_programmes_operator_named_in_the_intro_is_every_items_other():
    recs = _orgs_of_items("Program „Mosty Sąsiedzkie” jest programem Fundacji Dobrego Sąsiedztwa realizowanym "
                          "przez Instytut Rozwoju Społeczności Lokalnych. Do dofinansowania wybrano dwie inicjatywy.")
    assert len(recs) == 2
    for orgs in recs:
        assert ("Instytut Rozwoju Społeczności Lokalnych", "other") in orgs


def test_an_intro_that_names_no_payer_of_the_items_lends_them_no_body():
    recs = _orgs_of_items("Komisja, w której zasiadali przedstawiciele Instytutu Rozwoju Społeczności Lokalnych, "
                          "wybrała dwie inicjatywy. Dziękujemy Gazecie Radłowskiej za patronat medialny.")
    assert len(recs) == 2
    for orgs in recs:
        assert not any("Instytut" in n or "Gazeta" in n for n, _r in orgs)
