"""ROLE-O (round 29): a body said to run one of the project's activities (a course, a point,
workshops), in a sentence that names no project, is the project's partner where another body
leads the project itself; a sentence that names the project keeps its lead."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _roles(text: str) -> dict[str, str]:
    p = extract_document(Document("x.txt", "x.txt", text)).projects[0]
    return {o.name: o.role for o in p.organizations}


@pytest.mark.parametrize("text, lead, runner", [
    ("Mosty w Sieradzu\n\n"
     "Projekt „Mosty w Sieradzu” realizuje Stowarzyszenie Dobry Sąsiad od 1 marca 2024 r. "
     "W programie:\n"
     "– porady prawne dla cudzoziemców,\n"
     "– kursy języka polskiego dla 60 osób, prowadzone przez Centrum Kształcenia Ustawicznego w Sieradzu,\n"
     "– spotkania sąsiedzkie.\n",
     "Stowarzyszenie Dobry Sąsiad", "Centrum Kształcenia Ustawicznego w Sieradzu"),
    ("Wspólna Kuchnia\n\n"
     "Fundacja Zielony Most realizuje projekt „Wspólna Kuchnia” w Radomiu od 2023 roku. "
     "Parafia Ewangelicka w Radomiu prowadzi punkt wydawania posiłków, a warsztaty kulinarne "
     "odbywają się co tydzień.",
     "Fundacja Zielony Most", "Parafia Ewangelicka w Radomiu"),
    ("Open Kitchen\n\n"
     "The project Open Kitchen is implemented by the Green Bridge Foundation in Radom.\n"
     "- Day 1: cooking workshops for families, run by the Radom Culinary Institute.\n"
     "- Day 2: a neighbourhood picnic.\n",
     "Green Bridge Foundation", "Radom Culinary Institute"),
])
def test_activity_runner_is_partner(text, lead, runner):
    roles = _roles(text)
    assert roles.get(lead) == "lead"
    assert roles.get(runner) == "partner"


@pytest.mark.parametrize("text, lead, runner", [
    ("Тёплый угол\n\n"
     "Проект «Тёплый угол» реализует Фонд «Добрый сосед» в Гродно с марта 2024 года. "
     "Курсы польского языка проходят дважды в неделю.\n\n"
     "Ассоциация юристов Гродно проводит юридические консультации для семей.\n",
     "Фонд Добрый сосед", "Ассоциация юристов Гродно"),
    ("Теплий кут\n\n"
     "Проєкт «Теплий кут» реалізує Фонд «Добрий сусід» у Житомирі з березня 2024 року. "
     "Курси польської мови відбуваються двічі на тиждень.\n\n"
     "Асоціація юристів Житомира проводить юридичні консультації для родин.\n",
     "Фонд Добрий сусід", "Асоціація юристів Житомира"),
])
def test_activity_runner_is_partner_cyrillic(text, lead, runner):
    roles = _roles(text)
    assert roles.get(lead) == "lead"
    assert roles.get(runner) == "partner"


def test_two_bodies_running_the_project_stay_leads():
    # the second sentence names the project: both bodies run it
    roles = _roles("Razem w Kutnie\n\n"
                   "Organizator: Fundacja Dobry Sąsiad\n\n"
                   "Projekt „Razem w Kutnie” jest realizowany przez Miejską Bibliotekę Publiczną w Kutnie "
                   "od 1 marca 2024 r.\n")
    assert roles.get("Miejska Biblioteka Publiczna w Kutnie") == "lead"


def test_lone_activity_runner_keeps_the_lead():
    # no other body leads the project: the one named stays its lead
    roles = _roles("Kursy w Sieradzu\n\n"
                   "Projekt „Kursy w Sieradzu” trwa od 1 marca 2024 r. do 31 grudnia 2024 r. "
                   "Kursy języka polskiego dla cudzoziemców prowadzi Centrum Kształcenia Ustawicznego w Sieradzu. "
                   "Zajęcia odbywają się dwa razy w tygodniu.\n")
    assert "partner" not in roles.values()


def test_applicant_names_the_project():
    # "Wniosek złożony przez X": the application is the project's, X applied for it
    roles = _roles("Razem w Kętrzynie\n\n"
                   "Projekt będzie realizowany przez Powiatowe Centrum Pomocy Rodzinie w Kętrzynie od 1 lipca 2025 r. "
                   "Wniosek złożony przez Starostwo Powiatowe w Kętrzynie uzyskał dofinansowanie w wysokości "
                   "120 000 zł z Europejskiego Funduszu Społecznego Plus.\n")
    assert roles.get("Starostwo Powiatowe w Kętrzynie") == "lead"


def test_programme_sentence_anchors_the_lead():
    # "Program, przygotowany przez X": the programme the page is about names X its runner; the
    # point another body runs is the programme's part
    roles = _roles("Program „Opole dla Wszystkich” – ruszył nowy program integracyjny\n\n"
                   "Program, przygotowany przez Miasto Opole, ma pomóc cudzoziemcom w nowym miejscu. "
                   "Program potrwa od 1 marca 2024 r. do 31 grudnia 2025 r. i jest finansowany z budżetu "
                   "miasta (kwota: 400 000 zł).\n\n"
                   "Punkt Informacyjny prowadzi Fundacja Dobry Sąsiad, a kursy odbywają się w szkołach.\n")
    assert roles.get("Miasto Opole") == "lead"
    assert roles.get("Fundacja Dobry Sąsiad") == "partner"
