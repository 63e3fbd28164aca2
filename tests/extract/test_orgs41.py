"""Round 41 (orgs, ORG-T): a body's official name carries a series of genitives ("Ministerstwo
Rodziny, Pracy i Polityki Społecznej", "Fundusz Azylu, Migracji i Integracji", "Wydział Nauk o
Polityce i Bezpieczeństwie"); the readers cut it at its comma or its "i" and keep the first
words. The tail comes back when the page never writes the short form alone, and never when
the tail is a second body, a seat, a surname list or an acronym.
"""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.seriestail import _uncut
from ngo_atlas.model import Document

_REPORT = (
    "Sprawozdanie merytoryczne Stowarzyszenia Dobry Start za 2024 rok\n\n"
    "3. Projekty realizowane w 2024 roku\n\n"
    "3.1. Opolskie Centrum Wsparcia Cudzoziemców\n\n"
    "Okres realizacji: 01.02.2024 – 31.01.2026\n"
    "Źródło finansowania: Program Krajowy Funduszu Azylu, Migracji\n"
    "i Integracji\n"
    "Wartość dofinansowania: 845 000,00 zł\n"
    "Projekt obejmuje porady prawne i kursy języka polskiego dla cudzoziemców w Opolu.\n"
)


def test_hard_wrapped_fund_name_is_whole_and_its_pieces_gone():
    ex = extract_document(Document("t.txt", "t.txt", _REPORT))
    orgs = [(o.name, o.role) for p in ex.projects for o in p.organizations]
    payers = [f.funder for p in ex.projects for f in p.funding]
    assert ("Fundusz Azylu, Migracji i Integracji", "funder") in orgs
    assert "Fundusz Azylu, Migracji i Integracji" in payers
    assert not any(n in ("Fundusz Azylu", "Migracja") for n, _r in orgs)


@pytest.mark.parametrize("lang,short,text,full", [
    ("pl", "Ministerstwo Rodziny", "Projekt prowadzi Ministerstwo Rodziny, Pracy i Polityki Społecznej. Kontakt.",
     "Ministerstwo Rodziny, Pracy i Polityki Społecznej"),
    ("pl", "Wydział Nauk", "Wydział Nauk o Polityce i Bezpieczeństwie\n"
     "Badanie prowadzi Wydział Nauk o Polityce i Bezpieczeństwie UMK.", "Wydział Nauk o Polityce i Bezpieczeństwie"),
    ("ru", "Фонд убежища", "Фонд убежища, миграции и интеграции софинансирует проект.",
     "Фонд убежища, миграции и интеграции"),
])
def test_cut_name_gets_its_tail(lang, short, text, full):
    assert _uncut(text, short, lang) == full


@pytest.mark.parametrize("lang,short,text", [
    ("pl", "Urząd Miasta Krakowa", "Dzięki wsparciu Urzędu Miasta Krakowa i Wojewody Małopolskiego."),  # two bodies
    ("pl", "Fundacja Batorego", "we współpracy z Fundacją Batorego i Fundacją Orange"),  # a second head word
    ("pl", "Gmina Lublin", "Partnerzy: Gmina Lublin i Powiat Lubelski"),  # nominative name: a list
    ("pl", "Ministerstwo Rodziny", "Ministerstwo Rodziny, Pracy i Polityki Społecznej. W stopce: Ministerstwo Rodziny."),
    ("pl", "Szkoła Podstawowa w Gdańsku", "Szkoła Podstawowa w Gdańsku i Sopocie"),  # a seat
    ("pl", "Fundacja Kowalskich", "Fundacja Kowalskich, Nowaków i PZU"),  # an acronym
    ("pl", "Fundacja Batorego", "Fundacji Batorego, Kulczyków i Wiśniewskich"),  # surnames: donors
    ("pl", "Uniwersytet Warszawski", "Uniwersytetem Warszawskim i Jagiellońskim"),
    ("pl", "Bank Żywności", "Pomagają nam wolontariusze Banku Żywności, Caritasu i Czerwonego Krzyża."),
    ("ru", "Фонд Ирены", "при поддержке Фонда Ирены и Ежи Ковальских"),  # same case: may be two
])
def test_second_body_or_seat_is_no_tail(lang, short, text):
    assert _uncut(text, short, lang) is None
