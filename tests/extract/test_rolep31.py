"""ROLEP (round 31): people named in a list that a noun of persons opens with a dash and a second
dash closes ("nasze asystentki – X i Y – dyżurowały …", "our trainers – X and Y – led …"): each
name is a person in the project with the noun's role; the words after the closing dash are the
sentence going on, no item of the list. Texts in our own wording, not the sets'."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict[str, str]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return {p.name: p.role for p in projects[0].people if p.name}


def _pl(sentence: str) -> str:
    return ("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
            "Stowarzyszenie Jarzębina realizuje projekt „Sąsiedzka Przystań” od marca 2023 r. "
            "Projekt jest finansowany przez Fundację Modrzewiową.\n\n" + sentence + "\n")


def test_polish_dashed_list_in_accusative():
    people = _people(_pl("Do projektu zatrudniliśmy dwie opiekunki świetlicy – Ołenę Marczuk i "
                         "Katerynę Bondar – które przez pół roku prowadziły zajęcia w Lesznie."))
    assert people.get("Ołena Marczuk") == "other"
    assert people.get("Kateryna Bondar") == "other"


def test_polish_dashed_list_with_foreign_first_name():
    people = _people(_pl("W weekendy nasi streetworkerzy – Mykoła Dzyuba i Ewa Sikora – "
                         "odwiedzali pustostany na Zatorzu."))
    assert people.get("Mykoła Dzyuba") == "other"
    assert people.get("Ewa Sikora") == "other"


def test_ukrainian_dashed_list_takes_the_nouns_expertise():
    text = ("Фонд «Ясень»\n\nДружня школа\n\nФонд «Ясень» реалізує проєкт «Дружня школа» з 2023 року. "
            "Проєкт фінансує Фундація Модрина.\n\n"
            "Щосуботи наші викладачки – Оксана Гуменюк та Ірина Литвин – проводили заняття з польської мови.\n")
    people = _people(text)
    assert people.get("Оксана Гуменюк") == "expert"
    assert people.get("Ірина Литвин") == "expert"


def test_russian_dashed_list():
    text = ("Фонд «Ясень»\n\nДружеская школа\n\nФонд «Ясень» реализует проект «Дружеская школа» с 2023 года. "
            "Проект финансирует Фонд Лиственница.\n\n"
            "По вторникам наши психологи – Ольга Гуменюк и Ирина Литвин – вели группы поддержки.\n")
    people = _people(text)
    assert people.get("Ольга Гуменюк") == "expert"
    assert people.get("Ирина Литвин") == "expert"


def test_english_dashed_list():
    text = ("Rowan Association\n\nNeighbourly Harbour\n\nThe Rowan Association runs the project "
            "\"Neighbourly Harbour\" since March 2023. The project is funded by the Larch Foundation.\n\n"
            "Every Saturday our trainers – Hanna Wolska and Piotr Sikora – led the workshops in Leszno.\n")
    people = _people(text)
    assert people.get("Hanna Wolska") == "expert"
    assert people.get("Piotr Sikora") == "expert"


@pytest.mark.parametrize("sentence", [
    # bodies between the dashes, not persons
    "Dyżury prowadzą nasze partnerki – Fundacja Ocalenie i Stowarzyszenie Przystań – w trzech miastach.",
    # no noun of persons before the dash: a date range and a title
    "Zajęcia trwały od marca – Nowa Przestrzeń i Dobry Start – do czerwca.",
])
def test_dashed_list_of_no_persons(sentence):
    people = _people(_pl(sentence))
    assert not any(n in people for n in ("Fundacja Ocalenie", "Stowarzyszenie Przystań",
                                         "Nowa Przestrzeń", "Dobry Start"))


def test_colon_list_still_runs_to_the_lines_end():
    # a key with a colon: the dash inside the list is no closing one ("X – psycholożka")
    people = _people(_pl("Trenerki: Anna Wolska, Maria Sikora."))
    assert people.get("Anna Wolska") == "expert"
    assert people.get("Maria Sikora") == "expert"


def test_ukrainian_dative_items_are_one_person_each():
    # the items take the noun's dative: each is the person another rule read in the nominative,
    # never a second person spelled as written
    text = ("Фонд «Ясень»\n\nЛіто біля річки\n\nФонд «Ясень» реалізує проєкт «Літо біля річки» з 2024 року. "
            "Проєкт фінансує Фундація Модрина.\n\n"
            "Дякуємо нашим вихователькам – Оксані Гуменюк та Ірині Литвин – і всім волонтерам!\n")
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    names = [p.name for p in projects[0].people if p.name]
    assert "Оксана Гуменюк" in names and "Ірина Литвин" in names
    assert not any(n.startswith(("Оксані", "Ірині")) for n in names)
