"""DATER (round 31): status and dates the reader missed. (1) A breadcrumb whose step before the
page's own title is a status-named list of projects ("Projekty › Projekty zrealizowane › X")
gives the page its status; a news archive's crumb does not. (2) Russian ё and е stand for each
other in status cues ("Проект завершён" reads as "завершен"). (3) "jest kontynuowany" says the
project still runs. (4) "między 1 maja a 30 września 2024 r.": a period joined by "a" after
"między". Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _project(text: str):
    doc = extract_document(Document("x.txt", "x.txt", text))
    assert len(doc.projects) == 1
    return doc.projects[0]


def _crumb_page(crumb: str, title: str, body: str) -> str:
    return (f"Stowarzyszenie Przykładowe\n"
            f"Start | O nas | Projekty | Kontakt\n\n"
            f"{crumb}\n\n"
            f"{title}\n\n"
            f"{body}\n")


_PL_BODY = ("Okres realizacji: 01.03.2022 – 30.11.2022\n"
            "Kursy języka polskiego dla dorosłych cudzoziemców w Elblągu i Braniewie.\n"
            "Dofinansowanie: Gmina Miasta Elbląg.")


def test_polish_crumb_step_before_title_gives_status():
    p = _project(_crumb_page("Strona główna › Projekty › Projekty zrealizowane › Lekcje przy herbacie",
                             "Lekcje przy herbacie", _PL_BODY))
    assert p.status == "completed"


def test_polish_crumb_step_current_list():
    p = _project(_crumb_page("Start / Projekty / W realizacji / Lekcje przy herbacie",
                             "Lekcje przy herbacie", _PL_BODY))
    assert p.status == "ongoing"


def test_english_crumb_step_before_title_gives_status():
    p = _project(_crumb_page("Home > Projects > Completed projects > Tea and Talk",
                             "Tea and Talk",
                             "Duration: March 2022 – November 2022\n"
                             "Polish lessons for adult newcomers in Elbląg.\n"
                             "Funded by the Municipality of Elbląg."))
    assert p.status == "completed"


def test_ukrainian_crumb_step_before_title_gives_status():
    p = _project(_crumb_page("Головна › Проєкти › Завершені › Уроки за чаєм",
                             "Уроки за чаєм",
                             "Термін реалізації: 01.03.2022 – 30.11.2022\n"
                             "Уроки польської мови для дорослих іноземців в Ельблонгу.\n"
                             "Фінансування: Гміна Ельблонг."))
    assert p.status == "completed"


def test_news_archive_crumb_gives_no_status():
    p = _project(_crumb_page("Strona główna › Aktualności › Archiwum › Lekcje przy herbacie",
                             "Lekcje przy herbacie", _PL_BODY))
    assert p.status is None


def test_crumb_title_step_alone_gives_no_status():
    p = _project(_crumb_page("Strona główna › Lekcje przy herbacie",
                             "Lekcje przy herbacie", _PL_BODY))
    assert p.status is None


def test_russian_yo_spelling_reads_completed():
    p = _project("Проект «Соседи за одним столом» успешно завершён 30 ноября 2022 года.\n"
                 "В Эльблонге прошли 12 встреч для семей из Беларуси.\n")
    assert p.status == "completed"


def test_russian_e_spelling_still_reads_completed():
    p = _project("Проект «Соседи за одним столом» успешно завершен 30 ноября 2022 года.\n"
                 "В Эльблонге прошли 12 встреч для семей из Беларуси.\n")
    assert p.status == "completed"


def test_polish_project_carried_on_is_ongoing():
    p = _project("Lekcje przy herbacie\n\n"
                 "Projekt „Lekcje przy herbacie” rozpoczęto we wrześniu 2023 r. Projekt jest kontynuowany "
                 "w roku 2024 w dwóch bibliotekach Elbląga.\n")
    assert p.status == "ongoing"


def test_polish_activities_continued_without_project_noun_give_no_status():
    p = _project("Lekcje przy herbacie\n\n"
                 "Projekt „Lekcje przy herbacie” dofinansowała Gmina Miasta Elbląg.\n"
                 "Kursy języka polskiego dla dorosłych odbywają się w bibliotece w Elblągu. "
                 "Nabór uczestników jest kontynuowany do końca miesiąca.\n")
    assert p.status is None


def test_polish_between_a_period():
    p = _project("Projekt „Lekcje przy herbacie” został zrealizowany między 1 maja a 30 września 2024 r. "
                 "w Elblągu.\n")
    assert (p.start, p.end) == ("2024-05-01", "2024-09-30")


def test_polish_a_without_between_is_no_period():
    p = _project("Projekt „Lekcje przy herbacie” ruszył 1 maja 2024 r., a 30 września 2024 r. "
                 "odbył się piknik w Elblągu.\n")
    assert p.end != "2024-09-30"
