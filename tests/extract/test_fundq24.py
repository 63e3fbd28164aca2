"""FUND-Q (round 24): a funder's English name ends before the clause run on after it, and a
field's name is no funder."""
from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.fundspan import trim_english_tail
from ngo_atlas.extract.labels import find_labels


def _funders(text: str, lang: str) -> list:
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_name_ends_before_a_lower_case_clause():
    assert trim_english_tail("Caritas Europa and presented at the spring fair") == "Caritas Europa"
    assert trim_english_tail("Norway Grants under the Local Development call") == "Norway Grants"
    assert trim_english_tail("Velux Foundation of DKK 2") == "Velux Foundation"


def test_joined_names_and_lower_case_funders_stay():
    for name in ("Office to Monitor and Combat Trafficking in Persons", "Fondation de France",
                 "Foundation for Polish-German Cooperation", "private donors",
                 "Bureau of Population, Refugees, and Migration", "Doctors without Borders"):
        assert trim_english_tail(name) == name


def test_funded_by_sentence_run_on():
    text = "The second strand was funded by Caritas Europa and described in the annex.\n"
    assert _funders(text, "en") == [("Caritas Europa", None)]
    text = "Funded by: the Town of Gniezno and local firms via our winter appeal\n"
    assert ("Town of Gniezno", None) in _funders(text, "en")
    assert not any(f and "appeal" in f for f, _ in _funders(text, "en"))


def test_name_before_a_scheme_noun_is_a_programme():
    text = "Funder: HORIZONTE programme managed by the Research Council of Norway\n"
    found = _funders(text, "en")
    assert not any(f == "HORIZONTE" for f, _ in found)


def test_field_name_is_no_funder():
    text = "Źródło finansowania | Kwota (PLN)\nFundacja Dobrego Sąsiedztwa | 12 000\n"
    assert not any(f == "Kwota" for f, _ in _funders(text, "pl"))
    text = "Джерело фінансування | Сума (грн)\nФонд Добрих Сусідів | 12 000\n"
    assert not any(f in ("Сума",) for f, _ in _funders(text, "uk"))
