"""Round 23 (TITLE-B): a kind phrase standing with a quoted name as the subject of "to projekt"
/ "– projekt" ("Przegląd Filmów Dokumentalnych „X” to projekt …") heads the name: the title keeps
it, with the inner quotes (SCHEMA strips only the surrounding ones). A sentence-start pronoun or
determiner ("To „X”", "Nasz „X”"), a body's name in an oblique case ("z Fundacją Y „X”") and
"Projekt" itself are not kinds."""

from ngo_atlas.extract.kindname import kind_phrase_start
from ngo_atlas.extract.title import quoted_titles


def _before(text: str) -> list[str]:
    return [t for _a, _b, t in quoted_titles(text, 0, len(text))]


def _start(text: str, quote_char: str) -> str | None:
    q = text.index(quote_char)
    k = kind_phrase_start(text, q)
    return None if k is None else text[k:q].strip()


def test_capitalised_kind_phrase_heads_the_quoted_name():
    t = "Zapraszamy w sobotę! Przegląd Filmów Dokumentalnych „Drogi” to projekt Stowarzyszenia Kadr."
    assert _before(t) == ["Przegląd Filmów Dokumentalnych „Drogi”"]
    t = "Punkt Porad dla Rodzin Cudzoziemskich „Kotwica” – projekt realizowany od 2023 roku."
    assert _before(t) == ["Punkt Porad dla Rodzin Cudzoziemskich „Kotwica”"]


def test_kind_phrase_in_other_languages():
    assert _start("Клуб настільних ігор «Разом» — проєкт нашої громади.", "«") == "Клуб настільних ігор"
    assert _start("Мастерская «Нить» – проект для женщин.", "«") == "Мастерская"
    assert _start("Every week. The Riverside Supper Club \"Table\" – a project of two parishes.", "\"") \
        == "Riverside Supper Club"


def test_function_word_body_or_project_word_is_not_a_kind():
    assert _before("To „Klub Rozmów” – projekt dla dorosłych.") == ["Klub Rozmów"]
    assert _start("Nasz „Klub Rozmów” to projekt dla dorosłych.", "„") is None
    assert _start("Działamy razem z Fundacją Nowej Drogi „Przystań” – projekt trwa.", "„") is None
    assert _start("Projekt „Most” to projekt miasta.", "„") is None
    assert _start("Так, «Соседи» — проект для всех.", "«") is None
