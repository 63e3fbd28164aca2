"""Status, titles, boilerplate, activities, themes and target groups."""

from ngo_atlas.extract.activities import find_activities
from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.status import find_status
from ngo_atlas.extract.themes import find_target_groups, find_themes
from ngo_atlas.extract.title import choose_title


def _status(text):
    st = find_status(text, 0, len(text), find_labels(text))
    return st[0] if st else None


def _title(text):
    t = choose_title(text, 0, len(text), find_labels(text))
    return t[0] if t else None


def test_status_from_label_and_phrases():
    assert _status("Stan projektu: zrealizowany\n") == "completed"
    assert _status("Projekt realizowany był od września 2009 do grudnia 2010 roku.") == "completed"
    assert _status("Helsińska Fundacja Praw Człowieka realizuje projekt „POWROTY”.") == "ongoing"
    assert _status("С 1 марта 2018 года мы начали реализацию проекта") == "ongoing"
    # future activities are not a status
    assert _status("w ramach projektu zostaną zorganizowane wizyty studyjne") is None


def test_title_from_quotes_after_project_word():
    assert _title("Helsińska Fundacja Praw Człowieka realizuje projekt „POWROTY. Pomoc prawna i "
                  "informacja dla powracających migrantów”. Dzięki") == (
        "POWROTY. Pomoc prawna i informacja dla powracających migrantów")
    assert _title("Raport podsumowujący pt. \"Uchodźca mój dobry sąsiad\" autorstwa") == (
        "Uchodźca mój dobry sąsiad")


def test_title_from_heading_skips_dates_and_topic_lists():
    text = ("01 Feb 2019 - 31 Dec 2020\nLabor market, social policy and social services\n\n"
            "Strengthening the system of integration of refugees in Poland\n\nThe project activities")
    assert _title(text) == "Strengthening the system of integration of refugees in Poland"


def test_boilerplate_is_blanked_with_offsets_kept():
    text = ("Projekt X\n\nOpis projektu.\n\nPrzekaż 1% swojego podatku!\nNasz numer KRS to 0000240024\n"
            "Nr konta:\n63 2030 0045 1110 0000 0307 2610\nStrona używa ciasteczek.\n")
    masked = mask(text)
    assert len(masked) == len(text)
    assert "Opis projektu." in masked
    for gone in ("KRS", "2030 0045", "ciasteczek", "podatku"):
        assert gone not in masked


def test_repeated_image_captions_are_boilerplate():
    text = "Tytuł\n" + "networking-day-fds-event\n" * 5 + "Treść projektu.\n"
    assert "networking" not in mask(text)


def test_activities_with_counts():
    text = "Projekt zakłada zorganizowanie 10 spotkań Konsorcjum, w tym 3 warsztatów."
    acts = {a.kind: a.count for a in find_activities(text, 0, len(text))}
    assert acts == {"meeting": 10, "workshop": 3}
    text = "Zorganizowano pięć seminariów konsultacyjnych – w Krakowie"
    assert [(a.kind, a.count) for a in find_activities(text, 0, len(text))] == [("seminar", 5)]


def test_seed_003_thematic_blocks():
    text = ("omawiana była w pięciu blokach tematycznych: 1) status prawny pobytu, 2) uczestnictwo "
            "w rynku pracy, 3) polityka społeczna, 4) dyskryminacja i zapobieganie jej, "
            "5) uczestnictwo migrantów w życiu społecznym.")
    keys = {t.value for t in find_themes(text, 0, len(text))}
    assert {"legal_status", "labour_market", "social_policy", "discrimination",
            "social_participation"} <= keys


def test_target_groups():
    text = "Projekt skierowany jest do migrantów i migrantek krajów państw trzecich oraz dzieci."
    keys = {t.value for t in find_target_groups(text, 0, len(text))}
    assert {"migrants", "third_country_nationals", "children"} <= keys
