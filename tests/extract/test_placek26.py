"""Round 26, places (PLACEK): declined two-part towns in Cyrillic ("в Еленей-Гуре",
"в Сьерадзе", "у Острівці-Свентокшиському"), a Polish hyphenated town in the genitive
("Kędzierzyna-Koźla"), and list items that are no towns: an English body's head word ("the
Foundation", "Faculty of …") and a person's full name after a town ("w Toruniu, Anna Nowak").
Texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_HEAD = {
    "pl": "Projekt „Wspólny stół”\n\nStowarzyszenie Nowa Ścieżka realizuje projekt od 1 kwietnia 2024 r. do 30 czerwca 2025 r. ",
    "en": "Common Table\n\nFrom 1 April 2024 to 30 June 2025 the New Path Association is implementing "
          "the project \"Common Table\", funded by the European Commission. ",
    "ru": "Проект «Общий стол»\n\nОбъединение «Новая тропа» реализует проект с апреля 2024 года по июнь 2025 года. ",
    "uk": "Проєкт «Спільний стіл»\n\nОб'єднання «Нова стежка» реалізує проєкт з квітня 2024 року до червня 2025 року. ",
}


def _places(lang: str, tail: str) -> set[str]:
    ex = extract_document(Document("f.txt", "f.txt", _HEAD[lang] + tail + "\n"))
    return {p.value for pr in ex.projects for p in pr.places}


@pytest.mark.parametrize("lang, tail, want", [
    # both parts declined, the first an adjective: the hyphen stays as written
    ("ru", "Консультации проходят в Кракове, Тарнове и Еленей-Гуре.", {"Краков", "Еленя-Гура"}),
    # a soft sign before a vowel only parts them: "Сьерадз" is Sieradz
    ("ru", "Курсы польского языка проходят в Лодзи и Сьерадзе.", {"Лодзь", "Сьерадз"}),
    # a masculine adjective makes the town's noun a masculine "-ець"
    ("uk", "Зустрічі відбуваються у Кельцах та Острівці-Свентокшиському.", {"Острівець-Свентокшиський"}),
])
def test_declined_towns(lang, tail, want):
    got = _places(lang, tail)
    assert want <= got, got


def test_masculine_agreement_of_the_adjective():
    # the page declines the adjective as a feminine; the town's noun is masculine
    got = _places("uk", "Заняття у Сандомирі та Остшовці-Свєнтокшиській.")
    assert "Остшовець-Свєнтокшиський" in got and "Остшовець-Свєнтокшиська" not in got, got


def test_hyphenated_genitive_both_parts_nominative():
    # the second part read alone is another place's nominative ("Koźla"): the pair GeoNames knows
    got = _places("pl", "Szkolimy pracowników zatrudnionych w zakładach przemysłowych Opola, Kędzierzyna-Koźla i Nysy.")
    assert "Kędzierzyn-Koźle" in got and "Kędzierzyn-Koźla" not in got, got


def test_english_body_words_not_towns():
    got = _places("en", "Workshops take place in Opole and the Foundation \"Open Door\" hosts them in Kielce.")
    assert {"Opole", "Kielce"} <= got and "Foundation" not in got, got
    got = _places("en", "The University in Toruń, Faculty of Humanities, will run the survey.")
    assert "Faculty" not in got, got


def test_person_after_town_not_a_town():
    got = _places("pl", "Kontakt: Biuro Stowarzyszenia w Toruniu, Anna Nowakowska, koordynatorka, tel. 600 100 200.")
    assert "Anna Nowakowska" not in got, got


def test_negative_cases_unchanged():
    # a two-word town in the locative whose first word is also a name's plural stays a town
    assert {"Janów Lubelski", "Józefów"} <= _places("pl", "Zajęcia odbywają się w Janowie Lubelskim i Józefowie.")
    # a country list with "the" before a two-word country still reads
    assert {"Poland", "Czech Republic", "Germany"} <= _places(
        "en", "Meetings are held in Poland, the Czech Republic and Germany.")
    # a feminine town in a hyphenated name keeps its feminine adjective
    assert "Бяла-Подляска" in _places("ru", "Консультации проходят в Бяла-Подляске и Люблине.")
    # a Polish village whose name is a Polish body's head word stays a town in English
    assert "Grupa" in _places("en", "Interviews take place in Toruń, Chełmno and Grupa near Świecie.")
    # a plain Russian town the dictionary knows is not respelled
    assert "Познань" in _places("ru", "Курсы проходят в Познани.")


@pytest.mark.parametrize("lang, tail", [
    ("ru", "Юристы сопровождают клиентов в Подкарпатском воеводском управлении."),
    ("uk", "Юристи супроводжують клієнтів у Підкарпатському воєводському управлінні."),
])
def test_office_adjective_not_a_place(lang, tail):
    # a capitalised adjective before a lower-case noun names an office, not a region
    got = _places(lang, tail)
    assert not any(p.startswith(("Подкарпат", "Підкарпат")) for p in got), got


def test_town_in_sk_and_hyphenated_adjective_still_read():
    got = _places("ru", "Курсы проходят в Слупске и Гданьске, а также в Бельске-Подляском и в Гродзиске.")
    assert {"Слупск", "Гданьск", "Бельск-Подляский"} <= got, got


def test_quoted_row_title_gives_the_only_place():
    # a call's list of awarded offers: the row's quoted title names the only place
    t = ("Wykaz ofert:\n\n1. Oferent: Fundacja Zielony Most, Radom\n"
         "Tytuł zadania: „Klub sąsiedzki dla rodzin cudzoziemskich w Kozienicach”\n"
         "Termin realizacji: 01.05.2024 – 30.09.2024\nKwota dotacji: 20 000,00 zł\n")
    assert "Kozienice" in _places("pl", t)
