"""Organisations of the thirteenth round: a network's members listed after a verb of
belonging or a count of its makers, with or without a colon, in every language."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations, merge_orgs


def _orgs(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), find_labels(text), lang))]


def test_members_after_belonging_verb_with_no_colon():
    text = ("Porozumienie działa od 2019 roku. Do porozumienia należą między innymi Fundacja Zielony Most, "
            "Parafia Rzymskokatolicka w Pile i Klub Sportowy Orzeł. Spotykamy się co miesiąc.")
    got = _orgs(text)
    assert ("Fundacja Zielony Most", "member") in got
    assert ("Parafia Rzymskokatolicka w Pile", "member") in got
    assert ("Klub Sportowy Orzeł", "member") in got


def test_members_after_a_count_of_bodies_and_a_long_clause():
    text = ("Federacja zrzesza 3 stowarzyszenia z Podlasia, które od lat wspierają osoby uchodźcze "
            "w regionie: Stowarzyszenie Dobry Sąsiad, Fundacja Przystań oraz Centrum Wolontariatu w Łomży.")
    got = _orgs(text)
    assert ("Stowarzyszenie Dobry Sąsiad", "member") in got
    assert ("Fundacja Przystań", "member") in got
    assert ("Centrum Wolontariatu w Łomży", "member") in got


def test_members_counted_then_listed_on_the_next_line():
    text = "Koalicję współtworzy 3 organizacji:\nFundacja Alfa (Opole), Stowarzyszenie Beta oraz Fundacja Gamma.\n"
    got = _orgs(text)
    assert {("Fundacja Alfa", "member"), ("Stowarzyszenie Beta", "member"), ("Fundacja Gamma", "member")} <= set(got)


def test_members_in_russian_and_english():
    ru = "В сеть входят Фонд «Открытый диалог» и Ассоциация «Наш дом»."
    got = _orgs(ru, "ru")
    assert any(r == "member" and "Открытый диалог" in n for n, r in got)
    en = "Members of the coalition are the Warsaw Legal Clinic Foundation and the Association Homo Faber."
    got = _orgs(en, "en")
    assert ("Warsaw Legal Clinic Foundation", "member") in got
    assert ("Association Homo Faber", "member") in got


def test_a_list_of_tasks_after_belonging_gives_no_members():
    text = "Do zadań sieci należą m.in. Dyżury prawne, Kursy języka polskiego i Spotkania sąsiedzkie."
    assert not any(r == "member" for _n, r in _orgs(text))
