"""Round 29, places (PLACET): a bracket that lists the towns where the work happens, read
whatever joins its parts (commas, "and", a route's dashes), with English town names, a
lower-case phrase beside the towns and a description after a town's dash left out; a bracket
that names a body, a country or a seat stays unread. Texts in our own wording, not the sets'."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _all(text: str) -> set[str]:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return set().union(*({p.value for p in pr.places} for pr in ex.projects)) if ex.projects else set()


_PL_HEAD = ("Mosty pamięci\n\nOd 1 marca 2024 r. do 28 lutego 2026 r. Fundacja Przystań realizuje "
            "projekt „Mosty pamięci”, finansowany przez Fundację Batorego. ")


# --- Polish ---------------------------------------------------------------------------------

def test_pl_route_of_towns_joined_by_dashes():
    text = _PL_HEAD + "W programie: 4 wspólne seminaria (Lublin – Łuck – Lwów) i wystawa końcowa.\n"
    assert {"Łuck", "Lwów"} <= _all(text)


def test_pl_description_after_the_last_towns_dash_is_no_place():
    text = _PL_HEAD + ("Młodzież pojechała na 3 wyjazdy studyjne (Sandomierz, Kielce, Warszawa – Muzeum "
                       "Historii Żydów) i przygotowała wystawę.\n")
    got = _all(text)
    assert {"Sandomierz", "Kielce", "Warszawa"} <= got, got
    assert not any("Muzeum" in x for x in got), got


def test_pl_lower_case_phrase_beside_towns_is_left_out():
    text = _PL_HEAD + "Odbyły się 2 plenery malarskie (dolina Bugu, Włodawa, Sobibór) i koncert.\n"
    got = _all(text)
    assert {"Włodawa", "Sobibór"} <= got, got
    assert not any("dolina" in x.lower() for x in got), got


def test_pl_bracket_with_a_body_is_no_town_list():
    # negative: a body beside a town in brackets is a partner's name and seat
    text = _PL_HEAD + ("Projekt prowadzimy w Toruniu razem z partnerami (Stowarzyszenie Most, Bydgoszcz "
                       "– siedziba).\n")
    got = _all(text)
    assert "Bydgoszcz" not in got and "Toruń" in got, got


def test_pl_bracket_with_a_country_stays_a_seat():
    # negative: "(Wilno, Litwa)" is where a partner sits, not a list of venues
    text = _PL_HEAD + "Partnerem jest Centrum Dialogu (Wilno, Litwa). Zajęcia odbywają się w Olsztynie.\n"
    got = _all(text)
    assert "Wilno" not in got and "Olsztyn" in got, got


# --- English --------------------------------------------------------------------------------

def test_en_bracket_of_english_town_names():
    text = ("Waiting Lives\n\nFrom 1 October 2024 to 30 September 2027 the Centre for Mobility Studies "
            "is implementing the project \"Waiting Lives\", funded by the National Science Centre. "
            "It combines a panel survey of 2,000 refugees (Warsaw, Gdańsk, Prague and Brno) with "
            "interviews.\n")
    assert {"Warsaw", "Gdańsk", "Prague", "Brno"} <= _all(text)


def test_en_bracket_that_opens_with_a_body_is_no_town_list():
    # negative: a training's host and its towns, written after the host's name
    text = ("Waiting Lives\n\nFrom 1 October 2024 to 30 September 2027 the Centre for Mobility Studies "
            "is implementing the project \"Waiting Lives\" in Lublin. Its lawyers trained at the "
            "academy (Refugee Law Academy, Kraków and Prague).\n")
    got = _all(text)
    assert "Lublin" in got and "Prague" not in got, got


# --- Russian and Ukrainian ------------------------------------------------------------------

def test_uk_route_of_towns_joined_by_dashes():
    text = ("Мости пам'яті\n\nЗ 1 березня 2024 р. до 28 лютого 2026 р. Фундація «Пристань» реалізує "
            "проєкт «Мости пам'яті». У програмі — 4 семінари (Гданськ – Гдиня – Слупськ) і виставка.\n")
    assert {"Гданськ", "Гдиня", "Слупськ"} <= _all(text)


def test_ru_lower_case_phrase_beside_towns_is_left_out():
    text = ("Мосты памяти\n\nС 1 марта 2024 г. по 28 февраля 2026 г. Фонд «Пристань» реализует проект "
            "«Мосты памяти». Прошли 2 выезда (онлайн-встреча, Гданьск, Гдыня) и выставка.\n")
    got = _all(text)
    assert {"Гданьск", "Гдыня"} <= got, got
    assert not any("онлайн" in x for x in got), got


# --- a town the project's English name gives --------------------------------------------------

def test_en_town_in_the_projects_name_is_its_place():
    text = ("Projects\n\nWelcome Point Elbląg\nProject period: March 2024 – February 2026\n"
            "Funder: UNHCR\nAn information desk at the railway station helps newcomers find housing, "
            "schools and work.\n")
    assert "Elbląg" in _all(text)


def test_en_town_opening_the_projects_name_is_its_place():
    text = ("Projects\n\nTarnów Welcomes\nProject period: March 2024 – February 2026\n"
            "Funder: UNHCR\nCounsellors help newcomers find housing, schools and work.\n")
    assert "Tarnów" in _all(text)


def test_en_city_of_town_in_the_name_is_a_body():
    # negative: "City of <Town>" in a name is the municipality, not where the work runs
    text = ("Projects\n\nGrants of the City of Elbląg for Newcomers\nProject period: March 2024 – "
            "February 2026\nFunder: UNHCR\nCounsellors help newcomers find housing, schools and work.\n")
    assert "Elbląg" not in _all(text)


def test_pl_town_in_the_name_still_read_in_polish():
    # the Polish reading is unchanged: "<Town> – miasto dla wszystkich" names the town
    text = ("Projekty\n\nElbląg – miasto dla wszystkich\nOkres realizacji: marzec 2024 – luty 2026\n"
            "Finansowanie: UNHCR\nDoradcy pomagają cudzoziemcom znaleźć mieszkanie i pracę.\n")
    assert "Elbląg" in _all(text)


# --- a town the project's name places the work in, beside the places the text names -----------

def test_pl_town_after_w_in_the_name_stays_beside_other_places():
    text = ("Projekty\n\nSąsiedzkie śniadania w Elblągu i Tczewie\nOkres realizacji: marzec 2024 – luty "
            "2026\nFinansowanie: Fundacja Batorego\nSpotkania prowadzimy też w Tczewie dla rodzin "
            "z Ukrainy z całego Pomorza.\n")
    got = _all(text)
    assert {"Elbląg", "Tczew"} <= got, got


def test_en_town_after_in_in_the_name_stays_beside_other_places():
    text = ("Projects\n\nNeighbourhood breakfasts in Elbląg\nProject period: March 2024 – February 2026\n"
            "Funder: Batory Foundation\nMeetings for families from Ukraine are held across Pomerania.\n")
    got = _all(text)
    assert "Elbląg" in got, got


def test_pl_town_of_the_name_yields_to_another_town_the_text_runs_it_in():
    # negative: the name's town is the name's where the text runs the project in another town
    text = ("Projekty\n\nSąsiedzkie śniadania w Elblągu\nOkres realizacji: marzec 2024 – luty 2026\n"
            "Finansowanie: Fundacja Batorego\nSpotkania prowadzimy w Tczewie dla rodzin z Ukrainy.\n")
    got = _all(text)
    assert "Tczew" in got and "Elbląg" not in got, got


def test_pl_town_the_name_comes_from_is_no_venue():
    # negative: a town after "z" in the name is where guests come from; the venue is the text's
    text = ("Projekty\n\nGoście z Elbląga – sąsiedzkie śniadania\nOkres realizacji: marzec 2024 – luty "
            "2026\nFinansowanie: Fundacja Batorego\nSpotkania prowadzimy w Tczewie dla rodzin z Ukrainy.\n")
    got = _all(text)
    assert "Tczew" in got and "Elbląg" not in got, got
