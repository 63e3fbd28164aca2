"""Round 25 (PEOPLE-T): a foreign man's name left in the Polish genitive/accusative."""
from ngo_atlas.extract.bodynames import foreign_nominative


def test_adjectival_surname_genitive():
    assert foreign_nominative("Ahmada Rahimiego", "pl") == "Ahmad Rahimi"


def test_a_noun_surname_genitive():
    assert foreign_nominative("Luisa Herrery", "pl") == "Luis Herrera"


def test_womens_nominatives_unchanged():
    for n in ("Amina Rahimi", "Oksana Melnyk", "Leila Haddad", "Yana Bondar"):
        assert foreign_nominative(n, "pl") == n


def test_womans_oblique_still_read():
    assert foreign_nominative("Irynie Melnyk", "pl") == "Iryna Melnyk"


def test_other_languages_untouched():
    assert foreign_nominative("Ahmada Rahimiego", "en") == "Ahmada Rahimiego"
