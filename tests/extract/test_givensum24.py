"""Round 24, amounts (AMOUNT-L): a payer takes the sum its own verb of giving governs ("Firma X
przekazała nam 30 000 zł", "Fundacja Y dołożyła 8 000 zł"), not the page's first or largest sum
(a collection's, a total); texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _pairs(text: str) -> set:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {(f.funder, f.amount) for p in ex.projects for f in p.funding if f.amount is not None}


_PL = ("Projekt „Nowy Dom”\n\nStowarzyszenie Przystań realizuje w Kielcach projekt świetlicy dla dzieci z Ukrainy.\n\n"
       "Skąd pieniądze?\n• W zbiórce internetowej zebraliśmy od 900 osób 96 420 zł.\n")


@pytest.mark.parametrize("line, payer, amount", [
    ("• Firma Jasny Kamień przekazała nam 30 000 zł na meble i sprzęt kuchenny.", "Jasny Kamień", 30000.0),
    ("• Fundacja Zielony Most dołożyła 8 000 zł na wycieczki.", "Fundacja Zielony Most", 8000.0),
])
def test_polish_one_payer_takes_its_own_sum(line, payer, amount):
    got = _pairs(_PL + line + "\n")
    assert (payer, amount) in got
    assert (payer, 96420.0) not in got


def test_handing_verb_pairs_beside_another_payer():
    text = ("Projekt „Kuchnia sąsiedzka”\n\nProjekt prowadzi Stowarzyszenie Wspólny Stół w Lublinie. Koszty w całości "
            "pokryły darowizny – zebraliście 21 300 zł! Do tego Fundacja Dobre Ziarno dołożyła 6 000 zł na "
            "druk broszury, a Lubelskie Centrum Kultury przekazało nam 4 000 zł w ramach programu „Sąsiedzi”.\n")
    got = _pairs(text)
    assert ("Fundacja Dobre Ziarno", 6000.0) in got and ("Fundacja Dobre Ziarno", 21300.0) not in got


def test_english_and_russian_giver_verbs():
    from ngo_atlas.extract.shares import funder_shares
    from ngo_atlas.model import Funding, Span
    for text, name, amount in [
        ("We raised PLN 54 000 from 700 donors online. The Blue River Foundation donated PLN 15 000 for tools.",
         "Blue River Foundation", 15000.0),
        ("Мы собрали 54 000 злотых. Фонд Синяя Река перечислил 15 000 злотых на оборудование.",
         "Фонд Синяя Река", 15000.0),
    ]:
        a = text.index(name)
        f = Funding(name, None, None, None, Span(a, a + len(name), "t", 0.6))
        assert funder_shares(text, 0, len(text), [f], "en") == "sentence"
        assert (f.amount, f.currency) == (amount, "PLN")


def test_no_verb_no_pairing():
    # a single payer with no verb of giving before a sum keeps the page's grant, as before
    text = ("Lekcje polskiego\n\nProjekt finansuje Fundacja Jasna Droga. Wartość projektu: 40 000 zł.\n")
    got = _pairs(text)
    assert ("Fundacja Jasna Droga", 40000.0) in got
