"""Funders of the fifth round: the state budget as a source, and a share bracketed before the payer."""

import pytest

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funders(text, lang="pl"):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text, lang, funder", [
    # the state budget in any case and word order, in a sentence about money
    ("Całkowity koszt zajęć to 800 tys. zł. Pozostałe 20 proc. kosztów (160 000 zł) pochodzi z budżetu państwa.\n",
     "pl", "budżet państwa"),
    ("Połowę wydatków pokryje Fundacja Orle Gniazdo, a resztę – 300 000 zł – budżet państwa.\n",
     "pl", "budżet państwa"),
    ("Wkład własny uzupełnia dotacja z budżetu państwa w kwocie 40 000 zł.\n", "pl", "budżet państwa"),
    ("Budżet państwa przeznaczył na zajęcia 2 mln zł.\n", "pl", "budżet państwa"),
    ("The remaining 10% (EUR 20,000) comes from the state budget.\n", "en", "state budget"),
    ("A further PLN 5,000 was covered by the Polish state budget.\n", "en", "Polish state budget"),
    ("Решту коштів (20 000 зл.) покриває державний бюджет.\n", "uk", "державний бюджет"),
    ("Остальные средства (20 000 зл.) выделяет государственный бюджет.\n", "ru", "государственный бюджет"),
])
def test_state_budget_as_source(text, lang, funder):
    assert funder in _funders(text, lang)


@pytest.mark.parametrize("text", [
    # talked about, or sought later: no payer of this project
    "Spotkanie o budżecie państwa na rok 2025 odbyło się w maju.\n",
    "Rejestracja umożliwiła grupom wnioskowanie o środki z budżetu państwa.\n",
    "The state budget was debated in parliament in May.\n",
])
def test_state_budget_not_a_source(text):
    assert "budżet państwa" not in _funders(text) and "state budget" not in _funders(text, "en")


def test_share_bracketed_before_the_payer():
    # "75 proc. kosztów (300 000 zł) pokryje X": the share between the cost word and its verb
    text = "Połowę wydatków (300 000 zł) pokryje Fundacja Orle Gniazdo, a resztę budżet państwa.\n"
    assert "Fundacja Orle Gniazdo" in _funders(text)


@pytest.mark.parametrize("text, lang, expected", [
    # a funder label in other words ("Funding body:", "Podmiot finansujący:"), and a call
    # with its edition after the body, the call word around it left out
    ("Funding body: National Science Centre (NCN), OPUS 24 call\n", "en", ("National Science Centre", "OPUS 24")),
    ("Funding agency: Northern Light Foundation, SONATA BIS 9 competition\n", "en",
     ("Northern Light Foundation", "SONATA BIS 9")),
    ("Podmiot finansujący: Fundacja Orle Gniazdo\n", "pl", ("Fundacja Orle Gniazdo", None)),
    ("Фінансуюча організація: Фонд Орлине Гніздо\n", "uk", ("Фонд Орлине Гніздо", None)),
    ("Финансирующая организация: Фонд Орлиное Гнездо\n", "ru", ("Фонд Орлиное Гнездо", None)),
])
def test_funder_label_variants_and_call_edition(text, lang, expected):
    got = [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]
    assert got == [expected]


@pytest.mark.parametrize("text, lang, funder", [
    # a city or commune paying, its common noun in lower case after the verb, in every case
    ("Курси фінансує місто Люблін. Вартість — 300 тис. злотих.\n", "uk", "місто Люблін"),
    ("Проєкт співфінансується містом Люблін.\n", "uk", "місто Люблін"),
    ("Курсы финансирует город Люблин.\n", "ru", "город Люблин"),
    ("Zajęcia sfinansowało miasto Opole kwotą 20 tys. zł.\n", "pl", "miasto Opole"),
    ("Projekt jest współfinansowany przez gminę Kobylnica.\n", "pl", "gmina Kobylnica"),
    ("Projekt jest współfinansowany przez Gminę Kobylnica.\n", "pl", "Gmina Kobylnica"),
    ("The classes are funded by the city of Lublin.\n", "en", "city of Lublin"),
])
def test_local_government_payer_in_lower_case(text, lang, funder):
    assert funder in _funders(text, lang)


def test_local_government_not_paying():
    # the city as the place of the work, not its payer
    text = "Zajęcia finansuje Fundacja Orle Gniazdo, a odbywają się w mieście Opole.\n"
    assert [f for f in _funders(text) if "Opole" in (f or "")] == []


def test_head_word_after_a_bracketed_capital_is_inside_a_name():
    # "(Okręgowa Rada Adwokacka …)": "Rada" continues the bracketed name, no body of its own
    from ngo_atlas.extract.mentioned import _inside_name

    text = "in partnership with the Bar Association (Okręgowa Rada Adwokacka w Opolu).\n"
    assert _inside_name(text, text.index("Rada"))
    # a closed bracket before the name ends the other name
    text2 = "Stowarzyszenie Orle (SO) Fundacja Nowa Droga prowadzi zajęcia.\n"
    assert not _inside_name(text2, text2.index("Fundacja"))


@pytest.mark.parametrize("text, lang, funder", [
    # "z budżetu X" names who pays, in any word order, as "ze środków X" does
    ("Na zadania przeznaczono z budżetu Miasta Opola łącznie 40 000 zł.\n", "pl", "Miasto Opole"),
    ("A total of PLN 40,000 was allocated from the budget of the City of Opole.\n", "en", "City of Opole"),
])
def test_from_the_budget_of_a_body(text, lang, funder):
    assert funder in _funders(text, lang)


@pytest.mark.parametrize("text, expected", [
    # a share in brackets after the percentage, then its source or the verb of covering
    ("Koszt to 400 tys. zł. 75 proc. kosztów (300 000 zł) pokryje Fundacja Orle Gniazdo, "
     "a resztę budżet państwa.\n", ("Fundacja Orle Gniazdo", 300000.0)),
    ("Zajęcia sfinansowała Fundacja Orle Gniazdo. Pozostałe 15 proc. kosztów (60 000 zł) "
     "pochodzi z budżetu państwa.\n", ("budżet państwa", 60000.0)),
])
def test_bracketed_share_then_its_source(text, expected):
    from ngo_atlas.extract.shares import funder_shares

    fs = find_funding(text, 0, len(text), find_labels(text), "pl")
    funder_shares(text, 0, len(text), fs, "pl")
    assert expected in [(f.funder, f.amount) for f in fs]
