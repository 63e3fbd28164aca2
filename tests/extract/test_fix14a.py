"""Round 14 hand-overs: a bare "Źródło:" funder key, names running on past "dla"/"з", branch bodies."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funders(text, lang="pl"):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_bare_source_line_naming_a_fund_is_a_funder_key():
    text = ("Nazwa projektu: Razem w pracy\n"
            "Źródło: Fundusze Europejskie dla Pomorza 2021-2027, Europejski Fundusz Społeczny Plus\n"
            "Okres: I 2024 – XII 2025\n")
    assert [h.key for h in find_labels(text)] == ["title", "funder", "period"]
    assert "Europejski Fundusz Społeczny Plus" in _funders(text)


def test_bare_source_line_in_english_and_ukrainian():
    assert [h.value for h in find_labels("Source: Asylum, Migration and Integration Fund\n")] == [
        "Asylum, Migration and Integration Fund"]
    assert [h.key for h in find_labels("Джерело: Фонд міжнародної солідарності\n")] == ["funder"]


def test_bare_source_line_citing_a_release_or_data_is_no_funder():
    assert find_labels("Źródło: Urząd Miasta Torunia, biuro prasowe\n") == []
    assert find_labels("Source: UNHCR data portal, 2023\n") == []
    assert find_labels("Źródło: Fundacja Ocalenie (materiały prasowe)\n") == []

