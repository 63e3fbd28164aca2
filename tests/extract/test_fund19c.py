"""Round 19, funding (FUND3): a sentence that names one payer and a sum gives that payer the sum,
whichever comes first; the first sum of a sentence is its sum, a per-year share after it is not a
second grant (texts in our own wording, not the sets')."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {f.funder: (f.amount, f.currency) for p in ex.projects for f in p.funding}


_HEAD = ("Projekt „Wspólna Kuchnia Sąsiedzka”\n\nFundacja Dobry Start prowadzi w Lublinie warsztaty "
         "kulinarne dla rodzin z Ukrainy i Białorusi.\n\n")
_HEAD_EN = ("Project “Shared Kitchen”\n\nThe Good Start Foundation runs cooking workshops for families "
            "from Ukraine and Belarus in Lublin.\n\n")


@pytest.mark.parametrize("head, tail, payer, amount", [
    # the sum before its verb and the payer after it
    (_HEAD, "Projekt finansuje Fundacja Orzeł kwotą 300 000 zł. Kolejne 45 tys. zł przekazała "
     "Fundacja Mostowa.", "Fundacja Mostowa", 45000.0),
    # the payer in a passive's agent after the sum
    (_HEAD_EN, "The project is funded by the Open Door Foundation with a grant of PLN 300,000. Co-funding "
     "of PLN 45,000 has been provided by the Harbour Relief Foundation.", "Harbour Relief Foundation", 45000.0),
])
def test_one_payer_one_sum(head, tail, payer, amount):
    got = _funding(head + tail)
    assert got.get(payer, (None, None))[0] == amount
    assert sorted(a for a, _ in got.values() if a) == sorted([300000.0, amount])


def test_first_sum_of_the_sentence():
    # "łącznie X – po około Y rocznie": X is the payer's, Y only its yearly part
    got = _funding(_HEAD + "Projekt finansuje Fundacja Orzeł kwotą 90 000 zł. Na warsztaty Gmina "
                   "Miasto Lublin przeznaczy łącznie 300 000 zł – po około 100 tys. zł rocznie.")
    assert 100000.0 not in {a for a, _ in got.values()}
    assert got.get("Gmina Miasto Lublin", (None,))[0] == 300000.0


def test_two_payers_in_a_sentence_give_none():
    got = _funding(_HEAD + "Projekt finansują Fundacja Orzeł oraz Fundacja Mostowa. Łączna "
                   "kwota wsparcia to 120 000 zł.")
    assert all(a in (None, 120000.0) for a, _ in got.values())
