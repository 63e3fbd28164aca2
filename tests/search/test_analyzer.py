"""The analyzer: lemma alternatives and folded forms for Polish, Russian, Ukrainian, others."""

from __future__ import annotations

from ngo_atlas.lang.analyzer import index_terms, query_terms


def _matches(query: str, text: str, lang: str) -> bool:
    terms = set(index_terms(text, lang))
    return all(terms & set(alts) for alts in query_terms(query, None))


def test_polish_lemmas_without_morfeusz_qualifiers():
    terms = index_terms("w Krakowie przy zamku", "pl")
    assert "kraków" in terms and "krakow" in terms and "zamek" in terms
    assert not any(":" in t for t in terms)


def test_query_words_become_alternatives():
    [[*krakowie], [*fundacja]] = query_terms("Krakowie Fundacja", None)
    assert "kraków" in krakowie and "krakow" in krakowie
    assert "fundacja" in fundacja


def test_inflection_and_diacritics_match():
    assert _matches("Kraków", "seminarium w Krakowie", "pl")
    assert _matches("Krakow", "seminarium w Krakowie", "pl")
    assert _matches("fundacja", "prezeski Fundacji Polskie Forum", "pl")
    assert _matches("Łódź", "w Łodzi", "pl")
    assert not _matches("Gdańsk", "seminarium w Krakowie", "pl")


def test_russian_and_ukrainian_lemmas():
    assert _matches("Киев", "мы работаем в Киеве", "ru")
    assert _matches("київ", "у Києві", "uk")
    assert _matches("мигранты", "помощь мигрантам", "ru")


def test_other_languages_are_lower_cased_and_folded():
    assert index_terms("Helping Refugees in Kraków", "en") == \
        ["helping", "refugees", "in", "kraków", "krakow"]


def test_syntax_characters_are_not_words():
    assert query_terms('"NEAR(x*) -y', None) == [["near"], ["x"], ["y"]]
    assert query_terms("()*-\"'", None) == []
