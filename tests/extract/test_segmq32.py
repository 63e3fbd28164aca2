"""SEGMQ (round 32): how many records a page gives. A page headed by one of a project's own
activities (a training, workshop, seminar, webinar, course, school, or a recruitment to them)
that says the activity is part of a named project gives one record, the project's; a festival
or a picnic with its own name stays an event record beside its project. Texts in our own
wording, not the sets'."""
from ngo_atlas.extract.activityhead import names_activity
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("x.txt", "x.txt", text)).projects]


def _page(heading: str, body: str) -> str:
    return (f"Stowarzyszenie Przykładowe\n"
            f"Start | O nas | Projekty | Aktualności | Kontakt\n\n"
            f"{heading}\n\n"
            f"{body}\n")


_PL_TRAINING = _page(
    "Szkolenie dla pedagogów: „Dziecko z innego kraju w świetlicy”",
    "Zapraszamy pedagogów ze świetlic Olsztyna na jednodniowe szkolenie, które odbędzie się "
    "14 listopada 2025 r. w sali konferencyjnej przy ul. Lipowej 3.\n\n"
    "Szkolenie jest częścią projektu „Wspólna świetlica – dzieci migrantów w Olsztynie”, "
    "który Stowarzyszenie Przykładowe realizuje od marca 2025 r. Projekt finansuje Gmina Olsztyn.")


def test_polish_training_under_a_project_is_one_record():
    assert _titles(_PL_TRAINING) == ["Wspólna świetlica – dzieci migrantów w Olsztynie"]


def test_russian_school_headline_is_one_record():
    text = (
        "Фонд «Мост» – Вроцлав\nГлавная › Новости\n\n"
        "Осенняя школа «Право для всех»: открыта запись!\n\n"
        "Фонд «Мост» приглашает взрослых иностранцев на занятия с 6 по 24 октября 2025 года.\n\n"
        "Школа является частью проекта «Вроцлав – наш общий дом», который Фонд «Мост» "
        "реализует с января 2025 года при поддержке Гмины Вроцлав.\n")
    assert _titles(text) == ["Вроцлав – наш общий дом"]


def test_polish_festival_with_its_own_name_stays_an_event_record():
    # (negative: a named festival that is part of a project is a record of its own)
    text = _page(
        "Festiwal „Opole Wielu Języków” 2025",
        "W sobotę 6 września 2025 r. na placu Wolności zagrają zespoły z pięciu krajów.\n\n"
        "Festiwal jest częścią projektu „Opolskie spotkania sąsiedzkie”, który Stowarzyszenie "
        "Przykładowe realizuje od lutego 2025 r. Projekt finansuje Gmina Opole.")
    titles = _titles(text)
    assert len(titles) == 2 and "Opolskie spotkania sąsiedzkie" in titles


def test_heading_words_in_russian_ukrainian_english():
    assert names_activity("Летняя школа русского языка: открыта запись!")
    assert names_activity("Тренінг для волонтерів у Житомирі")
    assert names_activity("Вебинар для учителей: «Ребёнок-мигрант в классе»")
    assert names_activity("Open Doors: a webinar series on tenants' rights")
    assert names_activity("Seminarium dla urzędników")


def test_heading_words_must_stand_outside_the_quoted_name():
    # (negative: the kind of the event is a festival; the quoted name may say anything)
    assert not names_activity("Festiwal „Warsztaty Dobrego Sąsiedztwa” 2025")
    assert not names_activity("III Piknik Sąsiedzki na Zatorzu")
    assert not names_activity("Фестиваль «Школа дружбы» 2025")
    assert not names_activity("Neighbours' Day Picnic 2025")


def test_english_workshop_under_a_project_is_one_record():
    text = (
        "Open Hands Foundation\nHome | About | Projects | News\n\n"
        "Workshop for landlords: \"Renting to newcomers\"\n\n"
        "On 12 May 2025 we invite landlords from Gdynia to a free workshop at our office.\n\n"
        "The workshop is part of the project \"Safe Home Gdynia\", which the Open Hands "
        "Foundation has been implementing since January 2025 with a grant from the City of Gdynia.\n")
    assert _titles(text) == ["Safe Home Gdynia"]


# A results table printed to a PDF: a row's long cell wrapped onto the next line, either as a
# line with no separators under the row or with the row's last cells on the next line.
_WRAPPED_TABLE = (
    "UCHWAŁA NR 17/25 ZARZĄDU POWIATU PRZYKŁADOWEGO\n\n"
    "w sprawie wyboru ofert na zadania z zakresu integracji cudzoziemców\n\n"
    "Lp. | Oferent | Tytuł zadania | Kwota dotacji\n"
    "1 | Stowarzyszenie Dobry Sąsiad | Sąsiedzkie popołudnia z języ-\n"
    "kiem polskim | 12 000,00 zł\n"
    "2 | Fundacja Otwarte Okno | Kino bez granic – pokazy | 8 500,00 zł\n"
    "filmowe dla rodzin\n"
    "3 | Klub Sportowy Start | Drużyna wielu flag | 9 900,00 zł\n\n"
    "Zadania będą realizowane do 30 listopada 2025 r.\n")


def test_polish_wrapped_table_rows_each_give_a_record():
    titles = _titles(_WRAPPED_TABLE)
    assert titles == ["Sąsiedzkie popołudnia z językiem polskim",
                      "Kino bez granic – pokazy filmowe dla rodzin", "Drużyna wielu flag"]


def test_page_footer_and_repeated_header_are_no_rows():
    # (negative: a page's footer under a row continues no cell, and the header printed again
    # on the next page is no row)
    text = _WRAPPED_TABLE.replace(
        "filmowe dla rodzin\n",
        "filmowe dla rodzin\nStrona 1 z 2\nLp. | Oferent | Tytuł zadania | Kwota dotacji\n")
    assert _titles(text) == ["Sąsiedzkie popołudnia z językiem polskim",
                             "Kino bez granic – pokazy filmowe dla rodzin", "Drużyna wielu flag"]


def test_paragraph_after_a_blank_line_is_no_row_of_the_table():
    # (negative: text after the table's blank line wraps no row, and a half row with no
    # second half is no record)
    text = _WRAPPED_TABLE.replace("3 | Klub Sportowy Start | Drużyna wielu flag | 9 900,00 zł\n",
                                  "3 | Klub Sportowy Start |\n")
    assert len(_titles(text)) == 2


def test_ukrainian_training_under_a_project_is_one_record():
    text = (
        "Фундація «Відкриті двері»\nГоловна › Новини\n\n"
        "Тренінг для вчителів «Дитина з досвідом міграції в класі»\n\n"
        "Запрошуємо вчителів початкових класів Познані на безкоштовний тренінг 15 листопада 2025 року.\n\n"
        "Тренінг є частиною проєкту «Школа для всіх у Познані», який Фундація «Відкриті двері» "
        "реалізує з березня 2025 року за підтримки Міста Познань.\n")
    assert _titles(text) == ["Школа для всіх у Познані"]
