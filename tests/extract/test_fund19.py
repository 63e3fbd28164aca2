"""Round 19, funding: a payer written with a dotted initialism ("U.K. Embassy") keeps its
whole name, and a value that reads as a sum ("Grant: CHF 50,000", a table's header with its
% column, "z EFS 120 500,00 zł") names no payer (texts in our own wording, not the sets')."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.text import sentences
from ngo_atlas.model import Document


def _funding(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(f.funder, f.amount, f.currency) for p in ex.projects for f in p.funding]


def _funders(text: str) -> list:
    return [f for f, _a, _c in _funding(text)]


_EN = ('Project "Warm Corner" helps migrant families in Toruń. {}\n'
       'The project runs from April 2024 to May 2025.\n')
_PL = ('Projekt „Ciepły Kąt” wspiera rodziny migrantów w Toruniu. {}\n'
       'Projekt trwa od kwietnia 2024 do maja 2025 r.\n')


def test_initialism_ends_no_sentence():
    text = "Support came from the U.K. Home Office in 2023. Then it ended."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Support came from the U.K. Home Office in 2023.", "Then it ended."]


@pytest.mark.parametrize("sentence, payer", [
    ("It is funded by the U.K. Home Office with GBP 20,000.", "U.K. Home Office"),
    ("The project received a grant of USD 9,000 from the U.S. Consulate in Kraków.",
     "U.S. Consulate in Kraków"),
])
def test_dotted_initialism_in_payer(sentence, payer):
    assert payer in _funders(_EN.format(sentence))


@pytest.mark.parametrize("frame, lines", [
    (_EN, "Donor: Maple Trust\nGrant: CHF 50,000 (80% of costs)"),
    (_EN, "Funding: Maple Trust, USD 7,500."),
    (_PL, "Finansowanie: Fundacja Klon, PLN 40 tys."),
])
def test_sum_is_no_payer(frame, lines):
    funders = _funders(frame.format(lines))
    assert funders and all(f is None or not any(ch.isdigit() for ch in f) and
                           f not in ("CHF", "USD", "PLN") for f in funders)


def test_share_after_payer_is_cut():
    text = _PL.format("Wartość dofinansowania: 130 000,00 zł, w tym ze środków EFS 120 500,00 zł.")
    assert all(f is None or not any(ch.isdigit() for ch in f) for f in _funders(text))


@pytest.mark.parametrize("frame, sentence", [
    (_PL, "Zajęcia sobotnie opłacamy ze środków własnych Fundacji."),
    (_PL, "Dostaliśmy 20 000 zł – to największa dotacja w historii naszego Stowarzyszenia."),
])
def test_bare_head_word_in_any_case_is_no_payer(frame, sentence):
    assert not any(f in ("Fundacja", "Stowarzyszenie") for f in _funders(frame.format(sentence)))
