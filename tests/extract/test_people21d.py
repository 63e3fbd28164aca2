"""Round 21, people (PEOPLE-D): a coordinating role written at the person's own item wins over
the label she stands under: a contact line with her role as the next item ("Kontakt: X,
koordynatorka – x@…") and a team list whose item is keyed by the project's coordinator
("Zespół projektu:\\nKoordynatorka projektu – X, x@…"), where her mailbox used to make her the
contact. A unit's head named by her unit ("kierownik Działu …") stays the contact. Texts in our
own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ('Stowarzyszenie „Brzeg” prowadzi projekt „Nowy Dom” dla rodzin z Armenii w Koninie.\n\n{}\n\n'
       'Projekt trwa od maja 2024 do kwietnia 2026 r.\n')
_UK = ('Асоціація «Берег» реалізує проєкт «Новий дім» для родин із Вірменії в Коніні.\n\n{}\n\n'
       'Проєкт триває з травня 2024 до квітня 2026 року.\n')


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("frame, block, name, role", [
    (_PL, "Kontakt: Zofia Grabarz, koordynatorka – biuro@brzeg.org.pl", "Zofia Grabarz", "coordinator"),
    (_PL, "Kontakt: Zofia Grabarz, koordynatorka warsztatów – z.grabarz@brzeg.org.pl", "Zofia Grabarz",
     "coordinator"),
    (_PL, "Informacje: Zofia Grabarz, koordynator\ntel. 600 200 300", "Zofia Grabarz", "coordinator"),
    # her unit's name after the role word: the head of a body's unit, whom to ask
    (_PL, "Osoba do kontaktu: Zofia Grabarz, kierowniczka Działu Pomocy, tel. 63 100 20 30",
     "Zofia Grabarz", "contact"),
    (_PL, "Zespół projektu:\nKoordynator projektu – Jan Olcha, jolcha(at)brzeg.org.pl\nPsycholożka – Ewa Kruk",
     "Jan Olcha", "coordinator"),
    (_PL, "Zespół:\nKoordynatorka projektu – Zofia Grabarz (tel. 600 200 300, z.grabarz@brzeg.org.pl)",
     "Zofia Grabarz", "coordinator"),
    (_UK, "Команда проєкту\nКерівниця проєкту – Олена Дуб, o.dub@bereg.org.pl\nЮристка – Ірина Вовк",
     "Олена Дуб", "coordinator"),
    # a team member with only her address is still whom to write to
    (_PL, "Zespół:\nKoordynatorka projektu – Zofia Grabarz\nKsięgowa – Maria Lipiec, m.lipiec@brzeg.org.pl",
     "Maria Lipiec", "contact"),
])
def test_own_coordinating_role(frame, block, name, role):
    assert _people(frame.format(block)).get(name) == role
