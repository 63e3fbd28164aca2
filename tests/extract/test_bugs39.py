"""Round 39 (bugs): three precision bugs, each with the sentence that showed it and its negatives.

1. a common noun in the locative ("в Бору", "в Поле", "у Лісі", a Title Case heading's "W Polu")
   read as a village's name;
2. an end of a range of grant sizes ("od 5 000 do 20 000 zł", "5–20 tys. zł") read as the amount;
3. a name's gloss in brackets ("Fundacja X (X Foundation) realizuje") read as the body's name.
"""

from ngo_atlas.extract.money import find_money, grant_amount
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.titlecased import title_cased_line
from ngo_atlas.model import Document


def _one(text: str):
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert ex.projects
    return ex.projects[0]


def _places(text: str) -> list[str]:
    return [getattr(t, "value", t) for t in _one(text).places]


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in _one(text).organizations]


def _amounts(text: str) -> list:
    return [f.amount for f in _one(text).funding]


# 1. places ---------------------------------------------------------------------------------------

def test_russian_field_forest_and_hill_are_no_towns():
    places = _places("Проект «Добрые соседи»\n\nБлаготворительный фонд «Открытые двери» реализует проект «Добрые "
                     "соседи» для семей беженцев. Летом дети отдыхали в лагере в Бору, а взрослые работали в Поле "
                     "и на огороде. Встречи проходили в Горе и в Москве.\n")
    assert "Москва" in places
    assert not {"Бор", "Бора", "Поле", "Гора"} & set(places)


def test_russian_polish_towns_that_are_no_common_nouns_stay():
    places = _places("Проект «Добрые соседи»\n\nФонд «Открытые двери» реализует проект «Добрые соседи» в Сопоте, "
                     "Легнице и Гайнувке.\n")
    assert {"Сопот", "Легница", "Гайнувка"} <= set(places)


def test_ukrainian_forest_is_no_town_but_lviv_is():
    places = _places("Проєкт «Добрі сусіди»\n\nБлагодійний фонд «Відкриті двері» реалізує проєкт «Добрі сусіди» "
                     "для родин переселенців. Діти відпочивали у Полі та в Лісі, а зустрічі проходили у Львові.\n")
    assert "Львів" in places
    assert not {"Ліс", "Ліса", "Пола", "Поле"} & set(places)


def test_title_case_heading_capital_is_no_name():
    assert title_cased_line("W Polu i W Borze: Letnie Warsztaty Dla Dzieci", 3)
    assert not title_cased_line("Warsztaty w Borze dla dzieci z Ukrainy", 14)
    assert not title_cased_line("Fundacja Otwarte Drzwi", 3)  # a name: no function word capitalised
    places = _places("Projekt „Dobrzy sąsiedzi”\n\nFundacja Otwarte Drzwi realizuje projekt „Dobrzy sąsiedzi” "
                     "dla rodzin uchodźczych w Lublinie.\nW Polu i W Borze: Letnie Warsztaty Dla Dzieci\n"
                     "Zajęcia prowadzą wolontariusze.\n")
    assert places == ["Lublin"]


def test_title_case_heading_keeps_a_large_town_and_prose_keeps_a_village():
    places = _places("Projekt „Dobrzy sąsiedzi”\n\nW Opolu I W Łodzi: Letnie Warsztaty Dla Dzieci\n"
                     "Fundacja Otwarte Drzwi realizuje projekt „Dobrzy sąsiedzi” dla rodzin uchodźczych.\n")
    assert {"Opole", "Łódź"} <= set(places)
    # mid-sentence the writer's capital names the village
    places = _places("Projekt „Dobrzy sąsiedzi”\n\nFundacja Otwarte Drzwi realizuje projekt „Dobrzy sąsiedzi” "
                     "dla rodzin uchodźczych. Warsztaty odbyły się w Borze.\n")
    assert "Bór" in places


# 2. ranges of sums ---------------------------------------------------------------------------------

def test_range_of_grant_sizes_is_no_amount():
    for tail in ("W konkursie przyznawane są dotacje w wysokości 5–20 tys. zł.",
                 "Granty: 5 000 – 20 000 zł od Miasta Gdańska.",
                 "W konkursie można otrzymać od 5 000 zł do 20 000 zł.",
                 "Program oferuje granty od 5 000 do 20 000 zł."):
        text = ("Projekt „Razem w Gdańsku”\n\nFundacja Otwarte Drzwi realizuje projekt „Razem w Gdańsku” dla "
                "migrantów z Ukrainy. Projekt jest dofinansowany ze środków Miasta Gdańska. " + tail + "\n")
        assert _amounts(text) == [None], tail


def test_grant_beside_a_range_is_kept():
    text = ("Projekt „Razem w Gdańsku”\n\nFundacja Otwarte Drzwi realizuje projekt „Razem w Gdańsku”. Projekt "
            "otrzymał dofinansowanie w wysokości 18 500 zł od Miasta Gdańska. W konkursie można było otrzymać "
            "od 5 000 zł do 20 000 zł.\n")
    assert _amounts(text) == [18500.0]


def test_a_year_before_a_dash_is_no_range():
    text = "Na realizację zaplanowano:\n2023 – 185 000 zł\n"
    assert [h.amount for h in find_money(text)] == [185000.0]
    assert grant_amount("Dotacja: 12 000 – 15 000 zł", 0, 27, []) is None
    assert [h.amount for h in find_money("Wartość projektu: 250 000 zł – dofinansowanie 200 000 zł.")] \
        == [250000.0, 200000.0]  # two sums, not a range: a word stands between dash and figure


# 3. a gloss in brackets ------------------------------------------------------------------------------

def test_gloss_in_brackets_is_not_the_subject():
    orgs = _orgs("Wspólna kuchnia\n\nFundacja Ocalenie Razem (Together Rescue Foundation) realizuje projekt "
                 "„Wspólna kuchnia” dla migrantów w Poznaniu.\n")
    assert orgs == [("Fundacja Ocalenie Razem", "lead")]


def test_english_page_keeps_the_name_the_prose_writes_first():
    text = ("Fundacja Nowy Brzeg | New Shore Foundation\n\nShared Kitchen\n\nWe are glad to say that Fundacja "
            "Nowy Brzeg (New Shore Foundation) has started the project \"Shared Kitchen\" for migrants in Poznań.\n\n"
            "© 2024 New Shore Foundation\n")
    assert ("Fundacja Nowy Brzeg", "lead") in _orgs(text)


def test_a_bracket_that_is_no_gloss_is_read():
    from ngo_atlas.extract.organisations import _bracket_gloss, mentions

    text = "Fundacja Ocalenie Razem (Together Rescue Foundation) realizuje projekt."
    ms = mentions(text, 0, len(text))
    assert _bracket_gloss(text, ms[-1], ms)
    # a bracket after plain words, or a body after a closed bracket, is no gloss
    text = "Zajęcia (dla dzieci) prowadzi Fundacja Ocalenie Razem (Poznań) od marca."
    ms = mentions(text, 0, len(text))
    assert not any(_bracket_gloss(text, x, ms) for x in ms)
    orgs = _orgs("Wspólna kuchnia\n\nFundacja Ocalenie Razem (Poznań) realizuje projekt „Wspólna kuchnia” "
                 "dla migrantów.\n")
    assert orgs == [("Fundacja Ocalenie Razem", "lead")]
