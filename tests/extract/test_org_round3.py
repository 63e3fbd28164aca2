"""Organisation roles added in the third round: the subject after a relative clause's adverbials."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _roles(text):
    p, = extract_document(Document("t.txt", "t.txt", text)).projects
    return [(o.name, o.role) for o in p.organizations]


@pytest.mark.parametrize("text, lead", [
    ("W czerwcu zakończył się projekt „Razem w Opolu”, który przez dwa lata szkolne realizowało "
     "Towarzystwo „Nowy Dom” wspólnie z Uniwersytetem Opolskim.\n", "Towarzystwo Nowy Dom"),
    ("Завершився проєкт «Разом у Тарнові», який упродовж 2022–2023 навчальних років реалізувало "
     "Товариство «Новий Дім» спільно з Тарнівським університетом.\n", "Товариство Новий Дім"),
    ("Завершился проект «Вместе в Тарнуве», который в течение двух учебных лет реализовывало "
     "Общество «Новый Дом» вместе с Тарновским университетом.\n", "Общество Новый Дом"),
])
def test_relative_clause_with_adverbials_gives_the_subject_after_the_verb(text, lead):
    assert (lead, "lead") in _roles(text)


def test_a_relative_clause_with_a_name_before_the_verb_keeps_that_name():
    # the pronoun's clause names its own subject before the verb: nothing is read after it
    text = ("Zakończył się projekt „Razem w Opolu”, który Fundacja Nowy Dom realizowała "
            "przez dwa lata szkolne.\n")
    assert ("Fundacja Nowy Dom", "lead") in _roles(text)
