"""Round 13: nominatives of names whose reading depends on agreement or number (own wording)."""

from ngo_atlas.lang import polish, slavic


def test_adjective_picks_the_place_part_reading_of_the_head():
    # "Porcie" is also the feminine place Porta; the masculine adjective rules it out
    assert polish.nominative("Starym Porcie", geo=True) == "Stary Port"
    assert polish.nominative("Wielkim Porcie", geo=True) == "Wielki Port"
    # a head the adjective already agrees with keeps its place reading
    assert polish.nominative("Czerwonym Borze", geo=True) == "Czerwony Bór"
    assert polish.nominative("Krośnie Odrzańskim", geo=True) == "Krosno Odrzańskie"


def test_a_place_in_the_plural_is_named_in_the_plural():
    # Morfeusz lemmatises "Dąbrowcach" to Dąbrowiec; the village is Dąbrowce
    assert polish.geo_nominative("Dąbrowcach") == "Dąbrowce"
    assert polish.geo_nominative("Lipowcach") == "Lipowce"
    assert polish.geo_nominative("Zawadach") == "Zawady"
    # singular readings still give the lemma
    assert polish.geo_nominative("Krakowie") == "Kraków"
    assert polish.geo_nominative("Łodzi") == "Łódź"


def test_indeclinable_noun_keeps_its_gender_for_the_adjective():
    # "бюро", "радіо" are neuter though they never decline
    assert slavic.nominative("Обласному бюро зайнятості", "uk") == "Обласне бюро зайнятості"
    assert slavic.nominative("Міським радіо", "uk") == "Міське радіо"
    assert slavic.nominative("Городском бюро переводов", "ru") == "Городское бюро переводов"
    # an indeclinable woman's surname still agrees with any first name
    assert slavic.nominative("Оксані Бондар", "uk") == "Оксана Бондар"
