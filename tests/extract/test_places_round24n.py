"""PLACE-N (round 24): a town abroad in a person's own story is no venue (pastabroad)."""
from ngo_atlas.extract.places import find_places


def _places(text: str, lang: str = "pl") -> set[str]:
    return {t.value for t in find_places(text, 0, len(text), [], lang)}


def test_origin_after_z_is_no_venue():
    got = _places("Warsztaty odbyły się w Gdańsku. Prowadziła je psycholożka z Odessy, Iryna K.")
    assert "Gdańsk" in got and "Odessa" not in got


def test_earlier_work_abroad_is_no_venue():
    got = _places("Grupy wsparcia w Lublinie prowadzi terapeutka, wcześniej pracująca we Lwowie.")
    assert "Lublin" in got and "Lwów" not in got


def test_relative_clause_past_is_no_venue():
    got = _places("Treningi w Opolu prowadził Taras, który w Odessie uczył matematyki.")
    assert "Opole" in got and "Odessa" not in got


def test_first_person_past_is_no_venue():
    got = _places("Pracuję w Krakowie, choć w Odessie byłam lekarką.")
    assert "Kraków" in got and "Odessa" not in got


def test_english_from_and_previously():
    got = _places("Classes in Poznań are led by a teacher from Mykolaiv who previously taught in Zhytomyr.", "en")
    assert "Poznań" in got and not {"Mykolaiv", "Zhytomyr"} & got


def test_polish_town_after_z_still_served():
    # a Polish town after "z": the people the project serves (places._z_town_lists)
    got = _places("Kursy dla 80 cudzoziemców z Sanoka, Leska i Ustrzyk Dolnych.")
    assert {"Sanok", "Lesko"} <= got


def test_town_abroad_as_a_venue_kept():
    got = _places("Przeprowadziliśmy wywiady w Kutaisi i w Lublinie.")
    assert "Lublin" in got
