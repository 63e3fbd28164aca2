"""SHARE-2: a later payer named in its own clause, after that clause's sum, gets the sum."""

from ngo_atlas.extract.secondpayer import second_payers
from ngo_atlas.model import Funding, Span


def _added(text: str, lang: str = "pl", first: str = "Gmina Kłodawa") -> list[tuple]:
    funding = [Funding(funder=first, span=Span(0, 5, "t", 1.0))]
    second_payers(text, 0, len(text), funding, lang)
    return [(f.funder, f.amount, f.currency) for f in funding[1:]]


def test_sum_then_od_and_a_foundation_in_the_genitive():
    text = "Na świetlicę dostaliśmy 48 tys. zł z budżetu Gminy Kłodawa oraz 15 tys. zł od Fundacji Dobrego Sąsiedztwa."
    assert _added(text) == [("Fundacja Dobrego Sąsiedztwa", 15000.0, "PLN")]


def test_remainder_between_dashes_then_a_verb_and_its_subject():
    text = "Całość kosztuje 90 000 zł. Pozostałą kwotę – 22 500 zł – zapewni Miasto Legnica."
    assert _added(text) == [("Miasto Legnica", 22500.0, "PLN")]


def test_english_and_sum_by_the_foundation():
    text = "Budget: EUR 80,000, of which the rest from the city and EUR 30,000 by the Northern Light Foundation."
    assert _added(text, "en", "City of Gdynia") == [("Northern Light Foundation", 30000.0, "EUR")]


def test_russian_dashes_and_a_verb_of_giving():
    text = "Проект поддержал Фонд Открытых Дверей. Дополнительное финансирование – 12 000 евро – предоставил Фонд Развития Сообществ."
    assert _added(text, "ru", "Фонд Открытых Дверей") == [("Фонд Развития Сообществ", 12000.0, "EUR")]


def test_a_payer_already_held_takes_the_sum_and_no_new_entry():
    text = "Grant wynosi 70 000 zł, a 10 000 zł od Gminy Kłodawa."
    funding = [Funding(funder="Gmina Kłodawa", span=Span(0, 5, "t", 1.0))]
    second_payers(text, 0, len(text), funding, "pl")
    assert [(f.funder, f.amount) for f in funding] == [("Gmina Kłodawa", 10000.0)]


def test_no_person_no_common_noun_no_date_no_negation():
    assert _added("Wspiera nas Gmina Kłodawa, a 2 000 zł od Piotra Zielińskiego.") == []
    assert _added("Wspiera nas Gmina Kłodawa. Obóz kosztuje 900 zł, a 300 zł od osoby pokrywa ośrodek.") == []
    assert _added("Wspiera nas Gmina Kłodawa oraz 5 000 zł od 2024 r.") == []
    assert _added("Wspiera nas Gmina Kłodawa. Kwota 8 000 zł nie pokrywa Fundacja Iskra.") == []
    assert _added("Funded by the City of Gdynia, and EUR 5,000 by December 2024.", "en", "City of Gdynia") == []


def test_no_payer_on_the_page_reads_nothing():
    text = "Zebraliśmy 40 000 zł oraz 15 tys. zł od Fundacji Dobrego Sąsiedztwa."
    funding: list[Funding] = []
    second_payers(text, 0, len(text), funding, "pl")
    assert funding == []
