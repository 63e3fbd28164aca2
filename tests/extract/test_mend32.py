"""MEND (round 32): a reviewer's findings on the round's merged code, each a case that failed
before its fix. Wrapped table rows (one line under a row continues it, whole; a footer or a
repeated header is no row), one lead beside a table of bodies, the table's header forms, the
giver's "do dofinansowania", a place list after thanks, a count's plural and status, activity
headings by their nouns, team-list coordinator keys, micro-grants' run period, academic
years, a closing paragraph about one item, councils as authorities. Texts in our own wording,
not the sets'."""
import pytest

from ngo_atlas.extract.activityhead import names_activity
from ngo_atlas.extract.dates import items_run_period
from ngo_atlas.extract.grantgiver import giver_cue
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str):
    return extract_document(Document("x.txt", "x.txt", text)).projects


def _project(text: str):
    ps = _projects(text)
    assert len(ps) == 1
    return ps[0]


# --- 1, 2: a results table printed to a page -------------------------------------------------

_TABLE_HEAD = ("UCHWAŁA NR 9/25 ZARZĄDU GMINY PRZYKŁADOWO\n\n"
               "w sprawie podziału dotacji na zadania z zakresu integracji cudzoziemców\n\n"
               "Lp. | Oferent | Tytuł zadania | Kwota dotacji\n")


def test_footer_and_repeated_header_under_a_row_are_no_rows():
    text = (_TABLE_HEAD
            + "1 | Fundacja Zielona Furtka | Kursy szycia | 3 000,00 zł\n"
            + "2 | Fundacja Mosty | Klub planszówek | 4 500,00 zł\n"
            + "Strona 1 z 2\n"
            + "Lp. | Oferent | Tytuł zadania | Kwota dotacji\n"
            + "3 | Klub Sportowy Orlik | Liga podwórkowa | 6 000,00 zł\n")
    assert [p.title for p in _projects(text)] == ["Kursy szycia", "Klub planszówek", "Liga podwórkowa"]


def test_source_line_then_second_table_gives_no_bogus_rows():
    # (negative: a source line under the table continues no cell; the next table's header is
    # read as a header)
    text = (_TABLE_HEAD
            + "1 | Fundacja Zielona Furtka | Warsztaty kuch-\nnia gruzińska | 3 000,00 zł\n"
            + "2 | Fundacja Mosty | Klub planszówek | 4 500,00 zł\n"
            + "Źródło: opracowanie własne\n"
            + "Nazwa | Miasto\n"
            + "Fundacja Mosty | Gniezno\n")
    assert [p.title for p in _projects(text)] == ["Warsztaty kuchnia gruzińska", "Klub planszówek"]


def test_wrapped_cell_keeps_all_its_words():
    text = (_TABLE_HEAD
            + "1 | Fundacja Zielona Furtka | Warsztaty kuch-\n"
            + "nia karpackiej dla dzieci | 3 000,00 zł\n"
            + "2 | Fundacja Mosty | Wieczory gier | 4 500,00 zł\n"
            + "planszowych dla sąsiadów\n"
            + "3 | Klub Sportowy Orlik | Liga podwórkowa | 6 000,00 zł\n")
    assert [p.title for p in _projects(text)] == [
        "Warsztaty kuchnia karpackiej dla dzieci", "Wieczory gier planszowych dla sąsiadów",
        "Liga podwórkowa"]


def test_half_row_between_outer_pipes_gives_clean_cells():
    text = ("UCHWAŁA NR 9/25 ZARZĄDU GMINY PRZYKŁADOWO\n\n"
            "| Lp. | Oferent | Tytuł zadania | Kwota dotacji |\n"
            "| 1 | Fundacja Zielona Furtka | Warsztaty kuch- |\n"
            "| nia karpackiej | 3 000,00 zł |\n"
            "| 2 | Fundacja Mosty | Klub planszówek | 4 500,00 zł |\n")
    ps = _projects(text)
    assert [p.title for p in ps] == ["Warsztaty kuchnia karpackiej", "Klub planszówek"]
    assert [f.amount for f in ps[0].funding] == [3000.0]


# --- 3, 8: a table of bodies ----------------------------------------------------------------

def _bodies_page(head: str, first: str = "Stowarzyszenie Dobry Sąsiad") -> str:
    return ("Projekt „Sąsiedzi razem”\n\n"
            "Projekt realizuje Fundacja Pomocy Migrantom od marca 2025 r.\n\n"
            f"| {head} | Miasto |\n|---|---|\n"
            f"| {first} | Gdynia |\n| Fundacja Nowy Dom | Sopot |\n")


def test_table_lead_beside_a_named_lead_gives_no_second_lead():
    orgs = {(o.name, o.role) for o in _project(
        _bodies_page("Organizacja", "Stowarzyszenie Dobry Sąsiad (lider)")).organizations}
    assert ("Fundacja Pomocy Migrantom", "lead") in orgs
    assert ("Fundacja Nowy Dom", "partner") in orgs
    assert sum(role == "lead" for _n, role in orgs) == 1


def test_table_lead_alone_stays_the_lead():
    # (negative: with no lead in the text, the table's coordinator is the lead)
    text = _bodies_page("Organizacja", "Stowarzyszenie Dobry Sąsiad (lider)").replace(
        "Projekt realizuje Fundacja Pomocy Migrantom od marca 2025 r.", "Projekt trwa od marca 2025 r.")
    assert ("Stowarzyszenie Dobry Sąsiad", "lead") in {(o.name, o.role) for o in _project(text).organizations}


@pytest.mark.parametrize("head", ["Partner projektu", "Project partners", "Партнеры проекта",
                                  "Партнери проєкту", "Учреждение"])
def test_body_table_headers_in_singular_english_and_cyrillic(head):
    orgs = {(o.name, o.role) for o in _project(_bodies_page(head)).organizations}
    assert {("Stowarzyszenie Dobry Sąsiad", "partner"), ("Fundacja Nowy Dom", "partner")} <= orgs


# --- 4, 12: a grant-giver's page ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fundacja X\nLista wniosków rekomendowanych do dofinansowania przez Komisję Grantową:\n1. A\n",
    "Фонд X\nИнициативы, рекомендованные к финансированию грантовой комиссией:\n1. A\n",
    "Фонд X\nІніціативи, рекомендовані до фінансування грантовою комісією:\n1. A\n",
    "Fund X\nInitiatives recommended for funding by the Grant Committee:\n1. A\n",
])
def test_giver_own_words_about_funding_are_its_cue(text):
    assert giver_cue(text, len(text)) is not None


@pytest.mark.parametrize("text", [
    "Projekt dofinansowany w ramach programu grantowego Fundacji X.\n",
    "Проект финансируется грантовой программой Фонда X.\n",
    "The project is funded by the small grants scheme of Fund X.\n",
])
def test_grantee_words_about_money_received_are_no_giver_cue(text):
    # (negative)
    assert giver_cue(text, len(text)) is None


@pytest.mark.parametrize("owner", ["Rada Dzielnicy Zielony Gaj", "Biuro Rady Miasta", "Совет района",
                                   "Районна рада"])
def test_councils_are_authorities(owner):
    from ngo_atlas.extract.grantgiver import _AUTHORITY
    assert _AUTHORITY.match(owner)


def test_body_named_otherwise_is_no_authority():
    # (negative)
    from ngo_atlas.extract.grantgiver import _AUTHORITY
    assert not _AUTHORITY.match("Fundacja Radość")


# --- 5: places singled out after thanks -----------------------------------------------------

_SIMPLE = "Projekt „Sąsiedzi razem”\n\nProjekt trwa od marca 2025 r.\n\n"


def test_place_list_after_thanks_is_kept():
    p = _project(_SIMPLE + "Dziękujemy uczestniczkom z województwa lubelskiego, ze szczególnym "
                           "uwzględnieniem Lublina i Chełma, za udział.\n")
    assert {"Lublin", "Chełm"} <= {t.value for t in p.places}


def test_thanked_person_after_szczegolnie_is_no_place():
    # (negative)
    p = _project(_SIMPLE + "Dziękujemy całemu zespołowi, a szczególnie Katarzynie Nowak, za pomoc.\n")
    assert not p.places


# --- 6: a count of projects is no project's status --------------------------------------------

@pytest.mark.parametrize("body", [
    "Od 2012 roku zrealizowaliśmy ponad 40 przedsięwzięć dla migrantów.",
    "С 2012 года мы реализовали более 40 проектов для мигрантов.",
    "З 2012 року ми реалізували понад 40 проєктів для мігрантів.",
    "Since 2012 we have completed more than 40 projects for migrants.",
])
def test_count_of_projects_gives_no_status(body):
    assert _project(_SIMPLE.replace("Projekt trwa od marca 2025 r.\n\n", "") + body + "\n").status is None


@pytest.mark.parametrize("body", ["Projekt został zrealizowany w 2023 roku.",
                                  "Проект был реализован в 2023 году.",
                                  "The project was completed in 2023."])
def test_one_project_completed_still_completed(body):
    # (negative: the singular keeps its status)
    assert _project("Projekt „Sąsiedzi razem”\n\n" + body + "\n").status == "completed"


# --- 7: activity headings -------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Szkolny Festiwal Kultur 2025", "Школьный фестиваль культур 2025",
                                     "Шкільний фестиваль культур 2025", "Записки мигранта",
                                     "First Class Festival"])
def test_adjectives_and_other_nouns_name_no_activity(heading):
    assert not names_activity(heading)


@pytest.mark.parametrize("heading", ["Letnia szkoła języka polskiego", "Летняя школа: открыта запись!",
                                     "Відкрито запис на курс", "Polish classes for adults"])
def test_schools_sign_ups_and_classes_name_an_activity(heading):
    assert names_activity(heading)


# --- 9: team-list keys ----------------------------------------------------------------------

def _roles(text: str) -> dict[str, str]:
    return {x.name: x.role for x in _project(text).people}


_TEAM_PL = "Projekt „Sąsiedzi razem”\n\nProjekt trwa od marca 2025 r. Realizuje go Fundacja Przykładowa.\n\n"
_TEAM_EN = "Project \"Good Neighbours\"\n\nThe project runs from March 2025.\n\n"


def test_shared_polish_coordination_key_reaches_each_name():
    r = _roles(_TEAM_PL + "Zespół projektu: koordynacja – Teresa Grab i Jan Kalina; prawnicy – Anna Lis i "
                          "Piotr Mak.\n")
    assert r["Teresa Grab"] == r["Jan Kalina"] == "coordinator"
    r = _roles(_TEAM_PL + "Zespół projektu: koordynatorki – Teresa Grab i Joanna Kalina; psycholożka – "
                          "Anna Lis.\n")
    assert r["Teresa Grab"] == r["Joanna Kalina"] == "coordinator"


def test_singular_coordinator_key_does_not_reach_a_later_profession_list():
    # (negative)
    r = _roles(_TEAM_PL + "Zespół projektu: koordynatorka – Teresa Grab; psycholożka Anna Lis i "
                          "Joanna Kalina.\n")
    assert r["Teresa Grab"] == "coordinator" and r["Joanna Kalina"] != "coordinator"


@pytest.mark.parametrize("item", ["programme coordinator Helen Marsh (helen@example.org)",
                                  "coordinator of the program – Helen Marsh"])
def test_english_programme_coordinator_keys(item):
    assert _roles(_TEAM_EN + f"Team: {item}; lawyer John Smith.\n")["Helen Marsh"] == "coordinator"


def test_russian_plural_coordinators_key():
    r = _roles("Проект «Добрые соседи»\n\nПроект длится с марта 2025 года.\n\n"
               "Команда проекта: координаторы – Анна Иванова и Ольга Петрова; юрист Иван Сидоров.\n")
    assert r["Анна Иванова"] == r["Ольга Петрова"] == "coordinator"


# --- 10: micro-grants' run period and academic years ----------------------------------------

@pytest.mark.parametrize("text", ["Микрогранты будут реализованы с июля по октябрь 2024 года.",
                                  "Мікрогранти будуть реалізовані з липня по жовтень 2024 року.",
                                  "Microgrants will be implemented from July to October 2024."])
def test_micro_grants_run_period(text):
    found = items_run_period(text, 0, len(text))
    assert found and (found[0].month, found[1].month) == (7, 10)


@pytest.mark.parametrize("text,dates", [
    (_SIMPLE.replace("Projekt trwa od marca 2025 r.", "Projekt realizujemy w roku szkolnym 2024–2025."),
     ("2024-09", "2025-06")),
    ("Project \"Good Neighbours\"\n\nThe project runs in the academic year 2023/2024.\n",
     ("2023-09", "2024-06")),
])
def test_school_and_academic_years_run_september_to_june(text, dates):
    p = _project(text)
    assert (p.start, p.end) == dates


def test_two_years_apart_are_no_school_year():
    # (negative)
    p = _project(_SIMPLE.replace("Projekt trwa od marca 2025 r.", "Projekt realizujemy w latach 2024–2025."))
    assert (p.start, p.end) == ("2024", "2025")


# --- 11: a closing paragraph about one item -------------------------------------------------

def test_closing_paragraph_about_one_item_dates_no_other_item():
    from ngo_atlas.extract.pipeline import _closing_run_period
    from ngo_atlas.extract.segment import Segment
    text = ("1. „Czytamy razem”\nSpotkania z książką w dwóch językach.\n\n"
            "Zadania tej inicjatywy biblioteka prowadzi od września do grudnia 2024 r.\n\n"
            "Gratulujemy!\n")
    last = Segment(0, len(text), "Czytamy razem", (3, 18), "list_item")
    assert _closing_run_period(text, last) is None
    text = text.replace("Zadania tej inicjatywy biblioteka prowadzi",
                        "Dofinansowane inicjatywy będą realizowane")
    assert _closing_run_period(text, last) is not None
