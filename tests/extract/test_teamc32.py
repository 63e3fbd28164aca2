"""TEAMC (round 32): people set out in a structure — a people table with a person column and a
role column ("Osoba | Funkcja | Kontakt", "Name | Role | Email", "ПІБ | Посада", "ФИО | Должность")
or a coordinators' column, and team cards (a line that is only a name, a short job line under it).
Each person takes her row's or card's role and her row's address. Texts in our own wording."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return {p.name: (p.role, p.email) for p in projects[0].people if p.name}


def _pl(block: str) -> str:
    return ("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
            "Stowarzyszenie Jarzębina realizuje projekt „Sąsiedzka Przystań” od marca 2023 r. "
            "Projekt jest finansowany przez Fundację Modrzewiową.\n\n" + block + "\n")


def test_polish_table_with_a_role_column():
    people = _people(_pl("Nasz zespół\nOsoba | Funkcja | Kontakt\n"
                         "Halina Wrzos | koordynatorka projektu | h.wrzos@jarzebina.org.pl\n"
                         "Iwona Kalina | psycholożka | —\n"
                         "Ołena Sadowa | animatorka czasu wolnego | —"))
    assert people.get("Halina Wrzos") == ("coordinator", "h.wrzos@jarzebina.org.pl")
    assert people.get("Iwona Kalina", ("",))[0] == "expert"
    assert people.get("Ołena Sadowa", ("",))[0] == "other"


def test_polish_table_of_coordinators_by_region():
    people = _people(_pl("Region | Organizacja | Koordynator/ka | E-mail\n"
                         "Podlasie | Fundacja Brzozowa | Marta Lipiec | m.lipiec@brzozowa.pl\n"
                         "Warmia | Stowarzyszenie Olcha | Piotr Grabowski | p.grabowski@olcha.pl"))
    assert people.get("Marta Lipiec") == ("coordinator", "m.lipiec@brzozowa.pl")
    assert people.get("Piotr Grabowski") == ("coordinator", "p.grabowski@olcha.pl")


def test_polish_team_cards():
    people = _people(_pl("Zespół\ndr Halina Wrzos\nKierowniczka projektu\nOd lat pracuje z rodzinami.\n"
                         "Iwona Kalina\nDoradczyni zawodowa\nProwadzi dyżury we wtorki.\n"
                         "Adam Modrzew\nAsystent rodzinny"))
    assert people.get("Halina Wrzos", ("",))[0] == "coordinator"
    assert people.get("Iwona Kalina", ("",))[0] == "expert"
    assert people.get("Adam Modrzew", ("",))[0] == "other"


def test_english_table_and_cards():
    text = ("Rowan Association\n\nNeighbourly Harbour\n\nThe Rowan Association runs the project "
            "\"Neighbourly Harbour\" since March 2023. The project is funded by the Larch Foundation.\n\n"
            "Name | Role | Email\nHelen Marsh | Project coordinator | h.marsh@rowan.org\n"
            "Peter Cole | Lawyer | p.cole@rowan.org\n\n"
            "Our mentors\nGrace Holloway\nCareer mentor\nSamuel Whitford\nVolunteer driver\n")
    people = _people(text)
    assert people.get("Helen Marsh") == ("coordinator", "h.marsh@rowan.org")
    assert people.get("Grace Holloway", ("",))[0] == "expert"
    assert people.get("Samuel Whitford", ("",))[0] == "other"


def test_ukrainian_table():
    text = ("Фонд «Ясень»\n\nДружня школа\n\nФонд «Ясень» реалізує проєкт «Дружня школа» з 2023 року. "
            "Проєкт фінансує Фундація Модрина.\n\n"
            "ПІБ | Посада | Контакт\nОксана Гуменюк | координаторка проєкту | o.humeniuk@yasen.org.pl\n"
            "Ірина Литвин | психологиня | —\n")
    people = _people(text)
    assert people.get("Оксана Гуменюк") == ("coordinator", "o.humeniuk@yasen.org.pl")
    assert people.get("Ірина Литвин", ("",))[0] == "expert"


def test_russian_table():
    text = ("Фонд «Ясень»\n\nДружеская школа\n\nФонд «Ясень» реализует проект «Дружеская школа» с 2023 года. "
            "Проект финансирует Фонд Лиственница.\n\n"
            "ФИО | Должность | Контакт\nОльга Ковальчук | координатор проекта | o.kovalchuk@yasen.org\n"
            "Игорь Соколов | юрист | —\n")
    people = _people(text)
    assert people.get("Ольга Ковальчук") == ("coordinator", "o.kovalchuk@yasen.org")
    assert people.get("Игорь Соколов", ("",))[0] == "expert"


def test_a_single_name_line_over_a_job_is_no_card():
    # one name over a short line is no team's cards: the rule needs two
    people = _people(_pl("Halina Wrzos\nKierowniczka projektu w latach ubiegłych"))
    assert people.get("Halina Wrzos", ("other",))[0] != "expert"


def test_a_table_without_a_person_column_gives_no_people():
    people = _people(_pl("Miasto | Termin | Miejsce\nBiałystok | 12 maja | Dom Kultury Zielona\n"
                         "Olsztyn | 19 maja | Biblioteka Miejska"))
    assert not people


def test_a_contact_card_keeps_its_contact():
    people = _people(_pl("Zespół\nIwona Kalina\nSpecjalistka ds. integracji\n"
                         "Kontakt w sprawach zapisów: i.kalina@jarzebina.org.pl\n"
                         "Adam Modrzew\nAsystent rodzinny"))
    assert people.get("Iwona Kalina", ("",))[0] == "contact"
