"""Round 20: a plural noun of settlements or countries, then a dash or a colon and the list
of them in apposition ("trzy miasta – X, Y i Z – …", "z dwiema gminami – X i Y", "w czterech
krajach: X, Y …"): the list right after the first dash, whatever follows a second one."""

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import find_labels


def _places(text: str) -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), "pl")]


def test_a_dashed_list_after_a_settlement_noun_ends_at_its_second_dash():
    got = _places("Zbadaliśmy, jak trzy miasta – Opole, Nysa i Brzeg – wspierają nowych mieszkańców.")
    assert got == ["Opole", "Nysa", "Brzeg"]


def test_an_instrumental_plural_of_settlements_opens_the_list():
    got = _places("Działania prowadzimy razem z dwiema gminami sąsiednimi – Płockiem i Kutnem – od 2022 roku.")
    assert got == ["Płock", "Kutno"]


def test_countries_listed_after_a_locative_plural():
    got = _places("Wywiady przeprowadzimy w trzech krajach: Czechach, Austrii i Słowacji.")
    assert set(got) >= {"Czechy", "Austria", "Słowacja"}
    # where people come from is no place of the work
    got = _places("Do świetlicy przychodzą dzieci z krajów: Gruzji, Armenii i Mołdawii.")
    assert not set(got) & {"Gruzja", "Armenia", "Mołdawia"}


def _places_in(text: str, lang: str) -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), lang)]


def test_villages_named_by_common_nouns_inside_a_list_of_towns():
    got = _places("Remont obejmie świetlice w Chełmie, Wydmie, Browarze i we Włodawie.")
    assert got[:1] == ["Chełm"] and "Włodawa" in got and {"Wydma", "Browar"} <= set(got)
    # a body listed between two towns is no village
    got = _places("Spotkania odbyły się w Opolu, Stowarzyszeniu i Nysie.")
    assert "Stowarzyszenie" not in got


def test_a_cyrillic_list_goes_on_after_or():
    got = _places_in("Курсы для взрослых, живущих в Ополе, Нысе или Бжеге, начнутся осенью.", "ru")
    assert "Ополе" in got and len(got) == 3
    got = _places_in("Консультації для жінок, які мешкають у Любліні або Холмі.", "uk")
    assert len(got) == 2


def test_hyphenated_polish_towns_in_cyrillic_with_a_consonant_or_je():
    # a second part ending in a consonant keeps its stem (й for a Polish j); a word-initial
    # Cyrillic е is Polish "je"
    got = _places_in("Консультации проходят в Валбжихе, Полянице-Здруе и Едлине-Здруе раз в месяц.", "ru")
    assert got == ["Валбжих", "Поляница-Здруй", "Едлина-Здруй"]
