"""Organisations, round 19 (ORGREC): the body that hands out a programme's money, named in the
copular frame "<label in the instrumental> jest X" with more between label and copula than the
old cue allowed (the programme's own name, an EU institution label with its "za"/"dla" phrase),
in a fund's relative clause ("Funduszu X, którym zarządza Y"), after a lower-case common noun
("była agencja X"), and with a unit after a dash that is no part of the body's name."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document

_HEAD = ("Projekt „Kuchnia bez granic”\n\nProjekt „Kuchnia bez granic” prowadzi Stowarzyszenie Dobry Sąsiad "
         "z Kalisza. Warsztaty odbywają się co tydzień w świetlicy. ")


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_operator_predicate_with_the_programme_name_between():
    orgs = _orgs(_HEAD + "Operatorem Programu Lokalne Inicjatywy – Fundusz Wschodni w regionie "
                         "północno-wschodnim jest Fundacja Obywatelska Mazury.")
    assert ("Fundacja Obywatelska Mazury", "other") in orgs


def test_operator_predicate_after_a_lower_case_noun():
    orgs = _orgs(_HEAD + "Operatorem programu w kraju była agencja Nordic Grants. Projekt trwał rok.")
    assert ("Nordic Grants", "other") in orgs
    assert not any(n.startswith("agencja") for n, _ in orgs)


def test_institution_label_as_predicate():
    orgs = _orgs(_HEAD + "Instytucją Pośredniczącą dla tego działania jest Wojewódzki Urząd Pracy w Kaliszu.")
    assert ("Wojewódzki Urząd Pracy w Kaliszu", "other") in orgs


def test_institution_label_with_a_unit_after_a_dash():
    orgs = _orgs(_HEAD + "Instytucją Odpowiedzialną za Program Krajowy jest Ministerstwo Rozwoju Regionów "
                         "– Departament Programów Unijnych.")
    assert ("Ministerstwo Rozwoju Regionów", "other") in orgs


def test_fund_relative_clause_names_its_manager():
    orgs = _orgs(_HEAD + "Zajęcia wspiera Fundusz Sąsiedzki im. Anny Lis, którym zarządza Fundacja "
                         "Wspólna Ziemia. Grant wynosi 20 tys. zł.")
    assert ("Fundacja Wspólna Ziemia", "other") in orgs


def test_project_relative_clause_is_no_operator():
    orgs = _orgs(_HEAD + "To jedyny projekt, którym kieruje Fundacja Wspólna Ziemia.")
    assert ("Fundacja Wspólna Ziemia", "other") not in orgs


# A body inside a sentence whose relative clause says with a finite verb what it did: a partner
def test_relative_clause_of_a_deed_in_the_dative():
    orgs = _orgs(_HEAD + "Serdecznie dziękujemy Gminnemu Ośrodkowi Kultury w Brzezinach, który "
                         "udostępnił nam salę widowiskową.")
    assert ("Gminny Ośrodek Kultury w Brzezinach", "partner") in orgs


def test_relative_clause_of_a_deed_in_a_dash_list():
    orgs = _orgs(_HEAD + "Pomogli nam:\n– Ośrodek Pomocy Społecznej w Kaliszu, który co tydzień dowoził produkty,\n"
                         "– Zespół Szkół Rolniczych w Kaliszu, który wypożyczył kuchnię.")
    assert ("Ośrodek Pomocy Społecznej w Kaliszu", "partner") in orgs
    assert ("Zespół Szkół Rolniczych w Kaliszu", "partner") in orgs


def test_relative_clause_of_money_or_being_is_no_partner():
    orgs = _orgs(_HEAD + "Pomogła nam Fundacja Rodziny Kowalskich, która przekazała 40 000 zł na "
                         "produkty. Dziękujemy też Fundacji Zielone Pole, która jest naszym sąsiadem.")
    assert ("Fundacja Rodziny Kowalskich", "partner") not in orgs
    assert ("Fundacja Zielone Pole", "partner") not in orgs


def test_the_subject_described_by_a_relative_clause_is_no_partner():
    orgs = _orgs("Projekt „Kuchnia bez granic”\n\nStowarzyszenie Dobry Sąsiad, które pomaga migrantom "
                 "od 2015 roku, prowadzi projekt „Kuchnia bez granic”.")
    assert ("Stowarzyszenie Dobry Sąsiad", "partner") not in orgs


def test_relative_pronoun_must_agree_with_the_body():
    # "które" agrees with "pismo", not with the office named inside its phrase
    orgs = _orgs(_HEAD + "Wysłaliśmy pismo w sprawie godzin pracy Mazowieckiego Urzędu Wojewódzkiego, "
                         "które przekazano wojewodzie.")
    assert ("Mazowiecki Urząd Wojewódzki", "partner") not in orgs


def test_a_persons_body_and_a_body_the_project_made_are_no_partners():
    orgs = _orgs(_HEAD + "Dziękujemy pani Ewie Nowak ze Szkoły Podstawowej nr 5 w Kaliszu, która "
                         "pomogła nam w rekrutacji. W maju powołaliśmy Kaliską Radę Sąsiedzką, która "
                         "opracowała plan działań.")
    assert ("Szkoła Podstawowa nr 5 w Kaliszu", "partner") not in orgs
    assert not any(n.endswith("Rada Sąsiedzka") and r == "partner" for n, r in orgs)
