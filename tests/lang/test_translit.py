"""Cyrillic to Latin (Polish system) and the cross-script matching key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ngo_atlas.lang.translit import fold, guess_cyrillic_language, to_latin


@pytest.mark.parametrize("text,lang,expected", [
    ("Варшава", "ru", "Warszawa"),
    ("Люблин", "ru", "Lublin"),
    ("Белосток", "ru", "Biełostok"),
    ("Казань", "ru", "Kazań"),
    ("Юлия Ильина", "ru", "Julija Iljina"),
    ("Игорь Иванов", "ru", "Igor Iwanow"),
    ("Мазовецкое воеводство", "ru", "Mazowieckoje wojewodstwo"),
    ("ЩЕЦИН", "ru", "SZCZECYN"),
    ("Львів", "uk", "Lwiw"),
    ("Київ", "uk", "Kyjiw"),
    ("Олена Коваленко", "uk", "Ołena Kowałenko"),
    ("Євген", "uk", "Jewhen"),
    ("Фонд LinguaeMundi, 2018", "ru", "Fond LinguaeMundi, 2018"),
])
def test_to_latin(text, lang, expected):
    assert to_latin(text, lang) == expected


def test_other_languages_fall_back_on_unidecode():
    assert to_latin("София", "bg") == "Sofiia"


@pytest.mark.parametrize("a,b", [
    ("Варшава", "Warszawa"),
    ("Фундация Оцаление", "Fundacja Ocalenie"),
    ("Польский", "Polski"),
    ("Польський", "POLSKI"),
    ("Лодзь", "Łódź"),
    ("Люблин", "Lublin"),
    ("Щецин", "Szczecin"),
])
def test_fold_matches_names_across_scripts(a, b):
    assert fold(a) == fold(b)


def test_fold_keeps_different_names_apart():
    assert fold("Варшава") != fold("Wrocław")
    assert fold("Хельсинкский").startswith("helsink")


def test_cyrillic_language_guess(dev_dir):
    assert guess_cyrillic_language((dev_dir / "d12.txt").read_text(encoding="utf-8")) == "uk"
    assert guess_cyrillic_language((dev_dir / "d11.txt").read_text(encoding="utf-8")) == "ru"


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_ascii(text):
    key = fold(text)
    assert key.isascii() or not key
    assert fold(key) == key
