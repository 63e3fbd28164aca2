"""Round 14 hand-overs: a bare "Źródło:" funder key, names running on past "dla"/"з", branch bodies."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations, merge_orgs


def _orgs(text, lang="pl"):
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text),
                                                                     find_labels(text), lang))]


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


def test_acronym_spelling_the_name_carries_it_past_a_preposition():
    from ngo_atlas.extract.organisations import cyrillic_mentions

    # (the bracketed initials cover the words on both sides of "з", so "з" is inside the name)
    text = "Навчання веде Міжнародна організація з міграції (МОМ) у Польщі."
    assert [text[a:b] for a, b in cyrillic_mentions(text, 0, len(text))] == [
        "Міжнародна організація з міграції"]
    text = "Навчання веде Міжнародна організація з міграції у Польщі."
    assert [text[a:b] for a, b in cyrillic_mentions(text, 0, len(text))] == ["Міжнародна організація"]


def test_preposition_ends_the_name_when_no_acronym_spells_past_it():
    from ngo_atlas.extract.organisations import list_after

    text = "Партнеры: Фондом Х по налогам (АБВ) и другие."
    assert [text[a:b] for a, b in list_after(text, 10, len(text))] == ["Фондом Х"]
    text = "Партнери: Міжнародною організацією з міграції (МОМ)."
    assert [text[a:b] for a, b in list_after(text, 10, len(text))] == [
        "Міжнародною організацією з міграції"]


def test_branch_after_a_body_with_no_head_word_is_a_candidate():
    text = "Od jesieni Polski Czerwony Krzyż Oddział Okręgowy w Rzeszowie prowadzi punkt pomocy."
    assert _orgs(text) == [("Polski Czerwony Krzyż Oddział Okręgowy w Rzeszowie", "lead")]


def test_branch_word_alone_takes_no_adverb_as_its_body():
    from ngo_atlas.extract.organisations import mentions

    text = "Wczoraj Oddział Okręgowy w Rzeszowie otworzył punkt."
    assert mentions(text, 0, len(text)) == []
