"""Round 39 (granttab): a grant-giver's numbered list of awards, not a table, is one record an
entry (grantrows): the body the grant went to is the lead, the quoted or labelled title the
record's, the sum its amount; a budget's breakdown, a list of partners, a grantee's own list
of its payers are no such list. And a quoted name that ends a spaced row's cell no longer
breaks the page's extraction (tables._title_start)."""

import pytest

from ngo_atlas.extract.grantrows import granted_rows
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_HEAD = ("Fundacja Wspólny Brzeg\nAktualności | Programy | Kontakt\n\n"
         "Wyniki konkursu grantowego „Razem nad Wartą” 2025\n\n"
         "Komisja grantowa rekomendowała do dofinansowania trzy projekty. "
         "Realizacja od 1 kwietnia do 30 listopada 2025 r.\n\n")
_TAIL = "\n\nProgram finansowany jest ze środków własnych Fundacji Wspólny Brzeg.\n"


def _records(body: str) -> list[tuple]:
    ex = extract_document(Document("t.txt", "t.txt", _HEAD + body + _TAIL))
    return [(p.title, next((o.name for o in p.organizations if o.role == "lead"), None),
             next((f.amount for f in p.funding if f.amount), None)) for p in ex.projects]


_WANT = [("Kuchnia bez granic", "Stowarzyszenie Aktywni Razem", 20000.0),
         ("Polski dla mam", "Fundacja Nowy Start", 18500.0),
         ("Gramy razem", "Klub Sportowy Orzeł", 12000.0)]


@pytest.mark.parametrize("body", [
    # the body over its title and its sum, a town beside it
    "1. Stowarzyszenie Aktywni Razem (Tarnów)\n   „Kuchnia bez granic” – warsztaty kulinarne dla sąsiadów.\n"
    "   Kwota dotacji: 20 000 zł\n\n2. Fundacja Nowy Start, Bochnia\n   Projekt: „Polski dla mam”\n"
    "   Kwota dotacji: 18 500 zł\n\n3. Klub Sportowy Orzeł\n   „Gramy razem” – liga piłkarska dla dzieci.\n"
    "   Kwota dotacji: 12 000 zł",
    # one line an entry, the body and the title set off by commas
    "1. Stowarzyszenie Aktywni Razem, „Kuchnia bez granic”, 20 000 zł\n"
    "2. Fundacja Nowy Start, „Polski dla mam”, 18 500 zł\n3. Klub Sportowy Orzeł, „Gramy razem”, 12 000 zł",
    # the title first, the body after a dash
    "1. „Kuchnia bez granic” – Stowarzyszenie Aktywni Razem – 20 000 zł\n"
    "2. „Polski dla mam” – Fundacja Nowy Start – 18 500 zł\n3. „Gramy razem” – Klub Sportowy Orzeł – 12 000 zł",
    # a colon and the sum in brackets
    "1. Stowarzyszenie Aktywni Razem: „Kuchnia bez granic” (20 000 zł)\n"
    "2. Fundacja Nowy Start: „Polski dla mam” (18 500 zł)\n3. Klub Sportowy Orzeł: „Gramy razem” (12 000 zł)",
])
def test_each_entry_of_a_numbered_list_of_awards_is_a_record(body):
    assert _records(body) == _WANT


def test_a_quoted_name_inside_the_body_is_not_the_title():
    body = ("1. Stowarzyszenie Kobiet „Tęcza”, Nowy Sącz\n   Projekt: „Kuchnia bez granic”\n   Kwota: 20 000 zł\n\n"
            "2. Fundacja „Krok” – „Polski dla mam” – 18 500 zł\n")
    rows = granted_rows(_HEAD + body)
    assert [r[2] for r in rows] == ["Kuchnia bez granic", "Polski dla mam"]
    assert [next(h.value for h in r[3] if h.key == "lead") for r in rows] == \
        ["Stowarzyszenie Kobiet „Tęcza”", "Fundacja „Krok”"]


@pytest.mark.parametrize("text", [
    # a budget's breakdown: no body, no title
    _HEAD + "1. Wynagrodzenia koordynatora – 20 000 zł\n2. Materiały warsztatowe – 5 000 zł\n",
    # a list of partners: no sums
    _HEAD + "1. Fundacja Nowy Start – „Polski dla mam”\n2. Klub Sportowy Orzeł – „Gramy razem”\n",
    # a grantee's own list of what it received: the bodies pay
    "Stowarzyszenie Aktywni Razem\n\nW 2024 roku otrzymaliśmy dofinansowanie na dwa projekty:\n"
    "1. Fundacja Batorego – „Kuchnia bez granic” – 20 000 zł\n2. Fundacja PZU – „Polski dla mam” – 18 500 zł\n",
    # payers' words before the names
    _HEAD + "1. „Kuchnia bez granic” – dzięki Fundacji Batorego – 20 000 zł\n"
    "2. „Polski dla mam” – ze środków Fundacji PZU – 18 500 zł\n",
    # one entry of the list gives no sum: the list is none of grants
    _HEAD + "1. Fundacja Nowy Start – „Polski dla mam” – 18 500 zł\n2. Klub Sportowy Orzeł – „Gramy razem”\n",
    # no words of grants awarded above the list
    "Fundacja Wspólny Brzeg\n\nNasze działania:\n1. Fundacja Nowy Start – „Polski dla mam” – 18 500 zł\n"
    "2. Klub Sportowy Orzeł – „Gramy razem” – 12 000 zł\n",
])
def test_lists_of_other_things_are_no_awards(text):
    assert granted_rows(text) == []


def test_a_quoted_name_ending_a_spaced_rows_cell_does_not_break_the_page():
    ex = extract_document(Document("t.txt", "t.txt", _HEAD +
                                   "1. Stowarzyszenie Aktywni Razem, „Kuchnia bez granic”, 20 000 zł\n"
                                   "2. Fundacja Nowy Start, „Polski dla mam”, 18 500 zł\n"))
    assert not ex.problems and len(ex.projects) == 2


# --- the operator of a grant scheme (schemeoperator) -------------------------------------------

from ngo_atlas.extract.schemeoperator import scheme_operators  # noqa: E402


def _operators(text: str) -> list[str]:
    return [o.name for o in scheme_operators(text, [(0, len(text))], "pl")]


@pytest.mark.parametrize("text,name", [
    ("Program „Razem Lokalnie” jest programem Fundacji Dobra Wspólnego realizowanym przez "
     "Stowarzyszenie Klon Pomorski.", "Stowarzyszenie Klon Pomorski"),
    ("Operatorem programu jest Fundacja Inicjatyw Sąsiedzkich z Radomia.", "Fundacja Inicjatyw Sąsiedzkich"),
    ("Na terenie powiatu program prowadzi Stowarzyszenie Lokalna Grupa Działania Dolina Wieprza.",
     "Stowarzyszenie Lokalna Grupa Działania Dolina Wieprza"),
    ("The small grants scheme is run by the Foundation for Local Action.", "Foundation for Local Action"),
])
def test_the_operator_of_a_scheme_is_named(text, name):
    assert _operators(text) == [name]


@pytest.mark.parametrize("text", [
    "Projekt realizowany przez Fundację Nowy Start w partnerstwie z gminą.",  # a project's lead
    "Program zajęć prowadzi Fundacja Nowy Start.",  # an agenda
    "Konkurs był realizowany zgodnie z regulaminem. Fundacja Nowy Start otrzymała grant.",  # no name after the verb
])
def test_a_project_s_lead_or_an_agenda_is_no_operator(text):
    assert _operators(text) == []


def test_every_grant_of_a_list_carries_the_operator_named_below_it():
    text = ("Stowarzyszenie Dolina Wieprza – Ośrodek Grantowy\n\nWyniki konkursu 2025\n\n"
            "Komisja grantowa wybrała do dofinansowania dwie inicjatywy.\n\n"
            "1. „Kuchnia bez granic”\nWnioskodawca: Koło Gospodyń Wiejskich w Łęcznej\nKwota dotacji: 6 000 zł\n"
            "Warsztaty kulinarne dla sąsiadów z Ukrainy.\n\n"
            "2. „Gramy razem”\nWnioskodawca: Uczniowski Klub Sportowy Orzeł\nKwota dotacji: 5 000 zł\n"
            "Liga piłkarska dla dzieci.\n\n"
            "Program „Razem Lokalnie” jest programem Fundacji Dobra Wspólnego realizowanym przez "
            "Stowarzyszenie Klon Pomorski.\n")
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert len(ex.projects) == 2
    for p in ex.projects:
        assert ("Stowarzyszenie Klon Pomorski", "other") in [(o.name, o.role) for o in p.organizations]


def test_a_clause_of_another_noun_after_the_scheme_names_no_operator():
    assert _operators("Jednym z projektów programu jest „Mama w Toruniu” – grupa wsparcia dla matek, "
                      "prowadzona przez Stowarzyszenie Rodzin Razem.") == []


@pytest.mark.parametrize("text,want", [
    ("Small grants 2025: the results\n\nThe committee selected two projects for funding.\n\n"
     "1. Association of Active Neighbours – “Cooking without Borders” – PLN 20,000\n"
     "2. Foundation New Start – “Polish for Mums” – PLN 18,500\n",
     [("Cooking without Borders", "Association of Active Neighbours", "PLN 20,000"),
      ("Polish for Mums", "Foundation New Start", "PLN 18,500")]),
    ("Результати конкурсу мікрогрантів 2025\n\n1. ГО «Активні сусіди» – «Кухня без кордонів» – 20 000 грн\n"
     "2. Фонд «Новий старт» – «Польська для мам» – 18 500 грн\n",
     [("Кухня без кордонів", "ГО «Активні сусіди»", "20 000 грн"),
      ("Польська для мам", "Фонд «Новий старт»", "18 500 грн")]),
])
def test_lists_of_awards_in_english_and_ukrainian(text, want):
    rows = granted_rows(text)
    assert [(r[2], next(h.value for h in r[3] if h.key == "lead"), next(h.value for h in r[3] if h.key == "amount"))
            for r in rows] == want


def test_a_grantee_s_list_of_grants_it_received_is_no_list_of_awards():
    text = ("Stowarzyszenie Aktywni Razem\n\nSprawozdanie 2024\n\nW 2024 r. przyznano nam dotacje na dwa projekty:\n"
            "1. Fundacja Batorego – „Kuchnia bez granic” – 20 000 zł\n"
            "2. Fundacja PZU – „Polski dla mam” – 18 500 zł\n")
    assert granted_rows(text) == []
