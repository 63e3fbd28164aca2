"""PLACEP (round 25): a two-word town in a genitive town list is checked by its noun."""
from ngo_atlas.extract import places


def _gen(t: str) -> list[str]:
    return [x.value for x in places._genitive_town_lists(t, 0, len(t))]


def test_two_word_town_in_genitive_list():
    t = "Prowadziłyśmy kampanię w komunikacji miejskiej Wrocławia, Legnicy, Wałbrzycha i Jeleniej Góry, a potem raport."
    assert _gen(t) == ["Wrocław", "Legnica", "Wałbrzych", "Jelenia Góra"]


def test_nominative_two_word_town_not_read_as_genitive():
    # a nominative label list: not the genitive frame
    t = "Miejsca: Jelenia Góra, Legnica."
    assert _gen(t) == []


def test_no_locative_frame_not_read():
    t = "Dzięki wsparciu Legnicy i Jeleniej Góry projekt ruszył."
    assert _gen(t) == []


def test_cyrillic_untouched():
    t = "Кампанія у школах Любліна та Свідника."
    assert _gen(t) == []
