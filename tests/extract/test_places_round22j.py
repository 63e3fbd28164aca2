"""Round 22 (PLACE-J): English "<people> from X, Y and Z", the towns whose people a project
serves or trains, as the Polish "nauczycieli z X, Y i Z" already gives (_z_town_lists): a
plural noun of persons before "from", two towns or more. Not a list with a country in it
(where people come from), not helpers who travel in (a visitor's noun among the three
words before "from"), not a "from" after a noun that names no persons."""

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import find_labels


def _places(text: str) -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), "en")]


def test_people_from_a_list_of_towns():
    text = "The course will prepare forty librarians and social workers from Olsztyn, Ełk and Giżycko to run clubs."
    found = _places(text)
    assert {"Olsztyn", "Ełk", "Giżycko"} <= set(found)


def test_two_word_towns_in_the_list():
    text = "Mentoring for young mothers from Nowy Targ, Zakopane and Nowy Sącz is the core of the work."
    assert {"Nowy Targ", "Zakopane", "Nowy Sącz"} <= set(_places(text))


def test_a_list_with_a_country_names_origins():
    text = "Evening classes gather women from Ukraine, Georgia and Moldova."
    assert not {"Ukraine", "Georgia", "Moldova"} & set(_places(text))


def test_helpers_who_travel_in():
    text = "Advice is given by volunteer lawyers from Gdynia, Toruń and Elbląg every Friday."
    assert not {"Gdynia", "Toruń", "Elbląg"} & set(_places(text))
    text = "Seminar guests: municipal officials from Koszalin, Słupsk and Kołobrzeg."
    assert not {"Koszalin", "Słupsk", "Kołobrzeg"} & set(_places(text))


def test_no_person_before_from():
    text = "The report draws on data from Opole, Nysa and Brzeg collected last year."
    assert not {"Opole", "Nysa", "Brzeg"} & set(_places(text))


def test_one_town_alone_is_not_enough():
    text = "Support for three refugees from Kharkiv arrived yesterday."
    assert "Kharkiv" not in _places(text)
