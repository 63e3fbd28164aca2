"""Round 36, places (PLACES): the nominatives of Polish towns written in Cyrillic on Russian
pages. A Polish adjective no Russian dictionary knows keeps its Polish nominative ("в Бялой
Подляске" -> "Бяла Подляска"), a Russian one the Russian ("в Белой Подляске" -> "Белая
Подляска"); a neuter town's genitive in -а ("жителей Труймяста" -> "Труймясто"); after к, г, х
an -и is a hard stem's ("Хайнувки" -> "Хайнувка", never "Хайнувкя"); a capitalised word the
Russian dictionary knows only as a common noun yields to a Polish settlement of 500 people or
more ("в Крынки" -> "Крынки", not the jug "крынка"), and only to one. Texts in our own wording."""

import pytest

from ngo_atlas.extract.cyrtowns import polish_settlement, polish_town, two_word_town
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_HEAD = ("Проект «Соседи рядом»\n\nФонд «Открытый дом» реализует проект с апреля 2024 года по "
         "июнь 2025 года. ")


def _places(tail: str) -> set[str]:
    ex = extract_document(Document("f.txt", "f.txt", _HEAD + tail + "\n"))
    return {p.value for pr in ex.projects for p in pr.places}


@pytest.mark.parametrize("adj, noun, want", [
    ("Бялой", "Подляске", "Бяла Подляска"),   # Biała: no Russian word, the Polish nominative
    ("Белой", "Подляске", "Белая Подляска"),  # белый: a Russian adjective, the Russian one
    ("Зеленой", "Гуре", "Зеленая Гура"),
])
def test_feminine_adjective_of_a_two_word_town(adj, noun, want):
    assert two_word_town(adj, noun, "ru") == want


def test_two_word_town_in_a_sentence():
    got = _places("Юристы консультируют иностранцев в Бялой Подляске и Люблине.")
    assert "Бяла Подляска" in got and "Бялая Подляска" not in got, got


@pytest.mark.parametrize("form, want", [
    ("Труймяста", "Труймясто"),  # a neuter's genitive (Trójmiasto)
    ("Хайнувки", "Хайнувка"),    # after к the и is the hard ы: Hajnówka, spelled with а
    ("Кракова", "Краков"),       # a masculine's genitive still reads as it did
    ("Лодзи", "Лодзь"),          # a soft stem keeps its soft reading
])
def test_genitive_readings(form, want):
    assert polish_town(form, "ru") == want


def test_town_genitives_in_a_sentence():
    got = _places("Курсы польского языка для жителей Труймяста. Волонтёры дежурят в "
                  "окрестностях Бельска и Хайнувки.")
    assert {"Труймясто", "Хайнувка"} <= got and not {"Труймяст", "Хайнувкя"} & got, got


def test_common_noun_yields_to_a_town():
    got = _places("Мы организовали экскурсии в Гродек, Крынки и Тыкоцин.")
    assert "Крынки" in got and "Крынка" not in got, got


def test_common_noun_without_a_town_stays():
    # "Школе": no Polish settlement spells it; a word read as a body's name, never a town
    assert polish_settlement("Школе", "ru") is None
    got = _places("Занятия проходят в Школе польского языка при фонде.")
    assert not any(p.startswith("Школ") for p in got), got


def test_ukrainian_town_keeps_its_ukrainian_nominative():
    # the Ukrainian dictionary tags no places: "у Кракові" stays "Краків", not Russian "Краков"
    ex = extract_document(Document("f.txt", "f.txt", "Проєкт «Спільний стіл»\n\nОб'єднання «Нова стежка» "
                                   "реалізує проєкт з квітня 2024 року. Заняття відбуваються у Кракові та Тарнові.\n"))
    got = {p.value for pr in ex.projects for p in pr.places}
    assert "Краків" in got and "Краков" not in got, got
