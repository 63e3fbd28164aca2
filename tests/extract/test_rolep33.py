"""ROLEP (round 33): whom a sign-up label sends people to is the project's contact, also where
the label says what or until when the sign-ups are for ("Zapisy do 15 maja: X", "Запись на
курсы: X", "Registration for the workshops: X") and where the label's line names the person in
a bracket after the contact fields ("Zapisy: x@y.pl, tel. … (X)"). Texts in our own wording,
not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict[str, str]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return {p.name: p.role for p in projects[0].people if p.name}


def _pl(line: str) -> str:
    return ("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
            "Stowarzyszenie Jarzębina realizuje projekt „Sąsiedzka Przystań” od marca 2023 r. "
            "Projekt jest finansowany przez Fundację Modrzewiową. "
            "Koordynatorka projektu: Halina Wrzos.\n\n"
            + line + "\n")


def test_polish_label_with_a_date():
    people = _people(_pl("Zapisy do 15 maja: Marek Dereń, tel. 600 100 200."))
    assert people.get("Marek Dereń") == "contact"
    assert people.get("Halina Wrzos") == "coordinator"


def test_polish_label_with_what_it_is_for():
    people = _people(_pl("Zgłoszenia na warsztaty kulinarne: Zofia Kruk, z.kruk@jarzebina.org.pl"))
    assert people.get("Zofia Kruk") == "contact"


def test_polish_name_in_a_bracket_after_the_fields():
    people = _people(_pl("Zapisy: przystan@jarzebina.org.pl, tel. 42 100 20 30 (Ołena Sadowa)"))
    assert people.get("Ołena Sadowa") == "contact"


def test_polish_courtesy_title_in_the_bracket():
    people = _people(_pl("Rekrutacja trwa! Zgłoszenia: przystan [małpa] jarzebina [kropka] org, "
                         "tel./Viber +48 600 111 222 (pani Iwona Kalina)."))
    assert people.get("Iwona Kalina") == "contact"


def test_russian_label_with_what_it_is_for():
    text = ("Фонд Рябина\n\nСоседская гавань\n\nФонд Рябина реализует проект «Соседская гавань» "
            "с марта 2023 года. Координатор проекта — Ирина Ковальская.\n\n"
            "Запись на курсы польского языка: Ольга Бондарь, тел. +48 600 100 200.\n")
    people = _people(text)
    assert people.get("Ольга Бондарь") == "contact"
    assert people.get("Ирина Ковальская") == "coordinator"


def test_ukrainian_name_in_a_bracket():
    text = ("Фонд Горобина\n\nСусідська гавань\n\nФонд Горобина реалізує проєкт «Сусідська гавань» "
            "з березня 2023 року. Координаторка проєкту — Тетяна Коваль.\n\n"
            "Реєстрація на тренінг: havan@horobyna.org, тел. +48 600 100 200 (Оксана Литвин)\n")
    people = _people(text)
    assert people.get("Оксана Литвин") == "contact"


def test_english_label_with_a_bracket():
    text = ("Rowan Association\n\nNeighbourly Harbour\n\nThe Rowan Association runs the project "
            "\"Neighbourly Harbour\" since March 2023. Project coordinator: Helen Marsh.\n\n"
            "Registration for the workshops: harbour@rowan.org, phone +48 600 100 200 "
            "(Peter Cole)\n")
    people = _people(text)
    assert people.get("Peter Cole") == "contact"
    assert people.get("Helen Marsh") == "coordinator"


def test_bracket_with_a_job_keeps_the_job():
    people = _people(_pl("Zapisy: przystan@jarzebina.org.pl "
                         "(Marek Dereń, koordynator projektu)"))
    assert people.get("Marek Dereń") != "contact"


def test_bracket_outside_a_signup_line_is_no_contact():
    people = _people(_pl("Warsztaty poprowadzi psycholożka z Opola (Zofia Kruk)."))
    assert people.get("Zofia Kruk") != "contact"


def test_bracket_of_hours_gives_no_person():
    people = _people(_pl("Zapisy: przystan@jarzebina.org.pl, tel. 42 100 20 30 "
                         "(pn.–pt. 9:00–16:00)"))
    assert set(people) == {"Halina Wrzos"}


def test_label_qualifier_without_a_preposition_is_no_signup():
    people = _people(_pl("Zapisy uczestników kursu Przystani: Marek Dereń, tel. 600 100 200."))
    assert people.get("Marek Dereń") != "contact"
