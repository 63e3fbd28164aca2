"""Round 31, tables (TABLER): a table is read as one project a row only when its header has a
title column that names a project or a task, or an applicant's column; a schedule of events
(a date, an event's name, a town) leaves the page one record. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str) -> list:
    return extract_document(Document("f.txt", "f.txt", text)).projects


def _titles(text: str) -> list:
    return [r.title for r in _records(text)]


# --- a schedule of events stays one record -----------------------------------------------------

def test_pl_schedule_table_stays_one_record():
    text = ("Razem przy stole – harmonogram spotkań\n\n"
            "Stowarzyszenie Wspólna Droga realizuje projekt „Razem przy stole”, finansowany przez "
            "Fundację Batorego.\n\n"
            "| Termin | Nazwa wydarzenia | Miejsce |\n|---|---|---|\n"
            "| 12.04.2024 | Warsztaty kulinarne | Krosno |\n"
            "| 05.06.2024 | Wieczór opowieści | Jarosław |\n"
            "| 09.10.2024 | Konferencja podsumowująca | Sanok |\n")
    assert _titles(text) == ["Razem przy stole"]


def test_pl_schedule_with_organisers_stays_one_record():
    text = ("Razem przy stole – harmonogram spotkań\n\n"
            "Stowarzyszenie Wspólna Droga realizuje projekt „Razem przy stole”, finansowany przez "
            "Fundację Batorego.\n\n"
            "| Data | Nazwa wydarzenia | Organizator | Miejsce |\n|---|---|---|---|\n"
            "| 12.04.2024 | Warsztaty kulinarne | Klub Seniora Jutrzenka | Krosno |\n"
            "| 05.06.2024 | Wieczór opowieści | Biblioteka Miejska w Jarosławiu | Jarosław |\n")
    assert _titles(text) == ["Razem przy stole"]


def test_pl_flattened_schedule_stays_one_record():
    text = ("Projekt „Sąsiedzkie lato” realizuje Fundacja Most w Kielcach.\n\n"
            "Data\nTytuł warsztatu\nMiejsce\n\n"
            "3.07.2025\nMalujemy mural\nKielce\n\n"
            "10.07.2025\nGramy w planszówki\nBusko-Zdrój\n\n"
            "17.07.2025\nGotujemy razem\nJędrzejów\n")
    assert len(_records(text)) == 1


def test_en_schedule_table_stays_one_record():
    text = ("Open Kitchen: autumn programme\n\n"
            "The project Open Kitchen is run by the Friends of Nysa Association.\n\n"
            "| Date | Title | Venue |\n|---|---|---|\n"
            "| 4 Oct 2025 | Soup evening | Nysa |\n"
            "| 18 Oct 2025 | Bread workshop | Brzeg |\n")
    assert len(_records(text)) == 1


def test_uk_schedule_table_stays_one_record():
    text = ("Проєкт «Мовний клуб» реалізує Фундація Відкриті Двері.\n\n"
            "| Дата | Назва | Місце |\n|---|---|---|\n"
            "| 12.03.2025 | Розмовний вечір | Люблін |\n"
            "| 19.03.2025 | Кіновечір | Холм |\n")
    assert len(_records(text)) == 1


# --- tables of projects still give one record a row --------------------------------------------

def test_pl_results_table_with_applicants_splits():
    text = ("Wyniki konkursu „Małe granty 2025”\n\n"
            "| Lp. | Wnioskodawca | Nazwa | Kwota dotacji |\n|---|---|---|---|\n"
            "| 1 | Klub Sportowy Orlik | Gramy razem – turniej sąsiedzki | 6 000,00 zł |\n"
            "| 2 | Koło Gospodyń Wiejskich w Lipnicy | Kuchnia dwóch brzegów | 5 500,00 zł |\n")
    assert _titles(text) == ["Gramy razem – turniej sąsiedzki", "Kuchnia dwóch brzegów"]


def test_en_project_list_without_applicants_splits():
    text = ("Annual report 2024\n\nOur projects in 2024\n\n"
            "| Project | Funder | Period |\n|---|---|---|\n"
            "| Safe Start | Municipality of Opole | 03/2024 – 12/2024 |\n"
            "| Language Bridge | Council of Europe | 01/2024 – 06/2024 |\n")
    assert _titles(text) == ["Safe Start", "Language Bridge"]


def test_ru_project_list_splits():
    text = ("Отчёт за 2024 год\n\n"
            "| Название проекта | Период | Сумма гранта |\n|---|---|---|\n"
            "| Юридическая консультация | 01.2024 – 12.2024 | 40 000 PLN |\n"
            "| Курсы польского языка | 03.2024 – 11.2024 | 25 000 PLN |\n")
    assert _titles(text) == ["Юридическая консультация", "Курсы польского языка"]


# --- the self-government whose public tasks a results table's grants carry out -----------------

def _funders(text: str) -> dict:
    return {r.title: [(f.funder, f.amount) for f in r.funding] for r in _records(text)}


_PL_RESULTS = ("Rozstrzygnięcie otwartego konkursu ofert na realizację zadań publicznych Województwa "
               "Opolskiego w obszarze integracji cudzoziemców\n\n"
               "Zarząd Województwa rozstrzygnął konkurs. Wpłynęło 9 ofert.\n\n"
               "Lp. | Nazwa oferenta | Tytuł zadania | Kwota dotacji (zł)\n"
               "1 | Fundacja Nowy Dom | Szkoła sobotnia dla dzieci | 40 000,00\n"
               "2 | Stowarzyszenie Sąsiedzi | Kuchnia bez granic | 12 500,00\n")


def test_pl_public_task_owner_funds_every_row():
    got = _funders(_PL_RESULTS)
    assert got["Szkoła sobotnia dla dzieci"] == [("Województwo Opolskie", 40000.0)], got
    assert got["Kuchnia bez granic"] == [("Województwo Opolskie", 12500.0)], got


def test_pl_public_task_owner_across_a_line_break():
    text = _PL_RESULTS.replace("Województwa \nOpolskiego", "Województwa Opolskiego").replace(
        "zadań publicznych Województwa ", "zadań publicznych\nMiasta Opola ").replace("Opolskiego w obszarze", "w obszarze")
    got = _funders(text)
    assert got["Kuchnia bez granic"] == [("Miasto Opole", 12500.0)], got


def test_pl_payer_named_in_the_intro_wins():
    text = _PL_RESULTS.replace("Wpłynęło 9 ofert.", "Na realizację zadań przeznaczono z budżetu Powiatu Nyskiego 52 500 zł.")
    got = _funders(text)
    assert got and all(f == "Powiat Nyski" for fs in got.values() for f, _a in fs), got


def test_pl_public_tasks_of_no_named_body_give_no_funder():
    # a body named as the owner only below the table, and an intro naming none: no row's funder
    text = _PL_RESULTS.replace("zadań publicznych Województwa \nOpolskiego", "zadań publicznych").replace(
        "zadań publicznych Województwa Opolskiego", "zadań publicznych") + (
        "\nOgłoszenie o konkursie na realizację zadań publicznych Województwa Opolskiego w 2026 roku\n")
    got = _funders(text)
    assert set(got) >= {"Szkoła sobotnia dla dzieci", "Kuchnia bez granic"}, got
    assert not any(f for fs in got.values() for f, _a in fs), got


def test_en_results_table_gets_no_polish_owner():
    # an English page quoting the Polish call's name: the public-task reading is Polish only
    text = ("Results of the call \"konkurs ofert na realizację zadań publicznych Województwa Opolskiego\"\n\n"
            "| No. | Applicant | Project title | Grant (PLN) |\n|---|---|---|---|\n"
            "| 1 | Friends of Nysa Association | Open Kitchen | 6 000,00 |\n"
            "| 2 | Youth Club Brzeg | Play Together | 5 000,00 |\n")
    got = _funders(text)
    assert set(got) == {"Open Kitchen", "Play Together"}, got
    assert not any(f == "Województwo Opolskie" for fs in got.values() for f, _a in fs), got
