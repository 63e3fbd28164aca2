"""Round 34, funding branch. Texts in our own wording, not the sets'.

FUND-P: a record whose organisations name one funder and whose funding names no payer (a
grant-giver's results page: the giver heads the page, each funded item keeps its grant and the
call) has that funder pay its grant."""
from ngo_atlas.extract.payerless import payer_from_funder_org
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document, Funding, OrgRef, Project


def _record(funding, orgs):
    p = Project(title="Klub sąsiedzki")
    p.funding = funding
    p.organizations = [OrgRef(n, r) for n, r in orgs]
    return p


def test_lone_funder_pays_the_payerless_grant():
    p = _record([Funding(None, "Mosty Sąsiedzkie", 12000.0, "PLN")],
                [("Fundacja Wspólnego Dobra", "funder"), ("Stowarzyszenie Przykładowe", "lead")])
    payer_from_funder_org([p])
    assert [(f.funder, f.programme, f.amount) for f in p.funding] == \
        [("Fundacja Wspólnego Dobra", "Mosty Sąsiedzkie", 12000.0)]


def test_a_named_payer_is_kept():
    p = _record([Funding("Miasto Sieradz", None, 5000.0, "PLN")],
                [("Miasto Sieradz", "funder"), ("Fundacja Wspólnego Dobra", "funder")])
    payer_from_funder_org([p])
    assert [f.funder for f in p.funding] == ["Miasto Sieradz"]


def test_two_funders_leave_the_grant_payerless():
    p = _record([Funding(None, None, 5000.0, "PLN")],
                [("Miasto Sieradz", "funder"), ("Fundacja Wspólnego Dobra", "funder")])
    payer_from_funder_org([p])
    assert [f.funder for f in p.funding] == [None]


def test_the_scheme_named_as_funder_is_no_payer_of_itself():
    p = _record([Funding(None, "Fundusz Inicjatyw Sąsiedzkich Ziemi Sieradzkiej", 9000.0, "PLN")],
                [("Fundusz Inicjatyw Sąsiedzkich Ziemi Sieradzkiej", "funder")])
    payer_from_funder_org([p])
    assert [f.funder for f in p.funding] == [None]


def test_no_funding_item_is_made_up():
    p = _record([], [("Fundacja Wspólnego Dobra", "funder")])
    payer_from_funder_org([p])
    assert p.funding == []


_RESULTS = ("Fundacja Ziemi Sieradzkiej\n"
            "Program grantowy „Sąsiedzkie Mosty” › Edycja 2025 › Wyniki\n\n"
            "SĄSIEDZKIE MOSTY 2025 – ZNAMY DOFINANSOWANE INICJATYWY\n\n"
            "Ogłaszamy wyniki drugiej edycji programu grantowego „Sąsiedzkie Mosty”, w którym "
            "Fundacja Ziemi Sieradzkiej wspiera grupy sąsiedzkie działające na rzecz integracji "
            "cudzoziemców. Do dofinansowania wybraliśmy dwa wnioski.\n\n"
            "1. „Kuchnia bez granic w Zduńskiej Woli”\n"
            "Realizator: Stowarzyszenie Kuchnia Razem\n"
            "Kwota dotacji: 14 200 zł\n"
            "Opis: spotkania kulinarne sąsiadów z Polski i Ukrainy w świetlicy osiedlowej.\n\n"
            "2. „Podwórkowe lato w Łasku”\n"
            "Realizator: Fundacja Lato na Podwórku\n"
            "Kwota dotacji: 11 900 zł\n"
            "Opis: półkolonie dla dzieci polskich i cudzoziemskich w lipcu i sierpniu.\n")


def test_results_page_giver_pays_each_item():
    doc = extract_document(Document("x.txt", "x.txt", _RESULTS))
    funders = {f.funder for p in doc.projects for f in p.funding if f.amount}
    assert funders == {"Fundacja Ziemi Sieradzkiej"}


# FUND-Q: a results table's call named after "pn." / "pod nazwą" later in the konkurs sentence,
# across a wrapped line; a full stop ends the sentence and with it the call's name.
_TABLE = ("UCHWAŁA NR 77/25\nZARZĄDU POWIATU SIERADZKIEGO\nz dnia 3 marca 2025 r.\n\n"
          "w sprawie rozstrzygnięcia otwartego konkursu ofert na realizację zadań publicznych\n"
          "Powiatu Sieradzkiego w obszarze „Integracja” pn. {name}\n\n"
          "§ 1. Udziela się dotacji z budżetu Powiatu Sieradzkiego na realizację zadań publicznych, "
          "zgodnie z załącznikiem do uchwały.\n\n"
          "Lp. | Oferent | Tytuł zadania | Miejsce realizacji | Kwota dotacji\n"
          "1 | Fundacja Nowy Dom | Polski dla dorosłych cudzoziemców | Sieradz | 24 000,00 zł\n"
          "2 | Stowarzyszenie Sąsiedzi Razem | Festyn sąsiedzki dla rodzin z Ukrainy | Złoczew | 9 500,00 zł\n"
          "3 | Fundacja Mały Krok | Świetlica dla dzieci cudzoziemskich | Warta | 15 300,00 zł\n")


def _programmes(text: str) -> set:
    doc = extract_document(Document("x.txt", "x.txt", text))
    return {f.programme for p in doc.projects for f in p.funding}


def test_call_named_after_pn_is_each_rows_programme():
    assert _programmes(_TABLE.format(name="„Sieradz Wielu Kultur 2025”")) == {"Sieradz Wielu Kultur 2025"}


def test_a_name_after_the_sentence_ends_is_no_call():
    text = _TABLE.format(name="2025 r.").replace(
        "zgodnie z załącznikiem do uchwały.", "zgodnie z załącznikiem do uchwały. Zadanie pn. „Lato 2025” "
        "rozliczono w ubiegłym roku.")
    assert "Lato 2025" not in _programmes(text)
