"""Round 15b funding mechanisms: the giver after 'thanks to' a money noun, and 'at the expense of'."""

import pytest

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funders(text, lang):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize(("lang", "text", "payer"), [
    # the money noun in the dative after "thanks to", its giver in the genitive
    ("uk", "Літня школа відбулася завдяки дотації Міністерства Освіти. Дякуємо всім учасникам.",
     "Міністерство Освіти"),
    ("uk", "Ми відремонтували приміщення завдяки коштам Фонду Добрих Сусідів. Запрошуємо.",
     "Фонд Добрих Сусідів"),
    ("ru", "Кружок открылся благодаря субсидии Министерства Культуры. Ждём всех желающих.",
     "Министерство Культуры"),
    ("ru", "Кружок открылся благодаря щедрому гранту Фонда Открытых Дверей. Ждём всех желающих.",
     "Фонд Открытых Дверей"),
    ("pl", "Świetlica powstała dzięki subwencji Ministerstwa Cyfryzacji. Zapraszamy dzieci.",
     "Ministerstwo Cyfryzacji"),
    ("pl", "Świetlica powstała dzięki hojnym pieniądzom Fundacji Zielony Most. Zapraszamy dzieci.",
     "Fundacja Zielony Most"),
    ("en", "The club opened thanks to a generous subsidy from the Ministry of Culture. All are welcome.",
     "Ministry of Culture"),
    ("en", "The club opened thanks to the kind support of the Embassy of Norway. All are welcome.",
     "Embassy of Norway"),
    # "at the expense of": the money's genitive noun, then its owner
    ("uk", "Обіди для дітей оплачуються за рахунок коштів Міста Люблін. Запис триває.", "Місто Люблін"),
    ("ru", "Обеды для детей оплачиваются за счёт средств Города Люблин. Запись продолжается.", "Город Люблин"),
    ("ru", "Курс финансируется за счет средств Фонда Открытых Дверей. Запись продолжается.",
     "Фонд Открытых Дверей"),
])
def test_giver_after_a_money_noun_after_thanks_to(lang, text, payer):
    assert _funders(text, lang) == [payer]


@pytest.mark.parametrize(("lang", "text"), [
    # thanks to people or work, not money: no payer
    ("pl", "Świetlica powstała dzięki pracy wolontariuszy z Gdańska. Zapraszamy dzieci."),
    ("en", "The club opened thanks to the hard work of our volunteers. All are welcome."),
    ("ru", "Кружок открылся благодаря усилиям волонтёров. Ждём всех желающих."),
])
def test_thanks_to_without_a_money_noun_names_no_payer(lang, text):
    assert _funders(text, lang) == []


def test_the_body_that_hands_on_money_at_the_expense_of_another_drops_out():
    text = ("Проект финансирует Фонд Открытых Дверей за счёт средств Министерства Культуры. "
            "Запись продолжается.")
    assert _funders(text, "ru") == ["Министерство Культуры"]


def test_thanks_to_a_donation_with_its_polish_letter_inflected():
    text = "Remont sali był możliwy dzięki hojnej darowiźnie Fundacji Zielony Most. Zapraszamy dzieci."
    assert _funders(text, "pl") == ["Fundacja Zielony Most"]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Після завершення проєкту клуб працюватиме завдяки фінансуванню з бюджету міста. Дякуємо."),
    ("pl", "Po zakończeniu projektu klub będzie działał dzięki dotacji z budżetu miasta. Dziękujemy."),
    ("en", "After the project the club will go on thanks to funding from the city budget. Thank you."),
])
def test_a_town_budget_that_names_no_town_is_no_payer(lang, text):
    assert _funders(text, lang) == []
