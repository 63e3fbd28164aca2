"""Round 21 (PLACE-G): towns set out in brackets after what happens there ("3 fora lokalne
(Opole, Nysa, Brzeg)", "workshops (in Poland: Toruń, Elbląg)") are where the project runs; a
bracket that names a country ("(Brno, Czechy)": a partner's seat), a single town or anything
that is not a town (languages, messengers) gives none."""

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import find_labels


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), lang)]


def test_towns_in_brackets_after_the_events_are_places():
    text = "W ramach projektu odbyły się 3 fora lokalne (Opole, Nysa i Brzeg) oraz konferencja końcowa."
    assert sorted(_places(text)) == ["Brzeg", "Nysa", "Opole"]


def test_a_country_before_a_colon_opens_the_list():
    text = "Zrealizowaliśmy warsztaty dla kuratorów (w Polsce: Toruń, Elbląg, Kalisz) i raport."
    assert sorted(_places(text)) == ["Elbląg", "Kalisz", "Toruń"]


def test_english_page_with_polish_towns_in_brackets():
    text = "The network held six peer meetings (Olsztyn, Koszalin, Zamość) during the first year."
    assert sorted(_places(text, "en")) == ["Koszalin", "Olsztyn", "Zamość"]


def test_no_places_from_a_seat_a_lone_town_or_other_words():
    for text in ("Partnerem jest stowarzyszenie Most (Brno, Czechy), które prowadzi szkolenia.",
                 "Liderem jest Fundacja Otwarta (Kielce), a projekt trwa dwa lata.",
                 "Porady udzielane są w czterech językach (PL, UA, RU, EN) przez telefon.",
                 "Zapisy przez komunikatory (Signal, Telegram) od poniedziałku."):
        assert _places(text) == [], text


def test_a_list_of_towns_goes_on_after_an_aside_in_brackets():
    text = ("Dyżury odbywają się w Kielcach (ul. Polna 7), Ostrowcu i Sandomierzu, a wizyty "
            "uczniów w Lesznie (maj 2024) oraz Kaliszu (wrzesień 2024).")
    assert sorted(_places(text)) == ["Kalisz", "Kielce", "Leszno", "Ostrowiec", "Sandomierz"]
