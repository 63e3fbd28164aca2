"""Shared by the people-role tests (rounds 27-28): one short project page in each language to put
a people section under, and the roles the extractor gives the people it finds there (texts in
our own wording, not the sets')."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def people_roles(text: str) -> dict:
    """Each person's role (keyed by name, or e-mail where no name) over all records of TEXT."""
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {(p.name or p.email): p.role for pr in ex.projects for p in pr.people}


PL = ("Projekt „Wspólny Stół” 2025\n\nStowarzyszenie Dobra Ulica realizuje w Poznaniu projekt „Wspólny "
      "Stół”. Projekt jest finansowany przez Fundację Wisła (grant 40 000 zł).\n\n")
EN = ("Project \"Common Table\" 2025\n\nThe Good Street Association runs the project \"Common Table\" in "
      "Poznań. The project is funded by the Vistula Foundation (grant PLN 40,000).\n\n")
UK = ("Проєкт «Спільний стіл» 2025\n\nОбʼєднання «Добра вулиця» реалізує в Познані проєкт «Спільний стіл». "
      "Проєкт фінансує Фонд Вісла (грант 40 000 злотих).\n\n")
RU = ("Проект «Общий стол» 2025\n\nОбъединение «Добрая улица» реализует в Познани проект «Общий стол». "
      "Проект финансирует Фонд Висла (грант 40 000 злотых).\n\n")
