"""Round 30, places (PLACEU): a town standing as a part of its own on a line that opens with a
date or a period (a schedule's entry, a project card's line under its name); the town a project's own name places the work in,
kept though the name stands in quotes and the text names other towns; a Polish town's
Cyrillic nominative in the project's name. Texts in our own wording, not the sets'."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str) -> list:
    return extract_document(Document("f.txt", "f.txt", text)).projects


def _all(text: str) -> set[str]:
    recs = _records(text)
    return set().union(*({p.value for p in pr.places} for pr in recs)) if recs else set()


_PL_HEAD = ("Razem przy stole\n\nOd 1 marca 2024 r. do 28 lutego 2026 r. Stowarzyszenie Wspólna Droga "
            "realizuje projekt „Razem przy stole”, finansowany przez Fundację Batorego. "
            "Spotkania prowadzimy w Rzeszowie.\n\n")


# --- lines that open with a date --------------------------------------------------------------

def test_pl_schedule_entries_name_their_towns():
    text = _PL_HEAD + ("Harmonogram spotkań:\n"
                       "• 12–13 kwietnia – Krosno: „Jak zacząć rozmowę?”\n"
                       "• 05.06.2024 – Warsztaty kulinarne „Smaki sąsiadów” – Jarosław\n"
                       "→ 9 października 2024 – Konferencja podsumowująca, Sanok\n")
    assert {"Krosno", "Jarosław", "Sanok", "Rzeszów"} <= _all(text)


def test_pl_card_line_under_the_name_gives_the_town():
    text = ("Nasze projekty\n\nKlub Sąsiadów\n2022–2024 | Mielec\nCotygodniowe spotkania dla rodzin z Ukrainy "
            "i sąsiadów, finansowane przez Fundację Orlen.\n")
    assert "Mielec" in _all(text)


def test_dateline_naming_the_town_first_is_no_venue():
    # negative: a press release's dateline names where it was written, the date after the town
    text = ("Kursy polskiego dla dorosłych\n\nTarnów, 14 marca 2025\n\nFundacja Horyzont realizuje projekt "
            "„Kursy polskiego dla dorosłych”, finansowany przez Fundację Batorego. Zajęcia odbywają się "
            "w Dębicy.\n")
    got = _all(text)
    assert "Dębica" in got and "Tarnów" not in got, got


def test_dated_line_with_no_town_adds_nothing():
    # negative: a post's byline after its date holds a rubric and a reading time, no place
    text = _PL_HEAD + "12 stycznia 2025 · Aktualności · 4 min czytania\n"
    assert _all(text) == {"Rzeszów"}


def test_en_schedule_entry_names_its_town():
    text = ("Welcome Circles\n\nFrom March 2024 to February 2026 the Open Doors Foundation runs the project "
            "\"Welcome Circles\", funded by the Active Citizens Fund. Meetings take place in Gdańsk.\n\n"
            "Upcoming:\n- 18 May 2024 – Family picnic, Sopot\n")
    assert {"Gdańsk", "Sopot"} <= _all(text)


def test_uk_schedule_entry_names_a_polish_town():
    text = ("Разом сильніші\n\nЗ 1 березня 2024 року до 28 лютого 2025 року Фундація «Поруч» реалізує "
            "проєкт «Разом сильніші», який фінансує Фундація Баторія. Зустрічі відбуваються у Любліні.\n\n"
            "Найближчі події:\n• 14 червня 2024 – пікнік для родин – Хелм\n")
    assert "Хелм" in _all(text)


def test_ru_rubric_after_a_date_is_no_town():
    # negative: "Образование" after the date is the post's rubric
    text = ("Вместе в Гданьске\n\n22 августа 2023 · Образование · 4 мин чтения\n\nФонд «Мост» с 1 марта 2023 года "
            "реализует проект «Вместе в Гданьске», который финансирует Фонд Батория.\n")
    got = _all(text)
    assert "Образование" not in got, got


# --- the town in the project's own name --------------------------------------------------------

def test_pl_quoted_name_gives_its_town_beside_other_towns():
    text = ("Fundacja Horyzont – aktualności\n\nRuszył projekt „Kawiarenka językowa w Siedlcach”\n\n"
            "Od 1 kwietnia 2025 r. Fundacja Horyzont realizuje projekt „Kawiarenka językowa w Siedlcach”, "
            "finansowany przez Fundację Batorego. Dodatkowe spotkania odbędą się w Łukowie i Mińsku "
            "Mazowieckim.\n")
    got = _all(text)
    assert {"Siedlce", "Łuków"} <= got, got


def test_uk_quoted_name_gives_its_town_beside_other_towns():
    text = ("Новини громади\n\nЗавершився проєкт «Українська субота в Кракові»\n\n"
            "У червні 2025 року завершився проєкт «Українська субота в Кракові», який фінансувало "
            "Малопольське воєводство. Заняття відбувалися також у Величці.\n")
    got = _all(text)
    assert "Краків" in got, got


def test_ru_nominative_town_in_the_name():
    text = ("Новости\n\nПроект «Гданьск для всех»\n\nС 1 января 2025 года центр реализует проект «Гданьск для "
            "всех», который финансирует Фонд Батория. Встречи проходят также в Сопоте.\n")
    got = _all(text)
    assert "Гданьск" in got, got


def test_cyrillic_part_of_a_two_word_name_is_no_town():
    # negative: "Гура" alone is the town Góra, but in "Зелена Гура" it is half of another name
    text = ("Новини\n\nПроєкт «Зелена Гура відкрита»\n\nЗ 1 січня 2025 року фундація реалізує проєкт «Зелена "
            "Гура відкрита», який фінансує Фундація Баторія.\n")
    got = _all(text)
    assert "Гура" not in got, got


def test_body_named_after_the_town_in_the_name_is_no_venue():
    # negative: a town that only names a body in the title ("Urząd Miasta Rybnika") stays out
    text = ("Szkolenia dla pracowników Urzędu Miasta Rybnika\n\nOd 1 maja 2025 r. Fundacja Most prowadzi "
            "projekt „Szkolenia dla pracowników Urzędu Miasta Rybnika”, finansowany przez Fundację "
            "Batorego. Szkolenia odbywają się w Żorach.\n")
    got = _all(text)
    assert "Żory" in got and "Rybnik" not in got, got


def test_ru_adverb_spelling_like_a_town_is_no_title_town():
    # negative: "Рядом" reads as an adverb, though its letters spell like Radom
    text = ("Рядом с вами\n\nС 1 марта 2024 года фонд «Мост» реализует проект «Рядом с вами», который "
            "финансирует Фонд Батория. Консультации проходят в Люблине.\n")
    got = _all(text)
    assert "Рядом" not in got and "Люблин" in got, got


# --- English lists of Polish towns --------------------------------------------------------------

_EN_HEAD = ("Open Doors\n\nFrom March 2024 to February 2026 the Open Doors Foundation runs the project "
            "\"Open Doors\", funded by the Active Citizens Fund. ")


def test_en_list_of_polish_towns_after_any_words():
    text = _EN_HEAD + "The pilot sites are Tarnów, Dębica and Mielec.\n"
    assert {"Tarnów", "Dębica", "Mielec"} <= _all(text)


def test_en_towns_such_as():
    text = _EN_HEAD + "We also help families in smaller towns such as Łańcut and Jarosław.\n"
    assert {"Łańcut", "Jarosław"} <= _all(text)


def test_en_list_other_studies_focused_on_is_no_venue():
    # negative: the cities other research looked at, set against the project's own
    text = _EN_HEAD + ("Most studies have focused on Warsaw, Kraków and Wrocław. Our work takes place in "
                       "Siedlce.\n")
    got = _all(text)
    assert "Siedlce" in got and "Wrocław" not in got, got


def test_en_list_before_a_district_noun_stays_the_districts():
    # negative: "the Grójec and Rawa Mazowiecka districts" are powiats, not the two towns
    text = _EN_HEAD + "Outreach covers farms in the Grójec and Rawa Mazowiecka districts.\n"
    got = _all(text)
    assert "Grójec" not in got and "Rawa Mazowiecka" not in got, got
