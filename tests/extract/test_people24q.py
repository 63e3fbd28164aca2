"""PEOPLE-Q (round 24): a line that opens with the project head's title, then a colon or a
dash, then a name ("Dyrektorka projektu: X – x@…", "Liderka projektu – X (x@…)", "Project
coordinator – X, x@…", "Programme manager: X", "Координаторка – X (x@…)") names the project's
coordinator, with or without her address; a unit's head ("Dyrektorka szkoły: X",
"Asystentka koordynatorki projektu: X") keeps the role it was read with (texts in our own wording)."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict:
    ex = extract_document(Document("q.txt", "q.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


_PL = ('Projekt „Wspólne podwórko” realizuje Stowarzyszenie Dobre Sąsiedztwo w Kaliszu w latach '
       '2023–2024. Prowadzimy zajęcia dla dzieci z rodzin migranckich.\n\n')


@pytest.mark.parametrize("text, name", [
    (_PL + 'Zespół projektu\nDyrektorka projektu: Halina Wrzos – h.wrzos@dobresasiedztwo.org.pl\n'
           'Animatorka: Olena Bilyk\n', "Halina Wrzos"),
    (_PL + 'Zespół:\nLiderka projektu – Halina Wrzos (h.wrzos@dobresasiedztwo.org.pl)\n'
           'Animatorka – Olena Bilyk\n', "Halina Wrzos"),
    (_PL + 'Zespół:\nKoordynatorka projektu: mec. Halina Wrzos (h.wrzos@dobresasiedztwo.org.pl)\n'
           'Prawniczki: Olena Bilyk, Maria Kos\n', "Halina Wrzos"),
    ('The project "Open Yards" is run by the Good Neighbours Association in Kalisz in 2023–2024 '
     'and offers afternoon classes for migrant children.\n\nTeam:\n'
     'Project coordinator – Halina Wrzos, h.wrzos [at] goodneighbours [dot] org\n'
     'Animator – Olena Bilyk\n', "Halina Wrzos"),
    ('The project "Open Yards" is run by the Good Neighbours Association in Kalisz in 2023–2024 '
     'and offers afternoon classes for migrant children.\n\n'
     'Project contact: Ms. Olena Bilyk, Project Officer – obilyk@goodneighbours.org\n'
     'Programme Manager: Halina Wrzos\n', "Halina Wrzos"),
    ('Проєкт «Відкрите подвір’я» реалізує Фундація «Добре сусідство» у Калішу в 2023–2024 роках.\n\n'
     'Команда проєкту:\nКоординаторка – Галина Врзос (h.wrzos@dobresasiedztwo.org.pl)\n'
     'Аніматорка – Олена Білик\n', "Галина Врзос"),
])
def test_titled_head_is_coordinator(text, name):
    assert _people(text).get(name) == "coordinator"


@pytest.mark.parametrize("text, name", [
    (_PL + 'Zajęcia odbywają się w naszej szkole.\nDyrektorka szkoły: Halina Wrzos\n', "Halina Wrzos"),
    (_PL + 'Koordynatorka projektu: Maria Kos\nAsystentka koordynatorki projektu: Halina Wrzos\n',
     "Halina Wrzos"),
])
def test_unit_head_is_not_titled_head(text, name):
    assert _people(text).get(name) != "coordinator"
