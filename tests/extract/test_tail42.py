"""Round 42 (orgs, ORG-T review): the series-tail reader of round 41 gave a body's name the
ordinary list that follows it in a thank-you ("Мы благодарим Фонд развития, волонтёров и
партнёров"). A name's series is of matters in one case (the genitive of "Rodziny, Pracy i
Polityki"), not of people beside the body nor of items only in the case of the body's head word.
"""

import pytest

from ngo_atlas.extract.seriestail import _uncut


@pytest.mark.parametrize("lang,short,text", [
    ("ru", "Фонд развития", "Мы благодарим Фонд развития, волонтёров и партнёров."),  # people, acc = gen
    ("uk", "Фонд розвитку", "За підтримки Фонду розвитку, громади та волонтерів."),
    ("ru", "Фонд развития", "Спасибо Фонду развития, друзьям и партнёрам."),
    ("uk", "Фонд розвитку", "Дякуємо Фонду розвитку, волонтерам і партнерам."),
    ("ru", "Фонд развития", "Спасибо Фонду развития, городу и району."),  # things, but in the dative
    ("uk", "Фонд розвитку", "Дякуємо Фонду розвитку, місту та громаді."),
    ("pl", "Fundacja Rozwoju", "Dzięki wsparciu Fundacji Rozwoju, Wolontariuszy i Partnerów."),
    ("pl", "Fundacja Rozwoju", "Dziękujemy Fundacji Rozwoju, Wolontariuszom i Partnerom."),
    ("pl", "Fundacja Rozwoju", "Dziękujemy Fundacji Rozwoju, Wolontariuszkom i Seniorkom."),
    ("pl", "Fundacja Rozwoju", "Dziękujemy Fundacji Rozwoju, wolontariuszom i partnerom."),
])
def test_list_after_a_name_is_no_tail(lang, short, text):
    assert _uncut(text, short, lang) is None


@pytest.mark.parametrize("lang,short,text,full", [
    ("pl", "Ministerstwo Rodziny", "Projekt prowadzi Ministerstwo Rodziny, Pracy i Polityki Społecznej. Kontakt.",
     "Ministerstwo Rodziny, Pracy i Polityki Społecznej"),
    ("pl", "Ministerstwo Rodziny", "Dzięki wsparciu Ministerstwa Rodziny, Pracy i Polityki Społecznej.",
     "Ministerstwo Rodziny, Pracy i Polityki Społecznej"),
    ("pl", "Fundusz Azylu", "Źródło: Fundusz Azylu, Migracji i Integracji", "Fundusz Azylu, Migracji i Integracji"),
    ("pl", "Wydział Nauk", "Badanie prowadzi Wydział Nauk o Polityce i Bezpieczeństwie.",
     "Wydział Nauk o Polityce i Bezpieczeństwie"),
    ("ru", "Фонд убежища", "Фонд убежища, миграции и интеграции софинансирует проект.",
     "Фонд убежища, миграции и интеграции"),
    ("ru", "Фонд убежища", "при поддержке Фонда убежища, миграции и интеграции.",
     "Фонд убежища, миграции и интеграции"),
    ("uk", "Фонд притулку", "Фонд притулку, міграції та інтеграції співфінансує проєкт.",
     "Фонд притулку, міграції та інтеграції"),
])
def test_name_series_keeps_its_tail(lang, short, text, full):
    assert _uncut(text, short, lang) == full



def test_series_item_goes_on_from_an_inner_word():
    # train-db db14: "Niewolnictwu" goes with "Handlowi" (dative after "przeciwko"), not with "Ludźmi"
    text = "Partnerzy: La Strada – Fundacja przeciwko Handlowi Ludźmi i Niewolnictwu, Stowarzyszenie Adwokatów."
    assert _uncut(text, "Fundacja przeciwko Handlowi Ludźmi", "pl") == "Fundacja przeciwko Handlowi Ludźmi i Niewolnictwu"
