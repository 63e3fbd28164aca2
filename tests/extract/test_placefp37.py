"""Round 37 (placefp): a town after a body's name with "z" is the body's seat, not its people's."""

from ngo_atlas.extract.places import find_places


def _places(text: str) -> list[str]:
    return [t.value for t in find_places(text, 0, len(text), [], "pl")]


def test_people_noun_inside_a_body_name_gives_no_town():
    assert _places("Partnerem lokalnym była Opolska Fundacja Migrantów z Nysy.") == []
    assert _places("Działania prowadziliśmy razem ze Stowarzyszeniem Lekarzy na rzecz Uchodźców "
                   "z Rzeszowa.") == []


def test_people_in_lower_case_keep_their_towns():
    assert _places("Kursem objęliśmy 60 migrantów z Nysy, Brzegu i Prudnika.") == ["Nysa", "Brzeg", "Prudnik"]
    assert _places("Szkolenia objęły nauczycieli z Płocka i Ciechanowa.") == ["Płock", "Ciechanów"]


def test_a_sentence_first_word_is_no_body_name():
    assert _places("Młodzież z Sanoka i Leska nagrała podcast.") == ["Sanok", "Lesko"]
