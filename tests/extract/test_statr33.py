"""STATR (round 33): status and end dates a reader takes from how the text tells of the end.
- a project that is one event (festival, camp, youth exchange) is over once it "took place";
- "all (three) projects were completed" gives every listed item its status;
- the end date of a verb of ending in the present or impersonal past ("kończy się 30 listopada",
  "zakończono w grudniu", "came to an end on"), or before the noun with an adjective ("zakończył
  się pilotażowy projekt").
Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str):
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return projects


def _one(text: str):
    return _records(text)[0]


# --- an event that is the project took place --------------------------------------------------

def test_polish_festival_named_took_place():
    p = _one("Stowarzyszenie Jarzębina\n\nFestiwal Smaków „Wspólny Kocioł”\n\n"
             "Za nami Festiwal Smaków „Wspólny Kocioł”, który odbył się w dniach 5–7 lipca 2024 r. "
             "w parku miejskim w Lesznie. Festiwal dofinansowała Fundacja Modrzewiowa.\n")
    assert p.status == "completed"


def test_polish_festival_edition_in_titled_record():
    p = _one("Dźwięki Sąsiadów – festiwal muzyki migranckiej\n\n"
             "Druga edycja festiwalu odbyła się w dniach 12–14 września 2024 r. w Lesznie. "
             "Organizatorem było Stowarzyszenie Jarzębina, a festiwal dofinansowała Fundacja "
             "Modrzewiowa.\n")
    assert p.status == "completed"


def test_ukrainian_camp_named_took_place():
    p = _one("Фундація «Ясен»\n\nТАБІР «ДРУЗІ НАД ОЗЕРОМ» ВІДБУВСЯ!\n\n"
             "З 3 по 14 липня 2024 року 30 дітей відпочивали в Міломлині. Проєкт фінансувала "
             "Фундація «Модрина».\n")
    assert p.status == "completed"


def test_russian_festival_named_took_place():
    p = _one("Фонд «Ясень»\n\nФестиваль «Соседи»\n\n"
             "Фестиваль «Соседи», организованный Фондом «Ясень», прошёл 6 июня 2024 года в Познани. "
             "Проект финансировал Фонд «Лиственница».\n")
    assert p.status == "completed"


def test_english_festival_named_took_place():
    p = _one("Rowan Association\n\nNeighbours Festival\n\n"
             "The festival \"Neighbours Together\" took place on 6 June 2024 in Leszno. "
             "It was funded by the Larch Foundation.\n")
    assert p.status == "completed"


def test_workshops_that_took_place_say_nothing_of_the_project():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Projekt „Sąsiedzka Przystań” wspiera rodziny migranckie w Lesznie. "
             "W maju odbyły się warsztaty kulinarne i spotkanie z prawniczką.\n")
    assert p.status is None


def test_festival_held_within_a_project_gives_no_status():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Projekt „Sąsiedzka Przystań” wspiera rodziny migranckie w Lesznie. "
             "W ramach projektu festiwal „Wspólny Kocioł” odbył się w parku miejskim.\n")
    assert p.status is None


def test_festival_still_ahead_is_not_completed():
    p = _one("Stowarzyszenie Jarzębina\n\nFestiwal Smaków „Wspólny Kocioł”\n\n"
             "Zapraszamy na Festiwal Smaków „Wspólny Kocioł”, który odbędzie się w dniach 5–7 lipca "
             "2024 r. w parku miejskim w Lesznie. Festiwal dofinansowała Fundacja Modrzewiowa.\n")
    assert p.status != "completed"


# --- all the listed projects ended ------------------------------------------------------------

_LIST_PL = ("Sprawozdanie Stowarzyszenia Jarzębina za rok 2023\n\n"
            "Projekty\n\n"
            "1. Sąsiedzka Przystań\n"
            "Okres realizacji: 01.02.2023 – 30.11.2023. Kwota dotacji: 40 000 zł.\n\n"
            "2. Wspólny Kocioł\n"
            "Okres realizacji: 01.03.2023 – 31.10.2023. Kwota dotacji: 25 000 zł.\n\n"
            "{closing}\n")


def test_polish_all_projects_completed_closing_line():
    ps = _records(_LIST_PL.format(closing="Wszystkie projekty zostały zrealizowane zgodnie z harmonogramem."))
    assert len(ps) >= 2
    assert all(p.status == "completed" for p in ps)


def test_polish_not_all_projects_completed_gives_no_status():
    # (negation: "Nie wszystkie projekty zostały zrealizowane" says some have not ended)
    # (the sentence in the intro: a closing line is also the last item's own text)
    text = _LIST_PL.replace("2023", "2030").replace("\n\n{closing}\n", "\n")
    ps = _records(text.replace("Projekty\n", "Nie wszystkie projekty zostały zrealizowane.\n\n"
                                            "Projekty\n", 1))
    assert all(p.status != "completed" for p in ps)


def test_english_all_three_subprojects_were_completed():
    text = ("Rowan Association – annual report\n\nSub-projects\n\n"
            "1. Neighbourly Harbour\nDuration: 02.2023 – 11.2023. Grant: PLN 40,000.\n\n"
            "2. Common Pot\nDuration: 03.2023 – 10.2023. Grant: PLN 25,000.\n\n"
            "3. Open Doors\nDuration: 04.2023 – 12.2023. Grant: PLN 30,000.\n\n"
            "All three sub-projects were completed on schedule.\n")
    ps = _records(text)
    assert len(ps) >= 2
    assert all(p.status == "completed" for p in ps)


def test_russian_all_projects_to_be_done_later_is_not_completed():
    # (the future auxiliary "будут" between the noun and the participle of ending)
    text = ("Фонд «Ясень» – отчёт\n\nВсе проекты будут реализованы в 2031 году.\n\nПроекты\n\n"
            "1. Тихая гавань\nСроки: 02.2030 – 11.2030. Грант: 40 000 злотых.\n\n"
            "2. Общий котёл\nСроки: 03.2030 – 10.2030. Грант: 25 000 злотых.\n")
    assert all(p.status != "completed" for p in _records(text))


def test_ukrainian_all_projects_completed():
    text = ("Фундація «Ясен» – звіт за 2023 рік\n\nПроєкти\n\n"
            "1. Сусідська гавань\nТривалість: 02.2023 – 11.2023. Грант: 40 000 злотих.\n\n"
            "2. Спільний казан\nТривалість: 03.2023 – 10.2023. Грант: 25 000 злотих.\n\n"
            "Усі проєкти були успішно завершені.\n")
    ps = _records(text)
    assert len(ps) >= 2
    assert all(p.status == "completed" for p in ps)


# --- the end told by a verb of ending ---------------------------------------------------------

def test_polish_present_of_ending_gives_the_end():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Stowarzyszenie Jarzębina realizuje od marca 2023 r. projekt „Sąsiedzka Przystań”. "
             "Projekt kończy się 30 listopada 2024 r.\n")
    assert p.end == "2024-11-30"


def test_polish_impersonal_past_of_ending_gives_the_end():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Od marca 2023 r. Stowarzyszenie Jarzębina prowadziło projekt „Sąsiedzka Przystań”. "
             "Projekt zakończono w grudniu 2023 r.\n")
    assert p.end == "2023-12"


def test_polish_adjective_before_the_ended_project():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "W listopadzie 2023 r. zakończył się pilotażowy projekt „Sąsiedzka Przystań”, który "
             "Stowarzyszenie Jarzębina prowadziło od 1 marca 2022 r.\n")
    assert p.end == "2023-11"


def test_english_came_to_an_end_on():
    p = _one("Rowan Association\n\nNeighbourly Harbour\n\n"
             "The project \"Neighbourly Harbour\" came to an end on 30 November 2024. It was run by "
             "the Rowan Association from 1 March 2023.\n")
    assert p.end == "2024-11-30"


def test_russian_present_of_ending_gives_the_end():
    p = _one("Фонд «Ясень»\n\nСоседская гавань\n\n"
             "С 1 марта 2023 года Фонд «Ясень» реализует проект «Соседская гавань». Проект "
             "завершается 30 ноября 2024 года.\n")
    assert p.end == "2024-11-30"


def test_ukrainian_present_of_ending_gives_the_end():
    p = _one("Фундація «Ясен»\n\nСусідська гавань\n\n"
             "З 1 березня 2023 року Фундація «Ясен» реалізує проєкт «Сусідська гавань». Проєкт "
             "завершується 30 листопада 2024 року.\n")
    assert p.end == "2024-11-30"


def test_a_call_closing_is_no_end_of_the_project():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Od marca 2023 r. Stowarzyszenie Jarzębina realizuje projekt „Sąsiedzka Przystań”. "
             "Nabór uczestników kończy się 15 kwietnia 2023 r.\n")
    assert p.end != "2023-04-15"


def test_a_grant_ending_is_no_end_of_the_project():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Od marca 2023 r. Stowarzyszenie Jarzębina prowadzi schronisko „Sąsiedzka Przystań”. "
             "Grant Fundacji Modrzewiowej na realizację projektu kończy się w grudniu 2025 r.\n")
    assert p.end != "2025-12"


# --- the start told by a verb of starting before its date or launching the project -------------

def test_polish_bare_verb_of_starting_before_the_date():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Stowarzyszenie Jarzębina rozpoczęło 3 lutego 2025 roku realizację projektu „Sąsiedzka "
             "Przystań”. Projekt finansuje Fundacja Modrzewiowa.\n")
    assert p.start == "2025-02-03"


def test_polish_launched_the_project():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "W kwietniu 2022 r. uruchomiliśmy projekt „Sąsiedzka Przystań” dla rodzin z Ukrainy. "
             "Projekt finansuje Fundacja Modrzewiowa.\n")
    assert p.start == "2022-04"


def test_russian_launched_the_project():
    p = _one("Фонд «Ясень»\n\nСоседская гавань\n\n"
             "В апреле 2022 года мы запустили проект «Соседская гавань» для семей из Украины. "
             "Проект финансирует Фонд «Лиственница».\n")
    assert p.start == "2022-04"


def test_a_helpline_launched_is_no_start_of_the_project():
    p = _one("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
             "Projekt „Sąsiedzka Przystań” wspiera rodziny z Ukrainy. W kwietniu 2022 r. "
             "uruchomiliśmy infolinię w języku ukraińskim.\n")
    assert p.start != "2022-04"
