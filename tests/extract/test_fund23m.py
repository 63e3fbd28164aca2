"""Round 23, funding (FUND-M): a payer named after a lower-case noun of its legal form ("firma X",
"fundacja X", "компанія X") is the name alone, found as the subject of a verb of giving, the
antecedent of a paying relative clause or the name after a money word (texts in our own wording,
not the sets')."""

import pytest

from ngo_atlas.extract.classnamed import class_named
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funders(text: str) -> set:
    ex = extract_document(Document("f.txt", "f.txt", text))
    # (a final stop is no part of a name when scored: "sp. z o.o" is "sp. z o.o.")
    return {f.funder.rstrip(".") for p in ex.projects for f in p.funding if f.funder}


_HEAD = ("Projekt „Ciepły Kąt”\n\nStowarzyszenie Dobry Sąsiad prowadzi w Kielcach świetlicę dla dzieci "
         "z Ukrainy.\n\n")


@pytest.mark.parametrize("tail, payer", [
    # the subject of a verb of giving, with a sum
    ("• Firma Kafelkowo przekazała nam 30 000 zł na remont sali.", "Kafelkowo"),
    # the antecedent of a relative clause that gives a sum, a company form at the name's end
    ("Sponsorem świetlicy jest firma Meblotex sp. z o.o., która przekazała 12 000 zł na meble.",
     "Meblotex sp. z o.o."),
    # the subject after its verb, with an adjective before the noun
    ("Od stycznia świetlicę finansuje holenderska fundacja Zonnebloem – łącznie 60 000 EUR.", "Zonnebloem"),
])
def test_payer_after_noun_of_legal_form(tail, payer):
    assert payer.rstrip(".") in _funders(_HEAD + tail)


@pytest.mark.parametrize("text, names", [
    ("darowizna firmy Nordtrans Logistics sp. z o.o. (5 000 zł)", ["Nordtrans Logistics sp. z o.o."]),
    ("грант надала компанія Brightway Ltd.", ["Brightway Ltd."]),
    ("supported by the company Northwind Trading.", ["Northwind Trading"]),
    # a genitive after the noun is one name with it, left to the mention finders
    ("dzięki wsparciu fundacji Banku Rolnego", []),
    # a capitalised head inside a sentence is the name's own word
    ("grant przyznała nam Fundacja Orzeł", []),
])
def test_class_named_spans(text, names):
    assert [text[a:b] for a, b in class_named(text, 0, len(text))] == names


def test_receiver_after_noun_is_no_payer():
    # the money goes to the firm: "dla" gives the name another part
    text = _HEAD + "Gmina Kielce przekazała 20 000 zł dla firmy Budomix na remont sali."
    assert "Budomix" not in _funders(text)
