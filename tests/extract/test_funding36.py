"""Round 36 (funding): a fund's owner bracket followed by its sum or the card's next key
(FUND-B), and a programme's operator that a funding finder read as its payer (FUND-O)."""

import pytest

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.operatorpays import operators_pay_nothing
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document, Funding, OrgRef, Span


def _label_funding(text: str):
    labels = find_labels(text)
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), labels, "pl", [])
            if f.funder or f.programme]


@pytest.mark.parametrize("text,payer,programme", [
    ("Finansowanie: Fundusz dla Organizacji Pozarządowych (Fundusze EOG), 31 200 EUR; "
     "operator: Fundacja Rozwoju Demokracji Lokalnej\n", "Fundusze EOG", "Fundusz dla Organizacji Pozarządowych"),
    ("Finansowanie: Aktywni Obywatele – Fundusz Krajowy (Fundusze EOG), operator: Fundacja im. Stefana "
     "Batorego\n", "Fundusze EOG", "Aktywni Obywatele – Fundusz Krajowy"),
    ("Źródło finansowania: Program Rozwoju Lokalnego (Norweski Mechanizm Finansowy), 120 000 zł\n",
     "Norweski Mechanizm Finansowy", "Program Rozwoju Lokalnego"),
])
def test_the_owner_bracket_pays_where_a_sum_or_the_next_key_follows_it(text, payer, programme):
    found = _label_funding(text)
    assert (payer, programme) in found
    assert all(f != programme for f, _ in found)  # the fund is no payer of its own


@pytest.mark.parametrize("text,absent", [
    # the bracket is the fund's seat, not its owner: no payer is read from it
    ("Finansowanie: Fundusz Lokalny (Nowy Sącz), 8 000 zł\n", "Nowy Sącz"),
    # a lower-case gloss in the bracket names no body
    ("Finansowanie: Program Sąsiedzki (edycja wiosenna), kwota: 9 000 zł\n", "edycja wiosenna"),
])
def test_a_bracket_that_names_no_owner_gives_no_payer(text, absent):
    assert all(f != absent for f, _ in _label_funding(text))


def test_a_second_payer_after_the_bracket_is_kept():
    # "(Fundusze EOG), Gmina Kielce": a capitalised body after the comma is a second payer, not a key
    found = _label_funding("Finansowanie: Fundusz dla Organizacji Pozarządowych (Fundusze EOG), Gmina Kielce\n")
    assert any(f == "Gmina Kielce" for f, _ in found)


def _op(name: str, rule: str) -> OrgRef:
    return OrgRef(name, "other", Span(0, 1, rule, 0.8))


def test_an_operator_keeps_no_payer_role_but_its_item_keeps_programme_and_sum():
    items = [Funding("Fundacja Wspólnej Sprawy", "Fundusz Sąsiedzki", 42000.0, "PLN"),
             Funding("Ministerstwo Spraw Wewnętrznych", None, None, None),
             Funding("Fundusze Norweskie", "Sprawy wewnętrzne", None, None)]
    orgs = [_op("Fundacja Wspólnej Sprawy", "operator_phrase"),
            _op("Ministerstwo Spraw Wewnętrznych i Administracji", "label:operator")]
    out = operators_pay_nothing(items, orgs)
    assert [(f.funder, f.programme, f.amount) for f in out] == [
        (None, "Fundusz Sąsiedzki", 42000.0), ("Fundusze Norweskie", "Sprawy wewnętrzne", None)]


@pytest.mark.parametrize("rule,role", [
    ("thanked_for_help", "other"),  # thanked for help: no operator, it may pay
    ("operator_phrase", "lead"),  # the operator that runs the project itself is not read here
])
def test_only_an_operator_rules_other_role_takes_the_payer_off(rule, role):
    items = [Funding("Fundacja Dobrego Startu", None, 5000.0, "PLN")]
    out = operators_pay_nothing(items, [OrgRef("Fundacja Dobrego Startu", role, Span(0, 1, rule, 0.8))])
    assert out[0].funder == "Fundacja Dobrego Startu"


def _record(text: str):
    doc = Document("t.txt", "t.txt", text, "pl")
    return extract_document(doc).to_record()["projects"]


def test_a_card_with_its_operator_key_names_the_owner_as_payer():
    text = ("Projekt „Wspólna Kuchnia Sąsiedzka”\n\n"
            "Stowarzyszenie Otwarte Drzwi realizuje projekt „Wspólna Kuchnia Sąsiedzka” w Toruniu "
            "od marca 2024 r. do lutego 2025 r.\n\n"
            "Finansowanie: Aktywni Obywatele – Fundusz Regionalny (Fundusze EOG), operator: "
            "Fundacja Rozwoju Społeczeństwa Obywatelskiego\n")
    (p,) = _record(text)
    funders = [f["funder"] for f in p["funding"]]
    assert "Fundusze EOG" in funders and "Aktywni Obywatele" not in funders
    assert "Aktywni Obywatele – Fundusz Regionalny" in [f["programme"] for f in p["funding"]]


def test_a_programme_run_by_a_foundation_for_donors_has_no_payer_in_the_record():
    text = ("Projekt „Herbata z sąsiadem”\n\n"
            "Stowarzyszenie Nowy Dom realizuje projekt „Herbata z sąsiadem” w ramach programu Fundusz "
            "Sąsiedzkich Inicjatyw. Kwota dotacji: 36 000 zł.\n\n"
            "Fundusz Sąsiedzkich Inicjatyw to program finansowany przez darczyńców indywidualnych, "
            "zarządzany przez Fundację Wspólnej Ziemi.\n")
    (p,) = _record(text)
    assert "Fundacja Wspólnej Ziemi" not in [f["funder"] for f in p["funding"]]
    assert ("Fundacja Wspólnej Ziemi", "other") in [(o["name"], o["role"]) for o in p["organizations"]]
