"""Organisations, round 27 (ORG-L): bodies listed under a plural heading of partners, members or a
consortium, one a line with no bullets, in one long line of commas, or under a heading that a
bracket or a lower-case word qualifies and no colon closes; and a list opened by a finite verb of
cooperating ("Współpracujemy z:", "We worked with:"). Negatives: a singular label's address lines,
prose, places and people under such headings are no bodies."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def _names(text: str) -> set[str]:
    return {n for n, _ in _orgs(text)}


INTRO_PL = ("Projekt „Razem w szkole”\n\n"
            "Projekt „Razem w szkole” realizuje Fundacja Jasny Horyzont w latach 2024–2025.\n\n")


def test_column_of_members_without_bullets_pl():
    orgs = _orgs(INTRO_PL + "Członkowie sieci:\nGmina Kłodzko\nStowarzyszenie Zielony Most\n"
                 "Fundacja Otwarte Drzwi\nTowarzystwo Przyjaciół Dzieci Oddział\nw Nysie\n\n"
                 "Sieć spotyka się raz w miesiącu.\n")
    for name in ("Gmina Kłodzko", "Stowarzyszenie Zielony Most", "Fundacja Otwarte Drzwi",
                 "Towarzystwo Przyjaciół Dzieci Oddział w Nysie"):
        assert (name, "member") in orgs


def test_heading_with_bracket_and_numbered_items_pl():
    orgs = _orgs(INTRO_PL + "Członkowie sieci (konsorcjum)\n"
                 "1. Stowarzyszenie Lokalne Forum (Brzeg) – szkolenia dla nauczycieli\n"
                 "2. Fundacja Nowa Ścieżka z Opola – zajęcia wyrównawcze\n\n"
                 "Partnerzy instytucjonalni\n"
                 "• Kuratorium Oświaty w Opolu – upowszechnianie standardów\n"
                 "• Uniwersytet Opolski – badania i ewaluacja\n")
    assert ("Stowarzyszenie Lokalne Forum", "member") in orgs
    assert ("Fundacja Nowa Ścieżka z Opola", "member") in orgs or ("Fundacja Nowa Ścieżka", "member") in orgs
    assert ("Kuratorium Oświaty w Opolu", "partner") in orgs
    assert ("Uniwersytet Opolski", "partner") in orgs


def test_long_comma_line_under_plural_heading_pl():
    orgs = _orgs("Piknik Sąsiedzki 2025\n\nZapraszamy na piknik w parku.\n\n"
                 "ORGANIZATOR:\nFundacja Jasny Horyzont\n\n"
                 "WSPÓŁORGANIZATORZY:\nMiejski Dom Kultury – Klub Osiedlowy „Zorza”, Rada Osiedla Św. Łazarz "
                 "i Górczyn, Stowarzyszenie Mieszkańców Dzielnicy Północ, Fundacja Kuchnie Świata\n")
    for name in ("Rada Osiedla Św. Łazarz i Górczyn", "Stowarzyszenie Mieszkańców Dzielnicy Północ",
                 "Fundacja Kuchnie Świata"):
        assert (name, "partner") in orgs


def test_consortium_column_with_foreign_names_en():
    orgs = _orgs("CITYLINK – Migrant Inclusion in Mid-Sized Towns\n\n"
                 "CITYLINK is a research project funded by the European Union (2024–2027).\n\n"
                 "Consortium\n"
                 "Northbridge University (Czech Republic) – coordinator\n"
                 "University of Lower Silesia (Poland)\n"
                 "Danube Policy Institute (Hungary)\n"
                 "Interlink Europe (Belgium)\n\n"
                 "About the project\nThe project studies local integration policies.\n")
    for name in ("University of Lower Silesia", "Danube Policy Institute", "Interlink Europe"):
        assert (name, "member") in orgs


def test_column_with_glosses_uk():
    orgs = _orgs("Проєкт «Новий старт у Кракові»\n\n"
                 "Проєкт «Новий старт у Кракові» реалізує Фундація «Світанок» у 2024–2025 роках.\n\n"
                 "Наші партнери в проєкті:\n"
                 "Краківський педагогічний університет – курси польської мови;\n"
                 "Міський центр соціальної допомоги в Кракові – спільна робота соціальних працівників;\n"
                 "Фундація «Добрий сусід» з Тарнова – консультації у Тарнові.\n")
    names = {n for n, r in orgs if r == "partner"}
    assert "Міський центр соціальної допомоги в Кракові" in names
    assert any(n.startswith("Фундація Добрий сусід") for n in names)


def test_column_under_plural_heading_ru():
    orgs = _orgs("Проект «Мост»\n\nПроект «Мост» реализует Фонд «Открытый город» в 2024 году.\n\n"
                 "Партнёры проекта:\n"
                 "Вроцлавский университет – юридические консультации\n"
                 "Ассоциация «Соседи» – языковые курсы\n\n"
                 "Контакты: fond@example.org\n")
    names = {n for n, r in orgs if r == "partner"}
    assert "Вроцлавский университет" in names
    assert any(n.startswith("Ассоциация") for n in names)


def test_finite_verb_of_cooperating_opens_a_list_pl():
    orgs = _orgs(INTRO_PL + "Przy realizacji projektu fundacja współpracuje z:\n"
                 "• Uniwersytetem Zielonogórskim (badania potrzeb),\n"
                 "• Stowarzyszeniem Lubuskie Forum Sąsiedzkie,\n"
                 "• Miejskim Ośrodkiem Pomocy Społecznej w Żarach.\n")
    for name in ("Uniwersytet Zielonogórski", "Stowarzyszenie Lubuskie Forum Sąsiedzkie",
                 "Miejski Ośrodek Pomocy Społecznej w Żarach"):
        assert (name, "partner") in orgs


def test_finite_verb_of_cooperating_en():
    orgs = _orgs("Safe Harbour project\n\nThe Safe Harbour project is run by the Open Gate Foundation "
                 "in 2024.\n\nWe worked with:\n• Riverside Legal Clinic\n• Northern Teachers Association\n")
    assert ("Riverside Legal Clinic", "partner") in orgs
    assert ("Northern Teachers Association", "partner") in orgs


# negatives

def test_singular_label_keeps_its_address_lines_out():
    names = _names(INTRO_PL + "Partner:\nStowarzyszenie Zielony Most\nul. Długa 5\n00-950 Warszawa\n")
    assert not any("Długa" in n or "Warszawa" in n for n in names)


def test_prose_under_plural_heading_is_no_body():
    names = _names(INTRO_PL + "Partnerzy projektu:\nStowarzyszenie Zielony Most\n"
                   "Spotkania odbywają się w każdy czwartek. Zapraszamy rodziców z dziećmi.\n")
    assert "Stowarzyszenie Zielony Most" in names
    assert not any(n.startswith("Spotkania") for n in names)


def test_places_and_people_under_member_headings_are_no_bodies():
    names = _names(INTRO_PL + "Członkowie sieci:\nKraków\nLublin\nRzeszów\n\n"
                   "Członkowie zespołu\nAnna Nowak\nJan Kowalski\n")
    assert not names & {"Kraków", "Lublin", "Rzeszów", "Anna Nowak", "Jan Kowalski"}


def test_english_name_in_a_polish_column_keeps_its_words():
    orgs = _orgs("Projekt „Miasta razem”\n\nProjekt „Miasta razem” finansuje Unia Europejska w latach 2024–2026.\n\n"
                 "Konsorcjum projektu\n\n"
                 "Northbridge University (Czechy) – koordynator\n"
                 "Central Danube University (Węgry)\n"
                 "Stowarzyszenie Miast Pogranicza (Polska)\n")
    assert ("Central Danube University", "member") in orgs
    assert ("Stowarzyszenie Miast Pogranicza", "member") in orgs


def test_classes_and_phrases_in_a_column_are_no_bodies():
    names = _names(INTRO_PL + "Partnerzy\nSzkoły podstawowe z regionu\nBiblioteki gminne\n\nKontakt: biuro@example.org\n")
    assert "Biblioteki gminne" not in names
    names = _names(INTRO_PL + "Partnerzy projektu:\nDziękujemy wszystkim, którzy nas wsparli\nZapraszamy do współpracy\n")
    assert "Zapraszamy do współpracy" not in names
    names = _names("Safe Start\n\nThe Safe Start project is run by the Open Gate Foundation in 2024.\n\n"
                   "Members\nYoung people aged 16-25\nTeachers and parents\n")
    assert "Teachers and parents" not in names
