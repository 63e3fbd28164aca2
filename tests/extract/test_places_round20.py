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
