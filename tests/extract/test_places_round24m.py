"""Round 24 (PLACE-M): the paragraph above a list of projects speaks of the page's owner
("Od 2015 roku pomagamy migrantkom w Lublinie i na Lubelszczyźnie", "We have worked with
migrants in Poznań and Greater Poland since 2010"): its places are the organisation's area,
lent to an item only where the item names no place of its own (SCHEMA: places are where the
project's activities happen)."""

from ngo_atlas.extract import pipeline, segment


def _item_places(intro: str, item: str, lang: str) -> list[str]:
    text = intro + "\n\n" + item
    a = len(intro) + 2
    title = item.split("\n", 1)[0]
    sg = segment.Segment(a, len(text), title, (a, a + len(title)), "news_item", False,
                         intro=[(0, len(intro))])
    return [t.value for t in pipeline._project(text, sg, [], lang).places]


PL_INTRO = "Od 2015 roku pomagamy migrantkom w Lublinie i na Lubelszczyźnie. Tu opisujemy nasze projekty."
EN_INTRO = "We have worked with migrant families in Poznań and Greater Poland since 2010. Our projects:"


def test_item_with_own_towns_takes_none_of_the_owners_area_pl():
    item = ("KLUB MAM\nStatus: w realizacji\n\n"
            "Prowadzimy spotkania dla matek z Ukrainy w Katowicach i w Chorzowie.")
    got = _item_places(PL_INTRO, item, "pl")
    assert "Katowice" in got and "Chorzów" in got
    assert "Lublin" not in got and "Lubelszczyzna" not in got


def test_item_without_a_place_still_takes_the_intros_pl():
    item = ("SZKOŁA BEZ GRANIC\nStatus: zakończony\n\n"
            "Asystenci międzykulturowi pracowali z uczniami i ich rodzicami.")
    assert "Lublin" in _item_places(PL_INTRO, item, "pl")


def test_item_with_own_town_en():
    item = ("CITY KITCHEN\nStatus: ongoing\n\n"
            "Weekly cooking workshops for refugee women take place in Gniezno and Konin.")
    got = _item_places(EN_INTRO, item, "en")
    assert "Gniezno" in got and "Poznań" not in got


# a body governed by "z/przy/przed/with" and its town: the partner's seat, no venue; after
# "w" the body is where the work happens
from ngo_atlas.extract import places  # noqa: E402
from ngo_atlas.extract.labels import find_labels  # noqa: E402


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in places.find_places(text, 0, len(text), find_labels(text), lang)]


def test_partner_seat_is_no_venue():
    assert "Rzeszów" not in _places("Dyżury prowadzimy we współpracy z Okręgową Radą Adwokacką w Rzeszowie.")
    got = _places("Szkolenia przygotowaliśmy razem z Wojewódzkim Urzędem Pracy w Opolu, a warsztaty odbyły się w Nysie.")
    assert "Nysa" in got and "Opole" not in got


def test_body_as_venue_keeps_its_town():
    assert "Chełm" in _places("Zajęcia odbywają się w Szkole Podstawowej nr 5 w Chełmie.")
    assert "Lublin" in _places("Konsultacje prowadzimy w Lublinie we współpracy z Uniwersytetem Medycznym w Lublinie.")
