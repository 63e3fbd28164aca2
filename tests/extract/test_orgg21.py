"""Organisations, round 21 (ORG-G): Cyrillic partners in prose, governed in the instrumental
by "в партнёрстве с / разом з / вместе с". A bracket after a name (its Polish form, its
acronym) and its seat ("из Варшавы", "з Гданська") no longer end the list: the name after
the conjunction is read too. "по" and a lower-case noun right after a head word stay inside
the name ("фонд по защите …"), a preposition inside a quoted name is the name's own, and a
seat after a closing quote is no part of the name."""

from ngo_atlas.extract.organisations import _sentence_roles


def _partners(text: str, lang: str) -> list[str]:
    return [o.name for o in _sentence_roles(text, 0, len(text), lang) if o.role == "partner"]


def test_second_partner_after_polish_bracket_and_seat_ru():
    t = ("Программу ведёт Фонд «Открытое окно» в партнёрстве с Фондом «Северный путь» "
         "(Fundacja Północna Droga) из Гданьска и Городской библиотекой в Сопоте. Занятия идут весь год.")
    assert _partners(t, "ru") == ["Фонд Северный путь", "Городская библиотека в Сопоте"]


def test_second_partner_after_acronym_bracket_uk():
    t = ("Проєкт виконує Фундація «Світло» разом із Регіональним центром волонтерства (РЦВ) "
         "та Асоціацією «Батьки для батьків» із Ополя. Зустрічі тривали рік.")
    assert _partners(t, "uk") == ["Регіональний центр волонтерства", "Асоціація Батьки для батьків"]


def test_matter_after_head_stays_in_name_and_list_goes_on():
    t = ("Курсы проводились в сотрудничестве с Польским фондом по защите детей (Polska Fundacja "
         "Ochrony Dzieci) и Союзом учителей «Мост» из Кельце.")
    assert _partners(t, "ru") == ["Польский фонд по защите детей", "Союз учителей Мост"]


def test_bracket_not_followed_by_a_name_still_ends_the_list():
    t = ("Проект реализуется в партнёрстве с Ассоциацией «Дом у моря» (Stowarzyszenie Dom nad Morzem) "
         "и продлится до конца года.")
    assert _partners(t, "ru") == ["Ассоциация Дом у моря"]


def test_list_goes_on_after_a_relative_clause_about_a_name():
    t = ("Партнёрами проекта являются Общество «Новый берег» (Towarzystwo Nowy Brzeg), которое "
         "ведёт консультации в Гдыне, и Поморский университет (Uniwersytet Pomorski), студенты "
         "которого помогают с переводами.")
    assert _partners(t, "ru") == ["Общество Новый берег", "Поморский университет"]


def test_relative_clause_then_a_person_ends_the_list_uk():
    t = ("Проєкт веде Фундація «Крок» разом з Асоціацією «Рука допомоги», яка працює в Ополі, "
         "і Ірина Коваль керує групою.")
    assert _partners(t, "uk") == ["Асоціація Рука допомоги"]
