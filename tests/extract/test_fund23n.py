"""Round 23, funding (FUND-N): verbs of paying, covering a cost, adding to a sum and buying
complete the class of giving verbs, read by lemma in every aspect and tense; the payer is the
subject (before or after its verb) when the clause gives a sum in figures (texts in our own
wording, not the sets')."""

import pytest

from ngo_atlas.extract.funder_mentions import _verb_kind
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funders(text: str) -> set:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {f.funder for p in ex.projects for f in p.funding if f.funder}


_HEAD = ("Projekt „Ciepły Kąt”\n\nStowarzyszenie Dobry Sąsiad prowadzi w Kielcach świetlicę dla dzieci "
         "z Ukrainy.\n\n")
_HEAD_UK = ("Проєкт «Теплий дім»\n\nАсоціація Добрий Сусід веде у Кельцях клуб для дітей з України.\n\n")
_HEAD_EN = ("Project Warm Corner\n\nThe Good Neighbour Association runs an after-school club in Kielce "
            "for children from Ukraine.\n\n")


@pytest.mark.parametrize("word, kind", [
    ("dołożyła", "give"), ("dokładają", "give"), ("dorzucił", "give"), ("opłaciło", "give"),
    ("pokrywa", "give"), ("pokryła", "give"), ("zakupiła", "give"),
    ("оплатил", "give"), ("закупил", "give"), ("покрыла", "give"),
    ("оплатило", "give"), ("придбала", "give"), ("покриває", "give"),
    ("paid", "give"), ("covered", "give"), ("purchased", "give"),
    # not verbs of giving: the class stays closed
    ("prowadzi", None), ("organizuje", None), ("провела", None), ("ran", None),
])
def test_verb_class_by_lemma(word, kind):
    # a Ukrainian context for the Ukrainian forms (the analyser is picked by the letters around)
    text = ("Міська рада і громада " if word in ("оплатило", "придбала", "покриває") else "") + word
    assert _verb_kind(word, text, len(text) - len(word)) == kind


@pytest.mark.parametrize("head, tail, payer", [
    (_HEAD, "Zebraliśmy 9 000 zł. Fundacja Zielony Most dołożyła do tego 4 500 zł na wyjazd.",
     "Fundacja Zielony Most"),
    # the subject after its verb, the cost before it
    (_HEAD, "Budżet świetlicy wynosi 80 000 zł; czynsz za lokal w kwocie 20 000 zł pokrywa Gmina Kielce.",
     "Gmina Kielce"),
    (_HEAD_UK, "Оренду приміщення на 36 000 гривень оплатило Міністерство соціальної політики України.",
     "Міністерство соціальної політики України"),
    (_HEAD_UK, "Фонд Зелений Міст оплатив оренду приміщення на 36 000 гривень.", "Фонд Зелений Міст"),
    (_HEAD_EN, "The Harbour Foundation covered the rent (EUR 6,000).", "Harbour Foundation"),
])
def test_payer_of_a_cost(head, tail, payer):
    assert any(payer in f for f in _funders(head + tail))


@pytest.mark.parametrize("head, tail", [
    # no sum in figures: paying or buying is no funding
    (_HEAD, "Fundacja Zielony Most dołożyła wielu starań, by świetlica działała."),
    (_HEAD_EN, "The Harbour Trust paid a visit to the club in May."),
])
def test_no_sum_no_payer(head, tail):
    assert not _funders(head + tail)


def test_budget_subject_keeps_its_head_noun():
    # the verb-first subject "budżet Powiatu X" is the budget's, named with its head noun by the
    # budget readers; the county alone is not added beside it
    text = _HEAD + ("Całkowity koszt wynosi 50 000 zł; pozostałe 10 000 zł pokryje budżet Powiatu "
                    "Kieleckiego.")
    assert "Powiat Kielecki" not in _funders(text)
