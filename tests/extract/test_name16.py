"""Round 16 (issue 3): a governed name put back in the nominative keeps a singular head and
its genitive complement (Polish), and takes an adjective agreeing with its head along
(Ukrainian, Russian)."""

import pytest

from ngo_atlas.lang import polish, slavic


# a feminine head whose genitive singular is also a nominative/genitive plural, with a
# genitive complement (adjective + noun) after it: one body, named after the complement
@pytest.mark.parametrize("phrase, nominative", [
    ("Fundacji Dobrych Serc", "Fundacja Dobrych Serc"),
    ("Fundacji Otwartych Drzwi", "Fundacja Otwartych Drzwi"),
    ("Fundacji Nowych Horyzontów", "Fundacja Nowych Horyzontów"),
    ("Fundacji Polskich Rodzin", "Fundacja Polskich Rodzin"),
    ("Akademii Młodych Liderów", "Akademia Młodych Liderów"),
    ("Federacji Wolnych Ludzi", "Federacja Wolnych Ludzi"),
])
def test_polish_singular_head_keeps_genitive_complement(phrase: str, nominative: str) -> None:
    assert polish.nominative(phrase) == nominative


# the head's own adjectives still follow it into the nominative
@pytest.mark.parametrize("phrase, nominative", [
    ("Grupy Ratowniczej", "Grupa Ratownicza"),
    ("Szkoły Podstawowej Nr 5", "Szkoła Podstawowa Nr 5"),
    ("Helsińskiej Fundacji Praw Człowieka", "Helsińska Fundacja Praw Człowieka"),
    ("Fundacji Praw Człowieka", "Fundacja Praw Człowieka"),
])
def test_polish_agreeing_adjectives_still_inflect(phrase: str, nominative: str) -> None:
    assert polish.nominative(phrase) == nominative


# an adjective after the head agreeing with it (case, number, gender) follows it into the
# nominative, as one before it does; one that agrees with the noun after it is that noun's
@pytest.mark.parametrize("phrase, lang, nominative", [
    ("Губернатора Львівського", "uk", "Губернатор Львівський"),
    ("Маршалка Мазовецького", "uk", "Маршалок Мазовецький"),
    ("Голови Київського", "uk", "Голова Київський"),
    ("Маршала Мазовецкого", "ru", "Маршал Мазовецкий"),
    ("Губернатора Московского", "ru", "Губернатор Московский"),
    ("Люблінського Маршалка", "uk", "Люблінський Маршалок"),
    ("Центру Міжнародного Співробітництва", "uk", "Центр Міжнародного Співробітництва"),
    ("Маршалка Мазовецького воєводства", "uk", "Маршалок Мазовецького воєводства"),
])
def test_slavic_postposed_adjective_agrees(phrase: str, lang: str, nominative: str) -> None:
    assert slavic.nominative(phrase, lang) == nominative
