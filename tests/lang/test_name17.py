"""Round 17 (issue 3): the written form of names - what Polish and Slavic morphology may
change in a name, and what it must leave as written."""

import pytest

from ngo_atlas.lang import polish, slavic


# a name written in another language keeps its words: Morfeusz would read "and" as a
# genitive of Anda, "Fund" as one of funda, "for" as a noun
@pytest.mark.parametrize("name", [
    "Solidarity and Care Network",
    "Women and Children Centre",
    "Fund for Migrant Families",
    "Centro di Ascolto della Caritas",
    "Verein der Freunde",
])
def test_polish_nominative_leaves_a_foreign_name_as_written(name: str) -> None:
    assert polish.nominative(name) == name


# a Polish name with its own lower-case words ("im.", "na rzecz", "bez", "dla") still
# takes the nominative
@pytest.mark.parametrize("phrase, nominative", [
    ("Szkoły Podstawowej nr 4 im. Marii Konopnickiej", "Szkoła Podstawowa nr 4 im. Marii Konopnickiej"),
    ("Fundacji na rzecz Dzieci Wędrowców", "Fundacja na rzecz Dzieci Wędrowców"),
    ("Stowarzyszenia Sąsiedzi bez Barier", "Stowarzyszenie Sąsiedzi bez Barier"),
    ("Fundacji Dom dla Mam", "Fundacja Dom dla Mam"),
])
def test_polish_nominative_still_restores_polish_names(phrase: str, nominative: str) -> None:
    assert polish.nominative(phrase) == nominative


# a woman's surname in -owa/-ewa/-ina/-yna declines as an adjective in Polish: its oblique
# forms go back to "-a", with a first name Morfeusz knows and with one it does not
@pytest.mark.parametrize("phrase, nominative", [
    ("Swietłany Kuzniecowej", "Swietłana Kuzniecowa"),
    ("Ludmile Karelinej", "Ludmiła Karelina"),
    ("Natalią Wasilewą", "Natalia Wasilewa"),
])
def test_polish_feminine_adjectival_surname(phrase: str, nominative: str) -> None:
    assert polish.person_nominative(phrase) == nominative


@pytest.mark.parametrize("phrase, nominative", [
    ("Oksany Morozowej", "Oksana Morozowa"),
    ("Iryną Zacharową", "Iryna Zacharowa"),
])
def test_foreign_first_name_with_adjectival_surname(phrase: str, nominative: str) -> None:
    from ngo_atlas.extract.bodynames import foreign_nominative

    assert foreign_nominative(polish.person_nominative(phrase), "pl") == nominative


# a man's surname and a woman's undeclined one stay as written
@pytest.mark.parametrize("phrase, nominative", [
    ("Jana Nowaka", "Jan Nowak"),
    ("Marii Nowak", "Maria Nowak"),
])
def test_polish_other_surnames_unchanged(phrase: str, nominative: str) -> None:
    assert polish.person_nominative(phrase) == nominative


# after a dash, a body's unit or second name stands in apposition in the body's case and
# takes the nominative with it; a place after a dash, or a dash inside quotes, does not
@pytest.mark.parametrize("phrase, nominative", [
    ("Urzędem Gminy Zakliczyn – Referatem Oświaty", "Urząd Gminy Zakliczyn – Referat Oświaty"),
    ("Akademią Pomorską – Instytutem Pedagogiki", "Akademia Pomorska – Instytut Pedagogiki"),
    ("Starostwem Powiatowym – Powiatowym Zespołem Doradztwa", "Starostwo Powiatowe – Powiatowy Zespół Doradztwa"),
    ("Fundacji Przystań – Gdańsk", "Fundacja Przystań – Gdańsk"),
])
def test_polish_unit_after_dash(phrase: str, nominative: str) -> None:
    assert polish.nominative(phrase) == nominative


@pytest.mark.parametrize("phrase, lang, nominative", [
    ("Областным управлением образования – Отделом инклюзии", "ru",
     "Областное управление образования – Отдел инклюзии"),
    ("Міською радою – Управлінням соціального захисту", "uk",
     "Міська рада – Управління соціального захисту"),
    ("Ассоциацией «Мост – Дом»", "ru", "Ассоциация «Мост – Дом»"),
    ("Університетом Миру – Краків", "uk", "Університет Миру – Краків"),
])
def test_slavic_unit_after_dash(phrase: str, lang: str, nominative: str) -> None:
    assert slavic.nominative(phrase, lang) == nominative


# a personal pronoun after a name is the subject of the next clause ("… з гміною X ми
# готуємо"), no part of the name; a pronoun inside quotes or one that is the name stays
@pytest.mark.parametrize("phrase, lang, nominative", [
    ("Підкарпатським воєводством ми", "uk", "Підкарпатське воєводство"),
    ("Товариством Взаємодопомоги вони", "uk", "Товариство Взаємодопомоги"),
    ("Городским центром занятости мы", "ru", "Городской центр занятости"),
    ("Фондом «Мы рядом»", "ru", "Фонд «Мы рядом»"),
])
def test_slavic_trailing_subject_pronoun(phrase: str, lang: str, nominative: str) -> None:
    assert slavic.nominative(phrase, lang) == nominative
