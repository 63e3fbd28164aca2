"""Round 25, person roles (PEOPLES): the project head's title in a person's own apposition
("X – adwokatka, koordynatorka projektu", "X (prezeska, koordynatorka projektu)", "X – President
of Y, project leader", "X — юристка, координаторка проєкту") makes her the coordinator over the
profession named first; a unit's head or a sub-task's coordinator after the name does not; the
name after such an apposition keeps its own role (texts in our own wording, not the sets')."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _roles(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {p.name: p.role for pr in ex.projects for p in pr.people if p.name}


_PL = ("Projekt „Prawo na start”\n\nStowarzyszenie Pomocna Dłoń prowadzi w Toruniu bezpłatne porady prawne "
       "dla cudzoziemców. Projekt jest finansowany przez Fundację Wisła (grant 60 000 zł).\n\n")


def test_polish_team_line_profession_then_head_title():
    r = _roles(_PL + "Zespół projektu:\n• mec. Dorota Kwiatkowska – radczyni prawna, koordynatorka projektu\n"
               "• mec. Jan Lipski – adwokat\n")
    assert r.get("Dorota Kwiatkowska") == "coordinator"
    assert r.get("Jan Lipski") == "expert"


def test_polish_bracketed_head_title_and_next_name_keeps_its_own():
    r = _roles(_PL + "W spotkaniu wzięli udział: Beata Sowińska (prezeska Stowarzyszenia, koordynatorka "
               "projektu), Tomasz Gajda (psycholog) oraz dwie wolontariuszki.\n")
    assert r.get("Beata Sowińska") == "coordinator"
    assert r.get("Tomasz Gajda") != "coordinator"


def test_polish_profession_before_and_koordynacja_in_brackets():
    r = _roles(_PL + "Zespół projektu: radczyni prawna Monika Zawisza (koordynacja), Iwan Petrenko (tłumaczenia).\n")
    assert r.get("Monika Zawisza") == "coordinator"


def test_english_team_line_and_next_line():
    en = ("Safe Birth project\n\nThe Open Doors Foundation supports migrant mothers in Gdańsk. The project is "
          "funded by the Green Forest Foundation (EUR 20,000).\n\nProject team:\n"
          "Helena Wrzos – President of the Foundation, project leader\n"
          "Olga Marczak – doula and trainer\n")
    r = _roles(en)
    assert r.get("Helena Wrzos") == "coordinator"
    assert r.get("Olga Marczak") == "expert"


def test_ukrainian_team_line():
    uk = ("Проєкт «Правова підтримка»\n\nФундація «Добрий Сусід» надає юридичні консультації у Любліні. "
          "Проєкт фінансує Фундація «Зелений Ліс» (грант 50 000 злотих).\n\nКоманда:\n"
          "Оксана Мельник — юристка, координаторка проєкту\n"
          "Андрій Коваль — психолог\n")
    r = _roles(uk)
    assert r.get("Оксана Мельник") == "coordinator"
    assert r.get("Андрій Коваль") != "coordinator"


@pytest.mark.parametrize("line, name", [
    ("Zespół projektu:\n• Renata Kowalczyk – psycholożka, kierowniczka Działu Pomocy Cudzoziemcom", "Renata Kowalczyk"),
    ("Zespół projektu:\n• Iryna Sowa – mediatorka, asystentka koordynatorki", "Iryna Sowa"),
    ("Zespół projektu: Anna Wolska – prawniczka, Piotr Kruk – koordynator ds. rozliczeń.", "Piotr Kruk"),
    ("Zespół projektu: Anna Wolska – prawniczka, Ewa Lis – koordynatorka wolontariatu.", "Ewa Lis"),
])
def test_unit_heads_and_subtask_coordinators_not_made_coordinators(line, name):
    r = _roles(_PL + line + "\n")
    assert r.get(name) != "coordinator"


def test_contact_label_left_as_read():
    r = _roles(_PL + "Kontakt: Zofia Mirek, koordynatorka projektu – z.mirek@pomocna.org.pl\n")
    assert "Zofia Mirek" in r and r["Zofia Mirek"] in ("contact", "coordinator")
