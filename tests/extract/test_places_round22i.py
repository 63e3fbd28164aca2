"""Round 22 (PLACE-I): a place name of several words is put in the nominative as a whole.
(1) A hard-wrapped line may end inside a two-word town ("w Ostrowie\nWielkopolskim"): the
word on the next line belongs to the town when the pair is a town GeoNames knows, and a
capitalised word that merely opens the next line does not. (2) A two-word town joined by a
hyphen to the name of its part ("w Podkowie Leśnej-Dębaku") declines both. (3) A compound
district adjective ("powiatów nyskiego i strzelecko-drezdeneckiego") declines only its last part."""

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import find_labels


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), lang)]


def test_a_two_word_town_split_by_a_line_break():
    text = ("Przez cały rok prowadziliśmy dyżury doradcze dla cudzoziemców w Ostrowie\n"
            "Wielkopolskim oraz w Tomaszowie Mazowieckim, dwa razy w tygodniu.")
    found = _places(text)
    assert "Ostrów Wielkopolski" in found and "Ostrów" not in found
    assert "Tomaszów Mazowiecki" in found


def test_a_wrapped_list_of_two_word_towns():
    text = ("Spotkania informacyjne odbyły się w zakładach pracy w Bielanach Wrocławskich i Kątach\n"
            "Wrocławskich, a szkolenia w urzędach.")
    found = _places(text)
    assert "Kąty Wrocławskie" in found and "Kąty" not in found


def test_a_capitalised_word_opening_the_next_line_is_not_joined():
    text = "Punkt porad działał przez dwa lata w Lublinie\nSpotkania odbywały się co tydzień."
    assert _places(text) == ["Lublin"]


def test_a_two_word_town_and_its_part_after_a_hyphen():
    text = "Remont objął świetlicę w ośrodku dla cudzoziemców w Podkowie Leśnej-Dębaku i plac zabaw."
    assert _places(text) == ["Podkowa Leśna-Dębak"]


def test_a_compound_district_adjective_in_a_list():
    text = "W szkoleniach wzięli udział urzędnicy z powiatów nyskiego, strzelecko-drezdeneckiego i opolskiego."
    found = _places(text)
    assert "powiat strzelecko-drezdenecki" in found and "powiat strzelecki" not in found
    assert "powiat nyski" in found and "powiat opolski" in found


def test_the_adjective_lemma_of_a_compound():
    assert places._adjective_lemma("kędzierzyńsko-kozielskiego") == "kędzierzyńsko-kozielski"
    assert places._adjective_lemma("nyskiego") == "nyski"


def _titled(text: str, name: str) -> list[str]:
    i = text.index(name)
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), "pl", (i, i + len(name)))]


def test_a_region_in_the_projects_own_name_is_the_area_it_serves():
    name = "Sąsiedzka pomoc prawna na Opolszczyźnie"
    text = f"Zakończyliśmy projekt „{name}”. Dyżury prawników odbywały się w Opolu i w Nysie."
    found = _titled(text, name)
    assert "Opolszczyzna" in found and "Opole" in found and "Nysa" in found


def test_a_two_word_region_in_a_quoted_name():
    name = "Razem w szkole na Dolnym Śląsku"
    text = f"Od września realizujemy projekt „{name}”, a zajęcia prowadzimy w Legnicy i w Wałbrzychu."
    assert "Dolny Śląsk" in _titled(text, name)


def test_a_town_in_the_projects_own_name_is_still_left_out():
    name = "Punkt informacyjny w Lesznie"
    text = f"Projekt „{name}” prowadzimy w Poznaniu, w siedzibie fundacji."
    assert _titled(text, name) == ["Poznań"]
